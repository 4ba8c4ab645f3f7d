"""Robustness of reading article files: encodings, binary files, folder walks, batches.

The encoding policy is the one of :mod:`diplorel._source` (and of
``docs/robustness.md``): byte order mark, else binary check, else strict
UTF-8, else French text in Windows-1252, else a refusal that says why.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from diplorel import _source, extract
from diplorel._source import Skipped, decode, read_text, walk
from diplorel.errors import ParseError
from diplorel.extract import ExtractionFailure, _pipeline, extract_many
from diplorel.io import document_record, to_corpus_form
from diplorel.model import Document

NASTY = Path(__file__).resolve().parent / "nasty"
REFERENCE_TEXT = (NASTY / "article_utf8.txt").read_text(encoding="utf-8")
_FACTS = ("kind", "format", "parties", "date", "place", "round", "sectors", "heads", "status")


def _facts(doc: Document) -> list[tuple[str, ...]]:
    return [tuple(str(to_corpus_form(e)[key]) for key in _FACTS) for e in doc.events]


REFERENCE = _facts(extract(REFERENCE_TEXT))

SAME = "the reference events"
NONE = "no events"
# file name -> what reading and extracting it gives
EXPECTED: dict[str, str] = {
    "article_utf8.txt": SAME,
    "article_utf8_bom.txt": SAME,
    "article_crlf.txt": SAME,
    "article_cr.txt": SAME,
    "article_cp1252.txt": SAME,
    "article_latin1.txt": SAME,
    "article_utf16le_bom.txt": SAME,
    "article_utf16be_bom.txt": SAME,
    "article_nfd.txt": SAME,
    "article_invisible.txt": SAME,
    "article_controls.txt": SAME,
    "article_html.txt": SAME,
    "article_zalgo.txt": SAME,
    "article_truncated.txt": SAME,
    "mixed_scripts.txt": "one agreement",
    "empty.txt": NONE,
    "whitespace_only.txt": NONE,
    "refused_utf16le_no_bom.txt": (
        "refused: binary file (NUL bytes; UTF-16 without a byte order mark?)"
    ),
    "refused_png.txt": "refused: binary file (a PNG image)",
    "refused_pdf.txt": "refused: binary file (a PDF document)",
    "refused_nul.txt": "refused: binary file (contains NUL bytes)",
    "refused_controls.txt": "refused: binary file (",
    "refused_mixed_encodings.txt": "refused: mixed encodings: UTF-8 text",
    "refused_cp1251.txt": "refused: not UTF-8 (byte 0xcc at offset 0 is not valid UTF-8)",
    "refused_bad_utf8_bom.txt": "refused: starts with a UTF-8 byte order mark but is not UTF-8",
}


def test_every_nasty_file_has_an_expectation() -> None:
    assert sorted(EXPECTED) == sorted(path.name for path in NASTY.glob("*.txt"))


def test_the_reference_article_has_three_events() -> None:
    assert len(REFERENCE) == 3


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_nasty_file(name: str) -> None:
    expected = EXPECTED[name]
    path = NASTY / name
    if expected.startswith("refused: "):
        with pytest.raises(ValueError, match="^" + _escaped(expected.removeprefix("refused: "))):
            read_text(path)
        return
    text = read_text(path)
    doc = extract(text)
    for event in doc.events:
        for span in event.evidence:
            assert text[span.start : span.end] == span.text
    if expected == SAME:
        assert _facts(doc) == REFERENCE
    elif expected == NONE:
        assert doc.events == ()
    else:
        assert [(e.kind.value, e.party_codes) for e in doc.events] == [
            ("agreement", ("AZE", "MAR"))
        ]


def test_the_truncated_character_is_a_replacement_character() -> None:
    text = read_text(NASTY / "article_truncated.txt")
    assert text.endswith("Caf\ufffd")


def test_legacy_text_keeps_its_typography() -> None:
    text = read_text(NASTY / "article_cp1252.txt")
    assert text == REFERENCE_TEXT


# -- the decoding policy ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"", ""),
        (b"plain ASCII", "plain ASCII"),
        (codecs.BOM_UTF8, ""),
        (codecs.BOM_UTF8 + "été".encode(), "été"),
        (codecs.BOM_UTF16_LE + "été".encode("utf-16-le"), "été"),
        (codecs.BOM_UTF16_BE + "été".encode("utf-16-be"), "été"),
        (codecs.BOM_UTF32_LE + "été".encode("utf-32-le"), "été"),
        (codecs.BOM_UTF32_BE + "été".encode("utf-32-be"), "été"),
        ("Coopération".encode("cp1252"), "Coopération"),
        ("le café".encode("cp1252"), "le café"),  # ends like a cut UTF-8 sequence
        ("L’accord « historique » – 5 €".encode("cp1252"), "L’accord « historique » – 5 €"),
        ("Noël, où ça ?".encode("latin-1"), "Noël, où ça ?"),
        ("été".encode()[:-1], "ét\ufffd"),  # UTF-8 cut inside its last character
        (b"tab\tform\x0cfeed\x1b[0m", "tab\tform\x0cfeed\x1b[0m"),  # a few controls are text
    ],
)
def test_decode_reads(data: bytes, text: str) -> None:
    assert decode(data) == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7\n", "binary file (a PDF document)"),
        (b"PK\x03\x04rest", "binary file (a ZIP archive or an office document)"),
        (b"\x1f\x8b\x08\x00", "binary file (a gzip archive)"),
        (b"\xff\xd8\xff\xe0", "binary file (a JPEG image)"),
        (b"GIF89a", "binary file (a GIF image)"),
        (b"\x7fELF\x02\x01", "binary file (an executable)"),
        (b"text\x00text", "binary file (contains NUL bytes)"),
        (
            "texte".encode("utf-16-le"),
            "binary file (NUL bytes; UTF-16 without a byte order mark?)",
        ),
        (bytes(range(1, 9)) * 10 + b"abc", "binary file (80 control bytes in the first 83)"),
        ("Москва".encode("cp1251"), "not UTF-8 (byte 0xcc at offset 0"),
        ("Αθήνα και Ρώμη".encode("cp1253"), "not UTF-8"),
        (
            "été".encode() + "à Paris".encode("cp1252"),
            "mixed encodings: UTF-8 text (at offset 0)",
        ),
        (b"caf\x81", "not UTF-8 (byte 0x81 at offset 3"),  # undefined in Windows-1252
        (b"\xc3", "not UTF-8"),  # a lone lead byte, no French letter either way
        (codecs.BOM_UTF8 + b"\xff", "starts with a UTF-8 byte order mark but is not UTF-8"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "starts with a UTF-16 byte order mark"),
    ],
)
def test_decode_refuses(data: bytes, message: str) -> None:
    with pytest.raises(ValueError, match="^" + _escaped(message)):
        decode(data)


def _escaped(text: str) -> str:
    return "".join("\\" + char if char in "()[]?.*+^$|{}\\" else char for char in text)


@given(st.text())
@example("\ufeff")
@example("\ufeffAccord sign\u00e9")
def test_decode_reads_any_utf8(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    try:
        decoded = decode(data)
    except ValueError as exc:
        decoded = str(exc)
    # a leading U+FEFF is read as the file's byte order mark, not as text
    expected = text.removeprefix("\ufeff")
    # refused only as binary (NUL, control bytes), or for surrogates, which are not UTF-8
    assert decoded == expected or decoded.startswith(
        ("binary file", "not UTF-8", "mixed encodings")
    )


@given(st.binary(max_size=300))
def test_decode_reads_or_refuses_any_bytes(data: bytes) -> None:
    try:
        decode(data)
    except ValueError as exc:
        message = str(exc)
    else:
        message = "read"
    assert message


# -- reading files --------------------------------------------------------------------------


def test_read_text_refuses_what_is_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ValueError, match="not a regular file"):
        read_text(fifo)
    with pytest.raises(ValueError, match="not a regular file"):
        read_text(tmp_path)


def test_read_text_refuses_huge_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_source, "MAX_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 1001)
    with pytest.raises(ValueError, match="too large"):
        read_text(path)
    path.write_bytes(b"a" * 1000)
    assert read_text(path) == "a" * 1000


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Le Maroc", encoding="utf-8")
    path.chmod(0)
    failures: list[ExtractionFailure] = []
    assert list(extract_many([path], on_error=failures)) == []
    assert failures == [ExtractionFailure(str(path), "cannot read: Permission denied")]


def test_a_read_error_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Le Maroc", encoding="utf-8")

    def denied(_path: Path) -> str:
        raise PermissionError(13, "Permission denied", str(_path))

    monkeypatch.setattr(_source, "read_text", denied)
    failures: list[ExtractionFailure] = []
    assert list(extract_many([path, ("ok", "Le Maroc")], on_error=failures)) != []
    assert failures == [ExtractionFailure(str(path), "cannot read: Permission denied")]


# -- walking folders --------------------------------------------------------------------------


def _tree(root: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def _walked(root: Path) -> list[str]:
    return [
        f"skipped {Path(found.path).relative_to(root)}: {found.reason}"
        if isinstance(found, Skipped)
        else str(found.relative_to(root))
        for found in walk(root)
    ]


def test_walk_gives_txt_files_in_name_order(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {"b.txt": "", "a/z.txt": "", "a/b/c.txt": "", "a.txt": "", "C.TXT": "", "d.json": ""},
    )
    assert _walked(tmp_path) == ["C.TXT", "a/b/c.txt", "a/z.txt", "a.txt", "b.txt"]


def test_walk_skips_symlink_loops_with_a_message(tmp_path: Path) -> None:
    _tree(tmp_path, {"top/a.txt": "", "top/sub/b.txt": ""})
    (tmp_path / "top" / "sub" / "up").symlink_to("..")
    (tmp_path / "top" / "self").symlink_to(".")
    assert _walked(tmp_path / "top") == [
        "a.txt",
        f"skipped self: symbolic link loop (leads back to {tmp_path / 'top'}); skipped",
        "sub/b.txt",
        f"skipped sub/up: symbolic link loop (leads back to {tmp_path / 'top'}); skipped",
    ]


def test_walk_follows_links_to_folders_once(tmp_path: Path) -> None:
    _tree(tmp_path, {"data/a.txt": "", "top/b.txt": ""})
    (tmp_path / "top" / "linked").symlink_to(tmp_path / "data")
    (tmp_path / "top" / "again").symlink_to(tmp_path / "data")
    (tmp_path / "top" / "b-copy.txt").symlink_to(tmp_path / "top" / "b.txt")
    (tmp_path / "top" / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "top" / "fifo.txt")
    assert _walked(tmp_path / "top") == [
        "again/a.txt",
        "b-copy.txt",
        "skipped broken.txt: broken symbolic link",
        "skipped fifo.txt: not a regular file",
    ]


def test_walk_reports_folders_it_cannot_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tree(tmp_path, {"a/x.txt": "", "b/y.txt": ""})
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:
        if Path(path).name == "a":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert _walked(tmp_path) == ["skipped a: cannot list the folder: Permission denied", "b/y.txt"]


def test_walk_survives_a_deep_tree(tmp_path: Path) -> None:
    depth = sys.getrecursionlimit() // 4
    folder = tmp_path
    for _ in range(depth):
        folder = folder / "d"
    folder.mkdir(parents=True)
    (folder / "deep.txt").write_text("", encoding="utf-8")
    assert [p.name for p in walk(tmp_path) if isinstance(p, Path)] == ["deep.txt"]


def test_walk_of_a_missing_folder(tmp_path: Path) -> None:
    assert [str(s) for s in walk(tmp_path / "gone")] == [
        str(Skipped(tmp_path / "gone", "cannot read: No such file or directory"))
    ]


# -- batches -------------------------------------------------------------------------------------


def test_a_batch_keeps_every_good_document_and_names_every_bad_one(tmp_path: Path) -> None:
    failures: list[ExtractionFailure] = []
    sources: list[Any] = [
        ("first", REFERENCE_TEXT),
        NASTY,
        tmp_path / "missing.txt",
        NASTY / "refused_png.txt",
        ("last", ""),
    ]
    docs = list(extract_many(sources, on_error=failures))
    readable = [name for name, what in sorted(EXPECTED.items()) if not what.startswith("refused")]
    assert [d.id for d in docs] == ["first", *(Path(n).stem for n in readable), "last"]
    refused = sorted(name for name, what in EXPECTED.items() if what.startswith("refused"))
    assert [Path(f.source).name for f in failures] == [*refused, "missing.txt", "refused_png.txt"]
    for failure in failures:
        assert failure.reason
        assert str(failure) == f"{failure.source}: {failure.reason}"
    assert failures[-2].reason == "no such file or directory"


def test_an_internal_error_skips_one_document_only(monkeypatch: pytest.MonkeyPatch) -> None:
    real = _pipeline._extract

    def flaky(text: str, *options: Any, **keywords: Any) -> Document:
        if "boom" in text:
            raise IndexError("list index out of range")
        return real(text, *options, **keywords)

    monkeypatch.setattr(_pipeline, "_extract", flaky)
    failures: list[ExtractionFailure] = []
    docs = list(extract_many([("a", "un"), ("b", "boom"), ("c", "trois")], on_error=failures))
    assert [d.id for d in docs] == ["a", "c"]
    assert failures == [
        ExtractionFailure(
            "b", "internal error, please report it: IndexError: list index out of range"
        )
    ]


def test_a_bad_publication_date_is_a_caller_error() -> None:
    with pytest.raises(ParseError):
        list(extract_many([("a", "texte")], published="le 3 mars"))


def test_batches_are_deterministic() -> None:
    def records() -> Iterator[str]:
        for doc in extract_many([NASTY, NASTY / "article_utf8.txt"], on_error=[]):
            yield repr(document_record(doc))

    assert list(records()) == list(records())


def test_a_path_that_cannot_be_searched_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(self: Path) -> bool:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "is_dir", denied)
    failures: list[ExtractionFailure] = []
    assert list(extract_many(["/locked/a.txt", ("ok", "texte")], on_error=failures)) != []
    assert failures == [ExtractionFailure("/locked/a.txt", "cannot read: Permission denied")]
