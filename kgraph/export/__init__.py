"""Write a graph to files: one module per format, each with its reader where one exists.

- ``graphml``: the reference format (Gephi, Cytoscape, igraph, networkx), reader and writer
- ``html``: the interactive page (pyvis + vis-network)
- ``layout``: the picture (positions, sizes, colours) the page and the files share
- ``gexf``: Gephi's own format
- ``node_link``: node-link JSON (networkx json_graph, D3)
- ``edge_csv``: an edge list and a node table for spreadsheets
- ``cypher``: a Cypher script for Neo4j 5, FalkorDB and Memgraph
- ``neo4j``: the CSV files neo4j-admin imports, in a folder with the command
- ``ftm``: FollowTheMoney entities for Aleph (needs the followthemoney library: the ftm extra)
- ``portable``: the copy of a graph every format can hold, made once for all of them

Importing this package is cheap: it names the formats and imports no format
module, so reading a GraphML file never loads pyvis.
"""

from __future__ import annotations

__all__ = ["FORMATS", "DEFAULT_FORMATS"]

# format name (as --format takes it) -> file suffix
FORMATS = {"graphml": ".graphml", "html": ".html", "gexf": ".gexf", "json": ".json", "csv": ".csv",
           "cypher": ".cypher", "neo4j": "-neo4j", "ftm": ".ftm.jsonl"}  # neo4j: a folder
DEFAULT_FORMATS = ("graphml", "html")
