"""How right, how common and how dear kgraph's relations are: precision on hand-labelled sentences,
coverage on edges, the cost of ``kgraph build --relations``.

    python benchmarks/relations.py             # precision/recall on benchmarks/relations/labels.jsonl,
                                               # coverage of edges of weight >= 3 on seeds/, the real-news
                                               # halves and a generated corpus; the build's extra time
    python benchmarks/relations.py --examples 10 --cost-words 0

Precision: of the labelled pairs kgraph gives a predicate, the share whose verb
(with its negation) and direction match the label. Recall: of the labelled
pairs with a predicate, the share kgraph gets right. The label's particle or
preposition is not compared: "lead" and "lead for" count as the same verb.
Both are given per half of the real-news set too; --examples shows dev
sentences only (the test half is for scoring, never for tuning).
Coverage: the share of edges of weight 3 or more that carry at least one relation,
with the classes (kgraph.contract.relation_class) of the predicates on them.
Cost: ``kgraph build --jobs 1 --no-cache`` on a generated corpus of --cost-words
words with and without ``--relations``, each a separate process, the median of
--repeat runs of both sides in turn (build_speed.py's way).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from build_corpus import generate, write  # noqa: E402
from build_speed import kgraph as kgraph_process  # noqa: E402

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


def coverage(inputs: list[Path], nlp, parser) -> tuple[int, int, Counter[str]]:
    """(edges of weight >= 3 with a relation, edges of weight >= 3, classes of the predicates on them)."""
    graph = kgraph.build(inputs, recogniser=kgraph.Recogniser(nlp=nlp, parser=parser))
    heavy = [parse_relations(data.get("relations", "")) for _, _, data in graph.edges(data=True) if data["weight"] >= 3]
    classes = Counter(item["class"] for items in heavy for item in items)
    return sum(1 for items in heavy if items), len(heavy), classes


def precision(items: list[dict], nlp, parser, examples: int) -> None:
    """Precision and recall on the labelled pairs, all and per half; ``examples`` dev sentences right and wrong."""
    right, wrong = [], []
    for item in items:
        predicate, direction = predicted(item, nlp, parser)
        if predicate is not None:
            right_ = (core(predicate), direction) == (core(item["predicate"]), item["direction"])
            (right if right_ else wrong).append((item, predicate, direction))
    for half in ("", "dev", "test"):
        def mine(rows):
            return [row for row in rows if row[0]["article"].startswith(half)]
        labelled = sum(1 for item in items if item["predicate"] and item["article"].startswith(half))
        got, bad = len(mine(right)), len(mine(wrong))
        print(f"{half or 'all'}: {sum(1 for i in items if i['article'].startswith(half))} labelled pairs, "
              f"{labelled} with a predicate; predicted {got + bad}: precision {got / max(got + bad, 1):.3f}, "
              f"recall {got / max(labelled, 1):.3f}")
    for label, rows in (("right", right), ("wrong", wrong)):
        for item, predicate, direction in [row for row in rows if row[0]["article"].startswith("dev")][:examples]:
            print(f"  {label}: {item['a']} / {item['b']}: {predicate} {direction} (label: {item['predicate']} "
                  f"{item['direction']})\n      {item['sentence'][:200]}")


def cost(words: int, repeat: int) -> None:
    """The extra time of --relations on a --jobs 1 build without the cache, as build_speed.py measures: wall
    time, and the process's CPU time, which a machine shared with other work disturbs less."""
    with tempfile.TemporaryDirectory(prefix="kgraph-relations-") as tmp:
        root = Path(tmp)
        write(generate(words), root / "corpus")
        plain, related = [], []
        for n in range(repeat):
            sides = [(), ("--relations",)]
            runs = {}
            for options in sides if n % 2 == 0 else reversed(sides):
                runs[options] = kgraph_process(root / "corpus", root / "out", "--jobs", "1", "--no-cache", *options)
            plain.append(runs[()])
            related.append(runs["--relations",])
        for name, measure in (("wall", lambda run: run.seconds), ("CPU", lambda run: run.cpu_seconds)):
            ratio = statistics.median(measure(b) / measure(a) for a, b in zip(plain, related))
            print(f"build cost on {words:,} generated words (--jobs 1 --no-cache, median of {repeat}), {name}: "
                  f"{statistics.median(map(measure, plain)):.1f}s without relations, "
                  f"{statistics.median(map(measure, related)):.1f}s with (ratio {ratio:.2f})")


def main(argv: list[str] | None = None) -> None:
    parser_ = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser_.add_argument("--examples", type=int, default=0, help="print this many right and wrong dev predictions")
    parser_.add_argument("--words", type=int, default=60_000, help="size of the generated corpus for coverage")
    parser_.add_argument("--cost-words", type=int, default=300_000, help="size of the corpus for the cost; 0 skips")
    parser_.add_argument("--repeat", type=int, default=3, help="runs of each side of the cost; the median is shown")
    args = parser_.parse_args(argv)
    nlp, parser = load_model(), load_parser()
    items = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    precision(items, nlp, parser, args.examples)
    realnews = ROOT / "benchmarks" / "realnews"
    with tempfile.TemporaryDirectory() as tmp:
        write(generate(args.words), Path(tmp))
        corpora = (("seeds", [ROOT / "seeds"]),
                   ("real news, dev half", [realnews / "dev" / "articles.jsonl"]),
                   ("real news, test half", [realnews / "test" / "articles.jsonl"]),
                   ("real news, both halves", [realnews / half / "articles.jsonl" for half in ("dev", "test")]),
                   (f"generated {args.words:,} words", [Path(tmp)]))
        for name, inputs in corpora:
            started = time.perf_counter()
            kgraph.build(inputs, recogniser=kgraph.Recogniser(nlp=nlp))
            plain = time.perf_counter() - started
            started = time.perf_counter()
            covered, heavy, classes = coverage(inputs, nlp, parser)
            print(f"coverage on {name}: {covered}/{heavy} edges of weight >= 3 have a relation "
                  f"({covered / max(heavy, 1):.0%}); build {time.perf_counter() - started:.1f}s with relations, "
                  f"{plain:.1f}s without, in this process; classes: "
                  + ", ".join(f"{cls} {n}" for cls, n in classes.most_common()))
    if args.cost_words:
        cost(args.cost_words, args.repeat)


if __name__ == "__main__":
    main()
