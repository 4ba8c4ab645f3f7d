"""The domain model: frozen values for parties, dates, spans, persons, events, documents.

The model knows nothing about French, text processing, files or JSON.
"""

from diplorel.model._date import DateSpan, DateValue, PartialDate, parse_date_value
from diplorel.model._document import Document
from diplorel.model._event import (
    Agreement,
    AgreementStage,
    Consultation,
    ConsultationFormat,
    Declaration,
    DeclarationKind,
    Event,
    EventBase,
    EventKind,
    InstrumentKind,
    LifeCycleConflict,
    Stage,
    event_id,
    event_sort_key,
    life_cycle_conflict,
    stage_dated_before,
    surely_before,
)
from diplorel.model._party import Party, PartyKind
from diplorel.model._person import Person
from diplorel.model._sector import Sector
from diplorel.model._span import Span

__all__ = [
    "Agreement",
    "AgreementStage",
    "Consultation",
    "ConsultationFormat",
    "DateSpan",
    "DateValue",
    "Declaration",
    "DeclarationKind",
    "Document",
    "Event",
    "EventBase",
    "EventKind",
    "InstrumentKind",
    "LifeCycleConflict",
    "PartialDate",
    "Party",
    "PartyKind",
    "Person",
    "Sector",
    "Span",
    "Stage",
    "event_id",
    "event_sort_key",
    "life_cycle_conflict",
    "parse_date_value",
    "stage_dated_before",
    "surely_before",
]
