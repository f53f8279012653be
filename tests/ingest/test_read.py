"""Reading every input format, encoding and kind of bad input, on real files in tests/data/input/."""

import csv
import json
import logging
import io
import socket
import sys
from dataclasses import replace

import pytest

from kgraph.ingest import read
from kgraph.report import BuildReport
from tests.conftest import DATA

INPUT = DATA / "input"
PAGES = DATA / "html"
DUDA = ("Polish President Andrzej Duda met Pope Francis at the Vatican on Sunday "
        "\u2014 \u201ca caf\u00e9 conversation\u201d")


def documents(*inputs, **options):
    report = BuildReport()
    return list(read.read([str(i) for i in inputs], report=report, **options)), report


@pytest.mark.parametrize("name", ["utf8-bom.txt", "utf16-bom.txt", "utf16le-nobom.txt", "cp1252.txt"])
def test_every_encoding_is_detected_and_read_exactly(name):
    (document,), report = documents(INPUT / name)
    assert document.text.lstrip("\ufeff").startswith(DUDA)
    assert "\u20ac5 million" in document.text and not report.problems


def test_cp1252_and_latin1_keep_their_accents():
    (cp1252,), _ = documents(INPUT / "cp1252.txt")
    (latin1,), _ = documents(INPUT / "latin1.txt")
    assert "Krak\u00f3w\u2019s mayor \u2018welcomed\u2019 the na\u00efve plan" in cp1252.text
    assert "Fran\u00e7ois M\u00fcller" in cp1252.text
    assert latin1.text.startswith("J\u00fcrgen Schr\u00f6der") and "Gen\u00e8ve" in latin1.text


def test_json_lines_keep_good_records_and_report_each_bad_line():
    found, report = documents(INPUT / "feed.jsonl")
    assert [d.info.id for d in found] == ["rfe-1", "feed-3", "odd-date"]
    first = found[0].info
    assert (first.title, first.url, first.date, first.source) == (
        "Lithuania expels Russian diplomat", "https://example.org/rfe-1", "2026-01-07", "RFE/RL")
    assert found[1].info.date == "2026-01-07"  # RFC 2822 date
    assert found[2].info.date == ""  # "last Tuesday" is no date
    assert all(not d.multi and d.origin == d.info.origin for d in found)
    assert [str(p) for p in report.problems] == [
        f"{INPUT / 'feed.jsonl'}:2: malformed JSON (Unterminated string starting at at column 26)",
        f"{INPUT / 'feed.jsonl'}:4: record has no 'text' text (its fields: id, title; "
        "name the text's field with --text-field, or text_field= in Python)",
    ]


def test_text_field_names_another_field():
    (document,), report = documents(INPUT / "scraper.ndjson", text_field="body")
    assert document.text.startswith("Finnish President Alexander Stubb") and document.info.id == "b1"
    assert not report.problems
    found, report = documents(INPUT / "scraper.ndjson")
    assert not found and "record has no 'text' text" in str(report.problems[0])


def test_csv_rows_by_header_with_multiline_text():
    found, report = documents(INPUT / "export.csv")
    assert [(d.info.id, d.info.title, d.info.date) for d in found] == [
        ("c1", "Romania scrambles jets", "2026-01-07"), ("export-5", "Moldova", "2026-01-06")]
    assert "scrambled\nafter a Russian drone" in found[0].text
    assert [p.where for p in report.problems] == [f"{INPUT / 'export.csv'}:4"]


def test_folders_are_read_recursively_and_globs_expand():
    found, _ = documents(INPUT / "folder")
    assert sorted(d.origin.split("/input/")[1] for d in found) == [
        "folder/duplicate.txt", "folder/kallas.md", "folder/sub/undated.md"]
    found, _ = documents(INPUT / "utf16*.txt")
    assert len(found) == 2


def test_paths_lists_what_read_reads_and_reports_only_when_asked():
    inputs = [INPUT / "folder", str(INPUT / "utf16*.txt"), INPUT / "pixel.png", INPUT / "missing.txt", "-"]
    names = [p.split("/input/")[-1] for p in read.paths(inputs)]
    assert names == ["folder/duplicate.txt", "folder/kallas.md", "folder/sub/undated.md",
                     "utf16-bom.txt", "utf16le-nobom.txt", "pixel.png", read.STDIN]
    report = BuildReport()
    assert [p.split("/input/")[-1] for p in read.paths(inputs, report=report)] == names
    assert [p.what for p in report.problems] == ["no such file or folder"]


