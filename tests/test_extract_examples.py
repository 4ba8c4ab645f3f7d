"""Small French examples of our own, one phenomenon each, and negatives."""

from __future__ import annotations

import pytest

from diplorel import (
    Agreement,
    Consultation,
    ConsultationFormat,
    Declaration,
    DeclarationKind,
    PartialDate,
    Sector,
    Stage,
    extract,
)


def only(text: str, published: str | None = None) -> Agreement | Consultation | Declaration:
    events = extract(text, published=published).events
    assert len(events) == 1, events
    return events[0]


# -- parties -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Le Sénégal et la Mauritanie ont signé hier un accord de pêche.", ("MRT", "SEN")),
        ("La Norvège a signé mardi un accord sur la pêche avec l'Islande.", ("ISL", "NOR")),
        (
            "Des représentants du Canada et des États-Unis ont signé un traité sur l'eau.",
            ("CAN", "USA"),
        ),
        ("Bakou et Rabat ont signé un accord de coopération culturelle.", ("AZE", "MAR")),
        (
            "Les ministres malien et nigérien ont signé un protocole d'accord sur la sécurité.",
            ("MLI", "NER"),
        ),
        ("Le Qatar a signé un accord aérien avec les Émirats arabes unis.", ("ARE", "QAT")),
        ("Le Ghana a signé un mémorandum d'entente avec l'OCI sur l'éducation.", ("GHA", "OIC")),
        ("La partie lao et la partie thaïe ont signé un accord sur le commerce.", ("LAO", "THA")),
        (
            "Le ministre khmer a signé un accord sur la pêche avec son homologue émirien.",
            ("ARE", "KHM"),
        ),
    ],
)
def test_parties_from_names_demonyms_capitals_and_acronyms(
    text: str, parties: tuple[str, ...]
) -> None:
    event = only(text, "2024-03-10")
    assert event.party_codes == parties


def test_compound_adjective_gives_both_parties() -> None:
    event = only(
        "La troisième session de la commission mixte tuniso-libyenne s'est tenue jeudi à Tunis.",
        "2023-05-12",
    )
    assert isinstance(event, Consultation)
    assert event.party_codes == ("LBY", "TUN")
    assert event.format is ConsultationFormat.JOINT_COMMISSION
    assert event.round == 3
    assert event.place == "Tunis"
    assert event.date == PartialDate(year=2023, month=5, day=11)


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("Lima, 8 mars 2026 (Andina) – ", PartialDate(year=2026, month=3, day=8)),
        ("Berne, 17.04.2026 - ", PartialDate(year=2026, month=4, day=17)),
        ("JAKARTA, 4 juin 2026 (Xinhua) -- ", PartialDate(year=2026, month=6, day=4)),
        ("New York, 26 sept. 2025 (UzA) – ", PartialDate(year=2025, month=9, day=26)),
        ("Alger, le 3 mars (APS) - ", PartialDate(month=3, day=3)),
    ],
)
def test_datelines_of_many_agencies_give_the_publication_date(
    dateline: str, published: PartialDate
) -> None:
    text = dateline + "Le Pérou et la Bolivie ont signé hier un accord sur le commerce."
    assert extract(text).published == published


# -- consultations ------------------------------------------------------------------


def test_phone_call_with_heads_and_relative_date() -> None:
    event = only(
        "Le ministre ghanéen des Affaires étrangères, Kwame Mensah, s'est entretenu hier "
        "par téléphone avec son homologue togolais, Kodjo Adjamagbo.",
        "2024-11-15",
    )
    assert isinstance(event, Consultation)
    assert event.format is ConsultationFormat.PHONE_CALL
    assert event.party_codes == ("GHA", "TGO")
    assert event.date == PartialDate(year=2024, month=11, day=14)
    names = {p.name: p.party.code if p.party else None for p in event.persons}
    assert names == {"Kwame Mensah": "GHA", "Kodjo Adjamagbo": "TGO"}


def test_political_consultations_with_round_and_delegations() -> None:
    text = (
        "Le troisième cycle des consultations politiques entre le Portugal et le Cap-Vert "
        "s'est tenu le 4 février à Lisbonne.\n"
        "La délégation portugaise était conduite par Ana Ferreira, secrétaire d'État, et la "
        "délégation cap-verdienne par Carlos Tavares, directeur général au ministère."
    )
    event = only(text, "2025-02-06")
    assert isinstance(event, Consultation)
    assert event.format is ConsultationFormat.POLITICAL_CONSULTATIONS
    assert event.round == 3
    assert event.place == "Lisbonne"
    assert event.date == PartialDate(year=2025, month=2, day=4)
    assert {p.name for p in event.persons} == {"Ana Ferreira", "Carlos Tavares"}


def test_official_visit_with_range() -> None:
    event = only(
        "Le président kényan a effectué du 12 au 14 mars une visite officielle en Éthiopie.",
        "2024-03-20",
    )
    assert isinstance(event, Consultation)
    assert event.format is ConsultationFormat.VISIT
    assert event.party_codes == ("ETH", "KEN")
    assert str(event.date) == "2024-03-12/2024-03-14"


