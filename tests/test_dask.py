"""``diplorel.dask``: bags of articles to Parquet partitions, locally and on a cluster.

The logic runs on Dask's synchronous scheduler; one test runs the same on a
``LocalCluster`` of two worker processes (marked ``cluster``) and checks that
the files are those of the synchronous run.
"""

from __future__ import annotations

import faulthandler
import json
import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("pyarrow")

import dask
import fsspec
import pyarrow.parquet as pq

import diplorel.dask as ddr
from diplorel import arrow as darrow
from diplorel.errors import ParseError
from diplorel.extract import ExtractionFailure, extract, extract_many
from diplorel.io import to_corpus_form
from diplorel.query import EventSet, Reported

ROOT = Path(__file__).resolve().parents[1]

ARTICLES = {
    "alger": "Alger, le 3 mars (APS) - L'Algérie et la Tunisie ont signé lundi à Alger "
    "un mémorandum d'entente dans le domaine de l'énergie.",
    "dakar": "Le ministre sénégalais des Affaires étrangères s'est entretenu jeudi au "
    "téléphone avec son homologue marocain.",
    "hanoi": "Le Viêt Nam et le Canada ont tenu à Hanoï le deuxième cycle de leurs "
    "consultations politiques.",
    "rien": "Il a fait beau toute la semaine sur la côte.",
    "vide": "",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of articles: the seeds, our own, a binary file and a Windows-1252 one."""
    folder = tmp_path / "articles"
    (folder / "more").mkdir(parents=True)
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    for name, text in ARTICLES.items():
        (folder / "more" / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (folder / "latin.txt").write_bytes(
        "La France et la Côte d'Ivoire ont signé à Abidjan un accord de coopération "
        "en matière de défense.".encode("cp1252")
    )
    (folder / "notes.md").write_text("pas un article", encoding="utf-8")
    return folder


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    """Two JSON Lines files of articles, with lines that are not articles."""
    folder = tmp_path / "jsonl"
    folder.mkdir()
    lines = [json.dumps({"id": name, "text": text}) for name, text in ARTICLES.items()]
    lines[1] = json.dumps(
        {"id": "dakar", "text": ARTICLES["dakar"], "published": "2025-03-07", "url": "https://a/b"}
    )
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    bad = [
        "{pas du JSON",
        json.dumps(["une", "liste"]),
        json.dumps({"id": "sans-texte"}),
        json.dumps({"id": "date", "text": ARTICLES["hanoi"], "published": "mars"}),
        json.dumps({"id": 7, "text": "x"}),
        json.dumps({"id": "hanoi-2", "text": ARTICLES["hanoi"], "published": "2024"}),
    ]
    (folder / "b.jsonl").write_text("\n".join(bad) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def sync() -> Iterator[None]:
    with dask.config.set(scheduler="sync"):
        yield


def _rows(folder: Path) -> list[dict[str, Any]]:
    return list(pq.read_table(folder).to_pylist())


def _records(folder: Path) -> tuple[Reported, ...]:
    """The records of a dataset's files, read back by diplorel."""
    return EventSet.read_parquet(*sorted(folder.glob("part-*.parquet"))).records


def _expected(sources: list[Any], published: str | None = None) -> tuple[Reported, ...]:
    documents = extract_many(sources, published=published, on_error=[])  # failures: elsewhere
    return tuple(record for doc in documents for record in ddr.event_records(doc))


@pytest.mark.usefixtures("sync")
def test_files_become_one_parquet_file_per_partition(corpus: Path, tmp_path: Path) -> None:
    articles = ddr.read_files(str(corpus), files_per_partition=3)
    summary = ddr.to_parquet(ddr.extract_bag(articles), str(tmp_path / "events"))
    files = sorted(p.name for p in (tmp_path / "events").iterdir())
    assert files == [f"part-{i:05d}.parquet" for i in range(articles.npartitions)]
    assert len(summary.files) == articles.npartitions == 4  # 11 articles, 3 a partition
    paths = sorted(
        [*corpus.glob("*.txt"), *(corpus / "more").glob("*.txt")], key=lambda p: p.as_posix()
    )
    expected = _expected(paths)
    assert _records(tmp_path / "events") == expected
    assert summary.events == len(expected) > 10
    assert summary.documents == len(paths) - 1
    assert summary.failures == (
        ExtractionFailure(str(corpus / "image.txt"), "binary file (a PNG image)"),
    )
    rows = _rows(tmp_path / "events")
    seed = next(row for row in rows if row["document_id"] == "seed-000")
    assert seed["kind"] == "agreement"
    assert seed["stages"][0]["stage"] == "approved"
    latin = [row for row in rows if row["document_id"] == "latin"]
    assert [row["parties"] for row in latin] == [["CIV", "FRA"]]


@pytest.mark.usefixtures("sync")
def test_every_partition_has_the_schema_even_without_events(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "rien.txt").write_text(ARTICLES["rien"], encoding="utf-8")
    summary = ddr.to_parquet(
        ddr.extract_bag(ddr.read_files(str(tmp_path / "in" / "*.txt"))), str(tmp_path / "out")
    )
    assert (summary.documents, summary.events, summary.failures) == (1, 0, ())
    table = pq.read_table(summary.files[0])
    assert table.num_rows == 0
    darrow.write_parquet([], tmp_path / "reference.parquet")
    assert table.schema.equals(pq.read_schema(tmp_path / "reference.parquet"), check_metadata=True)
    assert table.column_names[: len(darrow.COLUMNS)] == [name for name, _ in darrow.COLUMNS]
    assert EventSet.read_parquet(summary.files[0]).records == ()


@pytest.mark.usefixtures("sync")
def test_json_lines_are_cut_into_partitions_and_bad_lines_reported(
    jsonl: Path, tmp_path: Path
) -> None:
    articles = ddr.read_jsonl(str(jsonl / "*.jsonl"), blocksize=200)
    assert articles.npartitions > 2
    out = tmp_path / "events"
    summary = ddr.to_parquet(ddr.extract_bag(articles, published="2025-03-05"), str(out))
    rows = _rows(out)
    by_doc = {row["document_id"]: row for row in rows}
    assert by_doc["dakar"]["source_url"] == "https://a/b"
    assert by_doc["dakar"]["date"] == "2025-03-06"  # "jeudi" before the record's own date
    expected = extract(ARTICLES["alger"], published="2025-03-05", doc_id="alger")
    back = [record for record in _records(out) if record.document_id == "alger"]
    assert back == ddr.event_records(expected)
    assert back[0].event.date == expected.events[0].date
    b = str(jsonl / "b.jsonl")
    reasons = [(f.source, f.reason) for f in summary.failures]
    assert reasons[:3] == [
        (
            b,
            "a line that is not JSON (Expecting property name enclosed in double quotes: "
            "line 1 column 2 (char 1))",
        ),
        (b, "a line that is not a JSON object"),
        (f"{b} (id 'sans-texte')", 'a record without a string "text"'),
    ]
    assert reasons[3][0] == "date"
    assert "mars" in reasons[3][1]
    assert reasons[4:] == [(b, 'a record without a string "id"')]
    assert summary.documents == len(ARTICLES) + 1


def test_a_bad_run_date_is_refused_at_once(corpus: Path) -> None:
    with pytest.raises(ParseError):
        ddr.extract_bag(ddr.read_files(str(corpus)), published="bientôt")


def test_nothing_to_read_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no article files"):
        ddr.read_files(str(tmp_path / "*.txt"))
    with pytest.raises(ValueError, match="files_per_partition"):
        ddr.read_files(str(tmp_path), files_per_partition=0)


@pytest.mark.usefixtures("sync")
def test_an_earlier_dataset_is_kept_unless_overwritten(corpus: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "events")
    first = ddr.to_parquet(
        ddr.extract_bag(ddr.read_files(str(corpus), files_per_partition=2)), out
    )
    assert len(first.files) == 6
    before = _rows(tmp_path / "events")
    again = ddr.extract_bag(ddr.read_files(str(corpus), files_per_partition=20))
    with pytest.raises(FileExistsError, match="overwrite=True"):
        ddr.to_parquet(again, out)
    assert len(list((tmp_path / "events").iterdir())) == 6
    second = ddr.to_parquet(again, out, overwrite=True)
    assert [Path(f).name for f in second.files] == ["part-00000.parquet"]
    assert sorted(p.name for p in (tmp_path / "events").iterdir()) == ["part-00000.parquet"]
    assert _rows(tmp_path / "events") == before


def test_articles_check_their_fields() -> None:
    assert ddr.Article("a", "texte").published is None
    with pytest.raises(TypeError):
        ddr.Article("a", None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="published"):
        ddr.Article("a", "texte", published=2025)  # type: ignore[arg-type]


@pytest.mark.cluster
def test_a_local_cluster_of_two_worker_processes_writes_the_same_files(
    corpus: Path, jsonl: Path, tmp_path: Path
) -> None:
    """Two worker processes (not threads) read, extract and write; the client only plans."""
    distributed = pytest.importorskip("distributed")
    faulthandler.dump_traceback_later(120, exit=True)  # a hung cluster fails CI, not stalls it
    try:
        with (
            distributed.LocalCluster(
                n_workers=2,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
                silence_logs=logging.ERROR,
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            pids = set(client.run(os.getpid).values())
            assert len(pids) == 2
            assert os.getpid() not in pids
            files = ddr.to_parquet(
                ddr.extract_bag(ddr.read_files(str(corpus), files_per_partition=2)),
                str(tmp_path / "files"),
            )
            lines = ddr.to_parquet(
                ddr.extract_bag(ddr.read_jsonl(str(jsonl / "*.jsonl"), blocksize=300)),
                str(tmp_path / "lines"),
            )
    finally:
        faulthandler.cancel_dump_traceback_later()
    with dask.config.set(scheduler="sync"):
        files_sync = ddr.to_parquet(
            ddr.extract_bag(ddr.read_files(str(corpus), files_per_partition=2)),
            str(tmp_path / "files-sync"),
        )
        lines_sync = ddr.to_parquet(
            ddr.extract_bag(ddr.read_jsonl(str(jsonl / "*.jsonl"), blocksize=300)),
            str(tmp_path / "lines-sync"),
        )
    assert _rows(tmp_path / "files") == _rows(tmp_path / "files-sync")
    assert _rows(tmp_path / "lines") == _rows(tmp_path / "lines-sync")
    assert (files.events, files.failures) == (files_sync.events, files_sync.failures)
    assert (lines.events, lines.failures) == (lines_sync.events, lines_sync.failures)
    assert files.events > 10


@pytest.mark.usefixtures("sync")
def test_a_list_of_globs_and_paths_keeps_its_order(corpus: Path, tmp_path: Path) -> None:
    missing = corpus / "absent.txt"
    urls = [str(corpus / "more" / "[dh]*.txt"), str(missing), str(corpus / "seed-001.txt")]
    outcomes = ddr.extract_bag(ddr.read_files(urls, files_per_partition=2)).compute()
    assert [getattr(o, "id", None) for o in outcomes] == ["dakar", "hanoi", None, "seed-001"]
    failure = outcomes[2]
    assert isinstance(failure, ExtractionFailure)
    assert failure.source == str(missing)
    assert failure.reason.startswith("cannot read:")


def test_a_partition_is_the_arrow_table_of_its_events(tmp_path: Path) -> None:
    """One table layout: a partition is what EventSet.write_parquet writes, and reads back."""
    document = extract(ARTICLES["alger"], doc_id="alger")
    path = str(tmp_path / "part-00000.parquet")
    part = ddr._write_partition([document], fsspec.filesystem("file"), path)
    assert (part["documents"], part["events"]) == (1, 1)
    records = ddr.event_records(document)
    table = pq.read_table(path)
    darrow.write_parquet(records, tmp_path / "reference.parquet")
    assert table.schema.equals(pq.read_schema(tmp_path / "reference.parquet"), check_metadata=True)
    assert EventSet.read_parquet(path).records == tuple(records)
    (row,) = table.to_pylist()
    form = to_corpus_form(document.events[0])
    assert row["kind"] == form["kind"]
    assert row["parties"] == form["parties"]
    assert row["date"] == form["date"]
    assert row["evidence"] == form["evidence"]
    assert row["cameo"] == "057"
