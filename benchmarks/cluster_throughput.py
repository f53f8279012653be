"""Recognition throughput (words/s) on a local Dask cluster of 1 and 2 workers, against one process.

Times the recognition stage only (the part a cluster runs): a list of articles
in memory in, all their Extractions out. For each cluster size it reports the
start-up of the LocalCluster, a first run (each worker loads the spaCy model)
and a second run on the same, warm cluster. The corpus comes from build_corpus.py.

    python benchmarks/cluster_throughput.py --words 50000 --workers 1 2
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import distributed
from build_corpus import generate, write

from kgraph import pipeline, recognise
from kgraph.recognise import cluster
from kgraph.report import BuildReport


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        write(generate(args.words), Path(folder))
        articles = list(pipeline.articles([folder], report=BuildReport()))
    words = sum(len(article.text.split()) for article in articles)
    print(f"{len(articles)} articles, {words} words")

    nlp = recognise.load_model()
    started = time.perf_counter()
    expected = list(recognise.recognise(articles, nlp))
    _show("one process, no Dask (model loaded before)", words, time.perf_counter() - started)
    for workers in args.workers:
        started = time.perf_counter()
        with distributed.LocalCluster(**cluster.local_cluster_options(workers)) as local:
            print(f"{workers} worker(s): LocalCluster up in {time.perf_counter() - started:.1f} s")
            for run in ("first run, models loading", "second run, warm"):
                started = time.perf_counter()
                extractions = list(cluster.recognise(articles, address=local.scheduler_address))
                _show(f"  {run}", words, time.perf_counter() - started)
                if extractions != expected:
                    raise SystemExit("a cluster must find exactly what one process finds")


def _show(what: str, words: int, seconds: float) -> None:
    print(f"{what:45} {seconds:6.1f} s  {words / seconds:7.0f} words/s")


if __name__ == "__main__":
    main()
