"""The errors kgraph raises. The library raises; only the CLI prints and exits.

An error may carry a ``hint``: what to do about it, which the command line
prints on a line of its own after the message.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "KGraphError", "ArgumentError", "Suggestion", "NoArticlesError", "OutputError",
    "ModelError", "RecogniseError", "CacheError",
    "SpillError", "ClusterError", "GraphFileError", "StaleIndexError", "ExportError", "AliasesError", "DateRangeError",
    "EntityNotFound", "AmbiguousName", "NoPathError", "PeriodError",
]


class KGraphError(Exception):
    """Base of every error kgraph raises on purpose.

    Args:
        message: what went wrong, naming the file, value or entity concerned.
        hint: what to do about it, if anything ("" when nothing helps).

    Returns:
        The error, to raise; ``str(error)`` is the message, ``error.hint`` the hint.

    Raises:
        Nothing itself: every error kgraph raises on purpose is one of its subclasses.

    Example:
        >>> import kgraph
        >>> try:
        ...     kgraph.neighbours("graphs/seeds.graphml", "Zelenskyy", types="people")
        ... except kgraph.KGraphError as err:
        ...     print(err)
        unknown entity type 'people'; choose from person, organisation, country, place
    """

    def __init__(self, message: str = "", *, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


class ArgumentError(KGraphError, ValueError):
    """An argument of a kgraph function has the wrong type or a value outside its choices.

    Args:
        message: which argument, the value given and the values allowed.
        hint: what to do about it, if anything.

    Returns:
        The error, to raise. It is also a ``ValueError``, as Python's own bad values are.

    Raises:
        Nothing itself: raised by every public function given a bad argument.

    Example:
        >>> import kgraph
        >>> kgraph.GraphFilter(types={"people"})
        Traceback (most recent call last):
        ...
        kgraph.errors.ArgumentError: unknown entity type 'people'; choose from person, organisation, country, place
    """


def check_choices(values: str | Iterable[str], choices: Sequence[str], *, what: str) -> tuple[str, ...]:
    """``values`` (one string is one value, never its characters) as a tuple, each one of ``choices``.

    Raises ArgumentError naming the first value outside ``choices`` and listing them.
    """
    if isinstance(values, str):
        values = (values,)
    try:
        given = tuple(dict.fromkeys(values))
    except TypeError:
        raise ArgumentError(f"{what} must be a string or a collection of strings, "
                            f"not {type(values).__name__}") from None
    for value in given:
        if value not in choices:
            raise ArgumentError(f"unknown {what} {value!r}; choose from {', '.join(choices)}")
    return given


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A node a name may have meant: its id (to ask again by) and its label (to show).

    Args:
        id: the node's id.
        label: the node's label.

    Returns:
        A frozen record; ``str()`` of it is the label.

    Raises:
        Nothing.

    Example:
        >>> import kgraph
        >>> suggestion = kgraph.Suggestion("vladimir_putin", "Vladimir Putin")
        >>> kgraph.find("graphs/seeds.graphml", suggestion.id)
        'vladimir_putin'
    """

    id: str
    label: str

    def __str__(self) -> str:
        return self.label


class NoArticlesError(KGraphError):
    """A build found no article at all in its inputs; the message lists every input skipped, and why.

    Args:
        message: "no article could be read from the inputs", then each input skipped with why.
        hint: ``build_texts`` when an input looks like a text passed as a path, else empty.

    Returns:
        The error; ``build`` and ``build_texts`` raise it before writing anything.

    Raises:
        Nothing itself.

    Example:
        >>> import kgraph
        >>> try:
        ...     kgraph.build(["Emmanuel Macron met Olaf Scholz."])
        ... except kgraph.NoArticlesError as err:
        ...     print(err.hint)
        to build from texts in memory, use kgraph.build_texts([...])
    """


class OutputError(KGraphError):
    """The output folder cannot be made or written (read-only, full, a file in its place)."""


class ModelError(KGraphError):
    """The spaCy pipeline cannot be loaded; ``hint`` says how to install it.

    Args:
        message: the pipeline's name and spaCy's reason.
        hint: the command that installs it.

    Returns:
        The error ``build`` and ``build_texts`` raise before reading any input.

    Raises:
        Nothing itself.

    Example:
        >>> import kgraph
        >>> try:
        ...     kgraph.build_texts(["Emmanuel Macron met Olaf Scholz."],
        ...                        recogniser=kgraph.Recogniser(model="no_such_pipeline"))
        ... except kgraph.ModelError as err:
        ...     print(err.hint.split(":")[0])
        install it first
    """


class RecogniseError(KGraphError):
    """Recognition cannot finish: a worker process died (out of memory, killed)."""


class CacheError(KGraphError):
    """The extraction cache file cannot be used: locked by another build, unreadable, read-only."""