def test_meeting_mentioned_again_is_one_event() -> None:
    text = (
        "Le ministre péruvien des Affaires étrangères a reçu lundi à Lima l'ambassadeur du "
        "Chili. Au cours de l'entretien, les deux parties ont évoqué la coopération minière."
    )
    event = only(text, "2024-06-12")
    assert isinstance(event, Consultation)
    assert event.format is ConsultationFormat.MEETING
    assert event.party_codes == ("CHL", "PER")
    assert event.date == PartialDate(year=2024, month=6, day=10)


# -- agreements -----------------------------------------------------------------------


def test_signed_agreement_with_sector_place_and_date() -> None:
    event = only(
        "Le Maroc et le Sénégal ont signé le 3 mai 2024 à Dakar un accord de coopération "
        "dans le domaine de la pêche.",
    )
    assert isinstance(event, Agreement)
    assert event.status is Stage.SIGNED
    assert event.date == PartialDate(year=2024, month=5, day=3)
    assert event.place == "Dakar"
    assert event.sectors == {Sector.AGRICULTURE}


def test_ratification_with_weekday_and_unknown_year() -> None:
    event = only(
        "Le Parlement islandais a ratifié, jeudi 14 novembre, le traité de coopération "
        "maritime avec la Norvège."
    )
    assert isinstance(event, Agreement)
    assert event.status is Stage.RATIFIED
    assert event.party_codes == ("ISL", "NOR")
    assert event.date == PartialDate(month=11, day=14)
    assert Sector.TRANSPORT in event.sectors


def test_enumerated_instruments_are_one_event_each() -> None:
    text = (
        "Le Bénin et le Niger ont signé trois accords mercredi à Cotonou. "
        "Le premier accord porte sur le commerce transfrontalier. "
        "Le deuxième accord concerne l'énergie solaire. "
        "Un mémorandum d'entente sur la santé a également été signé."
    )
    events = extract(text, published="2024-07-05").events
    agreements = [e for e in events if isinstance(e, Agreement)]
    assert len(agreements) == 3
    assert [set(a.sectors) for a in agreements] == [
        {Sector.TRADE},
        {Sector.ENERGY},
        {Sector.HEALTH},
    ]
    assert all(a.party_codes == ("BEN", "NER") for a in agreements)


def test_group_of_instruments_given_by_number_is_one_event() -> None:
    event = only(
        "La Côte d'Ivoire et le Ghana ont signé mardi 14 accords de coopération.",
        "2024-09-20",
    )
    assert isinstance(event, Agreement)
    assert event.quantity == 14


def test_counted_list_of_subjects_gives_one_instrument_per_subject() -> None:
    text = (
        "Le Togo et le Bénin ont signé jeudi à Lomé trois accords portant sur la santé, "
        "les transports routiers et l'énergie solaire."
    )
    agreements = list(extract(text, published="2024-02-10").events)
    assert len(agreements) == 3
    assert all(isinstance(a, Agreement) and a.status is Stage.SIGNED for a in agreements)
    assert sorted(tuple(sorted(s.value for s in a.sectors)) for a in agreements) == [
        ("energy",),
        ("health",),
        ("transport",),
    ]
    assert {a.place for a in agreements} == {"Lomé"}


def test_counted_list_item_merges_with_the_instrument_named_later() -> None:
    text = (
        "Le Togo et le Bénin ont signé jeudi à Lomé deux accords portant sur la santé et "
        "l'énergie solaire. La convention sanitaire prévoit des échanges de médecins."
    )
    agreements = extract(text, published="2024-02-10").events
    assert len(agreements) == 2


@pytest.mark.parametrize(
    "text",
    [
        # the count and the list disagree: one batch
        "Le Togo et le Bénin ont signé jeudi quatre accords portant sur la santé et l'énergie.",
        # "dans les domaines de": the fields of the batch as a whole
        "Le Togo et le Bénin ont signé jeudi deux accords dans les domaines de la santé et "
        "de l'énergie.",
    ],
)
def test_lists_that_do_not_name_each_instrument_stay_one_batch(text: str) -> None:
    event = only(text, "2024-02-10")
    assert isinstance(event, Agreement)
    assert event.quantity is not None


def test_an_earlier_session_named_in_passing_is_background() -> None:
    text = (
        "Le Mali et le Niger ont tenu lundi à Bamako la sixième session de leur commission "
        "mixte, dix ans après la cinquième, qui s'est tenue en 2014 à Niamey."
    )
    events = sorted(extract(text, published="2024-03-20").events, key=lambda e: e.background)
    assert [e.background for e in events] == [False, True]
    current, earlier = events
    assert isinstance(current, Consultation)
    assert isinstance(earlier, Consultation)
    assert current.round == 6
    assert current.place == "Bamako"
    assert earlier.round == 5
    assert earlier.date == PartialDate(year=2014)
    assert earlier.format is ConsultationFormat.JOINT_COMMISSION
    assert earlier.party_codes == ("MLI", "NER")


def test_an_earlier_session_after_a_demonstrative() -> None:
    text = (
        "La commission mixte entre le Gabon et le Congo s'est réunie mardi à Libreville. "
        "Cette session, vingt ans après celle de 2004, à Brazzaville, a été fructueuse."
    )
    events = extract(text, published="2024-03-20").events
    earlier = [e for e in events if e.background]
    assert len(earlier) == 1
    assert isinstance(earlier[0], Consultation)
    assert earlier[0].place == "Brazzaville"
    assert earlier[0].date == PartialDate(year=2004)
    assert [e.place for e in events if not e.background] == ["Libreville"]


