"""The gold pairs a study set's graph does not join, and why: are both names nodes, and where the text names both.

    python benchmarks/missed_edges.py dev            # realnews-dev (also dev2, dev3, seeds, wire)

For each missed pair: whether each name is found as a node (as quality.py finds it); when both are,
the sentences of the article (as kgraph split them) that name either, with the entity ids linked in
each, and a class guessed from where the two names lie:

- ``one sentence``: kgraph's sentence names both, but a mention is missing or linked elsewhere;
- ``next sentence``: the names are in consecutive sentences of one paragraph (a sentence cut?);
- ``same paragraph`` / ``other paragraphs``: further apart (the gold's reading of "one sentence"?);
- ``not in text``: a name's forms are not in the article's text as kgraph read it.

The test half is refused, as by quality.py: its errors are not for reading.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import kgraph  # noqa: E402
from kgraph.pipeline import articles as read_articles  # noqa: E402
from kgraph.pipeline.observing import Observer  # noqa: E402
from kgraph.recognise import load_model, recognise  # noqa: E402
from kgraph.resolve import resolve  # noqa: E402
from kgraph.resolve.repeats import Repeats  # noqa: E402
from quality import SETS, STUDIED  # noqa: E402
from tests.gold.score import _find, _fold, load_gold  # noqa: E402


def _forms(gold: dict, name: str, graph, node: str | None) -> set[str]:
    """Every surface the text may use for ``name``: its gold forms and its node's label and aliases."""
    forms = {name}
    for entry in gold.get("node", []):
        if name in (entry["label"], *entry.get("forms", ())):
            forms |= {entry["label"], *entry.get("forms", ())}
    if node is not None:
        data = graph.nodes[node]
        forms |= {data["label"], *(a for a in data.get("aliases", "").split("|") if a)}
    return {_fold(f) for f in forms if len(f) > 1}


def _has(text: str, forms: set[str]) -> bool:
    folded = _fold(text)
    return any(re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", folded) for f in forms)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set")
    parser.add_argument("--quiet", action="store_true", help="classes only")
    args = parser.parse_args(argv)
    name = f"realnews-{args.set}" if args.set in ("dev", "dev2", "dev3", "dev4", "test") else args.set
    if name not in STUDIED:
        parser.error(f"the errors of {name} are not for reading")
    inputs, gold_path = SETS[name]
    gold = load_gold(gold_path)
    nlp = load_model()
    with_places = _graph(name, inputs, gold_path, nlp)
    report = kgraph.BuildReport()
    arts = list(read_articles([inputs], report=report))
    repeats = Repeats()
    extractions = [repeats.find(e) for e in recognise(arts, nlp=nlp, jobs=1)]
    observer = Observer(None)
    observed = [observer(e) for e in extractions]
    resolution = resolve(observed)
    by_id = {e.info.id: (e, resolution.links(o)) for e, o in zip(extractions, observed)}
    classes: Counter[str] = Counter()
    for edge in gold.get("edge", []):
        a, b = edge["pair"]
        na, nb = _find(with_places, a), _find(with_places, b)
        if na is not None and nb is not None and with_places.has_edge(na, nb):
            continue
        # A name the scorer does not find may be a node by another of its gold forms (as nodes are scored).
        by_form = [n for n, i in ((a, na), (b, nb)) if i is None and _by_form(with_places, gold, n)]
        na, nb = na or _by_form(with_places, gold, a), nb or _by_form(with_places, gold, b)
        if by_form and na is not None and nb is not None and with_places.has_edge(na, nb):
            continue  # joined: the scorer finds a pair's ends by their forms too
        if na is None or nb is None:
            kind = "not a node: " + ", ".join(f"{n} {_where(with_places, n)}" for n, i in ((a, na), (b, nb)) if i is None)
            classes["a name not a node"] += 1
            if not args.quiet:
                print(f"\n[{edge.get('article')}] {a} — {b}: {kind}")
            continue
        article = edge.get("article")
        extraction, links = by_id.get(article, (None, None)) if article else (None, None)
        if extraction is None:
            classes["article unknown"] += 1
            continue
        fa, fb = _forms(gold, a, with_places, na), _forms(gold, b, with_places, nb)
        hits = [(i, s, _has(s.text, fa), _has(s.text, fb)) for i, s in enumerate(extraction.sentences)]
        both = [i for i, s, x, y in hits if x and y]
        ia = [i for i, s, x, y in hits if x]
        ib = [i for i, s, x, y in hits if y]
        if both:
            kind = "one sentence"
        elif not ia or not ib:
            kind = "not in text"
        elif any(abs(i - j) == 1 and extraction.sentences[i].paragraph == extraction.sentences[j].paragraph
                 for i in ia for j in ib):
            kind = "next sentence"
        elif {extraction.sentences[i].paragraph for i in ia} & {extraction.sentences[j].paragraph for j in ib}:
            kind = "same paragraph"
        else:
            kind = "other paragraphs"
        classes[kind] += 1
        if args.quiet:
            continue
        print(f"\n[{article}] {a} ({na}) — {b} ({nb}): {kind}" + (f"; {', '.join(by_form)} by another form" if by_form else ""))
        shown = set(both) or {i for i in ia + ib}
        if kind == "next sentence":
            shown = {i for i in ia + ib if any(abs(i - j) <= 1 for j in (ib if i in ia else ia))}
        for i in sorted(shown)[:6]:
            s = extraction.sentences[i]
            ids = [f"{m.text!r}/{m.label}->{links[i][k]}" for k, m in enumerate(s.mentions)]
            print(f"   s{i} p{s.paragraph}: {s.text!r}")
            print(f"        {'; '.join(ids)}")
    print("\n" + name, dict(classes.most_common()))


def _by_form(graph, gold: dict, name: str) -> str | None:
    """The node of ``name``'s gold entry found by any of its forms, as quality.py finds gold nodes."""
    for entry in gold.get("node", []):
        if name == entry["label"]:
            return next(filter(None, (_find(graph, f) for f in entry.get("forms", ()))), None)
    return None


def _where(graph, name: str) -> str:
    """Why ``name`` is no node: on no node at all, or an alias of several (the nodes' labels)."""
    wanted = _fold(name)
    holders = [graph.nodes[n]["label"] for n in graph
               if wanted in {_fold(graph.nodes[n]["label"]), *(_fold(a) for a in graph.nodes[n].get("aliases", "").split("|") if a)}]
    return f"(an alias of {' / '.join(holders)})" if holders else "(absent)"


def _graph(name, inputs, gold_path, nlp):
    """The set's graph with places kept (quality.py's build)."""
    from kgraph.contract import ENTITY_TYPES
    return kgraph.build([inputs], name=name, recogniser=kgraph.Recogniser(nlp=nlp),
                        keep=kgraph.GraphFilter(types=ENTITY_TYPES))


if __name__ == "__main__":
    main()
