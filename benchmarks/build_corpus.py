"""Generate a large, deterministic corpus of distinct articles for the build benchmarks.

The paragraphs of the bundled seed corpus are recombined into new articles, with
names swapped between paragraphs and numbers varied, so that every article is
distinct (the build drops exact duplicates) and the graph grows with the corpus
the way a real one does. Same arguments, same files, byte for byte.

    python benchmarks/build_corpus.py /tmp/corpus --words 100000
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from pathlib import Path

from kgraph import pipeline
from kgraph.report import BuildReport

__all__ = ["generate", "write"]

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLES_PER_FILE = 50
_PLACES = ("BRUSSELS", "KYIV", "LONDON", "BERLIN", "PARIS", "WARSAW", "ROME", "VILNIUS", "MADRID", "THE HAGUE")
# Capitalised words after the first of a paragraph: mostly names of people, places, bodies.
_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{3,}\b")
_NUMBER = re.compile(r"\b\d+\b")


def generate(words: int, *, seed: int = 9, paragraphs: tuple[int, int] = (6, 12), sources=(SEEDS,),
             distinct: bool = False) -> list[str]:
    """Distinct articles of ``paragraphs`` (fewest, most) paragraphs each, totalling at least ``words`` words.

    The seed paragraphs are few, so some come out again unchanged (about a quarter of those of
    300,000 words): ``distinct`` leaves out every paragraph already written, for a corpus without
    copies (kgraph reads a paragraph seen before only once, bare spaCy every time).
    """
    pool = [p for a in pipeline.articles(sources, report=BuildReport()) for p in a.paragraphs]
    names = sorted(name for name, n in Counter(_NAME.findall(" ".join(pool))).items() if n >= 2)
    rng = random.Random(seed)
    articles, total = [], 0
    written: set[str] = set()
    while total < words:
        body = [_vary(p, names, rng) for p in rng.sample(pool, rng.randint(*paragraphs))]
        if distinct:
            body = [p for p in body if not (p in written or written.add(p))]
            if not body:
                continue
        text = f"{rng.choice(_PLACES)} — " + "\n\n".join(body)
        articles.append(text)
        total += len(text.split())
    return articles


def _vary(paragraph: str, names: list[str], rng: random.Random) -> str:
    # dict.fromkeys, not set: the draws must not follow the hash seed of the process.
    swaps = {name: rng.choice(names) for name in dict.fromkeys(_NAME.findall(paragraph)) if rng.random() < 0.3}
    paragraph = _NAME.sub(lambda m: swaps.get(m[0], m[0]), paragraph)
    return _NUMBER.sub(lambda m: str(rng.randint(2, 10 ** len(m[0]) - 1)), paragraph)


def write(articles: list[str], folder: Path, *, prefix: str = "part") -> list[Path]:
    """Write the articles as plain-text feed files, each article closed by a tag line."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for start in range(0, len(articles), ARTICLES_PER_FILE):
        path = folder / f"{prefix}-{start // ARTICLES_PER_FILE:05d}.txt"
        chunk = articles[start:start + ARTICLES_PER_FILE]
        path.write_text("".join(f"{text}\n\nTag - Benchmark\n\n" for text in chunk), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    articles = generate(args.words, seed=args.seed)
    paths = write(articles, args.folder)
    print(f"{len(articles)} articles, {sum(len(a.split()) for a in articles)} words in {len(paths)} files")


if __name__ == "__main__":
    main()