def test_bills_adopted_earlier_approve_the_instruments_they_authorise() -> None:
    text = (
        "Mardi 4 juin, le Parlement du Gabon a adopté deux projets de loi. "
        "Le premier autorise le président de la République à ratifier la convention "
        "multilatérale sur l'assistance administrative en matière fiscale. "
        "Le second permet au chef de l'État de ratifier l'accord de transport aérien conclu "
        "avec le Cameroun."
    )
    agreements = [e for e in extract(text, published="2024-06-10").events if not e.background]
    assert [(a.party_codes, a.status) for a in agreements if isinstance(a, Agreement)] == [
        (("GAB",), Stage.APPROVED),
        (("CMR", "GAB"), Stage.APPROVED),
    ]


def test_an_instrument_named_inside_another_ones_title_is_not_an_event() -> None:
    event = only(
        "Le Parlement du Pérou a ratifié vendredi le protocole additionnel relatif au "
        "protocole de Montréal sur la protection de la couche d'ozone.",
        "2024-06-10",
    )
    assert isinstance(event, Agreement)
    assert event.party_codes == ("PER",)
    assert event.status is Stage.RATIFIED


def test_an_instrument_cited_as_a_frame_is_not_an_event() -> None:
    event = only(
        "Les deux ministres ont salué la mise en œuvre de l'accord de pêche ainsi que la "
        "signature mardi du nouveau protocole sur la santé entre le Maroc et le Sénégal.",
        "2024-05-10",
    )
    assert isinstance(event, Agreement)
    assert event.instrument.value == "protocol"
    assert event.party_codes == ("MAR", "SEN")


def test_an_instrument_cited_as_a_frame_with_its_own_past_stage_is_background() -> None:
    text = (
        "Les ministres du Chili et du Pérou se sont rencontrés lundi à Lima. Ils ont "
        "travaillé conformément à l'accord de coopération judiciaire, signé le 3 mai 2009."
    )
    agreements = [
        e for e in extract(text, published="2024-04-10").events if isinstance(e, Agreement)
    ]
    assert len(agreements) == 1
    assert agreements[0].background
    assert agreements[0].date == PartialDate(year=2009, month=5, day=3)


def test_an_attribute_after_a_demonstrative_takes_up_the_instrument() -> None:
    text = (
        "La Tunisie et l'Algérie ont signé jeudi un accord sur le commerce. "
        "Cet accord d'une durée de trois ans porte sur l'échange de produits agricoles."
    )
    assert len(extract(text, published="2024-05-10").events) == 1


def test_an_instrument_cited_in_a_meeting_keeps_its_own_sides() -> None:
    text = (
        "Le président chilien a reçu vendredi à Santiago son homologue argentin et l'a "
        "assuré de son soutien à un nouvel accord de partenariat entre l'Argentine et "
        "l'Union européenne. En cours de négociation depuis 2019, cet accord avec l'UE "
        "vise à renforcer les échanges."
    )
    events = extract(text, published="2024-05-10").events
    meetings = [e for e in events if isinstance(e, Consultation)]
    agreements = [e for e in events if isinstance(e, Agreement)]
    assert [m.party_codes for m in meetings] == [("ARG", "CHL")]
    assert [a.party_codes for a in agreements] == [("ARG", "EU")]
    assert agreements[0].status is Stage.NEGOTIATED


def test_a_communique_that_relays_a_meeting_is_not_a_declaration() -> None:
    event = only(
        "La commission mixte entre le Niger et le Tchad s'est réunie lundi à Niamey. "
        "Les experts ont examiné les échanges commerciaux, indique le communiqué final "
        "de la réunion.",
        "2024-05-10",
    )
    assert isinstance(event, Consultation)


def test_the_last_session_named_with_its_year_does_not_date_this_one() -> None:
    text = (
        "Le Ghana et le Togo ont tenu à Accra la septième session de leur commission mixte, "
        "la première depuis la dernière session de la commission mixte, en 2015."
    )
    events = sorted(extract(text, published="2024-05-10").events, key=lambda e: e.background)
    earlier = (PartialDate(year=2015), True)
    assert [(e.date, e.background) for e in events] == [(None, False), earlier]
    assert [e.round for e in events if isinstance(e, Consultation)] == [7, None]


def test_an_instrument_inside_an_organisations_name_is_not_an_event() -> None:
    event = only(
        "Le Kazakhstan et l'Arménie ont signé lundi un accord sur l'énergie et rappelé le "
        "rôle de l'Organisation du traité de sécurité collective.",
        "2024-05-10",
    )
    assert isinstance(event, Agreement)
    assert event.instrument.value == "agreement"


def test_principles_enshrined_in_a_charter_are_not_an_event() -> None:
    text = (
        "Le Pérou et la Bolivie ont signé mardi à Lima un accord sur les transports. "
        "Le texte rappelle les objectifs consacrés dans la Charte des Nations unies."
    )
    agreements = extract(text, published="2024-05-10").events
    assert [a.party_codes for a in agreements] == [("BOL", "PER")]


def test_talks_between_the_two_leaders_are_a_negotiation() -> None:
    text = (
        "Le président ghanéen a signé vendredi à Accra une déclaration commune avec son "
        "homologue ivoirien, juste après les négociations entre les deux présidents."
    )
    events = extract(text, published="2024-05-10").events
    talks = [e for e in events if isinstance(e, Consultation)]
    assert [(t.format, t.party_codes) for t in talks] == [
        (ConsultationFormat.NEGOTIATION, ("CIV", "GHA"))
    ]


