"""Recognise named entities with spaCy: Articles in, compact Extractions out.

- ``model``: which spaCy pipeline, loaded and trimmed to sentences + NER
- ``here``: recognition in this process, one ``nlp.pipe`` over every paragraph
- ``relations``: what one entity did to another, read off the parse of a sentence naming both
- ``workers``: the same over a pool of worker processes (``--jobs``)
- ``cluster``: the same on a Dask cluster (``--dask``)
- ``cache``: earlier results kept in SQLite, so an unchanged article skips spaCy
- ``reuse``: paragraphs read before (syndicated copies) skip spaCy too
- ``records``: Extractions as plain rows, the form the cache and the build's spill keep
- ``options``: the ``Recogniser`` record that says how a build runs all this
"""

from .model import (
    DEFAULT_MODELS,
    ENTITY_LABELS,
    fingerprint,
    load_model,
    load_parser,
    model_name,
)
from .options import Recogniser
from .workers import (
    default_jobs,
    may_use_workers,
    partitions,
    recognise,
    start_fork_server,
)

__all__ = [
    "Recogniser", "load_model", "load_parser", "fingerprint", "model_name", "recognise", "partitions", "default_jobs", "may_use_workers",
    "start_fork_server", "DEFAULT_MODELS", "ENTITY_LABELS",
]
