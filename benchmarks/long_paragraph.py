"""Peak memory of a build by how its text is broken into lines, and by file size (issue 23, point 7).

The same generated news text is built twice, each time in a fresh process:
once as one paragraph without a single line break, once broken normally
(articles of paragraphs separated by blank lines and tag lines). Peak memory
must not depend on the breaks, so the ratio of the two peaks is the figure to
watch (at most 1.5). Each case runs ``kgraph build --no-cache --jobs 1`` on a
file written to a temporary folder; peak RSS is the child's ru_maxrss.

A large file (``--large``, 200 MB by default) would take hours to build, so
for it only the stage that reads, cleans and splits it is measured
(kgraph.pipeline.articles, every article drawn): a normally broken file of
that size against the same text in files of 2 MB (the ratio shows whether a
large file is held whole; it must stay within 1.5), and the same size as one
paragraph, which is one article and so is held whole whatever is done.

    python benchmarks/long_paragraph.py                      # 1 MB and 10 MB builds, 200 MB reading
    python benchmarks/long_paragraph.py --sizes 1 --large 0  # sizes in MB; 0: no large file
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_corpus import generate  # noqa: E402  (the benchmarks' deterministic corpus)

ROOT = Path(__file__).resolve().parent.parent


def texts(megabytes: float) -> tuple[str, str]:
    """(one paragraph, normally broken) of the same words, about ``megabytes`` MB each."""
    target = int(megabytes * 1_000_000)
    articles = generate(target // 6)  # about six bytes a word
    broken = "".join(f"{article}\n\nTag - Benchmark\n\n" for article in articles)[:target]
    one_line = " ".join(broken.split())
    return one_line, broken


def peak(path: Path, out: Path) -> tuple[float, float]:
    """(peak RSS in MB, seconds) of a build of ``path`` in a new process."""
    code = ("import resource, sys; from kgraph.cli import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit as done:\n    assert not done.code, done.code\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code, "build", str(path), "--out", str(out), "--no-cache",
                             "--jobs", "1", "--quiet", "--format", "graphml"],
                            capture_output=True, text=True, cwd=ROOT)
    if result.returncode:
        raise SystemExit(result.stderr)
    return int(result.stdout.split()[-1]) / 1024, time.perf_counter() - started


# Reads, cleans and splits the files named, drawing every article; prints their count and the peak RSS
# in kB. VmHWM, not ru_maxrss: that keeps the peak of the process it was started from (this one, holding
# the generated text), as the child shares its memory until it runs Python.
_READ = ("import re, sys\nfrom kgraph import pipeline\nfrom kgraph.report import BuildReport\n"
         "count = sum(1 for _ in pipeline.articles(sys.argv[1:], report=BuildReport()))\n"
         "print(count, re.search(r'VmHWM:\\s*(\\d+)', open('/proc/self/status').read())[1])")
_PART = 2_000_000  # bytes of text generated once, and of each small file


def reading_peak(paths: list[Path]) -> tuple[float, int, float]:
    """(peak RSS in MB, articles, seconds) of reading, cleaning and splitting ``paths`` in a new process."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", _READ, *map(str, paths)], capture_output=True, text=True, cwd=ROOT)
    if result.returncode:
        raise SystemExit(result.stderr)
    count, rss = result.stdout.split()
    return int(rss) / 1024, int(count), time.perf_counter() - started


def large(megabytes: float, folder: Path) -> None:
    """Print the reading stage's peak for a large file, the same text in small files, and one paragraph."""
    _, part = texts(_PART / 1_000_000)
    part = part[:part.rindex("Tag - Benchmark\n\n") + len("Tag - Benchmark\n\n")]  # whole articles only
    copies = int(megabytes * 1_000_000) // _PART
    # Each copy made distinct (the build would drop a copy seen before), in the same number of bytes.
    variants = [part.replace("Benchmark", f"Bench{n:05d}") for n in range(copies)]
    big, small = folder / "large.txt", folder / "small"
    small.mkdir()
    with open(big, "w", encoding="utf-8") as whole:
        for n, variant in enumerate(variants):
            whole.write(variant)
            (small / f"{n:05d}.txt").write_text(variant, encoding="utf-8")
    print(f"\nreading, cleaning, splitting only ({megabytes:g} MB):")
    print(f"{'input':>36}  {'peak':>8}  {'articles':>8}  seconds")
    rows = [("one file, normally broken", [big]), (f"{copies} files of {_PART / 1e6:g} MB", sorted(small.iterdir()))]
    figures = []
    for label, paths in rows:
        rss, count, seconds = reading_peak(paths)
        figures.append(rss)
        print(f"{label:>36}  {rss:>6.0f}MB  {count:>8}  {seconds:.0f}", flush=True)
    print(f"{'ratio, one file to small files':>36}  {figures[0] / figures[1]:>8.2f}")
    for path in small.iterdir():
        path.unlink()
    with open(big, "w", encoding="utf-8") as whole:  # the same words as one paragraph
        for variant in variants:
            whole.write(" ".join(variant.split()) + " ")
    rss, count, seconds = reading_peak([big])
    print(f"{'one file, one paragraph':>36}  {rss:>6.0f}MB  {count:>8}  {seconds:.0f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="*", default=[1, 10], help="file sizes in MB to build")
    parser.add_argument("--large", type=float, default=200, help="MB of the large file read (0: none)")
    args = parser.parse_args()
    print(f"{'size':>8}  {'one paragraph':>14}  {'broken':>10}  {'ratio':>6}  seconds")
    with tempfile.TemporaryDirectory(prefix="kgraph-bench-") as folder:
        for megabytes in args.sizes:
            one_line, broken = texts(megabytes)
            results = []
            for kind, text in (("one", one_line), ("broken", broken)):
                path = Path(folder) / f"{kind}-{megabytes:g}.txt"
                path.write_text(text, encoding="utf-8")
                results.append(peak(path, Path(folder) / "out"))
                path.unlink()
            (one_rss, one_s), (broken_rss, broken_s) = results
            print(f"{megabytes:>6g}MB  {one_rss:>12.0f}MB  {broken_rss:>8.0f}MB  {one_rss / broken_rss:>6.2f}  "
                  f"{one_s:.0f}/{broken_s:.0f}", flush=True)
        if args.large:
            large(args.large, Path(folder))


if __name__ == "__main__":
    main()
