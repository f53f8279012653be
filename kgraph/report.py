"""What a build did: counts and problems, gathered while the stages run.

The library never prints: each problem is logged on the ``kgraph`` logger and
kept here, so the CLI (or a notebook) decides how to show it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

__all__ = ["BuildReport", "Problem"]

log = logging.getLogger("kgraph")


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that was skipped, and why."""

    where: str  # file, or file:line
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


@dataclass
class BuildReport:
    """Counts of a build and the inputs it skipped; stages fill it in as they run."""

    articles: int = 0  # articles that reached the graph
    duplicates: int = 0  # articles dropped because the same text was seen before
    recognised: int = 0  # articles run through spaCy
    cached: int = 0  # articles whose recognition came from the extraction cache
    problems: list[Problem] = field(default_factory=list)  # inputs skipped, with why
    seconds: float = 0.0  # wall time of the whole build

    @property
    def skipped(self) -> int:
        return len(self.problems)

    def skip(self, where: str, what: str) -> None:
        problem = Problem(where, what)
        self.problems.append(problem)
        log.warning("%s", problem)
