"""The user's corrections file: merge, rename, retype and drop entities."""

from __future__ import annotations

import pytest

from kgraph import aliases
from kgraph.errors import AliasesError
from kgraph.resolve import Resolution
from kgraph.types import Entity


def resolution() -> Resolution:
    entities = {
        "holos_yaroslav_zheleznyak": Entity("holos_yaroslav_zheleznyak", "Holos Yaroslav Zheleznyak", "person",
                                            ("Holos Yaroslav Zheleznyak",), 1, 1),
        "yaroslav_zheleznyak": Entity("yaroslav_zheleznyak", "Yaroslav Zheleznyak", "person",
                                      ("Zheleznyak",), 1, 1),
        "narew": Entity("narew", "Narew", "person", ("Narew",), 1, 1),
        "mozhem_obyasnit": Entity("mozhem_obyasnit", "Mozhem Obyasnit", "person", ("Mozhem Obyasnit",), 1, 1),
    }
    links = {"a": (("holos_yaroslav_zheleznyak", "narew"), ("yaroslav_zheleznyak", "mozhem_obyasnit"))}
    return Resolution(entities, links)


def test_corrections_file_merges_renames_retypes_and_drops(tmp_path):
    path = tmp_path / "aliases.toml"
    path.write_text(
        'drop = ["narew"]\n'
        '[merge]\n"Holos Yaroslav Zheleznyak" = "Zheleznyak"\n'
        '[rename]\n"Yaroslav Zheleznyak" = "Yaroslav Zhelezniak"\n'
        '[type]\n"Mozhem Obyasnit" = "organisation"\n',
        encoding="utf-8",
    )
    result = aliases.apply(resolution(), aliases.load(path))
    assert {(e.id, e.label, e.type, e.mentions) for e in result.entities.values()} == {
        ("yaroslav_zhelezniak", "Yaroslav Zhelezniak", "person", 2),
        ("mozhem_obyasnit", "Mozhem Obyasnit", "organisation", 1),
    }
    assert result.links["a"] == (("yaroslav_zhelezniak", None), ("yaroslav_zhelezniak", "mozhem_obyasnit"))


def test_retyping_to_a_country_needs_a_country_name():
    corrections = aliases.parse({"type": {"Narew": "country"}})
    with pytest.raises(AliasesError, match="cannot be a country"):
        aliases.apply(resolution(), corrections)


@pytest.mark.parametrize("text, problem", [
    ("[merge\n", "line"), ('[colour]\n"a" = "b"\n', "unknown section"), ('[type]\n"a" = "place"\n', "unknown type"),
    ('drop = "Narew"\n', "list of names"),
])
def test_bad_files_raise_aliases_error_naming_the_file(tmp_path, text, problem):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AliasesError, match=problem) as caught:
        aliases.load(path)
    assert str(path) in str(caught.value)
