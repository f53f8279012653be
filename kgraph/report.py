"""What a build did: counts and problems, gathered while the stages run.

The library never prints: each problem is logged on the ``kgraph`` logger and
kept here, so the CLI (or a notebook) decides how to show it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

__all__ = ["BuildReport", "Problem", "printable"]

log = logging.getLogger("kgraph")


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that was skipped, and why."""

    where: str  # file, or file:line
    what: str

    def __str__(self) -> str:
        return f"{printable(self.where)}: {self.what}"


def printable(name: str) -> str:
    """A file name as a terminal may show it: line breaks, escape sequences and other controls escaped
    ('a\\nb', '\\x1b[31m'), so a file's name can neither forge a line of output nor recolour it."""
    if name.isprintable():
        return name
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in name)


@dataclass
class BuildReport:
    """Counts of a build and the inputs it skipped; stages fill it in as they run.

    Args:
        articles: articles that reached the graph.
        duplicates: articles dropped because the same text was seen before.
        recognised: articles run through spaCy.
        cached: articles whose recognition came from the extraction cache.
        problems: inputs skipped, each with why (``Problem(where, what)``).
        seconds: wall time of the whole build.
        unchanged: the output files were already this build's, so none was written
            (``kgraph.pipeline.build_files``).

    Returns:
        A report to pass as ``build(..., report=...)``, filled in by the build.

    Raises:
        Nothing.

    Example:
        >>> import kgraph
        >>> report = kgraph.BuildReport()
        >>> graph = kgraph.build_texts(["Emmanuel Macron met Olaf Scholz.", "", "Emmanuel Macron met Olaf Scholz."],
        ...                            report=report)
        >>> report.articles, report.duplicates, [p.what.split(" (")[0] for p in report.problems]
        (1, 1, ["record has no 'text' text"])
    """

    articles: int = 0  # articles that reached the graph
    duplicates: int = 0  # articles dropped because the same text was seen before
    recognised: int = 0  # articles run through spaCy
    cached: int = 0  # articles whose recognition came from the extraction cache
    period: str = ""  # what co-mentions were counted by per period ("" when not)
    undated: int = 0  # articles without a date: in the totals, in no period
    problems: list[Problem] = field(default_factory=list)  # inputs skipped, with why
    warnings: list[Problem] = field(default_factory=list)  # inputs read, but not as they were (bytes dropped...)
    out_of_range: int = 0  # articles left out by the date range (--since/--until)
    first_date: str = ""  # earliest and latest article date of the build, ISO 8601; '' when none has one
    last_date: str = ""
    seconds: float = 0.0  # wall time of the whole build
    unchanged: bool = False  # the files were already this build's: nothing was resolved nor written (build_files)

    @property
    def skipped(self) -> int:
        return len(self.problems)

    def skip(self, where: str, what: str) -> None:
        problem = Problem(where, what)
        self.problems.append(problem)
        log.warning("%s", problem)

    def warn(self, where: str, what: str) -> None:
        """An input that is read, but changed or partly lost on the way: the user should know."""
        problem = Problem(where, what)
        self.warnings.append(problem)
        log.warning("%s", problem)

    def dated(self, date: str) -> None:
        """Widen the build's date range by an article's ISO date ('' leaves it as it is)."""
        if date:
            self.first_date = min(self.first_date or date, date)
            self.last_date = max(self.last_date, date)
