"""A progress bar for the recognition pass, in characters of text, with rate and ETA.

The total is the size of the input files, known before a single article is
read; text recognised advances the bar. Cleaning drops some of each file
(captions, tag lines), so the bar ends a little short of its total.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from tqdm import tqdm

from ..types import Extraction

__all__ = ["track"]


def track(extractions: Iterable[Extraction], *, total: int | None, enabled: bool) -> Iterator[Extraction]:
    """Pass ``extractions`` through, showing how much of ``total`` characters they cover."""
    with tqdm(total=total, unit="B", unit_scale=True, desc="recognising", disable=not enabled, leave=False) as bar:
        for extraction in extractions:
            bar.update(sum(len(sentence.text) + 1 for sentence in extraction.sentences))
            yield extraction
