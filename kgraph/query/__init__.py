"""Ask a graph about an entity: find it by name, its neighbours, chains, surroundings, the whole.

Every function takes a networkx graph, a GraphSource, or the path of a GraphML file
(answered through the index beside it when that index matches the file).
"""

from .ego import ego
from .info import Community, GraphInfo, Ranked, info
from .names import match
from .neighbours import Neighbour, neighbours
from .path import Hop, path
from .source import GraphLike, GraphSource, MemorySource, as_source, open_graph

__all__ = ["find", "neighbours", "path", "ego", "info", "open_graph", "as_source", "Neighbour", "Hop",
           "GraphInfo", "Ranked", "Community", "GraphSource", "MemorySource", "GraphLike"]


def find(graph: GraphLike, name: str) -> str:
    """The id of the node ``name`` stands for: see kgraph.query.names for how names are matched."""
    return match(as_source(graph), name)