def test_a_declaration_qualified_by_a_visitor_is_the_one_signed() -> None:
    text = (
        "Les présidents du Chili et de l'Uruguay ont signé une Déclaration sur le commerce. "
        "Le président uruguayen a qualifié la signature de la Déclaration comme étant le but "
        "de sa visite à Santiago."
    )
    declarations = [
        e for e in extract(text, published="2024-05-10").events if isinstance(e, Declaration)
    ]
    assert [d.party_codes for d in declarations] == [("CHL", "URY")]


def test_a_plural_pronoun_with_a_list_names_one_instrument_per_item() -> None:
    text = (
        "Le Mali et la Guinée ont signé lundi à Bamako un accord sur l'énergie. "
        "S'y ajoutent ceux portant sur la coopération culturelle et la coopération sportive, "
        "ainsi que la convention d'extradition."
    )
    agreements = extract(text, published="2024-05-10").events
    assert len(agreements) == 4
    assert all(isinstance(a, Agreement) and a.party_codes == ("GIN", "MLI") for a in agreements)


def test_two_counted_batches_in_one_sentence_are_two_events() -> None:
    text = (
        "Le Kenya et l'Ouganda ont signé mardi six documents, dont trois accords "
        "intergouvernementaux et trois mémorandums d'entente."
    )
    agreements = [
        e for e in extract(text, published="2024-05-10").events if isinstance(e, Agreement)
    ]
    assert sorted(a.instrument.value for a in agreements) == ["agreement", "memorandum"]


def test_talks_named_after_the_meeting_are_that_meeting() -> None:
    text = (
        "Le président turc a reçu lundi à Ankara son homologue hongrois. "
        "La déclaration conjointe publiée à l'issue des pourparlers porte sur l'énergie."
    )
    consultations = [
        e for e in extract(text, published="2024-05-10").events if isinstance(e, Consultation)
    ]
    assert len(consultations) == 1


def test_a_listed_subject_merges_with_the_instrument_described_later() -> None:
    text = (
        "Le Niger et le Bénin ont signé lundi à Niamey deux accords portant sur la santé et "
        "l'enseignement supérieur. Un mémorandum d'entente dans le domaine de "
        "l'enseignement supérieur et de la recherche scientifique a aussi été signé."
    )
    agreements = extract(text, published="2024-05-10").events
    assert sorted(a.instrument.value for a in agreements if isinstance(a, Agreement)) == [
        "agreement",
        "memorandum",
    ]


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "Le Tchad et le Soudan ont signé lundi un accord sur le règlement du conflit.",
            {"security"},
        ),
        ("L'Irak et la Jordanie ont signé lundi un accord sur la sécurité sanitaire.", {"health"}),
        (
            "Le Niger et l'Algérie ont signé lundi un accord sur la gestion des migrations.",
            {"security"},
        ),
        (
            "Le président du Tchad s'est entretenu lundi par téléphone avec son homologue "
            "soudanais et lui a souhaité une excellente santé.",
            {"politics"},
        ),
        # « EAU » in capitals is the Emirates, not water
        (
            "Les Émirats arabes unis (EAU) et le Kenya ont signé lundi à Nairobi un accord "
            "commercial.",
            {"trade"},
        ),
        ("Le Kenya a signé lundi un accord commercial avec les EAU.", {"trade"}),
        (
            "Le Kenya et l'Ouganda ont signé lundi un accord sur la gestion de l'eau.",
            {"environment"},
        ),
    ],
)
def test_sector_phrases(text: str, sectors: set[str]) -> None:
    event = only(text, "2024-05-10")
    assert {s.value for s in event.sectors} == sectors


def test_a_secretary_for_trade_is_a_head() -> None:
    event = only(
        "La secrétaire britannique au Commerce, Jane Doe, et le ministre indien du Commerce, "
        "Ravi Kumar, ont signé mardi un accord sur les échanges.",
        "2024-05-10",
    )
    assert {p.name for p in event.persons} == {"Jane Doe", "Ravi Kumar"}


def test_a_head_written_in_capitals_is_the_same_person() -> None:
    text = (
        "La visite officielle du président du Mali, Assimi Goïta, en Guinée s'est achevée. "
        "Le président du Mali, Son Excellence Monsieur Assimi GOITA, a effectué une visite "
        "officielle en Guinée du 3 au 5 mars 2024."
    )
    visits = extract(text, published="2024-03-06").events
    assert len(visits) == 1


def test_a_statement_about_visits_relays_them() -> None:
    text = (
        "Le ministère des Affaires étrangères du Kenya a diffusé une déclaration sur les "
        "visites au Kenya du secrétaire général de l'ONU, qui a rencontré mardi le président "
        "kényan."
    )
    events = extract(text, published="2024-03-06").events
    assert not any(isinstance(e, Declaration) for e in events)


def test_talks_described_again_are_the_same_meeting() -> None:
    text = (
        "Les ministres serbe et croate des Affaires étrangères se sont rencontrés samedi à "
        "Vienne. Il s'agissait des premiers pourparlers bilatéraux depuis deux ans."
    )
    assert len(extract(text, published="2024-03-06").events) == 1


