"""Reading articles: the encoding policy, binary files, folder walks, JSON Lines.

This is the input side shared by :func:`diplorel.extract_many`, the command
line and the evaluation. :func:`articles` turns what a caller names (files,
folders, JSON Lines files, texts, ``(doc_id, text)`` pairs) into
:class:`Article` values with unique ids, and reports what it cannot read as
:class:`Skipped`, never dropping it silently.

The policy (see ``docs/robustness.md``), in the order it is applied:

1. A file that is not a regular file (a FIFO, a device) or is larger than
   :data:`MAX_BYTES` is refused.
2. A byte order mark decides: UTF-8 (the mark is dropped), UTF-16 or UTF-32.
3. A file with a NUL byte, a known binary signature (PDF, ZIP and office
   documents, gzip, images, executables) or many control bytes is binary and
   refused.
4. Strict UTF-8. A UTF-8 file cut inside its last character (a truncated
   download) is read with that character replaced by U+FFFD.
5. Otherwise Windows-1252 (a superset of Latin-1 for every printable
   character), but only when the file decodes as it, holds no UTF-8
   sequence (which would mean mixed encodings), its non-ASCII characters are
   mostly French letters and typography, and few of its words are made of
   accented letters alone (as another script read as Windows-1252 is).
   Anything else is refused with a message that says which byte is not UTF-8.

Folders are walked in name order, following symbolic links to folders but
never twice into the same folder: a link back to a folder being walked (a
loop) is reported and skipped, and a folder or file reached a second time by
another link is read once. A walk reads ``.txt`` files only; a JSON Lines
file (``.jsonl``) is read when it is named itself, so that a run's own output
left in a folder is never read back as articles.

JSON Lines input holds one article per line, the shape scrapers produce::

    {"id": "a1", "text": "…", "published": "2025-03-06T10:00:00Z", "source_url": "https://…"}

``text`` is required; ``id`` defaults to the file's stem and the line number
(``feed-3``); ``published`` (a date or an ISO timestamp) and ``source_url``
may be missing or null; other keys are ignored. A bad line is reported with
its line number and the other lines are still read.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import math
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Final

import attrs

from diplorel.errors import DiplorelError, ParseError
from diplorel.model import PartialDate

__all__ = [
    "MAX_BYTES",
    "Article",
    "Skipped",
    "Source",
    "articles",
    "as_published",
    "decode",
    "read_jsonl",
    "read_text",
    "walk",
]

MAX_BYTES: Final = 64 * 1024 * 1024
"""The largest file read (64 MiB): a bigger file is no news article."""

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SIGNATURES: Final = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or an office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_SAMPLE: Final = 65536
# C0 controls other than tab, line feed, vertical tab, form feed, carriage
# return and escape: rare in text, common in binary data.
_CONTROL_BYTES: Final = bytes([*range(0x01, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_CONTROL_SHARE: Final = 0.05
# A well-formed UTF-8 multi-byte sequence (a French letter in UTF-8 is C3 xx).
_UTF8_SEQUENCE: Final = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_FRENCH: Final = frozenset("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»’‘“”–—…€°\u00a0")
_FRENCH_SHARE: Final = 0.5
_WORD: Final = re.compile(r"[^\W\d_]{3,}")
_FOREIGN_SHARE: Final = 0.1


def _binary(data: bytes) -> str | None:
    """Why ``data`` is binary, or None when it may be text."""
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            return f"binary file ({what})"
    sample = data[:_SAMPLE]
    if b"\x00" in data:
        if sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4:
            return "binary file (NUL bytes; UTF-16 without a byte order mark?)"
        return "binary file (contains NUL bytes)"
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample and controls / len(sample) > _CONTROL_SHARE:
        return f"binary file ({controls} control bytes in the first {len(sample)})"
    return None


def _legacy(data: bytes, error: UnicodeDecodeError) -> str:
    """``data`` read as Windows-1252 when it looks like French text, else ValueError."""
    bad = data[error.start]
    refusal = (
        f"not UTF-8 (byte 0x{bad:02x} at offset {error.start} is not valid UTF-8) "
        "and not French text in Windows-1252 or Latin-1; convert it to UTF-8"
    )
    mixed = _UTF8_SEQUENCE.search(data)
    if mixed is not None:
        raise ValueError(
            f"mixed encodings: UTF-8 text (at offset {mixed.start()}) with a byte that is "
            f"not UTF-8 (0x{bad:02x} at offset {error.start}); convert it to UTF-8"
        )
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ValueError(refusal) from None
    high = [char for char in text if ord(char) >= 0x80]
    french = sum(char in _FRENCH for char in high)
    # Another script read as Windows-1252 makes whole words of accented
    # letters ("Ìîñêâà" for "Москва"); French words always mix in plain ones.
    words = _WORD.findall(text)
    foreign = sum(word.isalpha() and not any(c.isascii() for c in word) for word in words)
    if french == 0 or french < _FRENCH_SHARE * len(high) or foreign > _FOREIGN_SHARE * len(words):
        raise ValueError(refusal)
    return text


def decode(data: bytes) -> str:
    """The text of an article file's bytes, by the module's encoding policy.

    Raises :class:`ValueError` with a message saying why the bytes are refused.

    >>> decode("Coopération".encode("utf-8"))
    'Coopération'
    >>> decode("Coopération".encode("cp1252"))
    'Coopération'
    >>> decode(b"\\x89PNG\\r\\n\\x1a\\n...")
    Traceback (most recent call last):
      ...
    ValueError: binary file (a PNG image)
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                name = encoding.removesuffix("-sig").upper()
                raise ValueError(
                    f"starts with a {name} byte order mark but is not {name} "
                    f"({exc.reason} at offset {exc.start})"
                ) from None
    why = _binary(data)
    if why is not None:
        raise ValueError(why)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if (
            exc.reason == "unexpected end of data"
            and exc.end == len(data)
            and _UTF8_SEQUENCE.search(data, 0, exc.start) is not None
        ):
            # UTF-8 text cut inside its last character: keep everything before it
            return data[: exc.start].decode("utf-8") + "\ufffd"
        return _legacy(data, exc)


