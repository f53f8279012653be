"""The errors kgraph raises. The library raises; only the CLI prints and exits."""

__all__ = [
    "KGraphError", "NoArticlesError", "ModelError", "RecogniseError", "CacheError", "SpillError", "ClusterError",
    "GraphFileError", "StaleIndexError", "ExportError", "AliasesError", "DateRangeError", "EntityNotFound",
    "AmbiguousName", "NoPathError",
    "NoPathError",
]


class KGraphError(Exception):
    """Base of every error kgraph raises on purpose."""


class NoArticlesError(KGraphError):
    """A build found no article at all in its inputs."""


class ModelError(KGraphError):
    """The spaCy pipeline cannot be loaded."""


class RecogniseError(KGraphError):
    """Recognition cannot finish: a worker process died (out of memory, killed)."""


class CacheError(KGraphError):
    """The extraction cache file cannot be used: locked by another build, unreadable, read-only."""


class SpillError(KGraphError):
    """The temporary file a build keeps its articles in cannot be written or read (no room, no folder)."""


class ClusterError(KGraphError):
    """A build on a Dask cluster cannot start or cannot finish (Dask missing, scheduler unreachable)."""


class GraphFileError(KGraphError):
    """A graph file is missing or cannot be parsed."""


class ExportError(KGraphError):
    """An output format cannot be written: the optional library it needs is not installed."""


class StaleIndexError(GraphFileError):
    """A graph's index is missing, unreadable or no longer matches its GraphML."""


class AliasesError(KGraphError):
    """An aliases (corrections) file cannot be read or holds an invalid correction."""


class DateRangeError(KGraphError):
    """A date range bound (``since``, ``until``) is no date, or ends before it starts."""


class EntityNotFound(KGraphError):
    """A name matches no node of the graph."""

    def __init__(self, name: str, suggestions: tuple[str, ...] = ()):
        self.name = name
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no entity named {name!r} in the graph{hint}")


class AmbiguousName(EntityNotFound):
    """A name fits several nodes equally well; ``suggestions`` lists them all."""

    def __init__(self, name: str, candidates: tuple[str, ...]):
        super().__init__(name, candidates)
        self.args = (f"{name!r} is ambiguous: it may mean {'; '.join(candidates)}",)


class NoPathError(KGraphError):
    """Two entities of the graph are not connected."""
