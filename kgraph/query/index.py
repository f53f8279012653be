"""The compact SQLite index written beside a GraphML file, so that a new process answers
a question about one entity without parsing the whole GraphML.

``NAME.graphml`` gets ``NAME.kgindex.sqlite``. The index records the GraphML's size,
``mtime_ns`` and a fingerprint (BLAKE2b of its size, first and last 64 KiB and 16
blocks of 4 KiB spread evenly between). It is used only when all three still match:
size and mtime change with every ordinary rewrite (kgraph's atomic writes, editors,
``cp``); the fingerprint catches a different graph of the same size given the same
mtime (``cp -p``, ``rsync -t``, ``touch -r``) while costing ~1 ms instead of hashing
the whole file (a full hash of an 80 MB GraphML costs a third of the time budget of a
cold lookup). Anything else (missing, unreadable, other format version) means the
GraphML answers instead, and kgraph.query.open_graph says so.

Tables: ``nodes`` (all attributes as JSON, and in columns what kgraph.query.info ranks
by: label, type, mentions, pagerank, degree, weighted degree, community), ``names``
(folded name, tier -> node, see kgraph.query.names), ``adjacency`` (both directions of
every link, clustered by node, with weight, articles and npmi) and ``edges`` (all link
attributes as JSON, evidence included); ``meta`` also holds the numbers of links and
connected components. The database is built in memory and written with atomic_write.
Communities a graph lacks are computed by the first ``info`` and stored into the index
(kgraph.query.info), so that Louvain runs once per graph, not once per question.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TYPE_CHECKING

from ..atomic import atomic_write
from ..contract import NETWORKX_DEFAULTS, label_of, number
from ..errors import StaleIndexError
from .names import names_of

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["index_path", "write_index", "write_index_records", "open_index", "fingerprint", "IndexSource", "NodeFacts", "FORMAT"]

# 2: names folded with the apostrophe rule of kgraph.words.fold; 3: the info columns of nodes, links and
# components in meta; 4: the types of the links' attributes in meta (for IndexSource.write_induced)
FORMAT = "kgraph-index-4"
SUFFIX = ".kgindex.sqlite"
# The fingerprint reads the first and last _END_BYTES and _SAMPLES blocks of _BLOCK bytes between.
_END_BYTES, _SAMPLES, _BLOCK = 64 * 1024, 16, 4096

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE nodes (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, attributes TEXT NOT NULL,
                    label TEXT NOT NULL, type TEXT NOT NULL, mentions REAL, pagerank REAL,
                    degree INTEGER NOT NULL, strength REAL NOT NULL, community TEXT);
CREATE TABLE names (name TEXT NOT NULL, tier TEXT NOT NULL, node INTEGER NOT NULL,
                    PRIMARY KEY (name, tier, node)) WITHOUT ROWID;
CREATE TABLE edges (rowid INTEGER PRIMARY KEY, attributes TEXT NOT NULL);
CREATE TABLE adjacency (node INTEGER NOT NULL, other INTEGER NOT NULL, edge INTEGER NOT NULL,
                        weight NUMERIC NOT NULL, articles NUMERIC NOT NULL, npmi REAL,
                        PRIMARY KEY (node, other)) WITHOUT ROWID;
"""

# A value of each GraphML type: records that declare the types (kgraph.export.graphml.attribute_types).
_WIDEST = {"boolean": True, "int": 1, "long": 2**40, "double": 1.5, "string": ""}
# Each link's GraphML element as kgraph.export.graphml writes it: text escaped, booleans in lower case,
# numbers as stored (a real through "->", which keeps its own digits where its value would be rounded to 15).
_LINK_ELEMENTS = """
SELECT '    <edge source="' || n.id || '" target="' || o.id || CASE e.attributes WHEN '{}' THEN '"/>' || char(10) ELSE
       '">' || char(10) || (SELECT group_concat('      <data key="edge_' || j.key || '">' || CASE j.type
           WHEN 'text' THEN replace(replace(replace(j.value, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')
           WHEN 'integer' THEN j.value WHEN 'real' THEN e.attributes -> j.fullkey ELSE j.type END
           || '</data>' || char(10), '') FROM json_each(e.attributes) j)
       || '    </edge>' || char(10) END
FROM temp.links l JOIN src.nodes n ON n.rowid = l.node JOIN src.nodes o ON o.rowid = l.other
JOIN src.edges e ON e.rowid = l.edge
"""

