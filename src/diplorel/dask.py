"""Extraction beyond one machine: Dask bags of articles in, Parquet partitions out.

Install with ``pip install 'diplorel[dask]'`` (Dask's bag and distributed
scheduler, and pyarrow). Three steps, each a lazy Dask bag until the last::

    from dask.distributed import Client
    import diplorel.dask as ddr

    client = Client("tcp://scheduler:8786")        # or Client() on one machine
    articles = ddr.read_files("s3://news/2025/**/*.txt", files_per_partition=200)
    summary = ddr.to_parquet(ddr.extract_bag(articles), "s3://news/events-2025/")

* :func:`read_files` and :func:`read_jsonl` make a bag of :class:`Article`
  (or :class:`~diplorel.extract.ExtractionFailure` for what cannot be read),
  from local paths or any URL fsspec knows (``s3://``, ``gs://``,
  ``abfs://``, ``hdfs://``…), read by the workers themselves;
* :func:`extract_bag` maps :func:`diplorel.extract` over it;
* :func:`to_parquet` writes one Parquet file per partition, one row per
  event, in the table layout of :mod:`diplorel.arrow` (so that
  :meth:`EventSet.read_parquet <diplorel.query.EventSet.read_parquet>` reads
  the files back), and returns a :class:`ParquetSummary` with the failures.

Whatever scheduler is current runs the work: a ``distributed`` client when
one is connected, else Dask's default for bags (local processes). Files are
decoded by the policy of ``docs/robustness.md``, as ``diplorel extract``
does; a document that fails is reported, never fatal. See ``docs/scale.md``
for a recipe on a real cluster.
"""

from __future__ import annotations

import glob
import json
import posixpath
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeAlias

import attrs

try:
    import dask
    import dask.bag as db
    import fsspec

    from diplorel.arrow import write_parquet
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        f"diplorel.dask needs the dask extra ({exc.name} is missing): pip install 'diplorel[dask]'"
    ) from exc

from diplorel._source import MAX_BYTES, decode
from diplorel.extract import ExtractionFailure, extract
from diplorel.extract._pipeline import failure_reason
from diplorel.model import Document, PartialDate
from diplorel.query import Reported

__all__ = [
    "Article",
    "ParquetSummary",
    "event_records",
    "extract_bag",
    "read_files",
    "read_jsonl",
    "to_parquet",
]


def _optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a str or None, not {type(value).__name__}")


@attrs.frozen
class Article:
    """One article to extract: its id, its text, and what else its source says.

    ``published`` (``2025``, ``2025-05`` or ``2025-05-12``) overrides the date
    found in the page furniture, as :func:`diplorel.extract`'s argument does.
    """

    id: str = attrs.field(validator=attrs.validators.instance_of(str))
    text: str = attrs.field(validator=attrs.validators.instance_of(str), repr=False)
    published: str | None = attrs.field(default=None, validator=_optional_text)
    source_url: str | None = attrs.field(default=None, validator=_optional_text)


Outcome: TypeAlias = "Document | ExtractionFailure"


@attrs.frozen
class ParquetSummary:
    """What :func:`to_parquet` wrote: its files, counts, and the documents that failed."""

    files: tuple[str, ...]
    documents: int
    events: int
    failures: tuple[ExtractionFailure, ...]


# -- reading -------------------------------------------------------------------------


def _is_article_name(path: str) -> bool:
    name = posixpath.basename(path)
    return name.endswith(".txt") and not name.startswith(".")


def _files(urlpath: str, options: dict[str, Any]) -> list[fsspec.core.OpenFile]:
    """The files a path, glob or folder names, in name order.

    A glob gives the files it matches; a folder its article files (``*.txt``,
    recursively); each is one listing, not one request per file, which
    matters on an object store.
    """
    fs, path = fsspec.core.url_to_fs(urlpath, **options)
    if glob.has_magic(path):
        matches = fs.glob(path, detail=True)
        paths = sorted(p for p, info in matches.items() if info.get("type") == "file")
    elif fs.isdir(path):
        paths = sorted(p for p in fs.find(path) if _is_article_name(p))
    else:
        paths = [path]
    return [fsspec.core.OpenFile(fs, p, mode="rb") for p in paths]