def read_text(path: Path) -> str:
    """The text of the article file at ``path`` (see :func:`decode`).

    Raises :class:`OSError` when the file cannot be read and
    :class:`ValueError` when it is refused.
    """
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise ValueError("not a regular file")
    if info.st_size > MAX_BYTES:
        raise ValueError(
            f"too large ({info.st_size / 2**20:.0f} MiB; the limit is {MAX_BYTES // 2**20} MiB)"
        )
    with path.open("rb") as handle:
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValueError(f"too large (more than {MAX_BYTES // 2**20} MiB)")
    return decode(data)


@attrs.frozen
class Skipped:
    """A path (or one line of a JSON Lines file) that was not read, and why."""

    path: Path | str
    reason: str
    line: int | None = None

    @property
    def where(self) -> str:
        """The path, with ``:line`` for a line of a JSON Lines file."""
        return str(self.path) if self.line is None else f"{self.path}:{self.line}"


def _is_article(name: str) -> bool:
    return name.lower().endswith(".txt")


def _entries(folder: Path) -> list[os.DirEntry[str]] | Skipped:
    try:
        with os.scandir(folder) as scan:
            return sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        return Skipped(folder, f"cannot list the folder: {exc.strerror or exc}")


def walk(root: Path) -> Iterator[Path | Skipped]:
    """The ``.txt`` files under the folder ``root`` (any case), in name order.

    Symbolic links to folders are followed, each folder once; a link back to
    a folder being walked is a loop, reported as :class:`Skipped`, as are
    folders that cannot be listed and broken links to ``.txt`` files. A file
    reached again through a link is yielded once. The walk keeps its own
    stack, so deep trees do not exhaust Python's recursion limit.
    """
    try:
        info = root.stat()
    except OSError as exc:
        yield Skipped(root, f"cannot read: {exc.strerror or exc}")
        return
    top = (info.st_dev, info.st_ino)
    seen_folders = {top}
    seen_files: set[tuple[int, int]] = set()
    entries = _entries(root)
    if isinstance(entries, Skipped):
        yield entries
        return
    # each frame: the folder's entries left to visit, its identity, its path
    stack: list[tuple[Iterator[os.DirEntry[str]], tuple[int, int], Path]] = [
        (iter(entries), top, root)
    ]
    walking: dict[tuple[int, int], Path] = {top: root}
    while stack:
        remaining, ident, _folder = stack[-1]
        entry = next(remaining, None)
        if entry is None:
            stack.pop()
            walking.pop(ident, None)
            continue
        path = Path(entry.path)
        try:
            is_folder = entry.is_dir()  # follows symbolic links
            target = entry.stat() if is_folder or _is_article(entry.name) else None
        except OSError as exc:
            if _is_article(entry.name):
                broken = entry.is_symlink() and not path.exists()
                reason = "broken symbolic link" if broken else f"cannot read: {exc.strerror}"
                yield Skipped(path, reason)
            continue
        if target is None:
            continue
        identity = (target.st_dev, target.st_ino)
        if is_folder:
            if identity in walking:
                yield Skipped(
                    path, f"symbolic link loop (leads back to {walking[identity]}); skipped"
                )
                continue
            if identity in seen_folders:
                continue  # already walked through another link
            seen_folders.add(identity)
            listed = _entries(path)
            if isinstance(listed, Skipped):
                yield listed
                continue
            walking[identity] = path
            stack.append((iter(listed), identity, path))
        elif not stat.S_ISREG(target.st_mode):
            yield Skipped(path, "not a regular file")
        elif identity not in seen_files:
            seen_files.add(identity)
            yield path


