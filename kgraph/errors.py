"""The errors kgraph raises. The library raises; only the CLI prints and exits."""

__all__ = ["KGraphError", "InputError", "ModelError", "NoArticlesError", "GraphFileError", "EntityNotFound"]


class KGraphError(Exception):
    """Base of every error kgraph raises on purpose."""


class InputError(KGraphError):
    """An input file or record cannot be read; names the file (and line)."""


class NoArticlesError(KGraphError):
    """A build found no article at all in its inputs."""


class ModelError(KGraphError):
    """The spaCy pipeline cannot be loaded."""


class GraphFileError(KGraphError):
    """A graph file is missing or cannot be parsed."""


class EntityNotFound(KGraphError):
    """A name matches no node of the graph."""

    def __init__(self, name: str, suggestions: tuple[str, ...] = ()):
        self.name = name
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no entity named {name!r} in the graph{hint}")
