"""Start-up: `kgraph --help` and a query on a small indexed graph against `python -c "import networkx"`.

Each is a new process; the three run in interleaved rounds (the machine is shared and noisy, so
each round's ratios are taken against the networkx import of the same round) and the medians
are printed side by side.

    .venv/bin/python benchmarks/startup.py [--rounds 15]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import kgraph

ROOT = Path(__file__).resolve().parent.parent


def seconds(*command: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, *command], check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        graphml = Path(folder) / "seeds.graphml"
        shutil.copy(ROOT / "graphs" / "seeds.graphml", graphml)
        kgraph.write_index(kgraph.read_graphml(graphml), graphml)
        commands = {
            'python -c "import networkx"': ("-c", "import networkx"),
            "kgraph --help": ("-m", "kgraph", "--help"),
            "kgraph neighbours Putin (indexed seeds)": ("-m", "kgraph", "neighbours", "Putin", "--graph", str(graphml)),
            "kgraph path Macron Malyuk (indexed seeds)": ("-m", "kgraph", "path", "Macron", "Malyuk",
                                                          "--graph", str(graphml)),
        }
        rounds = [{name: seconds(*command) for name, command in commands.items()} for _ in range(args.rounds)]
    base = next(iter(commands))
    print(f"{'command':45} {'median s':>9} {'ratio to networkx import':>25}  ({args.rounds} interleaved rounds)")
    for name in commands:
        median = statistics.median(r[name] for r in rounds)
        ratio = statistics.median(r[name] / r[base] for r in rounds)
        print(f"{name:45} {median:9.3f} {ratio:25.2f}")


if __name__ == "__main__":
    main()
