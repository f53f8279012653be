"""kgraph: turn news articles into a knowledge graph of who is mentioned with whom.

    >>> import kgraph
    >>> graph = kgraph.build("seeds/")
    >>> [n.label for n in kgraph.neighbours(graph, "Zelenskyy", limit=2)]
    ['Ukraine', 'Russia']

Every name in ``__all__`` is documented with its arguments, result, errors and an
example, which tests/test_api.py runs (from the repository's root, where seeds/ is).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .errors import (
    AmbiguousName,
    ArgumentError,
    EntityNotFound,
    GraphFileError,
    KGraphError,
    ModelError,
    NoArticlesError,
    NoPathError,
    PeriodError,
    Suggestion,
)

if TYPE_CHECKING:  # what the lazy imports below give, for type checkers
    from .export.graphml import read_graphml, write_graphml
    from .export.html import write_html
    from .graph.filter import GraphFilter
    from .pipeline import build, build_texts
    from .query import (Changes, GraphInfo, Hop, Neighbour, changes, ego, find, info, neighbours, open_graph, path,
                        paths)
    from .query.index import write_index
    from .recognise.options import Recogniser
    from .report import BuildReport

# The release; pyproject.toml reads it from here.
__version__ = "0.1.0"

__all__ = [
    "build",
    "build_texts",
    "Recogniser",
    "GraphFilter",
    "neighbours",
    "path",
    "paths",
    "ego",
    "info",
    "changes",
    "Changes",
    "find",
    "open_graph",
    "write_index",
    "Neighbour",
    "Hop",
    "GraphInfo",
    "read_graphml",
    "write_graphml",
    "write_html",
    "BuildReport",
    "KGraphError",
    "ArgumentError",
    "Suggestion",
    "ModelError",
    "NoArticlesError",
    "GraphFileError",
    "EntityNotFound",
    "AmbiguousName",
    "NoPathError",
    "PeriodError",
]

# The rest is imported on first use (PEP 562): the command line imports this package
# first, and a query answered from the index must not pay for networkx, pyvis or spaCy.
_LAZY = {
    "build": ".pipeline",
    "build_texts": ".pipeline",
    "Recogniser": ".recognise.options",
    "GraphFilter": ".graph.filter",
    "BuildReport": ".report",
    "read_graphml": ".export.graphml",
    "write_graphml": ".export.graphml",
    "write_html": ".export.html",
    "write_index": ".query.index",
    **dict.fromkeys(["neighbours", "path", "paths", "ego", "info", "changes", "Changes", "find", "open_graph",
                     "Neighbour", "Hop",
                     "GraphInfo"],
                    ".query"),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'kgraph' has no attribute {name!r}")
    value = getattr(import_module(_LAZY[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
