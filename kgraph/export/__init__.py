"""Write a graph to files: one module per format, each with its reader where one exists."""

from .atomic import atomic_write
from .graphml import read_graphml, write_graphml
from .html import to_html, write_html

__all__ = ["atomic_write", "read_graphml", "write_graphml", "to_html", "write_html"]
