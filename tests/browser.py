"""Drive the system Chromium (Debian's ``chromium``) with playwright, for the page tests and tools.

Never downloads a browser: without /usr/bin/chromium the browser tests skip, except
under CI (the ``CI`` environment variable set), where they fail.

As a tool, it makes the screenshots in docs/ (the seed corpus and a 300-article one):

    python -m tests.browser screenshot docs/
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

__all__ = ["CHROMIUM", "LAUNCH_ARGS", "chromium_path", "launch", "PageRun", "open_page", "browser", "node_on_screen"]

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run", "--disable-quic"]
VIEWPORT = {"width": 1400, "height": 900}

# Injected before the page's own scripts (playwright init scripts are not subject to the
# page's CSP): records every CSP violation, and when vis-network first finishes drawing
# (milliseconds since navigation began), caught as the page sets window.network.
_INSTRUMENT = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(event.violatedDirective + " " + (event.blockedURI || "") + " " + (event.sample || ""));
});
let network;
Object.defineProperty(window, "network", {
  configurable: true,
  get() { return network; },
  set(value) {
    network = value;
    value.once("afterDrawing", () => { window.__drawnAt = performance.now(); });
  },
});
"""


def chromium_path() -> str | None:
    """The system Chromium, or None."""
    found = CHROMIUM if os.access(CHROMIUM, os.X_OK) else shutil.which("chromium")
    return found


@contextmanager
def launch():
    """A headless system Chromium; playwright's own browser downloads are never used."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    if executable is None:
        raise FileNotFoundError(f"no Chromium at {CHROMIUM}: install Debian's chromium package")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=LAUNCH_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="session")
def browser():
    """One Chromium for the session; skips without it, fails without it under CI."""
    if chromium_path() is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but there is no Chromium at {CHROMIUM} (tests/run.sh installs it)")
        pytest.skip(f"no Chromium at {CHROMIUM}")
    with launch() as chromium:
        yield chromium


@dataclass
class PageRun:
    """An opened page with everything it did that a safe, offline page must not do."""

    page: object
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def drawn_at(self) -> float:
        return self.page.evaluate("window.__drawnAt")

    def violations(self) -> list[str]:
        return self.page.evaluate("window.__violations")


@contextmanager
def open_page(chromium, path: Path, *, fragment: str = "") -> Iterator[PageRun]:
    """Open ``path`` (plus ``fragment``, "#..." or "") from file:// and record requests, errors and dialogs.

    Every request other than the file itself is recorded and aborted. The page is ready
    when vis-network has drawn it once; ``drawn_at`` is then the milliseconds since opening.
    """
    context = chromium.new_context(viewport=VIEWPORT)
    page = context.new_page()
    run = PageRun(page)
    url = Path(path).resolve().as_uri()

    def route(request_route):
        run.requests.append(request_route.request.url)
        if request_route.request.url == url:
            request_route.continue_()
        else:
            request_route.abort()

    context.route("**/*", route)
    page.add_init_script(_INSTRUMENT)
    page.on("pageerror", lambda error: run.errors.append(f"page error: {error}"))
    page.on("console", lambda message: message.type == "error" and run.errors.append(f"console: {message.text}"))
    page.on("dialog", lambda dialog: (run.dialogs.append(dialog.message), dialog.dismiss()))
    try:
        page.goto(url + fragment)
        page.wait_for_function("window.__drawnAt !== undefined")
        yield run
    finally:
        context.close()


def node_on_screen(page, node_id: str) -> tuple[float, float]:
    """Where on the page node ``node_id`` is drawn, for a real mouse click."""
    return tuple(page.evaluate(
        """(id) => {
            const dom = network.canvasToDOM(network.getPositions([id])[id]);
            const box = document.getElementById("mynetwork").getBoundingClientRect();
            return [box.left + dom.x, box.top + dom.y];
        }""",
        node_id,
    ))


def screenshots(folder: Path) -> list[Path]:
    """Photograph the page of the seed corpus and of a ~300-article corpus: first view, after a click, the panel.

    The larger corpus is benchmarks/build_corpus.py's (100,000 words, 319 articles).
    Writes ``page-<corpus>-first.png``, ``-click.png`` (the biggest hub clicked: the
    rest fades, the panel opens) and ``-panel.png`` (evidence opened) into ``folder``.
    """
    import kgraph
    from benchmarks.build_corpus import generate, write

    root = Path(__file__).resolve().parent.parent
    made = []
    with tempfile.TemporaryDirectory() as temporary, launch() as chromium:
        corpora = {"seeds": [root / "seeds"], "300": write(generate(100_000), Path(temporary) / "corpus")}
        for name, sources in corpora.items():
            graph = kgraph.build(sources, name="seeds" if name == "seeds" else "generated corpus")
            page_file = Path(temporary) / f"{name}.html"
            kgraph.write_html(graph, page_file)
            hub = max(graph, key=graph.degree)
            with open_page(chromium, page_file) as run:
                shots = [folder / f"page-{name}-{step}.png" for step in ("first", "click", "panel")]
                run.page.screenshot(path=str(shots[0]))
                run.page.mouse.click(*node_on_screen(run.page, hub))
                run.page.screenshot(path=str(shots[1]))
                run.page.locator("#panel-neighbours summary").first.click()
                run.page.screenshot(path=str(shots[2]))
                made += shots
    return made


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.browser", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    shot = commands.add_parser("screenshot", help="photograph the pages of the seed and a 300-article corpus")
    shot.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    for path in screenshots(args.folder):
        print(path)


if __name__ == "__main__":
    main()
