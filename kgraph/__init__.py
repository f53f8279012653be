"""kgraph: turn news articles into a knowledge graph of who is mentioned with whom.

    >>> import kgraph
    >>> graph = kgraph.build(["seeds/"])
    >>> kgraph.neighbours(graph, "Zelenskyy")[:3]
"""

from .errors import EntityNotFound, GraphFileError, InputError, KGraphError, ModelError, NoArticlesError
from .export import read_graphml, write_graphml, write_html
from .pipeline import build
from .query import Neighbour, find, neighbours
from .report import BuildReport

__all__ = [
    "build",
    "neighbours",
    "find",
    "Neighbour",
    "read_graphml",
    "write_graphml",
    "write_html",
    "BuildReport",
    "KGraphError",
    "InputError",
    "ModelError",
    "NoArticlesError",
    "GraphFileError",
    "EntityNotFound",
]
