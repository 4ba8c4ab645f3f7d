"""Vetoes: a negated, refused or not yet accomplished act is no event.

Each veto has examples where it fires and texts where it must not, the
latter yielding their events. Examples written for diplorel.
"""

from __future__ import annotations

import pytest

from diplorel import Agreement, Stage, extract
from diplorel.extract._assemble import Draft
from diplorel.extract._text import prepare
from diplorel.extract._vetoes import VETOES, negated, not_yet, veto


def _draft(text: str, trigger: str, stage: str | None = None, kind: str = "agreement") -> Draft:
    """A draft whose stage verb (or anchor) is the first ``trigger`` in ``text``."""
    at = text.index(trigger)
    span = (at, at + len(trigger))
    return Draft(
        kind=kind,
        sentence=0,
        anchor=span,
        parties={"GHA", "TGO"},
        subtype="agreement" if kind == "agreement" else "meeting",
        stage=stage,
        stage_anchor=span if stage else None,
    )


@pytest.mark.parametrize(
    ("text", "trigger", "stage"),
    [
        ("Le Ghana et le Togo n'ont pas encore paraphé l'accord.", "paraphé", "negotiated"),
        ("Le Ghana n'a jamais ratifié la convention avec le Togo.", "ratifié", "ratified"),
        ("Le Togo ne l'a toujours pas signé, selon Accra.", "signé", "signed"),
        ("Le Ghana a choisi de ne pas signer l'accord avec le Togo.", "signer", "signed"),
        ("Un accord non encore ratifié lie le Ghana au Togo.", "ratifié", "ratified"),
        ("Le Togo refuse de signer l'accord proposé par le Ghana.", "signer", "signed"),
        ("Le Ghana a renoncé à ratifier le traité avec le Togo.", "ratifier", "ratified"),
        (
            "Les députés ghanéens ont voté contre le projet de loi portant approbation de "
            "l'accord avec le Togo.",
            "approbation",
            "approved",
        ),
        ("L'accord entre le Ghana et le Togo n'est plus en vigueur.", "en vigueur", "in_force"),
        ("Le Togo ne ratifie pas la convention avec le Ghana.", "ratifie", "ratified"),
    ],
)
def test_negated_and_refused_stages(text: str, trigger: str, stage: str) -> None:
    draft = _draft(text, trigger, stage)
    assert negated(prepare(text), draft)
    assert veto(prepare(text), draft) == "negated"


@pytest.mark.parametrize(
    ("text", "trigger", "stage"),
    [
        # a negation in another clause does not govern the stage verb
        (
            "L'accord, que le Togo n'attendait pas si tôt, a été signé mardi par le Ghana.",
            "signé",
            "signed",
        ),
        ("Le Ghana a signé un accord que le Togo n'a pas voulu rejoindre.", "signé", "signed"),
        # a vote against by some, an approval by the chamber
        (
            "Le Parlement ghanéen a approuvé l'accord avec le Togo, bien que l'opposition ait "
            "voté contre.",
            "approuvé",
            "approved",
        ),
        (
            "Le Parlement ghanéen a rejeté deux amendements et approuvé l'accord avec le Togo.",
            "approuvé",
            "approved",
        ),
        # "ne ... que" restricts, it does not negate
        ("Le Ghana n'a signé que deux accords avec le Togo.", "signé", "signed"),
        ("Le Ghana ne signe que des accords ratifiés par le Togo.", "signe", "signed"),
    ],
)
def test_a_negation_elsewhere_vetoes_nothing(text: str, trigger: str, stage: str) -> None:
    assert veto(prepare(text), _draft(text, trigger, stage)) is None


@pytest.mark.parametrize(
    ("text", "trigger", "stage", "kind"),
    [
        ("Le traité entre le Ghana et le Togo doit être signé à Lomé.", "signé", "signed", "a"),
        (
            "Le Ghana et le Togo devraient ratifier l'accord d'ici juin.",
            "ratifier",
            "ratified",
            "a",
        ),
        (
            "Le Ghana et le Togo ont décidé de signer un accord de défense.",
            "signer",
            "signed",
            "a",
        ),
        ("Ils se sont retrouvés en vue de la signature de l'accord.", "signature", "signed", "a"),
        (
            "La signature de l'accord entre le Ghana et le Togo est prévue le 12 juin.",
            "signature",
            "signed",
            "a",
        ),
        ("Le Ghana et le Togo ont convenu de se réunir à Accra en mai.", "réunir", None, "c"),
        (
            "La réunion de la commission mixte Ghana-Togo a été reportée sine die.",
            "réunion",
            None,
            "c",
        ),
        ("La visite du président togolais au Ghana a été annulée.", "visite", None, "c"),
        ("Le Ghana et le Togo tiendront leur session à Lomé en mai.", "session", None, "c"),
        (
            "Le président ghanéen offrira demain un dîner au président togolais.",
            "dîner",
            None,
            "c",
        ),
    ],
)
def test_what_has_not_happened(text: str, trigger: str, stage: str | None, kind: str) -> None:
    draft = _draft(text, trigger, stage, "agreement" if kind == "a" else "consultation")
    assert not_yet(prepare(text), draft)