def _read_article(file: fsspec.core.OpenFile) -> Article | ExtractionFailure:
    """The article in one file, decoded by the encoding policy, or why it cannot be."""
    path: str = file.path
    try:
        size = file.fs.size(path)
        if size is not None and size > MAX_BYTES:
            return ExtractionFailure(
                path, f"too large ({size / 2**20:.0f} MiB; the limit is {MAX_BYTES // 2**20} MiB)"
            )
        with file as handle:
            data = handle.read()
        text = decode(data)
    except Exception as exc:  # one bad file never stops the run
        return ExtractionFailure(path, failure_reason(exc))
    stem = posixpath.splitext(posixpath.basename(path))[0]
    return Article(id=stem, text=text)


def read_files(
    urlpath: str | Sequence[str],
    *,
    files_per_partition: int = 100,
    storage_options: Mapping[str, Any] | None = None,
) -> db.Bag:
    """A bag of the articles in ``.txt`` files: one :class:`Article` per file.

    ``urlpath`` is a path, a glob (``articles/**/*.txt``), a folder (its
    ``.txt`` files, recursively) or a list of them, local or as a URL
    (``s3://bucket/news/*.txt``); ``storage_options`` go to fsspec
    (credentials, endpoint...). The names are listed here, on the client; the
    files are read by the workers, ``files_per_partition`` to a partition. An
    article's id is its file name without ``.txt``. A file that cannot be
    read or decoded becomes an :class:`~diplorel.extract.ExtractionFailure`.
    """
    if files_per_partition < 1:
        raise ValueError(f"files_per_partition must be ≥ 1, not {files_per_partition}")
    options = dict(storage_options or {})
    urlpaths = [urlpath] if isinstance(urlpath, str) else list(urlpath)
    files = [file for url in urlpaths for file in _files(url, options)]
    if not files:
        raise FileNotFoundError(f"no article files at {urlpath!r}")
    return db.from_sequence(files, partition_size=files_per_partition).map(_read_article)


def _article_from_line(line: str, path: str) -> Article | ExtractionFailure | None:
    """The article of one JSON Lines record, None for a blank line, or why it is none."""
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as exc:
        return ExtractionFailure(path, f"a line that is not JSON ({exc})")
    if not isinstance(record, dict):
        return ExtractionFailure(path, "a line that is not a JSON object")
    doc_id, text = record.get("id"), record.get("text")
    published, url = record.get("published"), record.get("source_url", record.get("url"))
    if not isinstance(doc_id, str):
        return ExtractionFailure(path, 'a record without a string "id"')
    where = f"{path} (id {doc_id!r})"
    if not isinstance(text, str):
        return ExtractionFailure(where, 'a record without a string "text"')
    if not (published is None or isinstance(published, str)):
        return ExtractionFailure(where, '"published" is not a date string')
    if not (url is None or isinstance(url, str)):
        return ExtractionFailure(where, '"source_url" is not a string')
    return Article(id=doc_id, text=text, published=published, source_url=url)


def read_jsonl(
    urlpath: str | Sequence[str],
    *,
    blocksize: int | str | None = "64MiB",
    storage_options: Mapping[str, Any] | None = None,
) -> db.Bag:
    """A bag of the articles in JSON Lines files, one object a line.

    Each object has a string ``"id"`` and ``"text"``, and may have
    ``"published"`` (``2025-05-12``, ``2025-05`` or ``2025``) and
    ``"source_url"`` (or ``"url"``); other keys are ignored. Files are cut into
    partitions of ``blocksize`` bytes (at line ends; ``None``: one partition
    a file), so one large file spreads over many workers. A line that is no
    such object becomes an :class:`~diplorel.extract.ExtractionFailure`.
    """
    lines = db.read_text(
        list(urlpath) if not isinstance(urlpath, str) else urlpath,
        blocksize=blocksize,
        storage_options=dict(storage_options or {}),
        include_path=True,
    )
    return lines.starmap(_article_from_line).filter(_present)


def _present(item: object) -> bool:
    return item is not None


# -- extracting -----------------------------------------------------------------------


def _extract_article(
    item: Article | ExtractionFailure, published: PartialDate | None
) -> Document | ExtractionFailure:
    """One article's document, or the failure that stands in for it."""
    if isinstance(item, ExtractionFailure):
        return item
    try:
        when = PartialDate.parse(item.published) if item.published is not None else published
        return extract(item.text, published=when, doc_id=item.id, source_url=item.source_url)
    except Exception as exc:  # one bad document never stops the run
        return ExtractionFailure(item.id, failure_reason(exc))


