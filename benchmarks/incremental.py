"""How long a rebuild takes when 10 articles join 10,000 cached ones, next to a no-change rebuild and a clean build.

Generates the big corpus of build_speed.py (--words words of short articles,
about 10,600 articles at 1,000,000 words) and builds it once to fill a
cache; times a clean build of it with 10 new articles (an empty cache),
then, each from a copy of the first cache, in turn:

- ``kgraph build`` after 10 new articles were added, with --jobs 1 and with
  the default --jobs (every core);
- ``kgraph build`` with nothing changed, --jobs 1 and default.

Every rebuild runs in a copy of the first build's folder (its files, its
record of the build and its cache), as a daily rebuild does. Each figure is
the median of --repeat runs, one of each kind in turn, every one a separate
process timed from start to exit, so imports count. Also printed: how many
articles each took from the cache and how many spaCy read (or that nothing
had changed), the CPU time of the process itself (not of its workers), and
whether the rebuild's GraphML equals the clean build's, byte for byte
(``SOURCE_DATE_EPOCH`` set). With ``--before TREE`` (another kgraph checkout,
e.g. ``git worktree add /tmp/main main``) every rebuild is also run, in
turn, with that tree's kgraph, so one run gives before and after on the same
machine; its readings of the sentences are put in the cache first. Run from
the repository root:

    .venv/bin/python benchmarks/incremental.py                 # about 4 minutes on 2 cores
    .venv/bin/python benchmarks/incremental.py --before /tmp/main --repeat 2
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import os
import re
import shutil
import statistics
import tempfile
from pathlib import Path

from build_corpus import generate, write
from build_speed import BIG_PARAGRAPHS, Run, kgraph

import kgraph as kgraph_package
from kgraph.recognise import default_jobs

_SUMMARY = re.compile(r"(\d+) articles \(.*?(\d+ cached|unchanged since the last build)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--added", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--before", type=Path, help="another kgraph tree whose rebuilds to time beside these")
    args = parser.parse_args()
    jobs = str(default_jobs())
    os.environ["SOURCE_DATE_EPOCH"] = "0"  # every build's time the same, so that GraphML files compare
    trees = {"": os.environ.get("PYTHONPATH", "")}
    if args.before:
        trees["before: "] = str(args.before.resolve())
    # Each tree's modules compiled, as an installed package has them: under PYTHONDONTWRITEBYTECODE=1 an editable
    # install would compile every module at every start (about 0.4 s CPU), as build_speed.py notes.
    for tree in (Path(kgraph_package.__file__).parent, *([args.before / "kgraph"] if args.before else [])):
        compileall.compile_dir(tree, quiet=1)
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores (numbers are noisy when busy)")
    # Run from the temporary folder: ``python -c`` puts the working directory first on sys.path, so from the
    # repository root every build, --before's too, would import the kgraph found there.
    with tempfile.TemporaryDirectory(prefix="kgraph-incremental-") as tmp, contextlib.chdir(tmp):
        root = Path(tmp)
        corpus, new, cached = root / "corpus", root / "new", root / "cached"
        write(generate(args.words, paragraphs=BIG_PARAGRAPHS), corpus)
        write(generate(10_000, seed=10)[:args.added], new, prefix="new")
        if args.before:  # its readings of the sentences in the cache too, so that both trees find what they stored
            _with(trees["before: "], kgraph, corpus, cached, "--jobs", jobs)
        kgraph(corpus, cached, "--jobs", jobs)  # the files, the record and the cache of the old articles
        _add(new, corpus)
        clean = kgraph(corpus, root / "clean", "--jobs", jobs)  # every article, an empty cache
        print(f"clean build, --jobs {jobs}, empty cache: {clean.seconds:6.2f}s  ({_counts(clean)})")
        runs: dict[str, list[Run]] = {}
        same = True
        for _ in range(args.repeat):
            for kind, added, options in ((f"add {args.added}, --jobs 1", True, ["--jobs", "1"]),
                                         (f"add {args.added}, --jobs {jobs}", True, ["--jobs", jobs]),
                                         ("no change, --jobs 1", False, ["--jobs", "1"]),
                                         (f"no change, --jobs {jobs}", False, ["--jobs", jobs])):
                for tree, path in trees.items():
                    out = root / "rebuild"
                    shutil.rmtree(out, ignore_errors=True)
                    shutil.copytree(cached, out)
                    if not added:  # the old articles alone, against their own files and cache
                        for added_file in new.iterdir():
                            (corpus / added_file.name).unlink()
                    runs.setdefault(tree + kind, []).append(_with(path, kgraph, corpus, out, *options))
                    if added:
                        same = same and _graphml(out) == _graphml(root / "clean")
                    _add(new, corpus)
        for kind, done in runs.items():
            seconds = [r.seconds for r in done]
            print(f"{kind:32s} {statistics.median(seconds):6.2f}s  (runs {', '.join(f'{s:.2f}' for s in seconds)}; "
                  f"CPU {statistics.median(r.cpu_seconds for r in done):.2f}s; {_counts(done[-1])}; "
                  f"peak {done[-1].peak_mb:.0f} MB)")
        print(f"every rebuild's GraphML equals the clean build's, byte for byte: {same}")


def _with(path: str, run, *args):
    """``run(*args)`` with kgraph imported from the tree at ``path``."""
    given = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = path
    try:
        return run(*args)
    finally:
        if given is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = given


def _add(new: Path, corpus: Path) -> None:
    for path in new.iterdir():
        shutil.copy(path, corpus / path.name)


def _counts(done: Run) -> str:
    found = _SUMMARY.search(done.output)
    articles, how = found.groups()
    if not how.endswith("cached"):
        return "nothing changed: no file written"
    cached = int(how.split()[0])
    return f"{cached} from the cache, {int(articles) - cached} through spaCy"


def _graphml(out: Path) -> bytes:
    return next(out.glob("*.graphml")).read_bytes()


if __name__ == "__main__":
    main()
