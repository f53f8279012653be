"""The user's corrections file: merge, rename, retype and drop entities."""

from __future__ import annotations

import pytest

from kgraph.errors import AliasesError
from kgraph.resolve import corrections, observe, resolve
from kgraph.types import ArticleInfo, Extraction, Mention, Sentence


def sentence(text: str, *names: str) -> Sentence:
    """A sentence whose named people are ``names``, as the recogniser would give them."""
    return Sentence(text, 0, tuple(Mention(n, "PERSON", text.index(n), text.index(n) + len(n)) for n in names))


OBSERVED = [
    observe(Extraction(ArticleInfo(id="a"), (
        sentence("Olena Kovalenko said Narew was calm.", "Olena Kovalenko", "Narew"),
        sentence("Petro Marchenko met Mozhem Obyasnit.", "Petro Marchenko", "Mozhem Obyasnit"),
        sentence("Marchenko agreed.", "Marchenko"),
    ))),
    observe(Extraction(ArticleInfo(id="b"), (sentence("Olena Kovalenko left.", "Olena Kovalenko"),))),
]


def test_corrections_file_merges_renames_retypes_and_drops(tmp_path):
    resolution = resolve(OBSERVED)
    assert {e.label for e in resolution.entities.values()} == {
        "Olena Kovalenko", "Narew", "Petro Marchenko", "Mozhem Obyasnit"}
    path = tmp_path / "aliases.toml"
    path.write_text(
        'drop = ["narew"]\n'
        '[merge]\n"Olena Kovalenko" = "Marchenko"\n'
        '[rename]\n"Petro Marchenko" = "Petro Marchenko-Ivanov"\n'
        '[type]\n"Mozhem Obyasnit" = "organisation"\n',
        encoding="utf-8",
    )
    result = corrections.apply(resolution, corrections.load(path), OBSERVED)
    # Counted again: article "a" names both merged people and counts once.
    assert {(e.id, e.label, e.type, e.mentions, e.articles) for e in result.entities.values()} == {
        ("petro_marchenko_ivanov", "Petro Marchenko-Ivanov", "person", 4, 2),
        ("mozhem_obyasnit", "Mozhem Obyasnit", "organisation", 1, 1),
    }
    assert result.links(OBSERVED[0]) == (
        ("petro_marchenko_ivanov", None), ("petro_marchenko_ivanov", "mozhem_obyasnit"), ("petro_marchenko_ivanov",))


def test_retyping_to_a_country_needs_a_country_name():
    retyped = corrections.parse({"type": {"Narew": "country"}})
    with pytest.raises(AliasesError, match="cannot be a country"):
        corrections.apply(resolve(OBSERVED), retyped, OBSERVED)


@pytest.mark.parametrize("text, problem", [
    ("[merge\n", "line"), ('[colour]\n"a" = "b"\n', "unknown section"), ('[type]\n"a" = "city"\n', "unknown type"),
    ('drop = "Narew"\n', "list of names"),
])
def test_bad_files_raise_aliases_error_naming_the_file(tmp_path, text, problem):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AliasesError, match=problem) as caught:
        corrections.load(path)
    assert str(path) in str(caught.value)
