"""kgraph: turn news articles into a knowledge graph of who is mentioned with whom.

    >>> import kgraph
    >>> graph = kgraph.build(["seeds/"])
    >>> kgraph.neighbours(graph, "Zelenskyy")[:3]
"""

from importlib import import_module

from .errors import (
    AmbiguousName,
    EntityNotFound,
    GraphFileError,
    KGraphError,
    ModelError,
    NoArticlesError,
    NoPathError,
)

__all__ = [
    "build",
    "Recogniser",
    "GraphFilter",
    "neighbours",
    "path",
    "ego",
    "info",
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
    "ModelError",
    "NoArticlesError",
    "GraphFileError",
    "EntityNotFound",
    "AmbiguousName",
    "NoPathError",
]

# The rest is imported on first use (PEP 562): the command line imports this package
# first, and a query answered from the index must not pay for networkx, pyvis or spaCy.
_LAZY = {
    "build": ".pipeline",
    "Recogniser": ".recognise.options",
    "GraphFilter": ".graph.filter",
    "BuildReport": ".report",
    "read_graphml": ".export.graphml",
    "write_graphml": ".export.graphml",
    "write_html": ".export.html",
    "write_index": ".query.index",
    **dict.fromkeys(["neighbours", "path", "ego", "info", "find", "open_graph", "Neighbour", "Hop", "GraphInfo"],
                    ".query"),
}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'kgraph' has no attribute {name!r}")
    value = getattr(import_module(_LAZY[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
