"""A progress bar for the recognition pass, in characters of text, with rate and ETA.

The total is the size of the input files, known before a single article is
read; text recognised advances the bar. Cleaning drops some of each file
(captions, tag lines), so the bar ends a little short of its total.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from tqdm import tqdm

from .read import RECORD_SUFFIXES, STDIN, TEXT_SUFFIXES
from .types import Extraction

__all__ = ["track", "input_size"]


def track(extractions: Iterable[Extraction], *, total: int | None, enabled: bool) -> Iterator[Extraction]:
    """Pass ``extractions`` through, showing how much of ``total`` characters they cover."""
    with tqdm(total=total, unit="B", unit_scale=True, desc="recognising", disable=not enabled, leave=False) as bar:
        for extraction in extractions:
            bar.update(sum(len(sentence.text) + 1 for sentence in extraction.sentences))
            yield extraction


def input_size(inputs: Iterable[str | os.PathLike]) -> int | None:
    """Bytes of the article files ``inputs`` name (files, folders, globs); None when reading stdin."""
    size = 0
    for raw in inputs:
        name = os.fspath(raw)
        if name == STDIN:
            return None
        if os.path.isdir(name):
            paths = (p for p in Path(name).rglob("*") if p.suffix.lower() in TEXT_SUFFIXES + RECORD_SUFFIXES)
        else:
            paths = map(Path, [name] if os.path.exists(name) else glob.glob(name, recursive=True))
        size += sum(p.stat().st_size for p in paths if p.is_file())
    return size
