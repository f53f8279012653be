"""The articles of a document read before come from the cache, exactly as splitting finds them
(``kgraph.pipeline.splitting``); the sections of a large file are split together, every time."""

from __future__ import annotations

from kgraph.ingest import read, split
from kgraph.pipeline import splitting
from kgraph.recognise.cache import ExtractionCache
from kgraph.report import BuildReport
from kgraph.types import ArticleInfo, Document
from tests.ingest.test_split import DATA, SEED_FILE

WIRE = ("BERLIN - Olaf Scholz met Emmanuel Macron in Berlin on Monday.\n\nThe talks went well, Scholz said.\n"
        "\n----\n\nKYIV - Volodymyr Zelenskyy thanked Olaf Scholz for the air defence systems.\n")


def _documents(tmp_path):
    """A file read whole, the sections of a large one, a record, and a file that gives no article (a credit)."""
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    texts = [file.read_text(encoding="utf-8") for file in (SEED_FILE, DATA / "input" / "wire.txt")]
    (tmp_path / "large.txt").write_text(texts[0] + "\n\nTag - Drones\n\n" + texts[1], encoding="utf-8")
    (tmp_path / "credit.txt").write_text("(Reuters)\n", encoding="utf-8")
    documents = list(read.read([str(tmp_path / "wire.txt")], report=BuildReport()))
    documents += read.read([str(tmp_path / "large.txt")], report=BuildReport(), chunk=20_000)
    documents.append(Document(text="Annalena Baerbock flew to Kyiv.", origin="feed.jsonl:1", multi=False,
                              info=ArticleInfo(id="r1", title="Baerbock in Kyiv", date="2026-03-01")))
    documents += read.read([str(tmp_path / "credit.txt")], report=BuildReport())
    return documents


def test_articles_come_back_from_the_cache_as_splitting_found_them(tmp_path, monkeypatch):
    documents = _documents(tmp_path)
    assert max(d.section for d in documents) > 0  # the large file comes in sections
    expected_report = BuildReport()
    expected = list(split.split_all(documents, report=expected_report))
    calls = []
    split_all = split.split_all

    def counted(given, **options):
        calls.append(1)
        return split_all(given, **options)

    monkeypatch.setattr(split, "split_all", counted)
    with ExtractionCache(tmp_path / "k.kgcache.sqlite", fingerprint="test") as store:
        for stored in (False, True):
            calls.clear()
            report = BuildReport()
            assert list(splitting.split_all(documents, report=report, store=store)) == expected
            assert report.problems == expected_report.problems != []  # the credit's file, each time
            # Then: the large file and the credit's only (a document without articles is not kept).
            assert len(calls) == (2 if stored else len({d.origin for d in documents}))
