"""Writing the page renders kgraph's template with jinja2 and reads pyvis's copy of vis-network, without importing
pyvis (whose package imports IPython and jsonpickle: about 0.1 s of every build, issue 22)."""

from tests.conftest import ROOT
from tests.test_architecture import loaded_after


def test_writing_the_page_imports_neither_pyvis_nor_ipython(tmp_path):
    page = tmp_path / "seeds.html"
    loaded = loaded_after(f"import kgraph\nfrom kgraph.export.html import write_html\n"
                          f"write_html(kgraph.read_graphml({str(ROOT / 'graphs' / 'seeds.graphml')!r}), {str(page)!r})",
                          tmp_path)
    assert "vis-network" in page.read_text(encoding="utf-8")
    assert [m for m in loaded if m.split(".")[0] in ("pyvis", "IPython", "jsonpickle")] == []
