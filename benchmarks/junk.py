"""Junk nodes on the study sets: nodes that no gold entry names at all (issue 15).

    python benchmarks/junk.py            # every study set: each junk node, its article and sentence
    python benchmarks/junk.py dev3       # one set

A study set's ``forbidden`` list is what its gold writer foresaw; a node of type person,
organisation or country whose label and aliases match no gold label, form, optional, forbidden
or not_type name is what a fresh gold would list as forbidden. Each set is built as
benchmarks/quality.py builds it (places kept, then left out). The test half is never listed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import kgraph  # noqa: E402
from kgraph.contract import ENTITY_TYPES, parse_evidence  # noqa: E402
from kgraph.graph.filter import filter_graph  # noqa: E402
from kgraph.recognise import load_model  # noqa: E402
from tests.gold.score import load_gold  # noqa: E402

REALNEWS = ROOT / "benchmarks" / "realnews"
STUDY = ("dev", "dev2", "dev3", "dev4", "dev5")


def _fold(name: str) -> str:
    return name.casefold().replace("’", "'")


def gold_names(gold: dict) -> set[str]:
    names = {*gold.get("forbidden", ()), *gold.get("optional", ())}
    names |= {e["name"] for e in gold.get("not_type", ())}
    for entry in gold.get("node", ()):
        names |= {entry["label"], *entry.get("forms", ())}
    return {_fold(n) for n in names}


def where(name: str, articles: list[dict], evidence: list[dict]) -> tuple[str, str]:
    """The first article and sentence writing ``name``: a sentence linking the node (its edges' evidence)
    that writes it as it is, else the first line of the articles that does, in any case."""
    for item in evidence:
        if name in item["text"]:
            return item["article"], item["text"]
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    for article in articles:
        for line in article["text"].splitlines():
            if match := pattern.search(line):
                start = max(0, match.start() - 90)
                return article["id"], line[start:match.end() + 90].strip()
    return "?", ""


def junk(name: str, nlp) -> list[tuple[str, str, str, str, str]]:
    folder = REALNEWS / name
    articles = [json.loads(line) for line in open(folder / "articles.jsonl", encoding="utf-8")]
    built = kgraph.build([folder / "articles.jsonl"], name=name, recogniser=kgraph.Recogniser(nlp=nlp),
                         keep=kgraph.GraphFilter(types=ENTITY_TYPES))
    graph = filter_graph(built, kgraph.GraphFilter())
    known = gold_names(load_gold(folder / "gold.toml"))
    rows = []
    for node, data in graph.nodes(data=True):
        names = [data["label"], *(a for a in data.get("aliases", "").split("|") if a)]
        if any(_fold(n) in known for n in names):
            continue
        evidence = [item for _, _, value in graph.edges(node, data="evidence") for item in parse_evidence(value)]
        article, sentence = where(data["label"], articles, evidence)
        rows.append((data["type"], data["label"], "|".join(names[1:]), article, sentence))
    return sorted(rows, key=lambda r: (r[3], r[1]))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", default=list(STUDY), metavar="SET")
    args = parser.parse_args(argv)
    nlp = load_model()
    for name in args.sets:
        rows = junk(name, nlp)
        print(f"== {name}: {len(rows)} junk nodes")
        for type_, label, aliases, article, sentence in rows:
            print(f"  {article:<8} {type_:<12} {label!r} {('[' + aliases + ']') if aliases else ''}\n           {sentence}")


if __name__ == "__main__":
    main()
