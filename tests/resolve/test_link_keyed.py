"""``Linker.keyed`` keys the articles it was made of as ``keys`` does, finding each article's names only once."""

import pytest

from kgraph.resolve.evidence import observe
from kgraph.resolve.link import Linker
from tests.resolve.test_readings import LONGER, NAMED, NEW, OLD


def test_keyed_gives_every_article_its_keys_with_its_names_found_once(monkeypatch):
    observed = [observe(article) for article in (NEW, OLD, NAMED, LONGER)]
    linker = Linker(observed)
    expected = [(article, linker.keys(article)) for article in observed]
    calls = []
    real = Linker._names
    monkeypatch.setattr(Linker, "_names", lambda self, article: calls.append(article) or real(self, article))
    assert list(linker.keyed(observed)) == expected
    assert calls == []
    with pytest.raises(ValueError):  # not the articles it was made of
        list(linker.keyed(observed[:2]))
