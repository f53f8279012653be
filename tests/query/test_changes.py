"""kgraph changes and kgraph.changes: what appeared, grew, faded and vanished, against a recount of the articles."""

from __future__ import annotations

import json
import math

import pytest

import kgraph
from kgraph.errors import PeriodError
from kgraph.query import changes
from kgraph.query.changes import KINDS, change_score
from tests import recount
from tests.conftest import run_kgraph


def month(day: str) -> str:
    return day[:7]


def expected(before: str, after: str) -> set[tuple]:
    """(kind, labels, before, after) of every tie that changed, from the recount alone."""
    pairs, _, _ = recount.recount(month)
    found = set()
    for pair, counts in pairs.items():
        was, now = counts[before], counts[after]
        kind = ("appeared" if not was else "vanished" if not now else "grew" if now > was else "faded")
        if was != now:
            found.add((kind, pair, was, now))
    return found


@pytest.fixture(scope="module")
def graphml(dated_folder):
    return dated_folder[0] / "dated.graphml"


def test_acceptance_may_to_june_on_the_command_line(graphml, tmp_path):
    result = run_kgraph("changes", "--graph", str(graphml), "--from", "2025-05", "--to", "2025-06", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert text.splitlines()[0] == f"{graphml}: by month, 2025-05 (4 articles) -> 2025-06 (4 articles)"
    for kind in KINDS:
        assert f"\n{kind} (" in text
    assert "Donald Trump \u2013 Volodymyr Zelenskyy: 0 -> 2, score +1.00" in text
    assert "\u2014 Ceasefire proposal discussed, 2025-06-03, Wire Europe" in text


@pytest.mark.parametrize(("before", "after"), [("2025-05", "2025-06"), ("2025-06", "2025-07")])
def test_json_ties_scores_and_evidence_match_the_recount(graphml, tmp_path, before, after):
    result = run_kgraph("changes", "--graph", str(graphml), "--from", before, "--to", after, "--json",
                        "--evidence", "5", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    ties = found["ties"]
    assert {(t["kind"], frozenset((t["source_label"], t["target_label"])), t["before"], t["after"])
            for t in ties} == expected(before, after)
    for tie in ties:
        assert tie["score"] == round(math.log2((tie["after"] + 2) / (tie["before"] + 2)), 3)
        shown = before if tie["kind"] == "vanished" else after
        sentences = recount.sentences_of(month, shown)
        wanted = {s for s, labels in sentences.items() if {tie["source_label"], tie["target_label"]} <= labels}
        assert {item["text"] for item in tie["evidence"]} == wanted  # every one of them, from that month only
    kinds = [t["kind"] for t in ties]
    assert kinds == sorted(kinds, key=KINDS.index)
    _, entities, _ = recount.recount(month)
    assert {(e["kind"], e["label"]) for e in found["entities"]} == \
        {("appeared" if not c[before] else "vanished", label) for label, c in entities.items()
         if not c[before] * c[after] and c[before] + c[after]}


def test_last_compares_the_final_periods_and_index_and_graphml_agree(graphml):
    from_index = changes(kgraph.open_graph(graphml), last=1)
    from_file = changes(kgraph.open_graph(graphml, use_index=False), last=1)
    assert from_index == from_file
    assert (from_index.before, from_index.after) == (("2025-06",), ("2025-07",))
    assert from_index == kgraph.changes(graphml, before="2025-06", after="2025-07")


def test_the_score_ranks_a_stray_sentence_below_real_growth():
    assert change_score(0, 1) < change_score(10, 20) < change_score(0, 5)
    assert change_score(3, 1) == -change_score(1, 3)


def test_min_weight_and_limit_trim_the_lists(graphml):
    strong = changes(graphml, before="2025-05", after="2025-06", min_weight=3)
    assert {(t.kind, t.before, t.after) for t in strong.ties} == {("grew", 1, 3), ("faded", 3, 1)}
    assert all(max(e.before, e.after) >= 3 for e in strong.entities)
    first = changes(graphml, before="2025-05", after="2025-06", limit=1)
    assert [t.kind for t in first.ties] == list(KINDS)


@pytest.mark.parametrize(("options", "message"), [
    ({"before": "2025-06", "after": "2025-05"}, "must end before"),
    ({"before": "2025-05-03", "after": "2025-06"}, "no period of the graph starts within 2025-05-03"),
    ({"before": "May", "after": "2025-06"}, "not a period"),
    ({"last": 2}, "needs 4 periods; the graph has 3"),
    ({"before": "2025-05"}, "give the two stretches"),
    ({"last": 1, "before": "2025-05"}, "either last"),
])
def test_questions_the_graph_cannot_answer_say_why(graphml, options, message):
    with pytest.raises(PeriodError, match=message):
        changes(graphml, **options)


def test_a_graph_without_dates_has_no_changes(seed_graph, tmp_path):
    with pytest.raises(PeriodError, match="no per-period counts"):
        changes(seed_graph, last=1)


def test_the_command_needs_two_periods_or_last(graphml, tmp_path):
    result = run_kgraph("changes", "--graph", str(graphml), "--from", "2025-05", cwd=tmp_path)
    assert result.returncode == 2 and "give --from and --to, or --last N" in result.stderr
    result = run_kgraph("changes", "--graph", str(graphml), "--last", "5", cwd=tmp_path)
    assert result.returncode == 1 and "kgraph: error: last=5 needs 10 periods" in result.stderr
