"""Print docs/index.md's table of the code, one row per module, from the modules' own first lines.

    python docs/stage_table.py            # print the table
    python docs/stage_table.py --write    # put it into docs/index.md between its markers

tests/test_architecture.py checks that docs/index.md holds what this prints.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INDEX = ROOT / "docs" / "index.md"
START, END = "<!-- stage table: python docs/stage_table.py --write -->", "<!-- end of stage table -->"
# Stages in the order data flows through them; then the shared ground at the top of the package.
STAGES = ("ingest", "recognise", "resolve", "graph", "export", "query", "pipeline", "cli")


def first_line(path: Path) -> str:
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    return doc.split("\n\n")[0].replace("\n", " ").strip()


def rows() -> list[tuple[str, str, str]]:
    package = ROOT / "kgraph"
    found = []
    for stage in STAGES:
        for path in sorted((package / stage).glob("*.py"), key=lambda p: (p.name != "__init__.py", p.name)):
            found.append((stage, str(path.relative_to(ROOT)), first_line(path)))
    for path in sorted(package.glob("*.py")):
        found.append(("shared", str(path.relative_to(ROOT)), first_line(path)))
    return found


def table() -> str:
    lines = ["| stage | module | what it does |", "| --- | --- | --- |"]
    lines += [f"| {stage} | `{module}` | {text.replace('|', '&#124;')} |" for stage, module, text in rows()]
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    if "--write" not in argv:
        print(table())
        return
    text = INDEX.read_text(encoding="utf-8")
    before, _, rest = text.partition(START)
    _, _, after = rest.partition(END)
    INDEX.write_text(f"{before}{START}\n{table()}\n{END}{after}", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