# -- publication dates ------------------------------------------------------------------------


def as_published(value: object, what: str = "published") -> PartialDate | None:
    """A publication date given by a caller, as a :class:`PartialDate` (or None).

    Accepted: ``None``; a :class:`PartialDate`; a :class:`datetime.date` or
    :class:`datetime.datetime` (a pandas ``Timestamp`` is one; ``NaT`` and a
    float NaN, pandas' missing values, are None); an EDTF string (``2025``,
    ``2025-03``, ``2025-03-06``) or an ISO 8601 timestamp
    (``2025-03-06T10:00:00Z``, whose date is taken as written, in its own
    time zone). A string that is neither raises
    :class:`~diplorel.errors.ParseError`; any other type, :class:`TypeError`.

    >>> as_published("2025-03-06T10:00:00Z")
    PartialDate('2025-03-06')
    >>> as_published(dt.date(2025, 3, 6))
    PartialDate('2025-03-06')
    """
    if value is None or isinstance(value, PartialDate):
        return value
    if isinstance(value, dt.date):
        if value != value:  # pandas NaT, which is a datetime, is not equal to itself  # noqa: PLR0124
            return None
        day = value.date() if isinstance(value, dt.datetime) else value
        return PartialDate(year=day.year, month=day.month, day=day.day)
    if isinstance(value, float) and math.isnan(value):
        return None
    if not isinstance(value, str):
        raise TypeError(
            f"{what} must be a PartialDate, a datetime.date, a datetime or an ISO date string, "
            f"not {type(value).__name__}"
        )
    text = value.strip()
    try:
        return PartialDate.parse(text)
    except DiplorelError:
        pass
    if len(text) > 10 and text[10] in "T ":
        try:
            stamp = dt.datetime.fromisoformat(text)
        except ValueError:
            pass
        else:
            return PartialDate(year=stamp.year, month=stamp.month, day=stamp.day)
    raise ParseError(
        f"{what}: expected a date such as 2025, 2025-03, 2025-03-06 or a timestamp "
        "such as 2025-03-06T10:00:00Z",
        value,
        0,
        len(value),
    )


# -- articles ---------------------------------------------------------------------------------


@attrs.frozen
class Article:
    """One article to extract: its id, text and metadata, and where it came from.

    ``published`` is the publication date the input gives (a JSON Lines
    line's ``published``), None when it gives none; ``origin`` names the
    source in messages (a path, ``path:line``, or the id).
    """

    id: str
    text: str
    published: PartialDate | None = None
    source_url: str | None = None
    origin: str = ""


Source = str | os.PathLike[str] | tuple[str, str]
"""What :func:`articles` reads: a path, a text, or a ``(doc_id, text)`` pair."""

_PATH_SUFFIXES: Final = (".txt", ".jsonl")
_LONGEST_PATH: Final = 4096


def _looks_like_text(value: str) -> bool:
    """Whether a string that names no existing file is an article's text, not a path.

    A string with a line break, a long one, or a single line with blanks that
    does not end in ``.txt`` or ``.jsonl`` is a text; anything else (``seeds``,
    ``a/b.txt``, ``mon dossier/a.txt``) is a path, reported when missing.
    """
    if "\n" in value or "\r" in value or len(value) > _LONGEST_PATH:
        return True
    if value.lower().endswith(_PATH_SUFFIXES) or value.endswith(("/", os.sep)):
        return False
    return any(char.isspace() for char in value.strip())


