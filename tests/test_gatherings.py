"""An organisation's own gatherings: summits, conferences, sessions, councils.

Examples written for diplorel; none comes from the annotated corpus.
"""

from __future__ import annotations

import pytest

from diplorel import Consultation, ConsultationFormat, PartialDate, extract


def test_an_organisations_conference_that_opened_is_its_meeting() -> None:
    (event,) = extract(
        "La 15e session de la conférence des ministres des Affaires étrangères de l'OCI "
        "s'est ouverte samedi à Banjul.",
        published="2024-05-06",
    ).events
    assert isinstance(event, Consultation)
    assert event.party_codes == ("OIC",)
    assert event.format is ConsultationFormat.MEETING
    assert event.round == 15
    assert event.place == "Banjul"
    assert event.date == PartialDate(year=2024, month=5, day=4)


def test_an_organisations_council_that_held_its_meeting() -> None:
    (event,) = extract(
        "Le Conseil des ministres de l'OTAN a tenu sa réunion annuelle mardi à Bruxelles.",
        published="2024-05-09",
    ).events
    assert event.party_codes == ("NATO",)
    assert event.place == "Bruxelles"


def test_a_summit_that_ended_is_a_summit() -> None:
    (event,) = extract(
        "Le sommet extraordinaire de l'Union africaine a pris fin dimanche au Caire.",
        published="2024-05-06",
    ).events
    assert isinstance(event, Consultation)
    assert event.format is ConsultationFormat.SUMMIT
    assert event.party_codes == ("AU",)
    assert event.place == "Le Caire"


@pytest.mark.parametrize(
    "text",
    [
        # a body of two sides is not the organisation's own
        "La réunion du Conseil de partenariat UE-Arménie s'est tenue mardi à Bruxelles.",
        # a gathering to come
        "La prochaine session de la conférence des ministres de l'OCI se tiendra à Dakar.",
        # a gathering of states, not of an organisation
        "Le sommet de la Russie et de la Turquie s'est ouvert lundi à Sotchi.",
    ],
)
def test_no_organisation_gathering(text: str) -> None:
    events = extract(text, published="2024-05-06").events
    assert not any(len(e.party_codes) == 1 for e in events)


def test_no_second_gathering_where_assembly_made_one() -> None:
    events = extract(
        "Le 45e sommet des chefs d'État de la CEDEAO s'est tenu dimanche à Abuja.",
        published="2024-05-06",
    ).events
    assert [e.party_codes for e in events] == [("ECOWAS",)]
