"""Serialisation of the model: JSON, JSON Lines and the flat corpus form.

One cattrs converter (built by :func:`make_converter`) defines the JSON shape
of every model type; :func:`dumps` and :func:`loads` use a private shared
instance of it. Reading never lets a cattrs or JSON error escape: every
failure is one :class:`~diplorel.errors.SerialisationError` that says where
(``line 3: events[1].stages[0].date``) and why.

The corpus form (:func:`to_corpus_form`, :func:`document_record`) is the flat
record of the annotated corpus and of ``diplorel extract`` output;
:func:`event_from_corpus_form` and :func:`document_from_record` read it back.
"""

from diplorel.io._converter import EVENT_TYPES, make_converter
from diplorel.io._corpus import (
    CORPUS_KEYS,
    KIND_KEYS,
    RICH_KEYS,
    document_from_record,
    document_record,
    event_from_corpus_form,
    to_corpus_form,
)
from diplorel.io._json import (
    JsonlReader,
    dump_jsonl,
    dumps,
    iter_jsonl,
    load_jsonl,
    loads,
    reject_lone_surrogates,
    structure,
    unstructure,
)

__all__ = [
    "CORPUS_KEYS",
    "EVENT_TYPES",
    "KIND_KEYS",
    "RICH_KEYS",
    "JsonlReader",
    "document_from_record",
    "document_record",
    "dump_jsonl",
    "dumps",
    "event_from_corpus_form",
    "iter_jsonl",
    "load_jsonl",
    "loads",
    "make_converter",
    "reject_lone_surrogates",
    "structure",
    "to_corpus_form",
    "unstructure",
]
