"""Coverage-guided fuzzing of diplorel with atheris (libFuzzer), by hand.

atheris is not a dependency of the project; install it into the environment
first (``pip install atheris``), then for example:

    python benchmarks/fuzz_atheris.py -max_total_time=600 -rss_limit_mb=4096 corpus/

Every input goes through the file decoder, ``extract`` (text and bytes read
as UTF-8 with errors replaced, with a publication date taken from the first
bytes), the date and ordinal grammars and the JSON loaders. A finding is an
exception other than the documented ones, or a span that does not slice its
text. The last run is recorded in docs/robustness.md.
"""

from __future__ import annotations

import contextlib
import sys

import atheris

with atheris.instrument_imports():
    from diplorel import extract
    from diplorel._source import decode
    from diplorel.errors import ParseError, SerialisationError
    from diplorel.extract.recognise._dates import find_dates, parse_date_phrase
    from diplorel.extract.recognise._ordinals import find_ordinals, parse_ordinal
    from diplorel.io import iter_jsonl, loads
    from diplorel.model import Document, PartialDate


def _published(data: bytes) -> PartialDate | None:
    """A publication date from the first three bytes, anywhere in years 1 to 9999."""
    if len(data) < 3 or data[0] % 3 == 0:
        return None
    year = 1 + (data[1] << 8 | data[2]) % 9999
    if data[0] % 3 == 1:
        return PartialDate(year=year, month=1 + data[1] % 12)
    return PartialDate(year=year, month=1 + data[1] % 12, day=1 + data[2] % 28)


def test_one_input(data: bytes) -> None:
    """One fuzzing step: nothing may raise but the documented errors."""
    with contextlib.suppress(ValueError):
        decode(data)
    text = data.decode("utf-8", "replace")
    published = _published(data)
    doc = extract(text, published=published)
    for event in doc.events:
        for span in event.evidence:
            if text[span.start : span.end] != span.text:
                raise AssertionError(f"span {span!r} does not slice the text")
    for mention in find_dates(text, published=published):
        if text[mention.start : mention.end] != mention.text:
            raise AssertionError(f"date {mention!r} does not slice the text")
    with contextlib.suppress(ParseError):
        parse_date_phrase(text[:200], published=published)
    find_ordinals(text)
    with contextlib.suppress(ParseError):
        parse_ordinal(text[:50])
    with contextlib.suppress(SerialisationError):
        loads(data, Document)
    reader = iter_jsonl(data.split(b"\n"), Document, lenient=True)
    for _ in reader:
        pass


def main() -> None:
    """Run libFuzzer with the command line's options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
