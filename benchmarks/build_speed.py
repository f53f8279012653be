"""How fast and how big `kgraph build` is next to spaCy alone, on a generated corpus.

Prints, for a corpus of --words words (default 300,000; see build_corpus.py):

- the start-up cost of each side alone: both run on a one-paragraph corpus;
- the time of a bare ``nlp.pipe`` pass (same model, same components, the same
  paragraphs kgraph feeds spaCy) and of ``kgraph build --jobs 1 --no-cache``,
  and their ratio (the target is at most 1.10);
- words/s of ``kgraph build --no-cache`` with 1 and with --jobs N processes,
  and of the recognition pass alone with 1 and N (the target is 1.6x);
- peak memory (RSS of the build process) at 100,000 words, at --words and
  at --big-words words, next to the memory the graph itself takes (read
  back from its GraphML);
- the time of an incremental rebuild after adding 10 articles to the big corpus,
  and how many articles it took from the cache and how many spaCy read;
- the time of reading, cleaning and splitting alone (``pipeline.articles``, in
  this process, the median of --repeat passes) as a share of the build (the
  target is under 5%).

Every number comes from a separate process, timed from start to exit, so
imports and model loading count on both sides. The ratios are the median of
--repeat (5) runs of both sides in turn, which side goes first alternating:
on a shared machine single runs differ by up to 5%. Run from the repository root:

    .venv/bin/python benchmarks/build_speed.py               # about 12 minutes on 2 cores
    .venv/bin/python benchmarks/build_speed.py --big-words 0 # skip the 1M-word part
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import spacy
from build_corpus import generate, write

import kgraph as kgraph_package
from kgraph.pipeline import articles
from kgraph.recognise import default_jobs, fingerprint, load_model
from kgraph.recognise.here import BATCH_SIZE
from kgraph.report import BuildReport

# Every measured process reports its own peak RSS and CPU time on exit.
_PEAK = """
import atexit, resource, sys
def _report(usage=resource.getrusage):
    print("usage", usage(resource.RUSAGE_SELF).ru_maxrss, sum(usage(resource.RUSAGE_SELF)[:2]), file=sys.stderr)
atexit.register(_report)
"""
# The bare pass: the model kgraph uses, with exactly the components kgraph runs,
# in batches of the same size.
BARE = _PEAK + """
model, keep, excluded, texts, batch_size = sys.argv[1:]
keep, excluded, batch_size = keep.split(","), excluded.split(","), int(batch_size)
import spacy
nlp = spacy.load(model, exclude=excluded)
for name in keep:
    nlp.enable_pipe(name)
with open(texts, encoding="utf-8") as lines:
    for doc in nlp.pipe((line.rstrip("\\n") for line in lines), batch_size=batch_size):
        pass
"""
# The command line, as __main__ (worker processes need the guard).
KGRAPH = _PEAK + """
from kgraph.cli import main
if __name__ == "__main__":
    main()
"""
# The recognition pass alone, worker start-up included, over articles read beforehand.
RECOGNISE = _PEAK + """
import time
from kgraph.pipeline import articles
from kgraph.recognise import load_model, recognise
from kgraph.report import BuildReport
if __name__ == "__main__":
    model, corpus, jobs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    given, nlp = list(articles([corpus], report=BuildReport())), load_model(model)
    started = time.perf_counter()
    for extraction in recognise(given, nlp, jobs=jobs):
        pass
    print(time.perf_counter() - started)
