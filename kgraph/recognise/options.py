"""How a build runs its spaCy pass: one frozen record, passed whole from the CLI to recognition."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from ..errors import ArgumentError

__all__ = ["Recogniser"]


@dataclass(frozen=True, slots=True)
class Recogniser:
    """Which spaCy pipeline recognises the entities, where it runs, and what it may reuse.

    ``nlp`` reuses a pipeline already loaded (``kgraph.recognise.load_model``),
    else ``model`` (a package name or path; default: the English pipeline) is
    loaded. ``jobs`` worker processes share the spaCy pass (scripts that use
    more than one need multiprocessing's ``if __name__ == "__main__":`` guard).
    ``dask`` runs the pass on the Dask scheduler at that address
    (``tcp://host:8786``, or ``"local"``); its workers load ``model`` by name.
    ``cache`` names an SQLite file of earlier results: articles found there
    skip spaCy, new ones are added. ``relations`` parses the sentences that
    name two or more entities and reads what one did to the other
    (``kgraph.recognise.relations``); ``parser`` reuses a parsing pipeline
    already loaded (``kgraph.recognise.load_parser``), which implies it.

    Args:
        model: a spaCy package name or path; None: the English pipeline kgraph installs.
        nlp: a loaded pipeline to reuse (then ``model`` is not loaded).
        jobs: worker processes for the spaCy pass (1 or more).
        dask: a Dask scheduler's address, or "local"; None: recognise on this machine.
        cache: an SQLite file of earlier results to reuse and extend; None: no cache.
        relations: also read what one entity did to another (parses the sentences naming two).
        parser: a loaded parsing pipeline to reuse; implies ``relations``.

    Returns:
        A frozen record to pass as ``build(..., recogniser=...)``.

    Raises:
        ArgumentError: ``jobs`` is not a whole number of at least 1.

    Example:
        >>> import kgraph
        >>> kgraph.Recogniser(jobs=2, cache="graphs/kgraph.kgcache.sqlite").jobs
        2
    """

    model: str | None = None
    nlp: Any = None
    jobs: int = 1
    dask: str | None = None
    cache: str | os.PathLike[str] | None = None
    relations: bool = False
    parser: Any = None

    def __post_init__(self) -> None:
        if not isinstance(self.jobs, int) or self.jobs < 1:
            raise ArgumentError(f"jobs must be a whole number of at least 1, not {self.jobs!r}")