def test_stdin_is_read_as_bytes_and_decoded(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((INPUT / "cp1252.txt").read_bytes())))
    (document,), report = documents("-")
    assert document.origin == "<stdin>" and document.text.startswith(DUDA) and not report.problems


def test_stdin_json_lines_are_records(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((INPUT / "feed.jsonl").read_bytes())))
    found, report = documents("-")
    assert [d.info.id for d in found] == ["rfe-1", "stdin-3", "odd-date"]
    assert report.problems[0].where == "<stdin>:2"


@pytest.mark.parametrize("name, why", [
    ("empty.txt", "file is empty"),
    ("binary.txt", "binary file (gzip archive), not text"),
    ("pixel.png", "binary file (PNG image), not text"),
    ("missing.txt", "no such file or folder"),
    ("nothing-*.txt", "pattern matches no file"),
])
def test_bad_inputs_get_one_warning_naming_the_file(name, why, caplog):
    found, report = documents(INPUT / name, INPUT / "utf8-bom.txt")
    assert len(found) == 1  # the good file is still read
    assert [str(p) for p in report.problems] == [f"{INPUT / name}: {why}"]
    assert f"{INPUT / name}: {why}" in caplog.text


def test_unreadable_path_is_reported(tmp_path):
    with socket.socket(socket.AF_UNIX) as sock:  # exists, but cannot be read as a file
        sock.bind(str(tmp_path / "socket.txt"))
        found, report = documents(tmp_path / "socket.txt", INPUT / "utf8-bom.txt")
    assert len(found) == 1
    assert [p.where for p in report.problems] == [str(tmp_path / "socket.txt")]
    assert report.problems[0].what.startswith("cannot read: ")


def test_a_saved_news_page_gives_its_article_and_metadata_only():
    (page,), report = documents(PAGES / "kyiv-summit.html")
    assert not report.problems and not page.multi
    info = page.info
    assert (info.id, info.title, info.date, info.author, info.source) == (
        "kyiv-summit", "Zelenskyy and Tusk agree air defence pact in Kyiv", "2025-03-03", "Marta K Nowak",
        "The Daily Ledger")
    assert info.url == "https://www.dailyledger.example/world/europe/2025/03/03/zelenskyy-tusk-air-defence-pact"
    lines = page.text.split("\n")
    assert lines[0].startswith("KYIV, Ukraine (Reuters) \u2014 Ukrainian President Volodymyr Zelenskyy")
    assert "Tusk said Poland would pay for the first phase." in lines[2]  # a paragraph per line
    for debris in ("World News", "MarketsPREMIUM", "Advertisement", "Harrow", "Orb", "Gazprom", "Kevin Barlow",
                   "Boris Johnson", "Sign up", "Share on", "All rights reserved", "<", "&nbsp;", "&#"):
        assert debris not in page.text


def test_a_folder_of_saved_pages_builds_like_text_and_an_empty_page_gets_one_warning():
    found, report = documents(PAGES)
    assert [d.info.id for d in found] == ["kyiv-summit"]
    assert [str(p) for p in report.problems] == [f"{PAGES / 'gallery-only.htm'}: HTML page holds no article text"]
    assert list(read.paths([PAGES])) == [str(PAGES / "gallery-only.htm"), str(PAGES / "kyiv-summit.html")]


def test_markup_in_record_fields_becomes_text_with_its_paragraphs():
    found, report = documents(INPUT / "markup.jsonl")
    first = found[0]
    lines = [" ".join(line.split()) for line in first.text.split("\n")]  # a no-break space may stay one
    assert lines[:2] == [
        "By Tom Price",
        "LONDON \u2014 Marks & Spencer will close 14 stores this year, chief executive Stuart Machin said "
        "on Wednesday."]
    assert "President Emmanuel Macron\u2019s visit" in lines[2]
    assert "Women\u2019s Equality Party" in first.text and "<" not in first.text
    assert "&" not in first.text.replace("Marks & Spencer", "")  # no reference left
    assert (first.info.title, first.info.author) == ("Marks & Spencer to close 14 stores", "Tom Price")
    assert not report.problems


