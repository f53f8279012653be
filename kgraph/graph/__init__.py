"""The graph: resolved entities and their co-mentions in, a networkx graph out.

- ``comention``: each article's links -> pair statistics per window (weight, NPMI, dates, outlets, evidence)
- ``assemble``: entities + pairs -> ``networkx.Graph``, as kgraph.contract describes it
- ``filter``: the part of a graph kept (``GraphFilter``)
- ``measures``: communities and PageRank on every node
"""