def _jsonl_field(record: dict[str, object], key: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    raise ValueError(f"{key!r} must be a string or null, not {type(value).__name__}")


def read_jsonl(path: Path) -> Iterator[Article | Skipped]:
    """The articles of a JSON Lines file, one per line; bad lines as :class:`Skipped`.

    The file is decoded by the policy of :func:`decode`; blank lines are
    ignored. A line that is not a JSON object with a string ``text`` (or whose
    ``published`` is no date) is reported with its line number; the other
    lines are still read. Raises :class:`OSError` or :class:`ValueError` when
    the file itself cannot be read.
    """
    content = read_text(path)
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield Skipped(path, f"not JSON ({exc})", number)
            continue
        try:
            if not isinstance(record, dict):
                raise ValueError(f"expected a JSON object, found {type(record).__name__}")
            text = record.get("text")
            if not isinstance(text, str):
                found = "no 'text'" if text is None else f"'text' is {type(text).__name__}"
                raise ValueError(f"an article needs a string 'text' ({found})")
            doc_id = _jsonl_field(record, "id")
            url = _jsonl_field(record, "source_url")
            published = as_published(record.get("published"))
        except (ValueError, TypeError) as exc:
            reason = exc.reason if isinstance(exc, ParseError) else str(exc)
            yield Skipped(path, reason, number)
            continue
        yield Article(
            id=doc_id.strip() if doc_id and doc_id.strip() else f"{path.stem}-{number}",
            text=text,
            published=published,
            source_url=url or None,
            origin=f"{path}:{number}",
        )


def _read_file(path: Path, doc_id: str) -> Iterator[Article | Skipped]:
    """The article(s) of one named file: JSON Lines by its suffix, else text."""
    try:
        if path.suffix.lower() == ".jsonl":
            yield from read_jsonl(path)
        else:
            yield Article(id=doc_id, text=read_text(path), origin=str(path))
    except OSError as exc:
        yield Skipped(path, f"cannot read: {exc.strerror or exc}")
    except ValueError as exc:
        yield Skipped(path, str(exc))


def _named(source: object, position: int) -> Iterator[Article | Skipped]:
    """The articles one source names, with ids not yet made unique."""
    if isinstance(source, tuple):
        if len(source) == 2 and isinstance(source[0], str) and isinstance(source[1], str):
            doc_id = source[0].strip() or "document"
            yield Article(id=doc_id, text=source[1], origin=doc_id)
            return
        yield Skipped(f"source {position}", "a pair must be (doc_id, text), two strings")
        return
    if isinstance(source, str) and not os.path.lexists(source) and _looks_like_text(source):
        yield Article(id=f"text-{position}", text=source, origin=f"text {position}")
        return
    if not isinstance(source, str | os.PathLike):
        yield Skipped(
            f"source {position}",
            f"expected a path, a text or a (doc_id, text) pair, not {type(source).__name__}",
        )
        return
    path = Path(source)
    try:
        is_folder = path.is_dir()
        exists = is_folder or path.exists()
    except OSError as exc:  # a parent folder that cannot be searched
        yield Skipped(path, f"cannot read: {exc.strerror or exc}")
        return
    if not exists:
        broken = path.is_symlink()
        yield Skipped(path, "broken symbolic link" if broken else "no such file or directory")
        return
    if not is_folder:
        yield from _read_file(path, path.stem)
        return
    for found in walk(path):
        if isinstance(found, Skipped):
            yield found
            continue
        relative = found.relative_to(path).with_suffix("").as_posix()
        yield from _read_file(found, relative)


def _unique(item: Article, seen: dict[str, int]) -> Article:
    """``item`` with ``#2``, ``#3``… after its id when the id was given before."""
    count = seen.get(item.id, 0) + 1
    seen[item.id] = count
    if count == 1:
        return item
    unique = f"{item.id}#{count}"
    while unique in seen:
        count += 1
        unique = f"{item.id}#{count}"
    seen[item.id] = count
    seen[unique] = 1
    return attrs.evolve(item, id=unique)


def articles(sources: Iterable[object]) -> Iterator[Article | Skipped]:
    """The articles ``sources`` name, in order, with unique ids; what fails as :class:`Skipped`.

    Each source is one of:

    - a path (``str`` or :class:`os.PathLike`) of a folder: its ``.txt`` files,
      walked by :func:`walk`, with ids their paths relative to the folder
      without the extension (``2025/mars/a``), so that two ``a.txt`` in two
      sub-folders differ;
    - a path of a ``.jsonl`` file: its lines (see :func:`read_jsonl`);
    - a path of any other file: its text, with its stem as id;
    - a ``str`` that names no file and reads as a text (see below): the text
      itself, with id ``text-N`` (N its 1-based position in ``sources``);
    - a ``(doc_id, text)`` pair.

    A string that names no existing path is an article's text when it has a
    line break, or has blanks and does not end in ``.txt`` or ``.jsonl``;
    otherwise it is a path and reported missing. Pass :class:`pathlib.Path`
    values to make every string a path. An id already given in the batch gets
    ``#2``, ``#3``… appended. Files are read when reached.
    """
    seen: dict[str, int] = {}
    for position, source in enumerate(sources, start=1):
        for item in _named(source, position):
            if isinstance(item, Skipped):
                yield item
                continue
            yield _unique(item, seen)
