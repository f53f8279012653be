"""The same articles fed as saved HTML pages and as text records: is it the same graph?

Takes a real-news set laid out as benchmarks/realnews/<half>/ is (articles.jsonl with
id/url/source/date/text, html/<id>.html with the saved pages of some of them), builds
the graph of the pages and the graph of the records with the same ids, and prints
the nodes and edges only one of them has, with the sentences that differ:

    .venv/bin/python benchmarks/html_vs_text.py benchmarks/realnews/dev benchmarks/realnews/test
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import kgraph
from kgraph.ingest import clean
from kgraph.pipeline import articles
from kgraph.recognise import load_model
from kgraph.report import BuildReport


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path, help="folders with articles.jsonl and html/")
    args = parser.parse_args()
    recogniser = kgraph.Recogniser(nlp=load_model(), jobs=1)
    for folder in args.sets:
        pages = sorted((folder / "html").glob("*.htm*"))
        ids = {page.stem for page in pages}
        with tempfile.TemporaryDirectory(prefix="kgraph-html-") as tmp:
            records = Path(tmp) / "records.jsonl"
            lines = (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()
            records.write_text("".join(line + "\n" for line in lines if json.loads(line)["id"] in ids),
                               encoding="utf-8")
            as_text = kgraph.build([records], recogniser=recogniser, report=BuildReport())
            as_html = kgraph.build(pages, recogniser=recogniser, report=BuildReport())
            texts = {a.info.id: a for a in articles([records], report=BuildReport())}
            htmls = {a.info.id: a for a in articles(pages, report=BuildReport())}
        sizes = [f"{side} {g.number_of_nodes()} nodes {g.number_of_edges()} edges"
                 for side, g in (("text", as_text), ("html", as_html))]
        print(f"{folder}: {len(pages)} pages; {', '.join(sizes)}")
        for what, text_side, html_side in (("nodes", set(as_text.nodes), set(as_html.nodes)),
                                           ("edges", set(map(frozenset, as_text.edges)),
                                            set(map(frozenset, as_html.edges)))):
            print(f"  {what} equal: {text_side == html_side}")
            for only, side in (("text only", text_side - html_side), ("html only", html_side - text_side)):
                for item in sorted(map(lambda i: " -- ".join(sorted(i)) if isinstance(i, frozenset) else i, side)):
                    print(f"    {only}: {item}")
        for key in sorted(ids):
            text_paragraphs = texts[key].paragraphs if key in texts else []
            html_paragraphs = htmls[key].paragraphs if key in htmls else []
            for only, mine, other in (("text only", text_paragraphs, html_paragraphs),
                                      ("html only", html_paragraphs, text_paragraphs)):
                for paragraph in mine:
                    if paragraph not in other:
                        rule = clean.boilerplate_rule(paragraph)
                        print(f"    {key} {only} paragraph{f' ({rule})' if rule else ''}: {paragraph[:160]}")


if __name__ == "__main__":
    main()
