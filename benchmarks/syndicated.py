"""A build of syndicated news next to a bare spaCy pass over all its paragraphs (paragraph reuse).

Generates a corpus without copies (build_corpus.py, ``distinct``) of --words
words, then adds syndicated copies until --copies (default 40%) of all
paragraphs are copies: each copy
is an article of the generated corpus as another outlet runs it, with a first
paragraph of its own. Prints the time of a bare ``nlp.pipe`` over every paragraph
(copies included, as build_speed.py runs it) and of ``kgraph build --jobs 1
--no-cache``, and their ratio (the target is under 1.0: kgraph reads each
paragraph once). Median pair of --repeat runs, which side goes first
alternating. Run from the repository root:

    .venv/bin/python benchmarks/syndicated.py               # about 4 minutes on 2 cores
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from pathlib import Path

import spacy
from build_corpus import generate, write
from build_speed import BARE, _median_pair, kgraph, run

from kgraph.pipeline import articles
from kgraph.recognise import load_model
from kgraph.recognise.here import BATCH_SIZE
from kgraph.report import BuildReport

_OUTLETS = ("Daily Ledger", "Morning Post", "Evening Star", "Wire Review", "City Herald", "Gazette")


def syndicate(originals: list[str], share: float, *, seed: int = 22) -> list[str]:
    """The articles with copies added until ``share`` of all paragraphs are copies, in a shuffled order."""
    rng = random.Random(seed)
    result, copied = list(originals), 0
    total = sum(len(a.split("\n\n")) for a in originals)
    while copied < share * total:
        first, *body = rng.choice(originals).split("\n\n")
        place, _, lead = first.partition(" — ")  # generate() opens each article with a dateline
        # The outlet's own first paragraph (another credit, an edition line), then the wire's paragraphs.
        own = f"{place} ({rng.choice(_OUTLETS)}) — Edition {len(result)}. {lead}"
        result.append("\n\n".join([own, *body]))
        copied += len(body)
        total += len(body) + 1
    rng.shuffle(result)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=300_000, help="words before the copies are added")
    parser.add_argument("--copies", type=float, default=0.4, help="share of the paragraphs that are copies")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores (numbers are noisy when busy)")
    with tempfile.TemporaryDirectory(prefix="kgraph-syndicated-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        write(syndicate(generate(args.words, distinct=True), args.copies), corpus)
        found = list(articles([corpus], report=BuildReport()))
        paragraphs = [p for a in found for p in a.paragraphs]
        texts = root / "paragraphs.txt"
        texts.write_text("".join(p + "\n" for p in paragraphs), encoding="utf-8")
        print(f"corpus: {len(found)} articles, {sum(len(p.split()) for p in paragraphs)} words, "
              f"{len(paragraphs)} paragraphs of which {1 - len(set(paragraphs)) / len(paragraphs):.0%} copies")
        nlp = load_model()
        model = nlp.meta["lang"] + "_" + nlp.meta["name"]
        excluded = [c for c in spacy.load(model).component_names if c not in nlp.pipe_names]
        bare_command = [sys.executable, "-c", BARE, model, ",".join(nlp.pipe_names), ",".join(excluded), str(texts),
                        str(BATCH_SIZE)]
        pairs = []
        for repeat in range(args.repeat):
            sides = [lambda: run(bare_command), lambda: kgraph(corpus, root / "out", "--jobs", "1", "--no-cache")]
            first, second = (side() for side in (sides if repeat % 2 == 0 else sides[::-1]))
            pairs.append((first, second) if repeat % 2 == 0 else (second, first))
        bare, one = _median_pair(pairs, ratio=lambda pair: pair[1].seconds / pair[0].seconds)
        ratios = ", ".join(f"{k.seconds / b.seconds:.3f}" for b, k in pairs)
        print(f"bare nlp.pipe over every paragraph: {bare.seconds:6.1f}s")
        print(f"kgraph build --jobs 1 --no-cache:   {one.seconds:6.1f}s")
        print(f"ratio kgraph / bare spaCy: {one.seconds / bare.seconds:.3f} wall, "
              f"{one.cpu_seconds / bare.cpu_seconds:.3f} CPU time  (median of {ratios}; target < 1.0)")


if __name__ == "__main__":
    main()