@pytest.mark.parametrize(
    ("text", "trigger", "stage"),
    [
        # a relative clause says what was planned; the main verb says it happened
        (
            "La signature de l'accord, prévue depuis deux ans, a eu lieu le 12 juin à Lomé.",
            "signature",
            "signed",
        ),
        ("La réunion qui était prévue lundi s'est tenue à Accra.", "réunion", None),
        # "venir de" is the recent past
        ("Le Ghana et le Togo viennent de signer un accord sur le transport.", "signer", "signed"),
        ("Le Ghana et le Togo ont pu signer l'accord mardi.", "signer", "signed"),
        # a noun in -ra before the trigger is no future
        ("L'opéra de Lomé a accueilli la session de la commission.", "session", None),
    ],
)
def test_what_has_happened_is_kept(text: str, trigger: str, stage: str | None) -> None:
    kind = "agreement" if stage else "consultation"
    assert veto(prepare(text), _draft(text, trigger, stage, kind)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Le Maroc et la Mauritanie n'ont pas encore paraphé l'accord de pêche.",
        "Le Ghana n'a jamais ratifié la convention de 1998 sur l'extradition avec le Togo.",
        "Le Parlement hongrois a voté contre le projet de loi portant approbation de l'accord "
        "avec la Serbie.",
        "La signature de l'accord entre le Niger et le Bénin est prévue pour le 12 juin.",
        "Le Ghana et le Togo ont décidé de signer un accord de défense.",
    ],
)
def test_vetoed_texts_give_no_event(text: str) -> None:
    assert extract(text, published="2024-05-02").events == ()


def test_a_veto_removes_only_its_own_event() -> None:
    doc = extract(
        "Le Maroc et la Mauritanie ont signé mardi à Rabat un accord de pêche. "
        "L'Espagne n'a pas encore signé d'accord similaire avec la Mauritanie.",
        published="2024-05-02",
    )
    (event,) = doc.events
    assert isinstance(event, Agreement)
    assert event.party_codes == ("MAR", "MRT")
    assert event.status is Stage.SIGNED


def test_vetoes_are_named() -> None:
    assert [name for name, _rule in VETOES] == [
        "negated",
        "not_yet",
        "no_statement",
        "cited",
        "sports_body",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le Ghana et le Togo ont salué mardi à Accra l'excellence de leur coopération.",
        "Les deux présidents se sont félicités de la solidité de leurs relations.",
        "Après leur entretien, les deux présidents ont fait des déclarations à la presse.",
    ],
)
def test_remarks_are_no_statement(text: str) -> None:
    events = extract(text, published="2024-05-02").events
    assert not any(e.kind.value == "declaration" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Le Ghana salue l'accord de cessez-le-feu conclu entre les parties soudanaises.",
        "Le Ghana et le Togo ont adopté une déclaration commune sur la sécurité.",
    ],
)
def test_statements_on_a_matter_stay(text: str) -> None:
    events = extract(text, published="2024-05-02").events
    assert any(e.kind.value == "declaration" for e in events)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Le ministre malien s'est entretenu lundi à Bamako avec son homologue nigérien. "
            "Une visite officielle du ministre nigérien au Mali aura lieu en juillet.",
            ["consultation"],
        ),
        (
            "Le Ghana et le Togo ont signé mardi un accord sur le transit. La prochaine "
            "session de leur commission mixte se tiendra à Lomé.",
            ["agreement"],
        ),
    ],
)
def test_a_meeting_that_will_take_place_is_no_event(text: str, kinds: list[str]) -> None:
    events = extract(text, published="2025-06-11").events
    assert [event.kind for event in events] == kinds


def test_a_meeting_that_took_place_stays() -> None:
    text = (
        "Le ministre malien s'est entretenu lundi à Bamako avec son homologue nigérien. "
        "La visite officielle du ministre nigérien au Mali a eu lieu la semaine dernière."
    )
    events = extract(text, published="2025-06-11").events
    assert [getattr(event, "format", None) for event in events] == ["meeting", "visit"]
