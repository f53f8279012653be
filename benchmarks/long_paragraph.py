"""Peak memory of a build by how its text is broken into lines (issue 23, point 7).

The same generated news text is built twice, each time in a fresh process:
once as one paragraph without a single line break, once broken normally
(articles of paragraphs separated by blank lines). Peak memory must not
depend on the breaks, so the ratio of the two peaks is the figure to watch
(at most 1.5). A third size compares a large file against the same text
split over many small files, to show a large file is not held whole.

    python benchmarks/long_paragraph.py                      # 1 MB and 10 MB
    python benchmarks/long_paragraph.py --sizes 1 10 200     # sizes in MB

Each case runs ``kgraph build --no-cache --jobs 1`` on a file written to a
temporary folder; peak RSS is the child's ru_maxrss.
"""

from __future__ import annotations

import argparse
import resource
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 10], help="file sizes in MB")
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


if __name__ == "__main__":
    main()
