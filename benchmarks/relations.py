"""How right and how common kgraph's relations are: precision on hand-labelled sentences, coverage on edges.

    python benchmarks/relations.py             # precision/recall on benchmarks/relations/labels.jsonl,
                                               # coverage of edges of weight >= 3 on seeds/ and a generated corpus
    python benchmarks/relations.py --examples 10

Precision: of the labelled pairs kgraph gives a predicate, the share whose verb
(with its negation) and direction match the label. Recall: of the labelled
pairs with a predicate, the share kgraph gets right. The label's particle or
preposition is not compared: "lead" and "lead for" count as the same verb.
Coverage: the share of edges of weight 3 or more that carry at least one relation.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from build_corpus import generate, write  # noqa: E402

import kgraph  # noqa: E402
from kgraph.contract import parse_relations  # noqa: E402
from kgraph.recognise import load_model, load_parser  # noqa: E402
from kgraph.recognise.here import BATCH_SIZE, recognise_here  # noqa: E402
from kgraph.types import Article, ArticleInfo  # noqa: E402

LABELS = ROOT / "benchmarks" / "relations" / "labels.jsonl"


def core(predicate: str | None) -> tuple[bool, str] | None:
    """(negated, verb) of a predicate: what is compared."""
    if not predicate:
        return None
    words = predicate.split()
    negated = words[0] == "not"
    return negated, words[1 if negated else 0]


def predicted(item: dict, nlp, parser) -> tuple[str | None, str | None]:
    """kgraph's (predicate, direction) for the labelled pair, reading the sentence alone."""
    [extraction] = recognise_here([Article(ArticleInfo(id="x"), item["sentence"])], nlp, batch_size=BATCH_SIZE,
                                  parser=parser)
    for sentence in extraction.sentences:
        def index(name: str) -> int | None:
            wanted = name.casefold()
            found = [i for i, m in enumerate(sentence.mentions)
                     if wanted in m.text.casefold() or m.text.casefold().removeprefix("the ") in wanted]
            return found[0] if found else None

        a, b = index(item["a"]), index(item["b"])
        if a is None or b is None:
            continue
        for r in sentence.relations:
            if {r.source, r.target} == {a, b}:
                return r.predicate, "both" if r.mutual else ("a>b" if r.source == a else "b>a")
    return None, None


def coverage(inputs: list[Path], nlp, parser) -> tuple[int, int]:
    graph = kgraph.build(inputs, recogniser=kgraph.Recogniser(nlp=nlp, parser=parser))
    heavy = [data for _, _, data in graph.edges(data=True) if data["weight"] >= 3]
    return sum(1 for data in heavy if parse_relations(data.get("relations", ""))), len(heavy)


def main(argv: list[str] | None = None) -> None:
    parser_ = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser_.add_argument("--examples", type=int, default=0, help="print this many right and wrong predictions")
    parser_.add_argument("--words", type=int, default=60_000, help="size of the generated corpus for coverage")
    args = parser_.parse_args(argv)
    nlp, parser = load_model(), load_parser()
    items = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    right, wrong, missed = [], [], []
    for item in items:
        predicate, direction = predicted(item, nlp, parser)
        gold = (core(item["predicate"]), item["direction"])
        if predicate is not None:
            (right if (core(predicate), direction) == gold else wrong).append((item, predicate, direction))
        elif item["predicate"]:
            missed.append(item)
    labelled = sum(1 for item in items if item["predicate"])
    print(f"{len(items)} labelled pairs, {labelled} with a predicate")
    print(f"predicted {len(right) + len(wrong)}: precision {len(right) / max(len(right) + len(wrong), 1):.3f}, "
          f"recall {len(right) / max(labelled, 1):.3f}")
    for label, rows in (("right", right), ("wrong", wrong)):
        for item, predicate, direction in rows[:args.examples]:
            print(f"  {label}: {item['a']} / {item['b']}: {predicate} {direction} (label: {item['predicate']} "
                  f"{item['direction']})\n      {item['sentence'][:200]}")
    with tempfile.TemporaryDirectory() as tmp:
        write(generate(args.words), Path(tmp))
        corpora = (("seeds", [ROOT / "seeds"]),
                   ("real news (both halves)", [ROOT / "benchmarks" / "realnews" / half / "articles.jsonl"
                                                for half in ("dev", "test")]),
                   (f"generated {args.words:,} words", [Path(tmp)]))
        for name, inputs in corpora:
            started = time.perf_counter()
            kgraph.build(inputs, recogniser=kgraph.Recogniser(nlp=nlp))
            plain = time.perf_counter() - started
            started = time.perf_counter()
            covered, heavy = coverage(inputs, nlp, parser)
            print(f"coverage on {name}: {covered}/{heavy} edges of weight >= 3 have a relation "
                  f"({covered / max(heavy, 1):.0%}); build {time.perf_counter() - started:.1f}s with relations, "
                  f"{plain:.1f}s without")


if __name__ == "__main__":
    main()