class SpillError(KGraphError):
    """The temporary file a build keeps its articles in cannot be written or read (no room, no folder)."""


class ClusterError(KGraphError):
    """A build on a Dask cluster cannot start or cannot finish (Dask missing, scheduler unreachable)."""


class GraphFileError(KGraphError):
    """A graph file is missing or cannot be parsed.

    Args:
        message: the file's path, then "no such graph file" or the parser's complaint.
        hint: for the command line's default graph, how to name one (``--graph FILE``).

    Returns:
        The error ``open_graph``, ``read_graphml`` and every query given a file name raise.

    Raises:
        Nothing itself.

    Example:
        >>> import kgraph
        >>> kgraph.read_graphml("graphs/no-such.graphml")
        Traceback (most recent call last):
        ...
        kgraph.errors.GraphFileError: graphs/no-such.graphml: no such graph file
    """


class ExportError(KGraphError):
    """An output format cannot be written: the optional library it needs is not installed."""


class StaleIndexError(GraphFileError):
    """A graph's index is missing, unreadable or no longer matches its GraphML."""


class AliasesError(KGraphError):
    """An aliases (corrections) file cannot be read or holds an invalid correction."""


class DateRangeError(ArgumentError):
    """A date range bound (``since``, ``until``) is no date, or ends before it starts."""


class EntityNotFound(KGraphError):
    """A name matches no node of the graph; ``suggestions`` holds the closest nodes, as data.

    Args:
        name: the name asked for.
        suggestions: the nodes it may have meant, closest first, as ``Suggestion(id, label)``.

    Returns:
        The error, to raise; ``.name`` and ``.suggestions`` keep the arguments.

    Raises:
        Nothing itself: raised by ``find``, ``neighbours``, ``path`` and ``ego``.

    Example:
        >>> import kgraph
        >>> try:
        ...     kgraph.find("graphs/seeds.graphml", "Pootin")
        ... except kgraph.EntityNotFound as err:
        ...     print(err.suggestions[0].id, "/", err.suggestions[0].label)
        vladimir_putin / Vladimir Putin
    """

    def __init__(self, name: str, suggestions: tuple[Suggestion, ...] = ()) -> None:
        self.name = name
        self.suggestions = suggestions
        labels = ", ".join(dict.fromkeys(s.label for s in suggestions))
        super().__init__(f"no entity named {name!r} in the graph" + (f"; did you mean {labels}?" if labels else ""),
                         hint="" if suggestions else "kgraph info lists the graph's best-known entities")


class AmbiguousName(EntityNotFound):
    """A name fits several nodes equally well; ``suggestions`` lists them all, as data.

    Args:
        name: the name asked for.
        candidates: every node it fits, as ``Suggestion(id, label)``.

    Returns:
        The error, to raise; ``.suggestions`` holds the candidates.

    Raises:
        Nothing itself: raised by ``find``, ``neighbours``, ``path`` and ``ego``.

    Example:
        >>> import kgraph
        >>> try:
        ...     kgraph.find("tests/data/query/foreign.graphml", "Chirac")
        ... except kgraph.AmbiguousName as err:
        ...     print([s.id for s in err.suggestions])
        ['n4', 'n1']
    """

    def __init__(self, name: str, candidates: tuple[Suggestion, ...]) -> None:
        super().__init__(name, candidates)
        self.args = (f"{name!r} is ambiguous: it may mean {'; '.join(f'{c.label} ({c.id})' for c in candidates)}",)
        self.hint = "ask again by one of the ids in brackets"


class NoPathError(KGraphError):
    """Two entities of the graph are not connected (or are one and the same).

    Args:
        message: the two names as asked, and the types the chain was kept to, if any.
        hint: empty: no option links what the graph does not.

    Returns:
        The error ``path`` and ``paths`` raise.

    Raises:
        Nothing itself.

    Example:
        >>> import kgraph
        >>> kgraph.path("graphs/seeds.graphml", "Zelenskyy", "Volodymyr Zelenskyy")
        Traceback (most recent call last):
        ...
        kgraph.errors.NoPathError: 'Zelenskyy' and 'Volodymyr Zelenskyy' are the same entity
    """


class PeriodError(KGraphError):
    """A question about time the graph cannot answer: it has no periods, or not the ones asked for.

    Args:
        message: what is missing: per-period counts, or the periods asked for (the graph's are listed).
        hint: what to do about it, if anything.

    Returns:
        The error ``changes`` raises.

    Raises:
        Nothing itself.

    Example:
        >>> import kgraph
        >>> kgraph.changes("graphs/seeds.graphml", last=1)
        Traceback (most recent call last):
        ...
        kgraph.errors.PeriodError: the graph has no per-period counts: build it from dated articles (docs/time.md)
    """
