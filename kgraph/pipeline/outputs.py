"""Write a built graph's files: every format asked for, and the index beside the GraphML.

A rebuild whose graph differs from the GraphML already there only in ``built``
keeps that file's ``built`` (unless SOURCE_DATE_EPOCH sets it): ``built`` then
says when this content was first built, and an unchanged rebuild leaves every
file byte for byte as it was (a committed graph stays unmodified in git).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from importlib import import_module
from pathlib import Path

import networkx as nx

from ..atomic import all_or_none
from ..errors import OutputError, check_choices
from ..export import FORMATS
from ..export.edge_csv import node_table_path, write_node_csv
from ..export.graphml import graph_attribute, graphml_lines
from ..export.layout import with_picture
from ..export.portable import portable
from ..query.index import fingerprint, write_index
from .progress import Stages

__all__ = ["write", "writable_folder"]

# Bytes written (and synced) to prove an output folder takes files: a full disk refuses them.
_PROBE_BYTES = 64 * 1024

# format name -> (module of kgraph.export, its writer (graph, path) -> None); imported by name so
# that a build imports only the exporters it uses (pyvis only for the page).
_WRITERS = {"graphml": ("graphml", "write_graphml"), "html": ("html", "write_html"), "gexf": ("gexf", "write_gexf"),
            "json": ("node_link", "write_node_link"), "csv": ("edge_csv", "write_edge_csv"),
            "cypher": ("cypher", "write_cypher"), "neo4j": ("neo4j", "write_neo4j"), "ftm": ("ftm", "write_ftm")}


def write(graph: nx.Graph, out_dir: str | os.PathLike[str], name: str, *, formats: str | Iterable[str],
          title: str | None = None, progress: bool = False) -> list[Path]:
    """Write ``graph`` as ``out_dir/name.<suffix>`` in each of ``formats``; the paths written, in order.

    The page is titled ``title``, else ``name``; the GraphML gets its index beside it, so a query can skip
    parsing it; the CSV edge list gets its node table beside it (``name.nodes.csv``, listed after it). Every
    file carries the same picture (positions, sizes, colours), laid out once. ``progress`` says the layout's
    and each file's time on stderr. Raises ArgumentError for an unknown format, and ExportError, before
    writing anything, when ``ftm`` is asked for without its extra.
    The files land together (``kgraph.atomic.all_or_none``): an interrupted write leaves the old set.
    The index records the GraphML as written by this call, so when two builds write the same
    files at once, neither's index can pass for the other's GraphML.
    """
    formats = list(check_choices(formats, tuple(FORMATS), what="format"))
    if "ftm" in formats:
        import_module("kgraph.export.ftm").load_model()  # raises when its extra is missing: before any file is written
    paths = [Path(out_dir) / f"{name}{FORMATS[f]}" for f in formats]
    stages = Stages(enabled=progress)
    with stages.stage("layout"):  # every file carries the same picture (positions, sizes, colours), laid out once
        # Every file gets the same values, free of what XML and UTF-8 cannot hold.
        graph = portable(with_picture(graph))
    unchanged = False
    if "graphml" in formats:
        graph, unchanged = _keep_built(graph, Path(out_dir) / f"{name}{FORMATS['graphml']}")
    folder = writable_folder(out_dir)
    fingerprints: list[dict] = []  # of the GraphML this call wrote
    options = {"html": {"title": title or name},
               "graphml": {"written": lambda temporary: fingerprints.append(fingerprint(temporary))}}
    written = []
    path = folder
    try:
        with all_or_none(folder):
            for fmt, path in zip(formats, paths):
                module, writer = _WRITERS[fmt]
                with stages.stage(f"writing {path.name}"):
                    if not (fmt == "graphml" and unchanged):
                        getattr(import_module(f"kgraph.export.{module}"), writer)(graph, path, **options.get(fmt, {}))
                    written.append(path)
                    if fmt == "graphml":
                        write_index(graph, path, graphml_fingerprint=fingerprints[0] if fingerprints else None)
                    if fmt == "csv":
                        write_node_csv(graph, node_table_path(path))
                        written.append(node_table_path(path))
    except OSError as err:
        raise OutputError(f"cannot write {path}: {err.strerror or err}; no output was changed") from err
    return written


def _keep_built(graph: nx.Graph, previous: Path) -> tuple[nx.Graph, bool]:
    """``graph`` with the ``built`` of the GraphML at ``previous`` when that file is this graph built
    earlier, and whether it is; else ``graph`` as it is. SOURCE_DATE_EPOCH, when set, always wins."""
    built = graph_attribute(previous, "built") if "built" in graph.graph else None
    if built is None or built == graph.graph["built"] or os.environ.get("SOURCE_DATE_EPOCH", "").strip():
        return graph, False
    earlier = graph.copy()
    earlier.graph["built"] = built
    earlier = nx.freeze(earlier)  # portable() takes it as it is
    try:
        with open(previous, encoding="utf-8", newline="") as handle:  # piece by piece: the first difference ends it
            same = all(handle.read(len(piece)) == piece for piece in graphml_lines(earlier)) and not handle.read(1)
    except (OSError, UnicodeDecodeError):
        return graph, False
    return (earlier, True) if same else (graph, False)


def writable_folder(out_dir: str | os.PathLike) -> Path:
    """``out_dir``, once a file could be written and synced there (or where it will be made); else OutputError.

    A build calls this before its spaCy pass, so a read-only or full folder, or
    a file where the folder should be, is said in one line before any work is
    done. A folder that does not exist yet is not made here: a build that
    fails leaves nothing behind.
    """
    folder = Path(out_dir)
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if existing == folder and not folder.is_dir():
        raise OutputError(f"output folder {folder} is a file, not a folder")
    if not existing.is_dir():
        raise OutputError(f"cannot make the output folder {folder}: {existing} is a file")
    try:
        with tempfile.TemporaryFile(dir=existing) as probe:
            probe.write(bytes(_PROBE_BYTES))
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as err:
        raise OutputError(f"cannot write to the output folder {folder}: {err.strerror or err}") from err
    return folder