def extract_bag(articles: db.Bag, *, published: PartialDate | str | None = None) -> db.Bag:
    """Map extraction over a bag of :class:`Article` (and failures, passed on).

    The result is a bag of :class:`~diplorel.model.Document` and
    :class:`~diplorel.extract.ExtractionFailure`, partition for partition.
    ``published`` is the date of articles that carry none (a string that is
    no date raises :class:`~diplorel.errors.ParseError` at once).
    """
    when = PartialDate.parse(published) if isinstance(published, str) else published
    return articles.map(_extract_article, published=when)


# -- writing --------------------------------------------------------------------------


def event_records(document: Document) -> list[Reported]:
    """The events of ``document`` as :class:`~diplorel.query.Reported` records, in order.

    Each is one row of the partition's table (:func:`diplorel.arrow.to_arrow`:
    the columns of :data:`diplorel.arrow.COLUMNS`, then the date columns and
    the record's JSON).
    """
    return [
        Reported(event=event, document_id=document.id, source_url=document.source_url)
        for event in document.events
    ]


def _partition_records(documents: Sequence[Document]) -> list[Reported]:
    """The records of a partition's events, document after document."""
    return [record for document in documents for record in event_records(document)]


def _write_partition(
    outcomes: Iterable[Outcome], fs: fsspec.AbstractFileSystem, path: str
) -> dict[str, Any]:
    """Write one partition's events to ``path``; its counts and failures, for the summary."""
    documents: list[Document] = []
    failures: list[ExtractionFailure] = []
    for outcome in outcomes:
        if isinstance(outcome, ExtractionFailure):
            failures.append(outcome)
        else:
            documents.append(outcome)
    records = _partition_records(documents)
    with fs.open(path, "wb") as handle:
        write_parquet(records, handle)
    return {
        "file": path,
        "documents": len(documents),
        "events": len(records),
        "failures": [(f.source, f.reason) for f in failures],
    }


def _summary(parts: Iterator[dict[str, Any]]) -> ParquetSummary:
    files: list[str] = []
    documents = events = 0
    failures: list[ExtractionFailure] = []
    for part in parts:
        files.append(part["file"])
        documents += part["documents"]
        events += part["events"]
        failures.extend(ExtractionFailure(source, reason) for source, reason in part["failures"])
    return ParquetSummary(
        files=tuple(files), documents=documents, events=events, failures=tuple(failures)
    )


def to_parquet(
    outcomes: db.Bag,
    urlpath: str,
    *,
    storage_options: Mapping[str, Any] | None = None,
    overwrite: bool = False,
) -> ParquetSummary:
    """Compute ``outcomes`` (from :func:`extract_bag`) into Parquet files in a folder.

    One file ``part-00000.parquet``, ``part-00001.parquet``… per partition,
    written by the worker that computed it with
    :func:`diplorel.arrow.write_parquet`: one row per event, the columns of
    :data:`diplorel.arrow.COLUMNS` (even when the partition has no events).
    The folder reads as one dataset (``pyarrow.parquet.read_table(folder)``,
    ``pandas.read_parquet(folder)``, ``dask.dataframe.read_parquet``), and
    its files back into equal records with
    :meth:`EventSet.read_parquet <diplorel.query.EventSet.read_parquet>`.
    Rows come in input order, partition after partition.

    A folder that already holds ``part-*.parquet`` files is refused unless
    ``overwrite`` is true, which deletes them first: a dataset never mixes
    two runs. The documents that failed are listed in the summary.
    """
    fs, root = fsspec.core.url_to_fs(urlpath, **dict(storage_options or {}))
    root = root.rstrip("/")
    old = fs.glob(f"{root}/part-*.parquet") if fs.exists(root) else []
    if old and not overwrite:
        raise FileExistsError(
            f"{urlpath} already holds {len(old)} part-*.parquet files; "
            "pass overwrite=True to replace them"
        )
    for path in old:
        fs.rm(path)
    fs.makedirs(root, exist_ok=True)
    writes = [
        dask.delayed(_write_partition)(part, fs, f"{root}/part-{index:05d}.parquet")
        for index, part in enumerate(outcomes.to_delayed())
    ]
    (parts,) = dask.compute(writes)
    return _summary(iter(parts))