def test_a_committee_sitting_by_video_is_domestic_throughout() -> None:
    text = (
        "La commission de la défense du Parlement du Chili s'est réunie jeudi par "
        "visioconférence. Lors de la visioconférence, son président a présenté l'accord de "
        "coopération militaire avec le Pérou."
    )
    events = extract(text, published="2024-03-06").events
    assert not any(isinstance(e, Consultation) for e in events)


def test_a_signature_named_as_an_aim_has_not_happened() -> None:
    text = (
        "Le ministre serbe a rencontré lundi à Belgrade son homologue kosovar. Il a souligné "
        "les efforts de la Serbie en vue de la normalisation des relations, la signature "
        "d'un traité de paix et l'ouverture des frontières."
    )
    events = extract(text, published="2024-03-06").events
    assert not any(isinstance(e, Agreement) for e in events)


def test_a_meeting_in_private_then_with_both_delegations_is_two_meetings() -> None:
    text = (
        "Le ministre tchèque a rencontré mardi à Prague son homologue slovaque. "
        "À la suite de la rencontre en tête-à-tête, les deux ministres ont tenu une réunion "
        "élargie avec les membres des deux délégations. Au cours de la réunion élargie, ils "
        "ont évoqué l'énergie."
    )
    meetings = extract(text, published="2024-03-06").events
    assert len(meetings) == 2
    assert all(isinstance(m, Consultation) for m in meetings)


def test_meetings_with_several_persons_are_one_meeting_each() -> None:
    text = (
        "Le secrétaire général de l'OTAN a effectué du 2 au 4 juin une visite en Géorgie, "
        "où il a eu des rencontres avec M. Irakli Kobakhidze, Premier ministre géorgien, "
        "M. Shalva Papuashvili, président du Parlement géorgien, et d'autres responsables."
    )
    events = extract(text, published="2024-06-05").events
    meetings = [e for e in events if isinstance(e, Consultation) and e.format.value == "meeting"]
    assert sorted(p.name.split()[-1] for m in meetings for p in m.persons) == [
        "Kobakhidze",
        "Papuashvili",
    ]


def test_the_subject_after_a_meeting_is_not_one_met() -> None:
    text = (
        "À l'issue de ses entretiens avec le ministre français, Jean Dupont, M. Karim Alaoui "
        "a relevé la qualité des relations entre le Maroc et la France."
    )
    events = extract(text, published="2024-06-05").events
    assert len(events) == 1


def test_a_minister_meeting_an_organisations_head_gives_both_sides() -> None:
    event = only(
        "Le ministre ghanéen des Affaires étrangères s'est entretenu mardi à Accra avec le "
        "secrétaire général de l'OCI.",
        "2024-05-10",
    )
    assert isinstance(event, Consultation)
    assert event.party_codes == ("GHA", "OIC")


def test_a_round_of_negotiations_for_an_agreement_between_two_states() -> None:
    text = (
        "Le quatrième cycle de négociations en vue d'un accord de libre-échange entre le "
        "Chili et la Corée du Sud s'est tenu du 3 au 5 juin à Séoul."
    )
    talks = [
        e for e in extract(text, published="2024-06-10").events if isinstance(e, Consultation)
    ]
    assert [(t.format, t.party_codes, t.round) for t in talks] == [
        (ConsultationFormat.NEGOTIATION, ("CHL", "KOR"), 4)
    ]


def test_a_partnership_council_is_a_standing_body() -> None:
    event = only(
        "La cinquième réunion du Conseil de partenariat Géorgie-Union européenne s'est tenue "
        "mardi à Bruxelles.",
        "2024-06-10",
    )
    assert isinstance(event, Consultation)
    assert event.format is ConsultationFormat.JOINT_COMMISSION
    assert event.round == 5


def test_an_earlier_round_named_with_precedent() -> None:
    text = (
        "Le troisième cycle des consultations politiques entre le Pérou et l'Équateur s'est "
        "tenu lundi à Quito. Le ministre a rappelé que le cycle précédent, tenu en mai 2022 "
        "à Lima, avait fixé une feuille de route."
    )
    events = extract(text, published="2024-06-10").events
    earlier = [e for e in events if e.background]
    assert [(e.date, e.place) for e in earlier] == [(PartialDate(year=2022, month=5), "Lima")]


def test_a_session_in_a_later_month_without_years_is_background() -> None:
    text = (
        "Alger, le 3 mars (APS) - Le ministre algérien s'est entretenu hier par téléphone "
        "avec son homologue tunisien. Ils ont évoqué la 20e session de la commission mixte "
        "algéro-tunisienne, tenue en octobre à Tunis."
    )
    events = {e.format: e for e in extract(text).events if isinstance(e, Consultation)}
    call = events[ConsultationFormat.PHONE_CALL]
    session = events[ConsultationFormat.JOINT_COMMISSION]
    assert session.background
    assert not call.background
    assert call.date == PartialDate(month=3, day=2)
    assert call.place is None  # a call has no place, not even the main event's


def test_a_day_of_a_visit_is_that_visit() -> None:
    text = (
        "Le président du Ghana a effectué du 5 au 7 mars 2024 une visite officielle au Togo. "
        "La visite s'est achevée jeudi 7 mars par une étape à Kara."
    )
    visits = extract(text, published="2024-03-08").events
    assert len(visits) == 1


