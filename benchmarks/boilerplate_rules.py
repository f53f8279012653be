"""What each boilerplate rule of kgraph/ingest/clean.py takes out of real news text.

Reads real articles (JSON Lines with a ``text`` field, or text files) the way a
build does (decoding, markup, cleaning into paragraphs) and, for every rule of
``clean.BOILERPLATE_RULES`` on its own, counts the paragraphs it would drop.
A paragraph of at least --words words that ends a sentence stands for a
sentence of a story; the share of those each rule drops must stay near zero.
Such a paragraph can still be boilerplate ("Sign up for our newsletter to get
the news."), so the share is an upper bound: --show prints what each rule
takes, to be judged by eye.

    .venv/bin/python benchmarks/boilerplate_rules.py benchmarks/realnews/dev/articles.jsonl seeds --show
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from kgraph.ingest import clean, read
from kgraph.report import BuildReport


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", help="files or folders, as kgraph build takes them")
    parser.add_argument("--words", type=int, default=8, help="words of a paragraph that stands for a sentence")
    parser.add_argument("--show", action="store_true", help="print every paragraph each rule takes")
    args = parser.parse_args()
    paragraphs = [p for document in read.read(args.inputs, report=BuildReport())
                  for p in clean.paragraphs(clean.normalise(document.text))]
    sentences = [p for p in paragraphs if len(p.split()) >= args.words and clean.ends_sentence(p)]
    taken: dict[str, list[str]] = defaultdict(list)
    for paragraph in paragraphs:
        for rule in clean.BOILERPLATE_RULES:
            if rule(paragraph):
                taken[rule.name].append(paragraph)
    print(f"{len(paragraphs)} paragraphs, {len(sentences)} of them sentences (>= {args.words} words, ending one)")
    print(f"{'rule':22} {'drops':>6} {'sentences among them':>22}")
    sentence_set = set(sentences)
    for name in (rule.name for rule in clean.BOILERPLATE_RULES):
        hits = taken.get(name, [])
        sentence_hits = [p for p in hits if p in sentence_set]
        share = len(sentence_hits) / len(sentences) if sentences else 0.0
        print(f"{name:22} {len(hits):6} {len(sentence_hits):8} ({share:.2%} of sentences)")
        if args.show:
            for paragraph in hits:
                print(f"    {'S' if paragraph in sentence_set else ' '} {paragraph[:150]}")


if __name__ == "__main__":
    main()
