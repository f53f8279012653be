"""The cheap tests in front of patterns (docs/performance.md, 2026-12-06): each must hold wherever its pattern
matches, or a rule stops firing without a word."""

from __future__ import annotations

import re
from itertools import product

try:
    from re import _constants as sre_constants, _parser as sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover
    import sre_constants, sre_parse  # type: ignore[no-redef]

from kgraph.resolve import designators, evidence
from kgraph.resolve.mend import organisations as mend_organisations


def _spellings(parsed) -> set[str]:
    """Every string a pattern of literals, alternatives, optional parts and zero-width tests matches."""
    found = {""}
    for op, arg in parsed:
        if op is sre_constants.LITERAL:
            options = {chr(arg)}
        elif op is sre_constants.AT:
            continue
        elif op is sre_constants.SUBPATTERN:
            options = _spellings(arg[3])
        elif op is sre_constants.BRANCH:
            options = set().union(*(_spellings(branch) for branch in arg[1]))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and arg[:2] == (0, 1):
            options = {""} | _spellings(arg[2])
        elif op is sre_constants.IN:  # one character of a small set: each of them
            options = {chr(value) for kind, value in arg if kind is sre_constants.LITERAL}
        else:
            raise AssertionError(f"not expanded: {op}")
        found = {a + b for a, b in product(found, options)}
    return found


def test_every_leaning_word_passes_the_gate():
    words = _spellings(sre_parse.parse(designators.LEANING.pattern))
    assert {"far-left-wing", "right-wing", "leftist", "ultranationalist", "libertarian", "islamist"} <= words
    for word in words:
        assert designators.LEANING.fullmatch(word), word
        assert designators.may_lean(f"the {word} party"), word
        assert designators.leaning_party(f'the {word} "Historical Pact"', len(f'the {word} "'),
                                         len(f'the {word} "Historical Pact')), word


def test_end_anchored_patterns_still_match_their_endings():
    for context in ("an economist with", "analysts at the", "a spokeswoman for", "ANALYSTS AT THE", "bankers at\n"):
        assert evidence._STAFF_AT.search(context), context
    for context in ("Ebola virus disease (", "Capital Adequacy Ratio (", "the fever  (", "VIRUS (\n"):
        assert evidence._DEFINED_THING.search(context), context
    assert evidence._STAFF_AT.search("analysts said") is None
    assert evidence._DEFINED_THING.search("the virus") is None


def test_organisation_nouns_look_ahead_keeps_every_noun():
    for noun in evidence.ORGANISATION_NOUNS:
        found = mend_organisations._AFTER_NOUN.search(f"the {noun} Oyo Rooms said")
        assert found and found[1] == noun and found[2] == "Oyo Rooms", noun
        assert mend_organisations._AFTER_NOUN.search(f"the x{noun} Oyo said") is None, noun
