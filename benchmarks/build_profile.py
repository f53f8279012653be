"""Where the time of a build goes, stage by stage, next to the spaCy pass.

Builds a generated corpus (build_corpus.py) in this process under cProfile,
with one job and no cache, and prints the cumulative seconds of each stage's
entry point, and the costliest kgraph functions outside spaCy:

    .venv/bin/python benchmarks/build_profile.py --words 100000
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
from pathlib import Path

from build_corpus import generate, write

import kgraph
from kgraph import export, pipeline
from kgraph.recognise import load_model

# (stage, module path fragment, function): the entry point of each stage.
STAGES = (
    ("read", "kgraph/ingest/read.py", "read"),
    ("split", "kgraph/ingest/split.py", "split"),
    ("recognise (spaCy)", "kgraph/recognise/here.py", "recognise_here"),
    ("observe", "kgraph/pipeline/observing.py", "__call__"),
    ("spill writes", "kgraph/pipeline/spill.py", "append"),
    ("resolve", "kgraph/resolve/__init__.py", "resolve"),
    ("co-mentions (reading the spill back)", "kgraph/graph/comention.py", "count"),
    ("graph", "kgraph/graph/assemble.py", "to_graph"),
    ("filter", "kgraph/graph/filter.py", "filter_graph"),
    ("measures", "kgraph/graph/measures.py", "annotate"),
    ("export (all formats)", "kgraph/pipeline/outputs.py", "write"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--top", type=int, default=12, help="kgraph functions to list by own time")
    args = parser.parse_args()
    nlp = load_model()
    with tempfile.TemporaryDirectory(prefix="kgraph-profile-") as tmp:
        corpus = Path(tmp) / "corpus"
        write(generate(args.words), corpus)
        profile = cProfile.Profile()
        profile.enable()
        graph = kgraph.build([corpus], recogniser=kgraph.Recogniser(nlp=nlp), name="profile")
        pipeline.write(graph, Path(tmp) / "out", "profile", formats=export.DEFAULT_FORMATS)
        profile.disable()
    stats = pstats.Stats(profile)
    total = stats.total_tt
    print(f"{args.words} words, {total:.1f}s profiled (cProfile slows Python code more than spaCy's)")
    seconds = {stage: max((v[3] for (file, _, function), v in stats.stats.items()
                           if path in file and function == name), default=0.0) for stage, path, name in STAGES}
    # spaCy pulls the articles it reads through read and split: their time is inside its own.
    seconds["recognise (spaCy)"] -= seconds["read"] + seconds["split"]
    for stage, spent in seconds.items():
        print(f"  {stage:38} {spent:7.2f}s  {spent / total:6.1%}")
    own = sorted(((v[2], f"{file.split('kgraph/', 1)[-1]}:{line} {function}")
                  for (file, line, function), v in stats.stats.items() if "/kgraph/" in file), reverse=True)
    print("kgraph functions by own time:")
    for seconds, where in own[:args.top]:
        print(f"  {seconds:7.2f}s  {where}")


if __name__ == "__main__":
    main()