def test_a_verb_after_a_long_subject_gives_the_stage_its_date() -> None:
    event = only(
        "L'accord entre la Confédération suisse et le Chili concernant la promotion et la "
        "protection réciproque des investissements est entré en vigueur le 16 avril 2026.",
        "2026-04-17",
    )
    assert isinstance(event, Agreement)
    assert event.status is Stage.IN_FORCE
    assert event.date == PartialDate(year=2026, month=4, day=16)


def test_a_city_with_an_article_after_au() -> None:
    events = extract(
        "Le ministre soudanais a effectué lundi une visite officielle au Caire, où il a été "
        "reçu par son homologue égyptien.",
        published="2026-04-17",
    ).events
    assert {e.place for e in events} == {"Le Caire"}


def test_old_signature_is_background() -> None:
    text = (
        "Les deux ministres ont rappelé l'accord de coopération judiciaire entre le Chili et "
        "le Pérou signé le 12 mai 2009, lors d'une rencontre tenue lundi à Lima."
    )
    doc = extract(text, published="2024-04-10")
    agreements = [e for e in doc.events if isinstance(e, Agreement)]
    assert len(agreements) == 1
    assert agreements[0].background
    assert agreements[0].date == PartialDate(year=2009, month=5, day=12)


def test_approval_of_instruments_signed_earlier_is_dated_by_the_approval() -> None:
    text = (
        "Rabat, 22/01/2026 (MAP) - Le Conseil de gouvernement, réuni jeudi 22 janvier à "
        "Rabat, a approuvé un accord signé à Kigali le 14 octobre 2025 entre le Maroc et "
        "le Rwanda."
    )
    event = only(text)
    assert isinstance(event, Agreement)
    assert event.status is Stage.APPROVED
    assert event.date == PartialDate(year=2026, month=1, day=22)


def test_a_signature_that_could_come_later_has_not_happened() -> None:
    event = only(
        "Les ministres du Canada et du Mexique ont salué le paraphe, jeudi à Ottawa, de "
        "l'accord sur les qualifications, dont la signature pourrait intervenir en 2027.",
        "2026-10-31",
    )
    assert isinstance(event, Agreement)
    assert event.status is Stage.NEGOTIATED


def test_the_state_that_welcomes_a_signature_is_not_its_side() -> None:
    text = (
        "La Suisse salue la signature, lundi à Lomé, de l'accord de paix entre le Togo et "
        "le Bénin."
    )
    events = extract(text, published="2026-10-07").events
    assert sorted((type(e).__name__, e.party_codes) for e in events) == [
        ("Agreement", ("BEN", "TGO")),
        ("Declaration", ("CHE",)),
    ]


def test_a_listed_instrument_tending_to_an_aim_is_listed() -> None:
    text = (
        "Le Conseil de gouvernement du Maroc a approuvé jeudi trois accords signés avec le "
        "Rwanda. Il s'agit d'un accord relatif aux services aériens, d'une convention "
        "tendant à éviter la double imposition et d'un mémorandum d'entente sur la santé."
    )
    agreements = extract(text, published="2026-01-22").events
    assert sorted(a.instrument.value for a in agreements if isinstance(a, Agreement)) == [
        "agreement",
        "convention",
        "memorandum",
    ]


def test_a_visit_to_a_training_camp_is_not_diplomatic() -> None:
    text = (
        "Le Sénégal et la Gambie ont joué samedi. Le ministre des Sports a effectué une "
        "visite au camp d'entraînement de l'équipe nationale."
    )
    events = extract(text, published="2026-09-16").events
    assert not any(
        isinstance(e, Consultation) and e.format is ConsultationFormat.VISIT for e in events
    )


def test_instruments_listed_after_an_approval_are_headed_by_the_approver() -> None:
    text = (
        "Le Conseil de gouvernement du Maroc, réuni jeudi sous la présidence du Chef du "
        "gouvernement, M. Karim Alami, a approuvé deux accords signés avec le Rwanda. Il "
        "s'agit d'un accord relatif aux services aériens et d'un mémorandum d'entente sur la "
        "santé, a indiqué le porte-parole du gouvernement, M. Said Fikri."
    )
    agreements = [
        e for e in extract(text, published="2026-01-22").events if isinstance(e, Agreement)
    ]
    assert len(agreements) == 2
    assert all([p.name for p in a.persons] == ["Karim Alami"] for a in agreements)


def test_names_with_an_apostrophe_after_one_capital() -> None:
    event = only(
        "La ministre burkinabè, Aminata Zerbo, a rencontré son homologue ivoirien, Bertin "
        "N’Guessan, à Abidjan.",
        "2026-06-06",
    )
    assert {p.name.split()[-1] for p in event.persons} == {"Zerbo", "N'Guessan"}


# -- declarations ----------------------------------------------------------------------


def test_joint_declaration_establishing_a_partnership() -> None:
    event = only(
        "La Mongolie et le Kazakhstan ont adopté mardi une déclaration conjointe sur "
        "l'établissement d'un partenariat stratégique.",
        "2024-10-03",
    )
    assert isinstance(event, Declaration)
    assert event.declaration is DeclarationKind.JOINT_DECLARATION
    assert event.party_codes == ("KAZ", "MNG")
    assert event.establishes is not None
    assert event.establishes.startswith("partenariat stratégique")