_TABLES = frozenset({"meta", "nodes", "names", "edges", "adjacency"})


def index_path(graphml: str | os.PathLike[str]) -> Path:
    """Where the index of a GraphML file lives: beside it, ``.graphml`` -> ``.kgindex.sqlite``."""
    return Path(graphml).with_suffix(SUFFIX)


def fingerprint(path: str | os.PathLike[str]) -> dict[str, Any]:
    """What the index records of its GraphML: size, mtime_ns and a sampled BLAKE2b digest."""
    stat = os.stat(path)
    digest = hashlib.blake2b(str(stat.st_size).encode(), digest_size=16)
    with open(path, "rb") as handle:
        digest.update(handle.read(_END_BYTES))
        handle.seek(max(stat.st_size - _END_BYTES, 0))
        digest.update(handle.read(_END_BYTES))
        for i in range(1, _SAMPLES + 1):
            handle.seek(stat.st_size * i // (_SAMPLES + 1))
            digest.update(handle.read(_BLOCK))
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "digest": digest.hexdigest()}


def write_index(graph: nx.Graph, graphml: str | os.PathLike[str], *,
                graphml_fingerprint: dict[str, Any] | None = None) -> Path:
    """Index ``graph``, just written to ``graphml``, atomically beside that file; returns its path.

    Args:
        graph: the graph the GraphML file holds.
        graphml: the GraphML file just written; the index records its size, mtime and fingerprint.
        graphml_fingerprint: ``fingerprint`` of that file as it was written (taken before its rename,
            see kgraph.pipeline.write); without it the file now at ``graphml`` is fingerprinted, which
            may already be another build's.

    Returns:
        The index's path: ``graphml`` with ``.kgindex.sqlite`` for ``.graphml``.

    Raises:
        OSError: the index cannot be written; FileNotFoundError when ``graphml`` does not exist.

    Example:
        >>> import kgraph, tempfile, pathlib
        >>> graph = kgraph.read_graphml("graphs/seeds.graphml")
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "seeds.graphml"
        >>> kgraph.write_graphml(graph, out)
        >>> kgraph.write_index(graph, out).name, kgraph.open_graph(out).origin
        ('seeds.kgindex.sqlite', 'index')
    """
    import networkx as nx

    return write_index_records(graph.graph, [(str(n), d) for n, d in graph.nodes(data=True)],
                               [(str(a), str(b), d) for a, b, d in graph.edges(data=True)], graphml,
                               components=nx.number_connected_components(graph) if len(graph) else 0,
                               graphml_fingerprint=graphml_fingerprint)


