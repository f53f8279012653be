"""Network measures for colouring and ranking in other tools: communities and PageRank."""

from __future__ import annotations

import networkx as nx

__all__ = ["annotate", "communities", "centrality", "SEED"]

# Louvain is randomised; a fixed seed makes the same graph give the same communities.
SEED = 42


def annotate(graph: nx.Graph, *, seed: int = SEED) -> None:
    """Give every node of ``graph`` its ``community`` and ``pagerank``, in place."""
    nx.set_node_attributes(graph, communities(graph, seed=seed), "community")
    nx.set_node_attributes(graph, centrality(graph), "pagerank")


def communities(graph: nx.Graph, *, seed: int = SEED) -> dict[str, int]:
    """Louvain communities weighted by co-mentions, numbered by size: 0 is the largest."""
    found = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    ranked = sorted(found, key=lambda members: (-len(members), min(members)))
    return {node: number for number, members in enumerate(ranked) for node in members}


def centrality(graph: nx.Graph) -> dict[str, float]:
    """PageRank weighted by co-mentions: high for entities named beside many well-connected ones."""
    return nx.pagerank(graph, weight="weight") if len(graph) else {}
