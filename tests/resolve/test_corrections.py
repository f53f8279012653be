"""The user's corrections file: merge, rename, retype and drop entities."""

from __future__ import annotations

import logging

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


def applied(text: str, path, caplog):
    """The resolution of OBSERVED with the corrections file ``text`` at ``path``, its warnings in ``caplog``."""
    path.write_text(text, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="kgraph"):
        return corrections.apply(resolve(OBSERVED), corrections.load(path), OBSERVED)


def test_retyping_to_a_country_needs_a_country_name_else_the_correction_is_left_out(tmp_path, caplog):
    path = tmp_path / "aliases.toml"
    result = applied('[type]\n"Mozhem Obyasnit" = "organisation"\n"Narew" = "country"\n', path, caplog)
    assert f"{path}:3" in caplog.text and "cannot be a country" in caplog.text
    assert {e.label: e.type for e in result.entities.values()}["Narew"] != "country"


def test_a_rename_onto_another_entitys_id_merges_the_two_and_says_so(tmp_path, caplog):
    path = tmp_path / "aliases.toml"
    result = applied('[rename]\n\n"Olena Kovalenko" = "PETRO marchenko"\n', path, caplog)
    assert f"{path}:3" in caplog.text and "merged" in caplog.text
    merged = result.entities["petro_marchenko"]
    assert (merged.mentions, merged.articles) == (4, 2)
    assert {"Olena Kovalenko", "PETRO marchenko", "Petro Marchenko"} <= set(merged.aliases) | {merged.label}
    assert result.links(OBSERVED[1]) == (("petro_marchenko",),)


def test_a_utf16_file_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "aliases.toml"
    path.write_text('drop = ["narew"]\n', encoding="utf-16")
    assert corrections.load(path).drop == ("narew",)


@pytest.mark.parametrize("text, problem", [
    ("[merge\n", "line"), ('[colour]\n"a" = "b"\n', "unknown section"), ('[type]\n"a" = "city"\n', "unknown type"),
    ('drop = "Narew"\n', "list of names"), (b'drop = ["Caf\xe9"]\n', "not UTF-8"),
])
def test_bad_files_raise_aliases_error_naming_the_file(tmp_path, text, problem):
    path = tmp_path / "bad.toml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    with pytest.raises(AliasesError, match=problem) as caught:
        corrections.load(path)
    assert str(path) in str(caught.value)