def test_a_titled_declaration_signed_by_both_heads_of_state() -> None:
    text = (
        "Le président péruvien a reçu vendredi à Lima son homologue bolivien. Les deux chefs "
        "d'État ont signé la « Déclaration de Lima » sur un partenariat renforcé."
    )
    declarations = [
        e for e in extract(text, published="2026-03-08").events if isinstance(e, Declaration)
    ]
    assert [(d.party_codes, d.title) for d in declarations] == [
        (("BOL", "PER"), "Déclaration de Lima")
    ]


def test_received_by_with_an_adverb_is_a_meeting() -> None:
    event = only(
        "La ministre norvégienne a également été reçue mardi par le Premier ministre islandais.",
        "2026-03-08",
    )
    assert isinstance(event, Consultation)
    assert event.party_codes == ("ISL", "NOR")


def test_the_implicit_side_is_the_datelines_state() -> None:
    text = (
        "Dakar, le 4 mars (APS) - Le ministre des Affaires étrangères, Moussa Diop, s'est "
        "entretenu hier avec son homologue gambien. Il a par ailleurs reçu hier l'envoyé "
        "spécial de l'Union africaine."
    )
    meetings = [e.party_codes for e in extract(text).events if isinstance(e, Consultation)]
    assert ("AU", "SEN") in meetings


def test_an_instrument_that_will_be_signed_is_not_an_event() -> None:
    text = (
        "Le chef du gouvernement libyen se rendra à Tunis la semaine prochaine. Selon la même "
        "source, un accord sur la gestion conjointe du poste frontalier et la facilitation "
        "du passage des marchandises sera signé à cette occasion."
    )
    assert extract(text, published="2026-01-20").events == ()


def test_a_meeting_on_the_sidelines_of_a_summit_has_its_own_sides() -> None:
    text = (
        "En marge du sommet de l'Union africaine, tenu à Addis-Abeba, en Éthiopie, le "
        "président ghanéen a rencontré lundi son homologue kényan."
    )
    meetings = [
        e.party_codes
        for e in extract(text, published="2026-02-10").events
        if isinstance(e, Consultation) and e.format is ConsultationFormat.MEETING
    ]
    assert meetings == [("GHA", "KEN")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Le ministre turc des Affaires étrangères, Selim Karataş, a rencontré mardi son "
            "homologue pakistanais, Zubair Lodhi.",
            {"Selim Karataş", "Zubair Lodhi"},
        ),
        (
            "Le ministre vietnamien des Affaires étrangères, Lê Hoài Trung, a rencontré mardi "
            "son homologue laotien, Thongsavanh Phomvihane.",
            {"Lê Hoài Trung", "Thongsavanh Phomvihane"},
        ),
        (
            "Le ministre mauritanien des Pêches et des Productions halieutiques, Sidi Vall, a "
            "signé mardi un accord sur la pêche avec son homologue algérien, Yacine Hamdi.",
            {"Sidi Vall", "Yacine Hamdi"},
        ),
        (
            "Avant-hier, la ministre canadienne Claire Roy s'est entretenue par téléphone avec "
            "son homologue mexicain, Pablo Ortiz.",
            {"Claire Roy", "Pablo Ortiz"},
        ),
    ],
)
def test_heads_names(text: str, names: set[str]) -> None:
    event = only(text, "2026-05-10")
    assert {p.name for p in event.persons} == names


def test_a_visit_at_someones_invitation_took_place() -> None:
    event = only(
        "Le ministre kényan a effectué du 3 au 5 juin une visite officielle en Ouganda, à "
        "l'invitation de son homologue ougandais.",
        "2026-06-06",
    )
    assert isinstance(event, Consultation)
    assert event.format is ConsultationFormat.VISIT


def test_a_counted_batch_stays_beside_the_session_minutes() -> None:
    text = (
        "La VIe réunion de la commission intergouvernementale kazakho-turque s'est tenue "
        "les 14 et 15 avril à Astana. Les coprésidents ont signé le protocole de la VIe "
        "réunion. En outre, quatre mémorandums d'entente ont été signés."
    )
    agreements = [
        e for e in extract(text, published="2026-04-16").events if isinstance(e, Agreement)
    ]
    assert sorted((a.instrument.value, a.quantity) for a in agreements) == [
        ("memorandum", 4),
        ("protocol", None),
    ]


def test_the_second_text_ratified_is_an_instrument() -> None:
    text = (
        "Le Parlement du Pérou a ratifié mardi deux accords avec la Bolivie. Le premier texte "
        "ratifié porte sur la pêche. Le second texte ratifié porte sur l'enseignement supérieur."
    )
    agreements = extract(text, published="2026-06-06").events
    assert len(agreements) == 2


def test_a_summit_held_after_a_long_adverbial() -> None:
    text = (
        "Le Premier ministre japonais et son homologue indien ont tenu vendredi à Tokyo le "
        "19e sommet annuel Japon-Inde. Le dirigeant indien effectue du 27 au 29 août une "
        "visite officielle au Japon."
    )
    events = extract(text, published="2026-08-29").events
    formats = {e.format for e in events if isinstance(e, Consultation)}
    assert ConsultationFormat.SUMMIT in formats


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Le Royaume de Norvège condamne avec fermeté l'attaque perpétrée hier.", "NOR"),
        ("Le Chili salue la signature de l'accord de paix entre les deux pays voisins.", "CHL"),
        ("Rabat, le 3 mars (MAP) - Nous condamnons fermement cette agression.", "MAR"),
    ],
)
def test_a_states_own_reaction_is_its_statement(text: str, issuer: str) -> None:
    declarations = [
        e for e in extract(text, published="2026-03-03").events if isinstance(e, Declaration)
    ]
    assert [d.party_codes for d in declarations] == [(issuer,)]
    assert declarations[0].declaration is DeclarationKind.STATEMENT


