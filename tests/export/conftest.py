"""Graphs for the exporters' tests: hostile text where a format could break."""

import networkx as nx
import pytest

import kgraph
from kgraph import Recogniser
from kgraph.contract import format_evidence
from tests.conftest import DATA

# Each would end its string literal, or the statement, or the line, if it were not escaped.
HOSTILE = [
    "'}] AS row MATCH (n) DETACH DELETE n //",
    "\\'}] AS row MATCH (n) DETACH DELETE n //",
    "O'Brien \"the\" `tick` back\\slash trailing\\",
    "line\nbreak\r\nreturn\rtab\t*/ /* -- // ;",
    "'; MATCH (n) DETACH DELETE n; RETURN '",
    "</script><script>alert(1)</script> ]]> <!--",
    "Зеленський 日本語 🎉 \u2028\u2029\u0085\ufeff\b\f\x1b[31m\x7f",
]


@pytest.fixture
def injection_graph():
    """Hostile text in node ids, names, aliases, evidence, every type and an unknown one, put straight into a graph."""
    graph = nx.Graph(name=HOSTILE[0])
    for number, text in enumerate(HOSTILE):
        graph.add_node(text, label=text, type=("person", "organisation", "country", "place", "event")[number % 5],
                       mentions=number, aliases="|".join(HOSTILE[number:]), flag=number % 2 == 0,
                       score=(1.5e300, -2.5e-300, 1e16, 0.1)[number % 4])
    for a, b in zip(HOSTILE, HOSTILE[1:]):
        evidence = {"text": a + b, "article": b, "title": a, "url": f"https://example.org/{b}", "source": a}
        graph.add_edge(a, b, weight=2**40, npmi=-0.5, source_names=b, evidence=format_evidence([evidence]))
    return graph


@pytest.fixture(scope="session")
def hostile_graph(nlp):
    """The hostile corpus (markup, </script>, control characters, odd quotes, a 1 MB line) built for real."""
    return kgraph.build([DATA / "hostile"], name="hostile <&> \"corpus\"", recogniser=Recogniser(nlp=nlp))


@pytest.fixture
def nasty_graph():
    """What no reader lets through, put straight into a graph: NUL, every C0 control, lone surrogates."""
    nasty = "".join(map(chr, range(0x20))) + "\ud800 lone \udfff, </script> \"q\" 'q' =SUM(A1)"
    graph = nx.Graph(name=nasty, articles=1)
    graph.add_node("a", label=nasty, type="person", mentions=1, score=1)
    graph.add_node("b", label="-b", type="country", mentions=2, score=0.5)
    graph.add_edge("a", "b", weight=1, npmi=0.25, evidence=format_evidence([{"text": nasty, "article": "x"}]))
    return graph
