"""What kgraph adds to spaCy, stage by stage: the build of build_speed.py's corpus without its spaCy pass.

On a shared machine two runs of the same spaCy pass differ by more than all of
kgraph's own work (benchmarks/build_speed.py), so a change to the stages around
recognition is measured here instead. The corpus (300,000 words, the paragraphs
of build_speed.py) is recognised once and its Extractions kept in a temporary
folder; then each of --repeat fresh processes builds it again with recognition
replaced by the kept Extractions (everything else as ``kgraph build --jobs 1
--no-cache`` runs it: reading, the repeated-names pass, observing, the spill,
resolution, counting, the graph and its measures) and writes the default files
into a new folder. Prints each stage's CPU seconds, the median of the runs.
Imports and the model's loading are not counted (build_speed.py's start-up line
has them), nor Doc -> Extraction (build_profile.py).

    .venv/bin/python benchmarks/build_replay.py              # ~1 minute on 2 cores
    .venv/bin/python benchmarks/build_replay.py --repeat 5
    .venv/bin/python benchmarks/build_replay.py --keep /tmp/replay   # record once, replay again later
"""

from __future__ import annotations

import argparse
import json
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from build_corpus import generate, write

import kgraph
import kgraph.pipeline as build_pipeline
from kgraph import export
from kgraph.heap import fewer_collections
from kgraph.recognise import load_model

# (stage, module, attribute): each wrapped to add its CPU time to its stage. Stages nest only
# where said: resolution and counting include their reads of the spill.
STAGES = (
    ("repeated names (resolve.repeats)", "kgraph.resolve.repeats", "Repeats.find"),
    ("observe", "kgraph.pipeline.observing", "Observer.__call__"),
    ("resolve (with its spill reads)", "kgraph.resolve", "resolve"),
    ("count (with its spill reads)", "kgraph.graph.comention", "count"),
    ("graph and filter", "kgraph.graph.assemble", "to_graph"),
    ("graph and filter", "kgraph.pipeline", "filter_graph"),
    ("measures (Louvain, PageRank)", "kgraph.graph.measures", "annotate"),
    ("layout", "kgraph.pipeline.outputs", "with_picture"),
    ("GraphML", "kgraph.export.graphml", "write_graphml"),
    ("query index", "kgraph.pipeline.outputs", "write_index"),
    ("page", "kgraph.export.html", "write_html"),
)
REST = "read, clean, split; spill writes; the rest"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=300_000)
    parser.add_argument("--repeat", type=int, default=3, help="fresh processes; the median of each figure is shown")
    parser.add_argument("--keep", type=Path, help="folder for the recorded corpus: recorded once if missing, "
                        "reused if present (the same recognition, so stages alone are compared)")
    parser.add_argument("--replay", help=argparse.SUPPRESS)  # one run, in the process build_replay starts
    args = parser.parse_args()
    if args.replay:
        replay(Path(args.replay))
        return
    with tempfile.TemporaryDirectory(prefix="kgraph-replay-") as tmp:
        root = args.keep or Path(tmp)
        if not (root / "extractions.pickle").exists():
            write(generate(args.words, distinct=True), root / "corpus")  # the corpus of build_speed.py
            record(root)
        runs = [json.loads(subprocess.run([sys.executable, __file__, "--replay", str(root)], check=True,
                                          capture_output=True, text=True).stdout) for _ in range(args.repeat)]
    print(f"{args.words} words; CPU seconds, median of {args.repeat} fresh processes (each: "
          f"{', '.join(f'{run[chr(0)]:.2f}' for run in runs)})")
    for stage in dict.fromkeys([stage for stage, *_ in STAGES] + [REST, "\0"]):
        seconds = statistics.median(run.get(stage, 0.0) for run in runs)
        print(f"  {'whole build and files' if stage == chr(0) else stage:44} {seconds:6.2f}")


def record(root: Path) -> None:
    """Recognise the corpus once; keep each article's Extraction under its paragraphs."""
    kept, real = {}, build_pipeline._recogniser

    def recording(options, pipelines):
        recognised = real(options, pipelines)

        def recognise(articles):
            given = list(articles)
            for article, extraction in zip(given, recognised(given)):
                kept[tuple(article.paragraphs)] = extraction
                yield extraction
        return recognise
    build_pipeline._recogniser = recording
    kgraph.build([root / "corpus"], recogniser=kgraph.Recogniser(nlp=load_model()), name="replay")
    build_pipeline._recogniser = real
    (root / "extractions.pickle").write_bytes(pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))


def replay(root: Path) -> None:
    """One build of the kept Extractions and its default files; prints the CPU seconds per stage as JSON."""
    kept = pickle.loads((root / "extractions.pickle").read_bytes())
    nlp = load_model()  # for the graph's model attribute; never run
    build_pipeline._recogniser = lambda options, pipelines: (
        lambda articles: (kept[tuple(article.paragraphs)] for article in articles))
    spent: Counter[str] = Counter()
    for stage, module, attribute in STAGES:
        _time(spent, stage, sys.modules.get(module) or __import__(module, fromlist=["_"]), attribute)
    started = time.process_time()
    with fewer_collections(), tempfile.TemporaryDirectory(dir=root) as out:  # as the command line runs every command
        graph = kgraph.build([root / "corpus"], recogniser=kgraph.Recogniser(nlp=nlp), name="replay")
        build_pipeline.write(graph, Path(out), "replay", formats=export.DEFAULT_FORMATS)
        spent["\0"] = time.process_time() - started
    spent[REST] = spent["\0"] - sum(seconds for stage, seconds in spent.items() if stage != "\0")
    print(json.dumps(spent))


def _time(spent: Counter[str], stage: str, module, attribute: str) -> None:
    owner, _, name = attribute.rpartition(".")
    holder = getattr(module, owner) if owner else module
    function = getattr(holder, name)

    def timed(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[stage] += time.process_time() - started
    setattr(holder, name, timed)


if __name__ == "__main__":
    main()