def test_markup_in_a_csv_field_is_read_as_in_a_json_line(tmp_path):
    records = [json.loads(line) for line in (INPUT / "markup.jsonl").read_text(encoding="utf-8").splitlines()]
    fields = list(dict.fromkeys(field for record in records for field in record))
    with open(tmp_path / "markup.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(records)
    (as_json, _), (as_csv, report) = documents(INPUT / "markup.jsonl"), documents(tmp_path / "markup.csv")
    same = [(d.text, replace(d.info, origin="")) for d in as_json]  # the origin names the file and line
    assert [(d.text, replace(d.info, origin="")) for d in as_csv] == same and not report.problems
    assert "<" not in as_csv[0].text and "Women\u2019s Equality Party" in as_csv[0].text


def test_record_dates_come_from_their_common_field_names():
    found, _ = documents(INPUT / "markup.jsonl")
    assert [d.info.date for d in found] == ["2025-03-05", "2025-03-06", "2025-03-06", "", "2025-03-08"]


def test_a_stray_nul_byte_is_dropped_with_one_warning_and_the_file_is_text(caplog):
    (document,), report = documents(INPUT / "nul-byte.txt")
    assert "\x00" not in document.text and document.text.count("Sybiha") == 2
    assert not report.problems
    offset = (INPUT / "nul-byte.txt").read_bytes().index(b"\x00")
    assert [str(w) for w in report.warnings] == [
        f"{INPUT / 'nul-byte.txt'}: 1 control byte(s) dropped (NUL at byte {offset})"]
    assert caplog.text.count("nul-byte.txt") == 1


def test_a_bom_only_file_is_reported():
    found, report = documents(INPUT / "bom-only.txt")
    assert not found
    assert [str(p) for p in report.problems] == [f"{INPUT / 'bom-only.txt'}: file holds nothing but a byte-order mark"]


def test_utf8_but_for_one_cp1252_byte_stays_utf8_and_names_the_byte():
    data = (INPUT / "stray-cp1252.txt").read_bytes()
    (document,), report = documents(INPUT / "stray-cp1252.txt")
    assert "Putin called the talks \u201cvery useful\u201d." in document.text  # not mojibake
    assert document.text.endswith("\u201cThe work goes on.\u201d\n")  # the cp1252 byte read as what it was
    assert [str(w) for w in report.warnings] == [
        f"{INPUT / 'stray-cp1252.txt'}: not UTF-8 at byte {len(data) - 2}; read as UTF-8, those bytes as cp1252"]


@pytest.mark.parametrize("given, iso", [
    ("2026-01-07", "2026-01-07"), ("2026-01-07T23:30:00+02:00", "2026-01-07"),
    ("Wed, 07 Jan 2026 09:30:00 GMT", "2026-01-07"), ("7 January 2026", "2026-01-07"),
    ("Jan 7, 2026", "2026-01-07"), ("2026/01/07", "2026-01-07"), ("07/01/2026", ""), ("yesterday", ""),
])
def test_dates_are_normalised_to_iso_or_left_out(given, iso):
    assert read.iso_date(given) == iso


def test_file_names_with_line_breaks_or_escape_sequences_are_reported_escaped(tmp_path, caplog):
    hostile = tmp_path / "forged\nkgraph: error: nothing\x1b[31m.txt"
    hostile.write_text("", encoding="utf-8")
    report = BuildReport()
    with caplog.at_level(logging.WARNING, logger="kgraph"):
        list(read.read([tmp_path], report=report))
    (problem,) = report.problems
    assert "\n" not in str(problem) and "\x1b" not in str(problem) and "\\n" in str(problem) and "\\x1b" in str(problem)
    assert "\n" not in caplog.records[0].getMessage() and "\x1b" not in caplog.records[0].getMessage()


def test_a_deeply_nested_json_line_is_skipped_with_the_usual_warning(tmp_path):
    records = tmp_path / "deep.jsonl"
    records.write_text('{"text": "Zelenskyy met Macron in Kyiv."}\n' + "[" * 100_000 + "]" * 100_000 + "\n",
                       encoding="utf-8")
    found, report = documents(records)
    assert len(found) == 1
    assert [str(p) for p in report.problems] == [f"{records}:2: JSON nested too deeply"]


def test_a_glob_through_links_up_the_tree_reads_each_folder_once(tmp_path):
    (tmp_path / "news" / "a" / "b").mkdir(parents=True)
    (tmp_path / "news" / "a" / "b" / "kyiv.txt").write_text("Zelenskyy met Macron in Kyiv.", encoding="utf-8")
    for depth, name in ((1, "up"), (2, "upper"), (3, "top")):  # each loops back: glob's walk would explode
        (tmp_path / "news" / "a" / "b" / name).symlink_to("/".join([".."] * depth))
    found = list(read.paths([str(tmp_path / "news" / "**" / "*.txt")]))
    assert found == [str(tmp_path / "news" / "a" / "b" / "kyiv.txt")]
