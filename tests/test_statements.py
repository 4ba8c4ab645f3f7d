"""Official statements of ministries, governments and organisations.

Examples written for diplorel; none comes from the annotated corpus.
"""

from __future__ import annotations

import pytest

from diplorel import Declaration, PartialDate, extract


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "Le ministère algérien des Affaires étrangères condamne avec la plus grande "
            "fermeté l'attaque terroriste perpétrée au Mali.",
            "DZA",
        ),
        (
            "Le ministère des Affaires étrangères du Qatar a salué l'accord de cessez-le-feu "
            "conclu entre les deux parties.",
            "QAT",
        ),
        ("Le gouvernement malien dénonce l'ingérence de l'Algérie dans ses affaires.", "MLI"),
        ("La diplomatie française appelle à la retenue les parties en présence.", "FRA"),
        ("L'Union africaine a appelé les parties soudanaises à un cessez-le-feu immédiat.", "AU"),
        ("La CEDEAO exhorte les autorités de transition à respecter le calendrier.", "ECOWAS"),
        ("La Chine s'oppose fermement à toute ingérence dans ses affaires intérieures.", "CHN"),
        ("La Belgique a regretté la décision du gouvernement rwandais.", "BEL"),
        ("Moscou a dénoncé mardi les sanctions imposées par l'Union européenne.", "RUS"),
        ("Pékin s'oppose fermement à toute ingérence dans ses affaires intérieures.", "CHN"),
        ("Le Rwanda a rompu ses relations diplomatiques avec la Belgique.", "RWA"),
        # a foreign ministry named by its own name or acronym
        ("Le DFAE a salué lundi la reprise des pourparlers à Genève.", "CHE"),
        ("L'Auswärtiges Amt a condamné mardi les tirs contre le consulat.", "DEU"),
    ],
)
def test_an_institutions_reaction_is_a_statement_of_its_state(text: str, issuer: str) -> None:
    (event,) = extract(text, published="2025-03-04").events
    assert isinstance(event, Declaration)
    assert event.party_codes == (issuer,)


def test_a_date_next_to_the_verb_dates_the_statement() -> None:
    (event,) = extract(
        "Le ministère sénégalais des Affaires étrangères a condamné, lundi, l'attentat "
        "survenu à Mogadiscio.",
        published="2025-03-05",
    ).events
    assert event.date == PartialDate(year=2025, month=3, day=3)


def test_a_spokesperson_named_later_is_the_statements_head() -> None:
    text = (
        "Le ministère ghanéen des Affaires étrangères répond aux critiques du Togo\n"
        "Le porte-parole du ministère ghanéen des Affaires étrangères, Kofi Boateng, a "
        "répondu aux propos tenus par les autorités togolaises."
    )
    (event,) = extract(text, published="2025-03-04").events
    assert isinstance(event, Declaration)
    assert event.party_codes == ("GHA",)
    assert [p.name for p in event.persons] == ["Kofi Boateng"]


def test_a_spokesperson_of_the_ministry_named_after_the_statement_speaks_for_it() -> None:
    text = (
        "Le ministère ghanéen des Affaires étrangères a qualifié de provocation les "
        "manœuvres militaires près de la frontière. « Nous rejetons ces accusations », a "
        "déclaré le porte-parole du ministère, Kwame Mensah."
    )
    (event,) = extract(text, published="2025-03-04").events
    assert isinstance(event, Declaration)
    assert event.party_codes == ("GHA",)
    assert [p.name for p in event.persons] == ["Kwame Mensah"]


def test_a_rupture_of_relations_keeps_its_own_date() -> None:
    (event,) = extract(
        "Le Rwanda a rompu ses relations diplomatiques avec la Belgique en mars.",
        published="2025-06-10",
    ).events
    assert event.date == PartialDate(year=2025, month=3)


def test_the_sectors_of_the_next_sentences_are_the_statements() -> None:
    text = (
        "Le ministère ghanéen des Affaires étrangères condamne l'attaque contre le convoi. "
        "Il rappelle que l'aide humanitaire doit parvenir aux réfugiés."
    )
    (event,) = extract(text, published="2025-03-04").events
    assert "humanitarian" in event.sectors


@pytest.mark.parametrize(
    "text",
    [
        # a person's remark is not a statement of the state
        "Le ministre belge a regretté la décision du gouvernement rwandais.",
        # a capital that is a place, not the subject
        "Les manifestants réunis à Moscou ont dénoncé les sanctions.",
        "Le ministre ghanéen a qualifié de fructueuse sa rencontre avec son homologue.",
        "Le président sénégalais a appelé les pays de la région à l'unité.",
        # a link to another article of the site reports nothing
        ">> Le Vietnam appelle à renforcer la centralité de l'ASEAN",
        # a negated reaction is none
        "Le gouvernement malien ne condamne pas la décision de la CEDEAO.",
    ],
)
def test_no_statement(text: str) -> None:
    assert extract(text, published="2025-03-04").events == ()


def test_a_call_to_a_counterpart_is_not_an_appeal() -> None:
    events = extract(
        "Le ministère ghanéen a appelé son homologue togolais au téléphone.",
        published="2025-03-04",
    ).events
    assert not any(isinstance(e, Declaration) for e in events)


def test_no_second_statement_of_the_same_issuer() -> None:
    text = (
        "Le ministère gabonais des Affaires étrangères condamne l'attaque contre le convoi. "
        "Le gouvernement gabonais dénonce en outre des actes lâches."
    )
    events = extract(text, published="2025-03-04").events
    assert [e.party_codes for e in events] == [("GAB",)]


def test_a_statement_reported_by_assembly_is_not_duplicated() -> None:
    events = extract(
        "Le Maroc condamne l'attaque. Le ministère marocain des Affaires étrangères "
        "dénonce un acte odieux.",
        published="2025-03-04",
    ).events
    assert [e.party_codes for e in events] == [("MAR",)]


def test_a_bare_ministry_under_a_dateline_is_the_agencys_state() -> None:
    (event,) = extract(
        "Alger, 3 mars 2025 (APS) - Le ministère des Affaires étrangères a condamné, "
        "lundi, l'attentat survenu à Mogadiscio."
    ).events
    assert isinstance(event, Declaration)
    assert event.party_codes == ("DZA",)
    assert event.date == PartialDate(year=2025, month=3, day=3)


def test_a_bare_ministry_without_a_dateline_has_no_state() -> None:
    events = extract(
        "Le ministère des Affaires étrangères a condamné lundi l'attentat survenu à Mogadiscio.",
        published="2025-03-04",
    ).events
    assert events == ()