"""
# The memory figures are at 100,000 and 1,000,000 words.
MEMORY_WORDS = 100_000
# The big corpus has short articles (2-3 paragraphs, ~92 words), so that 1,000,000 words
# make the 10,000 articles that the incremental rebuild adds 10 to.
BIG_PARAGRAPHS = (2, 3)
_SUMMARY = re.compile(r"(\d+) articles \(.*?(\d+) cached\)")


@dataclass
class Run:
    seconds: float
    cpu_seconds: float  # of the process itself, not of its workers
    peak_mb: float
    output: str


def run(command: list[str]) -> Run:
    """Run a process to its end: wall time, its peak RSS and what it printed."""
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode:
        sys.exit(f"{' '.join(command)} failed:\n{done.stderr}")
    peak_kb, cpu = re.search(r"^usage (\d+) ([\d.]+)$", done.stderr, re.MULTILINE).groups()
    return Run(seconds, float(cpu), int(peak_kb) / 1024, done.stdout)


def kgraph(corpus: Path, out: Path, *options: str) -> Run:
    return run([sys.executable, "-c", KGRAPH, "build", str(corpus), "--out", str(out), "--quiet", *options])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # 300,000 words: at 100,000 the fixed half second of start-up kgraph adds
    # (importing networkx, scipy, pyvis) is itself 5% of the spaCy pass; see --start-up.
    parser.add_argument("--words", type=int, default=300_000)
    parser.add_argument("--big-words", type=int, default=1_000_000, help="0 skips the memory and rebuild part")
    parser.add_argument("--jobs", type=int, default=default_jobs())
    parser.add_argument("--model", help="spaCy pipeline [default: kgraph's]")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each ratio's two sides; the median is shown")
    args = parser.parse_args()
    # kgraph's modules compiled as an installed package has them (pip compiles on install; spaCy's are): an
    # editable install under PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module at every start.
    compileall.compile_dir(Path(kgraph_package.__file__).parent, quiet=1)
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores (numbers are noisy when busy)")

    with tempfile.TemporaryDirectory(prefix="kgraph-bench-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        write(generate(args.words, distinct=True), corpus)  # no copies: the ratio is what each paragraph costs
        nlp = load_model(args.model)
        model = args.model or nlp.meta["lang"] + "_" + nlp.meta["name"]
        ingest_seconds = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            found = list(articles([corpus], report=BuildReport()))
            ingest_seconds.append(time.perf_counter() - started)
        ingest = sorted(ingest_seconds)[(len(ingest_seconds) - 1) // 2]
        words = sum(len(a.text.split()) for a in found)
        texts = root / "paragraphs.txt"
        texts.write_text("".join(p + "\n" for a in found for p in a.paragraphs), encoding="utf-8")
        print(f"corpus: {len(found)} articles, {words} words; {fingerprint(nlp)}")

        model_options = ["--model", args.model] if args.model else []
        excluded = [c for c in spacy.load(model).component_names if c not in nlp.pipe_names]
        bare_command = [sys.executable, "-c", BARE, model, ",".join(nlp.pipe_names), ",".join(excluded), str(texts),
                        str(BATCH_SIZE)]
        # Each measurement --repeat times, the two sides of a ratio one after the other, so a
        # neighbour's burst on a shared machine hits both sides of one pair rather than one side
        # of the comparison; the median pair is reported. Which side goes first alternates, so
        # that a machine that speeds up or slows down over the run favours neither.
        def bare_side() -> Run:
            return run(bare_command)

        def kgraph_side() -> Run:
            return kgraph(corpus, root / "out1", "--jobs", "1", "--no-cache", *model_options)

        pairs, passes = [], []
        for repeat in range(args.repeat):
            if repeat % 2:
                one = kgraph_side()
                pairs.append((bare_side(), one))
            else:
                pairs.append((bare_side(), kgraph_side()))
            passes.append(tuple(float(run([sys.executable, "-c", RECOGNISE, model, str(corpus), str(jobs)]).output)
                                for jobs in (1, args.jobs)))
        many = kgraph(corpus, root / "outn", "--jobs", str(args.jobs), "--no-cache", *model_options)
        tiny_texts, tiny_corpus = root / "tiny.txt", root / "tiny"
        tiny_texts.write_text(found[0].paragraphs[0] + "\n", encoding="utf-8")
        write([found[0].paragraphs[0]], tiny_corpus)
        start_up = (run([*bare_command[:-2], str(tiny_texts), str(BATCH_SIZE)]),
                    kgraph(tiny_corpus, root / "outtiny", "--jobs", "1", "--no-cache", *model_options))
        print(f"start-up (one paragraph): bare nlp.pipe {start_up[0].seconds:.2f}s, kgraph {start_up[1].seconds:.2f}s")
        bare, one = _median_pair(pairs, ratio=lambda pair: pair[1].seconds / pair[0].seconds)
        alone = _median_pair(passes, ratio=lambda p: p[0] / p[1])
        print(f"bare nlp.pipe:          {bare.seconds:6.1f}s  {words / bare.seconds:7.0f} words/s  "
              f"peak {bare.peak_mb:.0f} MB")
        print(f"kgraph --jobs 1:        {one.seconds:6.1f}s  {words / one.seconds:7.0f} words/s  "
              f"peak {one.peak_mb:.0f} MB")
        print(f"kgraph --jobs {args.jobs}:        {many.seconds:6.1f}s  {words / many.seconds:7.0f} words/s  "
              f"peak {many.peak_mb:.0f} MB (main process)")
        for jobs, seconds in zip((1, args.jobs), alone):
            print(f"recognition pass alone, --jobs {jobs}: {seconds:6.1f}s  {words / seconds:7.0f} words/s")
        ratios = ", ".join(f"{k.seconds / b.seconds:.3f}" for b, k in pairs)
        print(f"ratio kgraph --jobs 1 / bare spaCy: {one.seconds / bare.seconds:.3f} wall, "
              f"{one.cpu_seconds / bare.cpu_seconds:.3f} CPU time  (median of {ratios}; target <= 1.10)")
        print(f"read+clean+split alone: {ingest:.2f}s, {ingest / one.seconds:.1%} of kgraph --jobs 1  (target < 5%)")
        speedups = ", ".join(f"{a / b:.2f}x" for a, b in passes)
        print(f"speed-up --jobs {args.jobs} / --jobs 1: {one.seconds / many.seconds:.2f}x whole build, "
              f"{alone[0] / alone[1]:.2f}x recognition pass  (median of {speedups}; target >= 1.6)")
        if args.big_words:
            big(root, args, model_options, many)


def _median_pair(pairs: list[tuple], *, ratio) -> tuple:
    """The pair whose ratio is the median (the lower middle one of an even number)."""
    return sorted(pairs, key=ratio)[(len(pairs) - 1) // 2]


def big(root: Path, args: argparse.Namespace, model_options: list[str], small: Run) -> None:
    """Peak memory at 100,000 words, at --words and at --big-words; the incremental rebuild of the big corpus."""
    builds = [(args.words, small, root / "outn")]
    if args.words != MEMORY_WORDS:
        write(generate(MEMORY_WORDS), root / "memory")
        builds.insert(0, (MEMORY_WORDS, kgraph(root / "memory", root / "outmemory", "--jobs", str(args.jobs),
                                               "--no-cache", *model_options), root / "outmemory"))
    corpus = root / "big"
    write(generate(args.big_words, paragraphs=BIG_PARAGRAPHS), corpus)
    full = kgraph(corpus, root / "outbig", "--jobs", str(args.jobs), *model_options)
    builds.append((args.big_words, full, root / "outbig"))
    write(generate(10_000, seed=10)[:10], corpus, prefix="new")
    again = kgraph(corpus, root / "outbig", "--jobs", str(args.jobs), *model_options)
    articles_read, cached = map(int, _SUMMARY.search(again.output).groups())
    print(f"{args.big_words} words in {cached} articles, --jobs {args.jobs}, cache on: {full.seconds:6.1f}s")
    for words, build, out in builds:
        print(f"peak RSS at {words} words: {build.peak_mb:.0f} MB (main process, --jobs {args.jobs}); "
              f"the graph itself: {graph_mb(out):.1f} MB")
    print(f"rebuild after adding 10 articles: {again.seconds:.1f}s; "
          f"{cached} articles from the cache, {articles_read - cached} through spaCy")


def graph_mb(out: Path) -> float:
    """The memory a build's graph takes in networkx, read back from its GraphML (tracemalloc)."""
    tracemalloc.start()
    graph = nx.read_graphml(next(out.glob("*.graphml")))
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del graph
    return size / 2**20


if __name__ == "__main__":
    main()
