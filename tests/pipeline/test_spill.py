"""The spill: records written once to a temporary file and read back in order, as often as needed."""

from __future__ import annotations

import tempfile

import pytest

from kgraph.errors import SpillError
from kgraph.pipeline.spill import Spill
from kgraph.recognise import records
from kgraph.types import ArticleInfo, Extraction, Mention, Sentence

EXTRACTIONS = [
    Extraction(
        ArticleInfo(id=f"a{i}", title="Kyiv", url="https://x.test/1", date="2024-03-02", source="Wire", origin="f:1"),
        (Sentence("Keir Starmer met Zelenskyy in Kyiv.", i, (Mention("Keir Starmer", "PERSON", 0, 12),
                                                            Mention("Kyiv", "GPE", 30, 34))),
         Sentence("No names — only words.", i)),
    )
    for i in range(300)
]


def test_items_come_back_equal_in_order_on_every_pass():
    with Spill(records.extraction_row, records.extraction_from_row) as spill:
        for extraction in EXTRACTIONS:
            spill.append(extraction)
        assert len(spill) == len(EXTRACTIONS)
        assert list(spill) == EXTRACTIONS
        assert list(spill) == EXTRACTIONS


def test_two_passes_may_read_at_once_and_appending_goes_on_after_a_pass():
    with Spill(records.extraction_row, records.extraction_from_row) as spill:
        for extraction in EXTRACTIONS[:100]:
            spill.append(extraction)
        pairs = list(zip(spill, spill))
        assert all(a == b for a, b in pairs) and len(pairs) == 100
        spill.append(EXTRACTIONS[100])
        assert list(spill)[-1] == EXTRACTIONS[100]


def test_the_file_lives_in_the_temporary_folder_until_close(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with Spill(records.extraction_row, records.extraction_from_row) as spill:
        spill.append(EXTRACTIONS[0])
        list(spill)
        assert sum(f.stat().st_size for f in tmp_path.rglob("*") if f.is_file()) > 0
    assert list(tmp_path.iterdir()) == []


def test_a_missing_or_full_temporary_folder_is_one_clear_error(tmp_path, monkeypatch):
    missing = tmp_path / "gone"
    monkeypatch.setattr(tempfile, "tempdir", str(missing))
    with pytest.raises(SpillError, match=f"cannot make the build's temporary file in {missing}.*set TMPDIR"):
        Spill(records.extraction_row, records.extraction_from_row)
