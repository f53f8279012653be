"""Ask a graph about an entity: find it by name, its neighbours, chains, surroundings, the whole.

Every function takes a networkx graph, a GraphSource, or the path of a graph file
(GraphML, answered through the index beside it when that index matches the file;
GEXF; node-link JSON).
"""

from __future__ import annotations

from .changes import Changes, EntityChange, TieChange, changes
from .ego import EgoFile, ego, write_ego
from .info import Community, GraphInfo, Ranked, info
from .names import match
from .neighbours import Neighbour, count_neighbours, neighbours
from .path import Hop, path, paths
from .source import GraphLike, GraphSource, MemorySource, as_source, open_graph

__all__ = ["find", "neighbours", "count_neighbours", "path", "paths", "ego", "write_ego", "EgoFile", "info", "changes", "Changes", "TieChange", "EntityChange",
           "open_graph", "as_source", "Neighbour", "Hop",
           "GraphInfo", "Ranked", "Community", "GraphSource", "MemorySource", "GraphLike"]


def find(graph: GraphLike, name: str) -> str:
    """The id of the node ``name`` stands for: see kgraph.query.names for how names are matched.

    Args:
        graph: a networkx graph, a GraphSource, or the path of a graph file.
        name: a node id, a label or alias, one word of them, or a close misspelling,
            compared without case or accents.

    Returns:
        The node's id.

    Raises:
        EntityNotFound: nothing matches; ``.suggestions`` holds the closest nodes.
        AmbiguousName: several nodes match equally well; ``.suggestions`` lists them.
        GraphFileError: a file name that cannot be read as a graph.

    Example:
        >>> import kgraph
        >>> kgraph.find("graphs/seeds.graphml", "zelensky")
        'volodymyr_zelenskyy'
    """
    return match(as_source(graph), name)
