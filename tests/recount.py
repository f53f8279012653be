"""A brute-force recount of tests/data/dated, straight from the articles, for the time tests.

Each paragraph of those articles is one sentence, and each entity is written only
in the forms listed here: a sentence names an entity when one of its forms occurs
in it as whole words. Nothing here calls kgraph's counting.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from itertools import combinations

from tests.conftest import DATED

# label in the graph -> every form the articles write it in
FORMS = {
    "Emmanuel Macron": ("Emmanuel Macron", "Macron"),
    "Olaf Scholz": ("Olaf Scholz", "Scholz"),
    "Keir Starmer": ("Keir Starmer",),
    "Mark Rutte": ("Mark Rutte", "Rutte"),
    "Volodymyr Zelenskyy": ("Volodymyr Zelenskyy", "Zelenskyy"),
    "Donald Trump": ("Donald Trump",),
    "North Atlantic Treaty Organization": ("NATO",),  # the shipped table names the body (docs/entities.md)
    "Ukraine": ("Ukraine",),
}


def articles() -> list[dict]:
    with open(DATED / "articles.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def named(sentence: str) -> set[str]:
    return {label for label, forms in FORMS.items()
            if any(re.search(rf"\b{re.escape(form)}\b", sentence) for form in forms)}


def recount(period_of) -> tuple[dict, dict, Counter]:
    """({pair: {period: sentences}}, {label: {period: sentences}}, {period: articles}).

    Pairs are frozensets of labels; ``period_of`` maps a date (YYYY-MM-DD) to its period label.
    Articles without a date count under the period "".
    """
    pairs, entities, per_period = defaultdict(Counter), defaultdict(Counter), Counter()
    for record in articles():
        when = period_of(record["date"]) if record.get("date") else ""
        per_period[when] += 1
        for sentence in record["text"].split("\n\n"):
            found = sorted(named(sentence))
            for label in found:
                entities[label][when] += 1
            for pair in combinations(found, 2):
                pairs[frozenset(pair)][when] += 1
    return pairs, entities, per_period


def sentences_of(period_of, period: str) -> dict[str, set[str]]:
    """sentence -> labels it names, for the articles of one period."""
    return {sentence: named(sentence) for record in articles() if record.get("date")
            and period_of(record["date"]) == period for sentence in record["text"].split("\n\n")}
