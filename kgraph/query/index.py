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

Tables: ``nodes`` (all attributes as JSON), ``names`` (folded name, tier -> node, see
kgraph.query.names), ``adjacency`` (both directions of every link, clustered by node,
with weight, articles and npmi) and ``edges`` (all link attributes as JSON, evidence
included). The database is built in memory and written with atomic_write.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TYPE_CHECKING

from ..atomic import atomic_write
from ..contract import NETWORKX_DEFAULTS, number
from ..errors import StaleIndexError
from .names import names_of

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["index_path", "write_index", "open_index", "fingerprint", "IndexSource", "FORMAT"]

FORMAT = "kgraph-index-2"  # 2: names folded with the apostrophe rule of kgraph.words.fold
SUFFIX = ".kgindex.sqlite"
# The fingerprint reads the first and last _END_BYTES and _SAMPLES blocks of _BLOCK bytes between.
_END_BYTES, _SAMPLES, _BLOCK = 64 * 1024, 16, 4096

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE nodes (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, attributes TEXT NOT NULL);
CREATE TABLE names (name TEXT NOT NULL, tier TEXT NOT NULL, node INTEGER NOT NULL,
                    PRIMARY KEY (name, tier, node)) WITHOUT ROWID;
CREATE TABLE edges (rowid INTEGER PRIMARY KEY, attributes TEXT NOT NULL);
CREATE TABLE adjacency (node INTEGER NOT NULL, other INTEGER NOT NULL, edge INTEGER NOT NULL,
                        weight NUMERIC NOT NULL, articles NUMERIC NOT NULL, npmi REAL,
                        PRIMARY KEY (node, other)) WITHOUT ROWID;
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
    db = sqlite3.connect(":memory:")
    try:
        db.executescript(_SCHEMA)
        rowids = {str(node): i for i, node in enumerate(graph.nodes)}
        db.executemany("INSERT INTO nodes VALUES (?, ?, ?)",
                       ((rowids[str(n)], str(n), _json(d)) for n, d in graph.nodes(data=True)))
        db.executemany("INSERT INTO names VALUES (?, ?, ?)",
                       ((name, tier, rowids[str(n)]) for n, d in graph.nodes(data=True)
                        for name, tier in names_of(str(n), d)))
        db.executemany("INSERT INTO edges VALUES (?, ?)",
                       ((i, _json(d)) for i, (_, _, d) in enumerate(graph.edges(data=True))))
        db.executemany("INSERT OR IGNORE INTO adjacency VALUES (?, ?, ?, ?, ?, ?)", _adjacency(graph, rowids))
        meta = {"format": FORMAT, "graph": _json(graph.graph), **(graphml_fingerprint or fingerprint(graphml))}
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

    def subgraph(self, nodes: Iterable[str]) -> nx.Graph:
        import networkx as nx

        graph = nx.Graph(**self._attributes)
        members = set(nodes)
        graph.add_nodes_from((n, self.node(n)) for n in members)
        for node in members:
            graph.add_edges_from((node, other, self.edge(node, other))
                                 for other in self.adjacent(node) if other in members and other >= node)
        return graph


def _adjacency(graph: nx.Graph, rowids: dict[str, int]) -> Iterator[tuple[Any, ...]]:
    for i, (a, b, data) in enumerate(graph.edges(data=True)):
        link = number(data, "weight", 1), number(data, "articles", 0), data.get("npmi")
        yield rowids[str(a)], rowids[str(b)], i, *link
        yield rowids[str(b)], rowids[str(a)], i, *link


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
    return json.dumps({k: v for k, v in attributes.items() if v is not None and k not in NETWORKX_DEFAULTS},
                      ensure_ascii=False, default=str)
