"""Visits named by a noun phrase with both sides.

Examples written for diplorel; none comes from the annotated corpus.
"""

from __future__ import annotations

from diplorel import Consultation, ConsultationFormat, PartialDate, extract
from diplorel.extract._text import prepare
from diplorel.extract._visits import occurrences, scanned


def _visits(text: str, published: str | None) -> list[Consultation]:
    return [
        e
        for e in extract(text, published=published).events
        if isinstance(e, Consultation) and e.format is ConsultationFormat.VISIT
    ]


def test_a_past_visit_named_in_passing_is_background_with_its_own_date() -> None:
    text = (
        "Le ministre ghanéen des Affaires étrangères s'est entretenu mardi à Accra avec son "
        "homologue ivoirien. Les deux ministres ont rappelé la visite du président "
        "ivoirien au Ghana en mars 2019."
    )
    (visit,) = _visits(text, "2024-05-08")
    assert visit.party_codes == ("CIV", "GHA")
    assert visit.background
    assert visit.date == PartialDate(year=2019, month=3)


def test_since_a_year_is_not_the_date_of_a_visit() -> None:
    # « la première visite … depuis 2019 »: since when none took place, not this one's date
    text = (
        "Le ministre tchadien des Affaires étrangères a été reçu lundi à Tokyo par son "
        "homologue japonais, dans le cadre de la première visite d'un chef de la diplomatie "
        "tchadienne au Japon depuis 2019."
    )
    visits = _visits(text, "2024-05-08")
    assert visits
    assert all(not v.background and v.date != PartialDate(year=2019) for v in visits)
    # a date of its own after the host is still the visit's
    past = _visits(text.replace("depuis 2019", "en mars 2019"), "2024-05-08")
    assert any(v.background and v.date == PartialDate(year=2019, month=3) for v in past)


def test_a_return_visit_is_a_trip_of_its_own() -> None:
    text = (
        "Le président kényan a effectué en mai 2023 une visite d'État à Paris. "
        "Les deux pays ont salué la visite de retour du président français au Kenya "
        "en novembre 2023, a indiqué la présidence."
    )
    visits = _visits(text, "2024-05-08")
    assert sorted(str(v.date) for v in visits) == ["2023-05", "2023-11"]
    assert all(v.party_codes == ("FRA", "KEN") for v in visits)


def test_a_possessive_visit_takes_the_person_before_it() -> None:
    text = (
        "Le Premier ministre vietnamien Tran Van Long a quitté Tokyo lundi, mettant fin à "
        "sa visite au Japon."
    )
    (visit,) = _visits(text, "2024-05-08")
    assert visit.party_codes == ("JPN", "VNM")


def test_the_same_trip_is_not_reported_twice() -> None:
    text = (
        "Le président ivoirien a effectué mardi une visite officielle au Ghana. Au cours "
        "de sa visite au Ghana, il a rencontré son homologue ghanéen."
    )
    assert len(_visits(text, "2024-05-08")) == 1


def test_a_visit_to_come_is_none() -> None:
    text = (
        "Le Ghana et la Côte d'Ivoire vont signer un accord lors de la visite du "
        "président ivoirien au Ghana en juin."
    )
    assert _visits(text, "2024-05-08") == []


def test_a_visit_to_a_site_is_no_trip() -> None:
    text = "Le ministre ghanéen a fait une visite d'une usine de cacao à Abidjan."
    assert _visits(text, "2024-05-08") == []


def test_a_person_en_visite_is_the_visitor() -> None:
    text = (
        "Le Ghana souhaite une médiation, a déclaré jeudi au président ivoirien le chef de "
        "la diplomatie ghanéenne Kwame Mensah, en visite officielle en Côte d'Ivoire."
    )
    visits = _visits(text, "2024-05-08")
    assert [v.party_codes for v in visits] == [("CIV", "GHA")]


def test_a_visit_with_a_year_of_its_own_is_past_when_the_article_has_no_year() -> None:
    text = (
        "Bakou, 11 mars, AZERTAC\n"
        "Le président turkmène, en visite à Bakou, s'est entretenu mercredi avec son "
        "homologue azerbaïdjanais. Il a rappelé la visite du président azerbaïdjanais au "
        "Turkménistan en 2018."
    )
    past = [v for v in _visits(text, None) if v.background]  # no publication year
    assert [(v.party_codes, str(v.date)) for v in past] == [(("AZE", "TKM"), "2018")]


def test_a_presence_leading_a_delegation_is_a_visit() -> None:
    text = (
        "Le chef de la diplomatie iranienne, Ali Rezaei, est à Bakou à la tête d'une "
        "délégation pour des entretiens avec les autorités azerbaïdjanaises."
    )
    (visit,) = _visits(text, "2024-05-08")
    assert visit.party_codes == ("AZE", "IRN")
    assert visit.place == "Bakou"


def test_a_stay_is_a_visit() -> None:
    text = "Le ministre malien des Affaires étrangères séjourne depuis lundi à Dakar."
    (visit,) = _visits(text, "2024-05-08")
    assert visit.party_codes == ("MLI", "SEN")


def test_a_building_in_a_city_is_no_visit() -> None:
    text = "Le siège de la banque malienne est à Dakar, à la tête d'un réseau régional."
    assert _visits(text, "2024-05-08") == []


def test_occurrences_of_scanned_and_other_words_are_those_str_find_finds() -> None:
    prepared = prepare("La visite du ministre, puis une autre visite ; visites et revisites.")
    key = prepared.key

    def one_by_one(words: tuple[str, ...]) -> list[int]:
        out = []
        for word in words:
            at = key.find(word)
            while at != -1:
                out.append(at)
                at = key.find(word, at + len(word))
        return out

    registered = scanned(("visite", "puis", "absent du texte"))
    others = ("visites", "ministre", "sit", "visite")
    assert occurrences(prepared, registered) == one_by_one(registered)
    assert occurrences(prepared, others) == one_by_one(others)
    assert occurrences(prepared, registered + others) == one_by_one(registered + others)
    assert len(occurrences(prepared, ("visite",))) == 4
    # scanned words only: read from the scan in the order asked, twice the same answer
    backwards = ("puis", "absent du texte", "visite")
    for _ in range(2):
        assert occurrences(prepared, backwards) == one_by_one(backwards)
    assert occurrences(prepared, ("visite", "puis", "visite")) == one_by_one(
        ("visite", "puis", "visite")
    )
    assert occurrences(prepared, list(backwards)) == one_by_one(backwards)
    assert occurrences(prepared, ("absent du texte",)) == []