def write_index_records(attributes: dict[str, Any], nodes: list[tuple[str, dict[str, Any]]],
                        links: list[tuple[str, str, dict[str, Any]]], graphml: str | os.PathLike[str], *,
                        components: int, graphml_fingerprint: dict[str, Any] | None = None) -> Path:
    """``write_index`` of a graph given as records (graph attributes, (id, attributes) of each node,
    (id, id, attributes) of each link) and its number of connected components, as
    kgraph.query.ego.write_ego streams one without building it in networkx; returns the index's path."""
    db = sqlite3.connect(":memory:")
    try:
        db.executescript(_SCHEMA)
        rowids = {node: i for i, (node, _) in enumerate(nodes)}
        degree, strength = [0] * len(nodes), [0.0] * len(nodes)
        for a, b, data in links:  # as networkx counts them: a link to itself twice
            for end in (rowids[a], rowids[b]):
                degree[end] += 1
                strength[end] += number(data, "weight", 1)
        db.executemany("INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       ((i, n, _json(d), *node_facts(n, d, degree[i], strength[i])) for i, (n, d) in enumerate(nodes)))
        db.executemany("INSERT INTO names VALUES (?, ?, ?)",
                       ((name, tier, i) for i, (n, d) in enumerate(nodes) for name, tier in names_of(n, d)))
        db.executemany("INSERT INTO edges VALUES (?, ?)", ((i, _json(d)) for i, (_, _, d) in enumerate(links)))
        # In key order: SQLite appends to the clustered table instead of inserting all over it.
        db.executemany("INSERT OR IGNORE INTO adjacency VALUES (?, ?, ?, ?, ?, ?)", sorted(_adjacency(links, rowids)))
        meta = {"format": FORMAT, "graph": _json(attributes), "edges": len(links), "components": components,
                "link_types": json.dumps(_link_types(links)), **(graphml_fingerprint or fingerprint(graphml))}
        db.executemany("INSERT INTO meta VALUES (?, ?)", ((k, str(v)) for k, v in meta.items()))
        db.commit()
        target = index_path(graphml)
        with atomic_write(target, "wb") as handle:
            handle.write(db.serialize())
    finally:
        db.close()
    return target


def open_index(graphml: str | os.PathLike[str]) -> IndexSource:
    """The index of ``graphml``, if it exists and matches the file; else StaleIndexError says why."""
    path = index_path(graphml)
    if not path.exists():
        raise StaleIndexError(f"{graphml}: no index ({path.name})")
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as err:  # a folder in its place, no permission
        raise StaleIndexError(f"{path}: unreadable index: {err}") from err
    try:
        attributes = _graph_attributes_if_current(db, path, graphml)
    except BaseException:
        db.close()
        raise
    return IndexSource(db, attributes)


def _graph_attributes_if_current(db: sqlite3.Connection, path: Path, graphml: str | os.PathLike[str]) -> dict[str, Any]:
    """The graph attributes the index holds, once its meta table matches ``graphml``; else StaleIndexError."""
    try:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        meta = dict(db.execute("SELECT key, value FROM meta")) if "meta" in tables else {}
        actual = fingerprint(graphml)
    except sqlite3.Error as err:
        raise StaleIndexError(f"{path}: unreadable index: {err}") from err
    except FileNotFoundError as err:
        raise StaleIndexError(f"{graphml}: no such graph file") from err
    if meta.get("format") != FORMAT or any(meta.get(k) != str(v) for k, v in actual.items()):
        raise StaleIndexError(f"{path} is stale: {graphml} changed after the index was written")
    if not _TABLES <= tables:
        raise StaleIndexError(f"{path}: damaged index (no table {', '.join(sorted(_TABLES - tables))})")
    try:
        attributes: dict[str, Any] = json.loads(meta.get("graph", "{}"))
    except ValueError as err:
        raise StaleIndexError(f"{path}: damaged index (graph attributes: {err})") from err
    if not isinstance(attributes, dict):
        raise StaleIndexError(f"{path}: damaged index (graph attributes are not a table)")
    return attributes


class IndexSource:
    """A GraphSource answering from an open index (see kgraph.query.source)."""

    origin = "index"

    def __init__(self, db: sqlite3.Connection, attributes: dict[str, Any]):
        self._db = db
        self._attributes = attributes
        self._nodes: dict[str, dict[str, Any]] = {}
        self._unparsed: dict[str, str] = {}  # node attributes fetched along with links, parsed on use

    def graph_attributes(self) -> dict[str, Any]:
        return dict(self._attributes)

    def has_node(self, node: str) -> bool:
        return self._db.execute("SELECT 1 FROM nodes WHERE id = ?", (node,)).fetchone() is not None

    def node(self, node: str) -> dict[str, Any]:
        if node not in self._nodes:
            if node not in self._unparsed:
                row = self._db.execute("SELECT attributes FROM nodes WHERE id = ?", (node,)).fetchone()
                if row is None:
                    raise KeyError(node)
                self._unparsed[node] = row[0]
            self._nodes[node] = _table(json.loads(self._unparsed.pop(node)))
        return self._nodes[node]

    def lookup(self, name: str, tier: str) -> set[str]:
        return {row[0] for row in self._db.execute(
            "SELECT nodes.id FROM names JOIN nodes ON nodes.rowid = names.node WHERE name = ? AND tier = ?",
            (name, tier))}

    def vocabulary(self, tier: str) -> list[str]:
        return [row[0] for row in self._db.execute("SELECT DISTINCT name FROM names WHERE tier = ?", (tier,))]

    def adjacent(self, node: str) -> dict[str, dict[str, Any]]:
        links = {}
        for other, attributes, weight, articles, npmi in self._db.execute(
                "SELECT o.id, o.attributes, a.weight, a.articles, a.npmi FROM nodes n "
                "JOIN adjacency a ON a.node = n.rowid JOIN nodes o ON o.rowid = a.other WHERE n.id = ?", (node,)):
            links[other] = _link(weight, articles, npmi)
            if other not in self._nodes:  # a query about the links asks about their ends next
                self._unparsed[other] = attributes
        return links

    def edge(self, a: str, b: str) -> dict[str, Any]:
        row = self._db.execute(
            "SELECT e.attributes FROM nodes n JOIN adjacency a ON a.node = n.rowid JOIN nodes o ON o.rowid = a.other "
            "JOIN edges e ON e.rowid = a.edge WHERE n.id = ? AND o.id = ?", (a, b)).fetchone()
        if row is None:
            raise KeyError((a, b))
        return _table(json.loads(row[0]))

    def nodes(self, nodes: Iterable[str]) -> dict[str, dict[str, Any]]:
        wanted = [n for n in dict.fromkeys(nodes) if n not in self._nodes and n not in self._unparsed]
        self._unparsed.update(self._db.execute(
            "SELECT id, attributes FROM nodes WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(wanted),)))
        return {n: self.node(n) for n in dict.fromkeys(nodes) if n in self._nodes or n in self._unparsed}

    def links(self, nodes: Iterable[str]) -> dict[str, dict[str, dict[str, Any]]]:
        found: dict[str, dict[str, dict[str, Any]]] = {}
        for node, other, *link in self._db.execute(
                "SELECT n.id, o.id, a.weight, a.articles, a.npmi FROM nodes n JOIN adjacency a ON a.node = n.rowid "
                "JOIN nodes o ON o.rowid = a.other WHERE n.id IN (SELECT value FROM json_each(?))",
                (json.dumps(list(nodes)),)):
            found.setdefault(node, {})[other] = _link(*link)
        return found

    def places(self, nodes: Iterable[str]) -> list[int]:
        return [self._rowid(node) for node in nodes]

    def at_places(self, places: Iterable[int]) -> list[str]:
        return [self._db.execute("SELECT id FROM nodes WHERE rowid = ?", (place,)).fetchone()[0] for place in places]

    def lengths(self, place: int) -> list[tuple[int, float]]:
        # A node's place is its rowid (write_index numbers nodes in the graph's order), and its links are
        # clustered by (node, other): one range of one table, no lookup per link. The length is computed as
        # kgraph.query.source.distance does (weight is a number in the index).
        return self._db.execute("SELECT other, 1.0 / max(weight, 1e-9) FROM adjacency WHERE node = ?",
                                (place,)).fetchall()

    def _rowid(self, node: str) -> int:
        row = self._db.execute("SELECT rowid FROM nodes WHERE id = ?", (node,)).fetchone()
        if row is None:
            raise KeyError(node)
        return int(row[0])

    def count_reached(self, node: str, *, depth: int, min_weight: float, types: frozenset[str]) -> int:
        # In SQL: the second hop of a hub is hundreds of thousands of links, too many to bring into Python.
        second = ("UNION SELECT a.other FROM first f JOIN adjacency a ON a.node = f.other WHERE a.weight >= :weight"
                  if depth == 2 else "")
        of_type = "AND o.type IN (SELECT value FROM json_each(:types))" if types else ""
        row = self._db.execute(
            "WITH first(other) AS (SELECT a.other FROM nodes n JOIN adjacency a ON a.node = n.rowid "
            "WHERE n.id = :node AND a.weight >= :weight), "
            f"reached(other) AS (SELECT other FROM first {second}) "
            f"SELECT count(*) FROM reached r JOIN nodes o ON o.rowid = r.other WHERE o.id != :node {of_type}",
            {"node": node, "weight": min_weight, "types": json.dumps(sorted(types))}).fetchone()
        return int(row[0])

    def skeleton(self) -> nx.Graph:
        import networkx as nx

        graph = nx.Graph(**self._attributes)
        ids = {}
        for rowid, node, attributes in self._db.execute("SELECT rowid, id, attributes FROM nodes"):
            ids[rowid] = node
            graph.add_node(node, **_table(json.loads(attributes)))
        graph.add_edges_from((ids[a], ids[b], _link(*link)) for a, b, *link in self._db.execute(
            "SELECT node, other, weight, articles, npmi FROM adjacency WHERE node <= other"))
        return graph

    def induced(self, nodes: Iterable[str]) -> tuple[list[tuple[str, dict[str, Any]]], list[tuple[str, str, dict[str, Any]]]]:
        """One read of the members' rows and one of the links among them: bounded by the output."""
        members = json.dumps(list(dict.fromkeys(nodes)))
        ids, rows = {}, []
        for rowid, node, attributes in self._db.execute(
                "SELECT rowid, id, attributes FROM nodes WHERE id IN (SELECT value FROM json_each(?))", (members,)):
            ids[rowid] = node
            rows.append((node, _table(json.loads(attributes))))
        links = [(ids[a], ids[b], _table(json.loads(attributes))) for a, b, attributes in self._db.execute(
            "SELECT a.node, a.other, e.attributes FROM adjacency a JOIN edges e ON e.rowid = a.edge "
            # "+a.other": without it SQLite looks up every pair of members (n^2) instead of each member's links
            "WHERE a.node IN (SELECT value FROM json_each(?1)) AND +a.other IN (SELECT value FROM json_each(?1)) "
            "AND a.node <= a.other", (json.dumps(list(ids)),))]
        return rows, links

    def induced_weights(self, nodes: Iterable[str]) -> list[tuple[str, str, float]]:
        return self._db.execute(
            "WITH m(node) AS (SELECT rowid FROM nodes WHERE id IN (SELECT value FROM json_each(?))) "
            "SELECT n.id, o.id, a.weight FROM adjacency a JOIN nodes n ON n.rowid = a.node "
            "JOIN nodes o ON o.rowid = a.other WHERE a.node IN m AND +a.other IN m AND a.node <= a.other",
            (json.dumps(list(nodes)),)).fetchall()

    def write_induced(self, members: list[str], records: Callable[[], tuple[dict[str, Any], list[tuple[str, dict[str, Any]]]]],
                      graphml: Path, *, min_weight: float,
                      frame: Callable[[dict[str, Any], list[tuple[str, dict[str, Any]]], list[dict[str, Any]]], tuple[str, str]],
                      ) -> int | None:
        """Write the graph of ``members`` and the links among them at least ``min_weight`` heavy as GraphML
        at ``graphml``, and its index; the number of links, or None (nothing written, ``records`` not
        called) when a link holds a value SQLite cannot write as kgraph.export.portable would (a list, a
        null, a character XML cannot hold, a number JSON cannot).

        ``records`` gives the graph's attributes and its nodes (portable records, in the order of
        ``members``); ``frame`` the GraphML before and after the links from those and records that give
        each link attribute its widest value (kgraph.export.graphml.graphml_frame). The links never come
        into Python: SQLite writes each link's GraphML element from its stored attributes (numbers as
        stored, so nothing is rounded) and copies its rows into the new index, attached beside this one.
        """
        types = json.loads(self._db.execute("SELECT value FROM meta WHERE key = 'link_types'").fetchone()[0])
        if types is None:
            return None
        source = f"{Path(self._db.execute('PRAGMA database_list').fetchone()[2]).resolve().as_uri()}?mode=ro"
        listed = json.dumps(members)
        # Two more threads, started before the nodes' records are made (SQLite runs without the GIL): one
        # copies the links' rows into the new index, the other finds the links for this one, which then has
        # SQLite write their GraphML. On two cores the index is copied while the nodes and links are written.
        with ThreadPoolExecutor(2) as pool:
            given: Future[list[tuple[str, dict[str, Any]]]] = Future()
            copying = pool.submit(_copy_induced, source, listed, given, min_weight=min_weight)
            reading = pool.submit(_attached, source, listed, min_weight=min_weight)
            try:
                attributes, nodes = records()
                given.set_result(nodes)
                head, tail = frame(attributes, nodes, [{key: _WIDEST[kind] for key, kind in types.items()}])
                reader = reading.result()
                try:
                    taken: list[dict[str, Any]] = []  # the fingerprint of the GraphML as written (see write_index)
                    with atomic_write(graphml, "w", encoding="utf-8", newline="\n",
                                      written=lambda temporary: taken.append(fingerprint(temporary))) as handle:
                        handle.write(head)
                        handle.writelines(row[0] for row in reader.execute(_LINK_ELEMENTS))
                        handle.write(tail)
                    links = int(reader.execute("SELECT count(*) FROM links").fetchone()[0])
                finally:
                    reader.close()
                db = copying.result()
            except BaseException:
                given.cancel()  # the copy stops waiting for nodes that will not come
                for job in (reading, copying):
                    with contextlib.suppress(BaseException):
                        job.result().close()
                raise
        try:
            # An induced graph written for an ego graph is connected: every member was reached over its links.
            # The whole graph's link types hold for its induced graphs (perhaps naming attributes they lack).
            meta = {"format": FORMAT, "graph": _json(attributes), "edges": links, "components": 1 if nodes else 0,
                    "link_types": json.dumps(types), **taken[0]}
            db.executemany("INSERT INTO meta VALUES (?, ?)", ((k, str(v)) for k, v in meta.items()))
            db.commit()
            db.execute("DETACH DATABASE src")
            with atomic_write(index_path(graphml), "wb") as handle:
                handle.write(db.serialize())
        finally:
            db.close()
        return links

    def facts(self) -> tuple[list[NodeFacts], int, int]:
        meta = dict(self._db.execute("SELECT key, value FROM meta WHERE key IN ('edges', 'components')"))
        rows = self._db.execute("SELECT id, label, type, mentions, pagerank, degree, strength, community FROM nodes "
                                "ORDER BY rowid")
        return [NodeFacts(*row) for row in rows], int(meta["edges"]), int(meta["components"])

    def store_communities(self, communities: dict[str, str]) -> None:
        """Keep communities computed for a graph that lacks them, for the next ``info``."""
        path = self._db.execute("PRAGMA database_list").fetchone()[2]
        db = sqlite3.connect(path)
        try:
            with db:
                db.executemany("UPDATE nodes SET community = ? WHERE id = ?", ((c, n) for n, c in communities.items()))
        finally:
            db.close()


def _attached(source: str, members: str, *, min_weight: float, schema: bool = False) -> sqlite3.Connection:
    """A new database in memory (with the index's tables when ``schema``), the index at URI ``source``
    attached as ``src``, and two temporary tables: ``members`` (each of the JSON list ``members``: its
    place there as ``node``, its rowid in src as ``old``) and ``links`` (src's adjacency rows among them
    at least ``min_weight`` heavy, each link once)."""
    db = sqlite3.connect("file::memory:", uri=True, check_same_thread=False)
    try:
        if schema:
            db.executescript(_SCHEMA)
        db.execute("ATTACH DATABASE ? AS src", (source,))
        db.execute("CREATE TEMP TABLE members (node INTEGER PRIMARY KEY, old INTEGER NOT NULL UNIQUE)")
        db.execute("INSERT INTO members SELECT j.key, n.rowid FROM json_each(?) j JOIN src.nodes n ON n.id = j.value",
                   (members,))
        db.execute("CREATE TEMP TABLE links AS SELECT a.* FROM src.adjacency a "
                   "WHERE a.node IN (SELECT old FROM members) AND +a.other IN (SELECT old FROM members) "
                   "AND a.node <= a.other AND a.weight >= ?", (min_weight,))
    except BaseException:
        db.close()
        raise
    return db


def _copy_induced(source: str, members: str, given: Future[list[tuple[str, dict[str, Any]]]], *,
                  min_weight: float) -> sqlite3.Connection:
    """The index of the graph IndexSource.write_induced writes, but for its meta table: the links' rows
    copied from the index at ``source``, then the nodes' rows from their records, once ``given``."""
    db = _attached(source, members, min_weight=min_weight, schema=True)
    try:
        db.execute("INSERT INTO edges SELECT e.rowid, e.attributes FROM links l JOIN src.edges e ON e.rowid = l.edge")
        db.execute("INSERT OR IGNORE INTO adjacency SELECT * FROM (SELECT x.node, y.node, l.edge, l.weight, l.articles, "
                   "l.npmi FROM links l JOIN members x ON x.old = l.node JOIN members y ON y.old = l.other "
                   "UNION ALL SELECT y.node, x.node, l.edge, l.weight, l.articles, l.npmi FROM links l "
                   "JOIN members x ON x.old = l.node JOIN members y ON y.old = l.other) ORDER BY 1, 2")
        facts = {node: (degree, strength) for node, degree, strength in db.execute(
            "SELECT m.node, count(*), total(weight) FROM (SELECT node AS old, weight FROM links "
            "UNION ALL SELECT other, weight FROM links) JOIN members m USING (old) GROUP BY m.node")}
        nodes = given.result()
        db.executemany("INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       ((i, n, _json(d), *node_facts(n, d, *facts.get(i, (0, 0.0)))) for i, (n, d) in enumerate(nodes)))
        db.executemany("INSERT INTO names VALUES (?, ?, ?)",
                       ((name, tier, i) for i, (n, d) in enumerate(nodes) for name, tier in names_of(n, d)))
    except BaseException:
        db.close()
        raise
    return db


@dataclass(frozen=True, slots=True)
class NodeFacts:
    """What kgraph.query.info ranks a node by, as the index stores it (None: attribute absent)."""

    id: str
    label: str
    type: str
    mentions: float | None
    pagerank: float | None
    degree: int
    strength: float
    community: str | None


def node_facts(node: str, data: dict[str, Any], degree: int, strength: float) -> tuple[Any, ...]:
    """The NodeFacts fields after the id, from a node's attributes, degree and weighted degree."""
    mentions, pagerank, community = (data.get(k) for k in ("mentions", "pagerank", "community"))
    return (label_of(node, data), str(data.get("type", "")), None if mentions is None else number(data, "mentions"),
            None if pagerank is None else number(data, "pagerank"), degree, strength,
            None if community is None else str(community))


def _adjacency(links: list[tuple[str, str, dict[str, Any]]], rowids: dict[str, int]) -> Iterator[tuple[Any, ...]]:
    for i, (a, b, data) in enumerate(links):
        link = number(data, "weight", 1), number(data, "articles", 0), data.get("npmi")
        yield rowids[a], rowids[b], i, *link
        yield rowids[b], rowids[a], i, *link


def _link_types(links: list[tuple[str, str, dict[str, Any]]]) -> dict[str, str] | None:
    """The GraphML type of each link attribute when each holds one type of scalar, its text as portable()
    keeps it (as a graph kgraph wrote, or read from GraphML, always does); else None.

    With one type per attribute, the links of any part of the graph are declared alike, and SQLite can
    write them as kgraph.export.graphml would (IndexSource.write_induced); a graph from elsewhere (mixed
    types, lists, text XML cannot hold) leaves its induced graphs to Python's streaming.
    """
    from ..export.graphml import attribute_types  # networkx: only where an index is written
    from ..export.portable import safe_text

    kinds: dict[str, type] = {}
    widest: dict[str, Any] = {}
    for _, _, data in links:
        for key, value in data.items():
            kind = type(value)
            if value is None or key in NETWORKX_DEFAULTS:  # left out of the index (_json) and of every file
                continue
            if kinds.setdefault(key, kind) is not kind or kind not in (bool, int, float, str) or safe_text(key) != key:
                return None
            if kind is str and not value.isprintable() and safe_text(value) != value:
                return None
            if kind is float and not math.isfinite(value):
                return None
            if key not in widest or (kind is int and abs(value) > abs(widest[key])):  # the largest int says "long"
                widest[key] = value
    return attribute_types("edge", [widest])


def _link(weight: float, articles: float, npmi: float | None) -> dict[str, Any]:
    """The link attributes queries rank and score by (see kgraph.query.neighbours)."""
    return {"weight": weight, "articles": articles, **({} if npmi is None else {"npmi": npmi})}


def _table(attributes: Any) -> dict[str, Any]:
    """Attributes read back from the index; ValueError when a damaged row holds something else."""
    if not isinstance(attributes, dict):
        raise ValueError(f"attributes are {type(attributes).__name__}, not a table")
    return attributes


def _json(attributes: dict[str, Any]) -> str:
    """Attributes as GraphML holds them: scalars, anything else as its text."""
    return _ENCODE({k: v for k, v in attributes.items() if v is not None and k not in NETWORKX_DEFAULTS})


# json.dumps(..., ensure_ascii=False, default=str) without a new encoder per row (one per node and link).
_ENCODE = json.JSONEncoder(ensure_ascii=False, default=str).encode
