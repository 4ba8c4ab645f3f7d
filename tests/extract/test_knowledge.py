"""What is known of the whole document before its sentences are assembled.

``Knowledge.of`` is what the assembly calls first; these tests read French
sentences written for diplorel and pin what it promises: the main pair (the
parties named most, the first sentences counting twice, a capital named as
where something happens counting half, a person counting for their side, the
dateline's state first), the dateline's state, who acts for which side (also
when named again by family name), the heads of delegation per sentence, the
first head of each side, and the fullest form of each name.
"""

from __future__ import annotations

import attrs
import pytest

from diplorel.extract._assemble import read_sentences
from diplorel.extract._knowledge import Knowledge
from diplorel.extract._text import prepare
from diplorel.extract.recognise._lexicon import lexicon
from diplorel.model import PartialDate


def _know(text: str) -> Knowledge:
    prepared = prepare(text)
    return Knowledge.of(
        prepared, read_sentences(prepared, lexicon(), PartialDate.parse("2025-03-12"))
    )


def test_the_pair_is_the_two_parties_named_most() -> None:
    know = _know(
        "Le Chili et le Kenya ont parlé. Le Pérou aussi. Le Kenya insiste. Le Kenya signe."
    )
    assert know.pair == ["KEN", "CHL"]  # Kenya thrice; Chile before Peru at equal counts


def test_a_mention_in_the_first_sentences_counts_twice() -> None:
    # once in the first sentence weighs as much as twice later; the earlier wins a tie
    know = _know("Le Kenya a parlé. Rien de plus. Toujours rien. Le Chili et encore le Chili.")
    assert know.pair == ["KEN", "CHL"]
    later = _know("Le Kenya a parlé. Rien de plus. Toujours rien. Le Chili, le Chili, le Chili.")
    assert later.pair == ["CHL", "KEN"]


def test_a_capital_named_as_where_something_happens_counts_half() -> None:
    know = _know("Le Kenya a parlé à Lima. Le Chili a répondu.")
    assert know.pair == ["KEN", "CHL"]  # Lima (Peru) counts half, behind Chile


def test_a_person_counts_for_their_side_also_when_named_again() -> None:
    know = _know(
        "Le Pérou et le Chili ont parlé. Le Chili insiste. Le ministre kényan Amos Wafula "
        "est arrivé. M. Wafula a salué la rencontre. M. Wafula a conclu."
    )
    # Kenya is named once, but its minister counts for it, then twice by family name
    assert know.pair == ["KEN", "CHL"]
    assert know.known_people == {"Wafula": "KEN"}


def test_the_dateline_state_is_home_and_first_of_the_pair() -> None:
    know = _know(
        "Lima, le 10 mars (AGENCE) - Le Pérou et le Chili ont tenu des consultations. "
        "Le Kenya et le Chili ont aussi parlé. Le Kenya, encore le Kenya, toujours le Kenya."
    )
    assert know.home == "PER"
    assert know.pair == ["PER", "KEN"]  # Kenya is named most, Peru is the dateline's


@pytest.mark.parametrize(
    "text",
    [
        "Le Pérou et le Chili ont tenu des consultations à Lima, le 10 mars.",  # not a dateline
        "Le Pérou et le Chili ont parlé. Lima, la capitale, les accueille.",  # no date after
    ],
)
def test_no_dateline_no_home(text: str) -> None:
    assert _know(text).home is None


def test_a_text_without_parties_knows_nothing() -> None:
    know = _know("Il pleut sur la ville depuis ce matin.")
    assert know == Knowledge(
        pair=[], home=None, known_people={}, delegation_heads={}, chiefs={}, fullest={}
    )


def test_heads_of_delegation_and_the_chief_of_each_side() -> None:
    know = _know(
        "La délégation kényane, conduite par le ministre Alfred Mutua, a rencontré la "
        "délégation péruvienne conduite par la ministre Ana Cecilia Gervasi. "
        "M. Mutua a salué les échanges."
    )
    heads = {i: [(p.name, p.party) for p in people] for i, people in know.delegation_heads.items()}
    assert heads == {0: [("Alfred Mutua", "KEN"), ("Ana Cecilia Gervasi", "PER")]}
    assert {code: p.name for code, p in know.chiefs.items()} == {
        "KEN": "Alfred Mutua",
        "PER": "Ana Cecilia Gervasi",
    }
    # the side of a head of delegation is known for the rest of the document
    assert know.known_people == {"Mutua": "KEN", "Gervasi": "PER"}


def test_the_fullest_form_of_each_name_with_its_side() -> None:
    know = _know(
        "Le président chinois Xi Jinping a reçu le ministre kényan Amos Wafula. "
        "M. Xi a salué la coopération."
    )
    full = {key: (p.name, p.party) for key, p in know.fullest.items()}
    assert full["jinping"] == ("Xi Jinping", "CHN")
    assert full["xi"] == ("Xi Jinping", "CHN")  # a family name written first
    assert full["wafula"] == ("Amos Wafula", "KEN")
    assert "m" not in full  # a title is no name


def test_knowledge_is_frozen() -> None:
    know = _know("Le Kenya et le Chili ont parlé.")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        know.home = "KEN"  # type: ignore[misc]
