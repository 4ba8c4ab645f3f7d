"""diplorel: French diplomatic news as typed, queryable records of relations.

>>> import diplorel
>>> doc = diplorel.extract(
...     "Le ministre marocain des Affaires étrangères, Nasser Bourita, s'est entretenu "
...     "mardi à Rabat avec son homologue sénégalais, Yassine Fall.", published="2025-03-06")
>>> doc.events[0]
<Consultation MAR-SEN meeting 2025-03-04 à Rabat [politics]>
"""

from diplorel._parse import parse_date, parse_party
from diplorel._registry import all_parties, party, party_by_alpha2
from diplorel.errors import (
    DiplorelError,
    ExtractionError,
    InvalidValueError,
    ParseError,
    SerialisationError,
    UnknownEntityError,
)
from diplorel.extract import ExtractionFailure, ExtractionWarning, extract, extract_many
from diplorel.model import (
    Agreement,
    AgreementStage,
    Consultation,
    ConsultationFormat,
    DateSpan,
    DateValue,
    Declaration,
    DeclarationKind,
    Document,
    Event,
    EventKind,
    InstrumentKind,
    PartialDate,
    Party,
    PartyKind,
    Person,
    Sector,
    Span,
    Stage,
)
from diplorel.query import EventSet, Period, Reported, Timeline, TimelineEntry, merge

__version__ = "0.1.0.dev0"

__all__ = [
    "Agreement",
    "AgreementStage",
    "Consultation",
    "ConsultationFormat",
    "DateSpan",
    "DateValue",
    "Declaration",
    "DeclarationKind",
    "DiplorelError",
    "Document",
    "Event",
    "EventKind",
    "EventSet",
    "ExtractionError",
    "ExtractionFailure",
    "ExtractionWarning",
    "InstrumentKind",
    "InvalidValueError",
    "ParseError",
    "PartialDate",
    "Party",
    "PartyKind",
    "Period",
    "Person",
    "Reported",
    "Sector",
    "SerialisationError",
    "Span",
    "Stage",
    "Timeline",
    "TimelineEntry",
    "UnknownEntityError",
    "__version__",
    "all_parties",
    "extract",
    "extract_many",
    "merge",
    "parse_date",
    "parse_party",
    "party",
    "party_by_alpha2",
]