def test_a_ministers_remark_in_a_meeting_is_not_a_statement() -> None:
    text = (
        "Le ministre chilien des Affaires étrangères, Pablo Soto, a reçu lundi son homologue "
        "péruvien. M. Soto a salué la qualité des relations entre le Chili et le Pérou."
    )
    events = extract(text, published="2026-03-03").events
    assert not any(isinstance(e, Declaration) for e in events)


# -- negatives -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le Maroc a enregistré une croissance de 3 % en 2024, selon la banque centrale.",
        "Le festival de jazz de Montréal accueillera des artistes du Brésil et du Japon en juin.",
        "La commission mixte se réunira en décembre prochain à Rabat.",
        "Le Premier ministre a tenu des consultations avec les partis sur les élections.",
        "Les exportations de l'Algérie vers l'Italie ont augmenté le 3 mars.",
        "Les chefs de la diplomatie indienne et pakistanaise ne se sont pas rencontrés.",
        "Le président brésilien sera reçu lundi à Lisbonne par son homologue portugais.",
        "La Banque mondiale a accordé un prêt au Kenya; le programme sera lancé en mai.",
        "Le président tunisien s'est entretenu mardi avec le ministre des Affaires "
        "étrangères, Ali Ben Salah.",
        "Le président du Ghana s'est entretenu jeudi au palais de Jubilee House avec le "
        "ministre des Affaires étrangères, Kofi Mensah.",
        "Le projet de loi a été débattu lors de la réunion plénière du Parlement du Ghana.",
        "Les ministres tchadien et soudanais ont souhaité se rencontrer prochainement.",
        "L'accord sur l'entraide judiciaire entre le Ghana et le Togo définit les procédures "
        "d'audition de témoins par visioconférence.",
        "Le président du Sénégal a invité son homologue gambien à effectuer une visite d'État.",
        "La commission mixte tchado-nigérienne, présidée par les deux Premiers ministres, "
        "se réunira en marge de la visite.",
        "Le président du Niger a présidé mercredi la réunion hebdomadaire du Conseil des "
        "ministres et salué l'accord conclu entre le Gouvernement et les syndicats.",
        "Le ministre a présenté ces résultats lors d'une réunion du cabinet des ministres "
        "consacrée aux échanges avec la Chine et la Russie.",
        "",
        "   \n\n  ",
    ],
)
def test_texts_without_diplomatic_events_yield_none(text: str) -> None:
    assert extract(text, published="2024-06-01").events == ()


def test_a_bill_examined_shows_the_instrument_signed() -> None:
    event = only(
        "Le Conseil de gouvernement du Sénégal a examiné jeudi le projet de loi portant "
        "approbation de l'accord de transport aérien signé avec le Ghana.",
        "2024-05-10",
    )
    assert isinstance(event, Agreement)
    assert event.status is Stage.SIGNED


def test_a_bill_to_be_examined_is_not_an_approval() -> None:
    text = (
        "Le Parlement du Niger a approuvé mardi le projet de loi portant ratification de "
        "l'accord de pêche conclu avec le Bénin. L'Assemblée examinera la semaine prochaine "
        "le projet de loi relatif à l'accord de coopération avec le Tchad."
    )
    agreements = extract(text, published="2024-05-10").events
    assert [a.party_codes for a in agreements] == [("BEN", "NER")]


def test_a_bill_adopted_approves_the_instrument() -> None:
    event = only(
        "L'Assemblée nationale du Niger a adopté mardi le projet de loi portant ratification "
        "de la convention d'extradition conclue avec le Mali.",
        "2024-05-10",
    )
    assert isinstance(event, Agreement)
    assert event.status is Stage.APPROVED
    assert event.party_codes == ("MLI", "NER")


def test_a_numbered_bill_examined_shows_the_instrument_signed() -> None:
    event = only(
        "Le Conseil de gouvernement du Maroc a examiné jeudi le projet de loi n° 12.24 "
        "portant approbation de l'accord de transport aérien signé avec le Ghana.",
        "2024-05-10",
    )
    assert isinstance(event, Agreement)
    assert event.status is Stage.SIGNED


def test_an_initialled_text_is_negotiated_not_signed() -> None:
    event = only(
        "Les textes de l'accord entre la Suisse et l'Union européenne ont été paraphés "
        "vendredi à Berne.",
        "2024-05-10",
    )
    assert isinstance(event, Agreement)
    assert event.status is Stage.NEGOTIATED


def test_an_organisations_own_meeting() -> None:
    event = only(
        "Le Chili a participé lundi à la réunion ministérielle de l'OCDE tenue à Paris.",
        "2024-05-08",
    )
    assert isinstance(event, Consultation)
    assert event.party_codes == ("CHL", "OECD")
    assert event.place == "Paris"
