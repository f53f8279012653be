"""The recogniser's spans mended one article at a time, before the repeated-names pass (``repeats``) reads them.

Each pass takes an extraction and returns it with some of the recogniser's spans cut, joined, relabelled,
split or added where it made a known class of error: people filed as works of art, a surname cut from its
given name, a list of people tagged as one name, a company named after a country, a score glued to a team,
... ``mend`` applies them all in a fixed order (each reads what the ones before it left); docs/entities.md
gives each pass, the error it fixes and its figures. The passes live in one module per kind of
name they mend (``spans``, ``people``, ``organisations``, ``countries``); the few helpers the repeated-names
pass shares with them live in ``spans``, so that ``repeats`` imports from this package and never the other way.
"""

from __future__ import annotations

from ...types import Extraction
from .. import teams
from .spans import (
    _misfiled, _lower_case_openers, _prefixed_names, _moves, _connected_names, _without_scores, _case_parties,
    _fused_names)
from .people import (
    _hyphenated_given_names, _cut_surnames, _apostrophe_surnames, _title_word_surnames, _quoted_titles, _surnames_tagged_apart,
    _untagged_full_names, _given_names_alone, _opened_names, _run_on_names, _nicknamed, _patronymic_openings,
    _family_names_after_patronymics,
    _titled_people, _comma_suffixes, _three_syllable_names, _line_up_lines, _role_line_holders, _listed_people, _given_name_adjectives)
from .organisations import (
    _plural_long_forms, _companies_of_a_country, _paired_teams, _untagged_companies, _police_of_places,
    _twin_names, _place_and_demonym, _listed_acronyms, _call_signs, _bracketed_affiliations,
    _after_organisation_nouns, _squad_entries, _market_rows, _legal_forms, _named_possessives, _possessive_institutions,
    _bodies_for, _slashed_alliances, _new_club_roles, _bracketed_long_forms, _listed_companies,
    _before_player_nouns, _hyphenated_acronyms, _names_cut_at_of, _trade_words_after, _country_first,
    _acronyms_before_body_nouns, _misfiled_known_bodies, _persons_acronyms, _bodies_cut_at_and, _legislatures)
from .countries import _country_openers, _the_country_abbreviations, _cut_countries, _participle_openers

__all__ = ["mend"]


def mend(extraction: Extraction) -> Extraction:
    """The recogniser's spans in ``extraction`` mended by each pass below, in this order (each reads what the
    ones before it left)."""
    for mend_pass in (
            _misfiled_known_bodies,
            _misfiled,
            _hyphenated_acronyms,
            _names_cut_at_of,
            _trade_words_after,
            _country_first,
            _fused_names,
            _lower_case_openers,
            _plural_long_forms,
            _hyphenated_given_names,
            _cut_surnames,
            _given_name_adjectives,
            _three_syllable_names,
            _bodies_for,
            _slashed_alliances,
            _new_club_roles,
            _untagged_full_names,
            _legal_forms,
            _connected_names,
            _without_scores,
            _case_parties,
            _named_possessives,
            _possessive_institutions,
            _given_names_alone,
            _apostrophe_surnames,
            _title_word_surnames,
            _companies_of_a_country,
            _paired_teams,
            _quoted_titles,
            _surnames_tagged_apart,
            _untagged_companies,
            _police_of_places,
            _comma_suffixes,
            _line_up_lines,
            _role_line_holders,
            _opened_names,
            teams.found,  # the recogniser's spans
            _nicknamed,
            _place_and_demonym,
            _moves,
            _cut_countries,
            _country_openers,
            _participle_openers,
            _prefixed_names,
            _patronymic_openings,
            _family_names_after_patronymics,
            _twin_names,
            _titled_people,
            _listed_acronyms,
            _after_organisation_nouns,
            _before_player_nouns,
            _acronyms_before_body_nouns,
            _persons_acronyms,
            _bodies_cut_at_and,
            _squad_entries,
            _the_country_abbreviations,
            _run_on_names,
            _market_rows,
            _call_signs,
            _bracketed_affiliations,
            _bracketed_long_forms,
            _listed_companies,
            _listed_people,
            _legislatures,
    ):
        extraction = mend_pass(extraction)
    return extraction
