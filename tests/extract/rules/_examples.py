"""Shared checks for the rule examples of ``test_rules_*.py``.

Each example compares the extraction with every rule on and with only its rule
switched off: where the rule fires, the outcomes differ as written; where it
must not fire, they agree. A rule written ``"a+b"`` names rule ``a``, checked
with rule ``b`` (which would also catch the example) switched off too. Every text
yields events, so that "no event" cannot pass by extracting nothing; the texts are
extracted as published on :data:`PUBLISHED` (10 June 2025).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Final, TypeVar

import pytest

from diplorel import extract
from diplorel.model import Document

PUBLISHED = "2025-06-10"
"""The publication date every example is extracted with."""


def summary(doc: Document) -> list[str]:
    """Kind, parties, format or status, date, place, round, quantity, background."""
    out = []
    for event in doc.events:
        what = getattr(event, "format", None) or getattr(event, "status", None)
        what = what or getattr(event, "declaration", None)
        parts = [event.kind.value, "-".join(event.party_codes), what.value if what else ""]
        if event.date is not None:
            parts.append(str(event.date))
        if event.place:
            parts.append("@" + event.place)
        if getattr(event, "round", None):
            parts.append(f"r{getattr(event, 'round', None)}")
        if getattr(event, "quantity", None):
            parts.append(f"x{getattr(event, 'quantity', None)}")
        if event.background:
            parts.append("bg")
        out.append(" ".join(p for p in parts if p))
    return out


def run(text: str, *disabled: str) -> Document:
    """Extract ``text`` as published on :data:`PUBLISHED`, the ``disabled`` rules off."""
    return extract(text, published=PUBLISHED, disabled_rules=disabled)


def check_fires(rule: str, text: str, with_rule: list[str], without_rule: list[str]) -> None:
    """Assert that ``text`` gives ``with_rule``, and ``without_rule`` with ``rule`` off."""
    assert with_rule, "an example must yield events"
    assert summary(run(text)) == with_rule
    assert summary(run(text, *rule.split("+"))) == without_rule


def check_traced(rule: str, text: str, traced: Collection[str]) -> None:
    """Assert that ``rule`` is in the trace of ``text``'s events exactly when listed
    in ``traced``."""
    name = rule.split("+", maxsplit=1)[0]
    found = any(name in event.rules for event in run(text).events)
    assert found is (name in traced)


def check_silent(rule: str, text: str, events: list[str]) -> None:
    """Assert that ``text`` gives ``events`` whether ``rule`` is on or off."""
    assert events, "an example must yield events"
    assert summary(run(text)) == events
    assert summary(run(text, rule)) == events


def shapes(doc: Document) -> list[str]:
    """Parties, sectors and heads (name/side) of each event: what attribute rules on
    heads and sectors change where :func:`summary` stays the same."""
    out = []
    for event in doc.events:
        persons = "; ".join(
            person.name + (f"/{person.party.code}" if person.party else "")
            for person in event.persons
        )
        sectors = ",".join(sorted(sector.value for sector in event.sectors))
        out.append(f"{'-'.join(event.party_codes)} [{sectors}] {persons}".rstrip())
    return out


def check_shapes(rule: str, text: str, with_rule: list[str], without_rule: list[str]) -> None:
    """Assert that ``text`` gives the :func:`shapes` ``with_rule``, and ``without_rule``
    with ``rule`` off."""
    assert with_rule, "an example must yield events"
    assert shapes(run(text)) == with_rule
    assert shapes(run(text, *rule.split("+"))) == without_rule


def check_silent_shapes(rule: str, text: str, events: list[str]) -> None:
    """Assert that ``text`` gives the :func:`shapes` ``events`` whether ``rule`` is on
    or off."""
    assert events, "an example must yield events"
    assert shapes(run(text)) == events
    assert shapes(run(text, rule)) == events


# -- the tests every example module runs ----------------------------------------------
# A module runs them by binding them to its own test names
# (``test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire =
# RULE_TESTS``); ``tests/conftest.py`` parametrises each with the module's list named in its
# ``examples`` attribute, and the trace test reads the module's ``TRACED``.

FIRES_ARGS: Final = ("rule", "text", "with_rule", "without_rule")
SILENT_ARGS: Final = ("rule", "text", "events")

_Test = TypeVar("_Test", bound=Callable[..., None])


def _examples(listing: str, argnames: tuple[str, ...]) -> Callable[[_Test], _Test]:
    """Mark a shared test as run over the module's list ``listing``."""

    def mark(test: _Test) -> _Test:
        setattr(test, "examples", (argnames, listing))  # noqa: B010  (read by tests/conftest.py)
        return test

    return mark


@_examples("FIRES", FIRES_ARGS)
def _fires(rule: str, text: str, with_rule: list[str], without_rule: list[str]) -> None:
    """The rule changes the events as written."""
    check_fires(rule, text, with_rule, without_rule)


@_examples("FIRES", FIRES_ARGS)
def _traced(request: pytest.FixtureRequest, rule: str, text: str) -> None:
    """The rules of the module's ``TRACED`` name themselves in the events they shape."""
    check_traced(rule, text, request.module.TRACED)


@_examples("SILENT", SILENT_ARGS)
def _silent(rule: str, text: str, events: list[str]) -> None:
    """The rule leaves a text that yields events elsewhere as it is."""
    check_silent(rule, text, events)


@_examples("SHAPES", FIRES_ARGS)
def _shapes_fire(rule: str, text: str, with_rule: list[str], without_rule: list[str]) -> None:
    """The rule changes the events' heads or sectors as written."""
    check_shapes(rule, text, with_rule, without_rule)


@_examples("SHAPES", FIRES_ARGS)
def _shapes_traced(request: pytest.FixtureRequest, rule: str, text: str) -> None:
    """The rules of the module's ``TRACED`` name themselves in the events they shape."""
    check_traced(rule, text, request.module.TRACED)


@_examples("SILENT_SHAPES", SILENT_ARGS)
def _shapes_silent(rule: str, text: str, events: list[str]) -> None:
    """The rule leaves the heads and sectors of a text as they are."""
    check_silent_shapes(rule, text, events)


RULE_TESTS: Final = (_fires, _traced, _silent)
"""Fires (``FIRES``), traced (``TRACED`` over ``FIRES``), silent (``SILENT``): the events."""
SHAPE_TESTS: Final = (_shapes_fire, _shapes_traced, _shapes_silent)
"""The same over ``SHAPES`` and ``SILENT_SHAPES``, on the events' heads and sectors."""
