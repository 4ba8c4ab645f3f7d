"""Agreement rules: instruments, the stages reported for them, groups and their members."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from diplorel.extract._draft import _STAGE_RANK, Draft, _Context
from diplorel.extract._lists import counted_items
from diplorel.extract._reading import SentenceReading
from diplorel.extract._text import Prepared
from diplorel.extract.rules._attributes import (
    _actor_parties,
    _complement,
    _dates_of_stage,
    _fill_parties,
    _near,
    _place,
    _quoted_title,
    _title_from,
    _window,
)
from diplorel.extract.rules._cues import _FRAME_BEFORE, _WINDOW, _future

_NUMBER_BEFORE: Final = re.compile(
    r"\b(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"
    r"seize|vingt|trente)\s+(?:\w+\s+){0,2}$"
)


_NUMBERS: Final = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "trente": 30,
}  # fmt: skip


_ANAPHOR_BEFORE: Final = re.compile(
    r"\b(?:cet|cette|ce|ces|ledit|ladite|lesdits|l'|le|la|dudit)\s*$"
)


_DEFINITE_BEFORE: Final = re.compile(r"\b(?:le|la|l'|les)\s*(?:\w+\s+)?$")


_SPECIFIER_AFTER: Final = re.compile(
    r"^\s*(?:de coop|de partenariat|de libre|d'assistance|d'exemption|de suppression|de "
    r"securite|de defense|sur |relatif|relative|portant|concernant|en matiere|dans le domaine|"
    r"pour |entre |tendant a|visant a|de (?:la |l'|le )?(?!ces\b|cet\b)\w+|d'(?!une?\b)\w+|"
    r"-cadre|international|"
    r"bilateral|multilateral|additionnel|\d{4}|commercial|militaire|financier|sur les|du |des )"
)


_ORDINAL_ITEM_BEFORE: Final = re.compile(
    r"\b(?:premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|cinquieme|"
    r"dernier|autre)\s+$"
)


_BETWEEN_OTHERS: Final = re.compile(
    r"[^,;:.]{0,40}?\bentre\s+(?:le|la|les|l')\s*[^,;:.]{3,60}?\s+et\s+(?:le|la|les|l')\s*"
    r"(?:syndicats?|patronat|partenaires sociaux|organisations? syndicales?|"
    r"collectivites|communes|regions|entreprises?|societes?|operateurs?|"
    r"representants des|associations?)\b"
)


def _between_others(prepared: Prepared, reading: SentenceReading, anchor: tuple[int, int]) -> bool:
    """The instrument is between a government and non-state bodies ("entre le
    Gouvernement et les syndicats d'enseignants"), not between parties."""
    match = _BETWEEN_OTHERS.match(prepared.key, anchor[1], reading.sentence.end)
    return match is not None and not _complement(prepared, reading, anchor[1])[0]


_AUTHORISE_BEFORE: Final = re.compile(
    r"\b(?:autorise|autorisant|permet|permettant|habilite|habilitant)\b[^.;]{0,60}\b(?:a|de|d')\s*$"
)


_FUTURE_AUXILIARY: Final = re.compile(
    r"\b(?:sera|seront|serait|seraient|devra|devront|devrait|devraient|doit|doivent|va|vont|"
    r"pourra|pourront|pourrait|pourraient)\s+(?:\w+\s+)?(?:etre\s+)?(?:\w+\s+)?$"
)


_FUTURE_AFTER_NOUN: Final = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:pourrait|pourraient|devrait|devraient|devra|devront|"
    r"interviendra|interviendrait|aura lieu|est prevue?|sont prevues?|sera|seront)\b"
)


_STAGE_NOUN: Final = re.compile(r"(?:ture|tures|tion|tions)\b|^entree")


_PURPOSE_BEFORE: Final = re.compile(
    r"\b(?:en vue d|afin d|dans la perspective d|dans l'optique d|objectif d|"
    r"en direction d|ouvrant la voie a|ouvrir la voie a|encourage\w*|exhorte\w*|"
    r"appelle\w* a|mener a bien|proceder a)[^.;:]{0,90}$"
)
"""A stage named as a noun after an aim ("en vue de la signature", "afin de faciliter la
ratification") has not happened."""


_BILLS: Final = re.compile(r"\bprojets? de (?:loi|decret)\b")


_BILL_BEFORE: Final = re.compile(r"\bprojets? de (?:loi|decret)\b(?:[^.;]|\.\d){0,60}$")


_ADOPTED: Final = re.compile(
    r"\b(?:a|ont)\s+(?:[\w']+\s+)?(?:adopte|vote|approuve)\b|\badopte par\b"
)


def _stages_of(
    key: str, reading: SentenceReading, bills_adopted: bool = False
) -> list[tuple[int, int, str]]:
    """The stages a sentence reports. A stage named by a bill ("le projet de loi portant
    ratification") is reached only when the bill is adopted (in this sentence, or
    earlier when ``bills_adopted``: "l'Assemblée a adopté trois projets de loi. Le
    premier …"), and then it is the approval; a bill merely examined or presented
    shows an instrument signed."""
    s_start, s_end = reading.sentence.start, reading.sentence.end
    out = []
    for start, end, entry in reading.triggers:
        if entry.category != "stage":
            continue
        if _FRAME_BEFORE.search(key, max(s_start, start - 20), start):
            continue
        if _FUTURE_AUXILIARY.search(key, max(s_start, start - 30), start):
            continue  # "sera signé", "devrait être ratifié": not yet
        if _STAGE_NOUN.search(key[start:end]) and _FUTURE_AFTER_NOUN.match(
            key, end, min(s_end, end + _WINDOW)
        ):
            continue  # "dont la signature pourrait intervenir": not yet
        if _STAGE_NOUN.search(key[start:end]) and _PURPOSE_BEFORE.search(
            key, max(s_start, start - 100), start
        ):
            continue  # "en vue de la normalisation, de la signature d'un traité": an aim
        if _BILL_BEFORE.search(key, max(s_start, start - 80), start):
            adopted = bills_adopted or _ADOPTED.search(key, s_start, s_end) is not None
            out.append((start, end, "approved" if adopted else "signed"))
            continue
        if key.startswith("ratifier", start) and _AUTHORISE_BEFORE.search(
            key, max(s_start, start - 80), start
        ):
            out.append((start, end, "approved"))  # "la loi permet au président de ratifier"
            continue
        out.append((start, end, entry.value))
    return out


_MULTILATERAL: Final = re.compile(
    r"\s*(?:\w+\s+){0,3}?(?:multilateral|internationale?|additionnel)"
)


def _multilateral(key: str, anchor: tuple[int, int]) -> bool:
    """A multilateral instrument may be ratified by one state alone."""
    return _MULTILATERAL.match(key, anchor[1], anchor[1] + 60) is not None


def _agreement(
    prepared: Prepared,
    reading: SentenceReading,
    anchor: tuple[int, int],
    instrument: str,
    *,
    stages: list[tuple[int, int, str]],
    pair: list[str],
    both: bool,
    context_stage: _Context | None,
    drafts: list[Draft],
    cited: dict[str, tuple[int, list[str]]],
) -> Draft | None:
    key, text = prepared.key, prepared.text
    s_start, s_end = reading.sentence.start, reading.sentence.end
    phrase = key[anchor[0] : anchor[1]]
    before = key[max(s_start, anchor[0] - 40) : anchor[0]]
    after = key[anchor[1] : min(s_end, anchor[1] + 40)]
    plural = phrase.split()[0].endswith(("s", "x"))  # "accords", "mémorandums d'entente"
    if instrument == "ellipsis":
        previous = next((d for d in reversed(drafts) if d.kind == "agreement"), None)
        if (
            previous is None
            or reading.index - previous.sentence > 1
            or not _ELLIPSIS_AFTER.match(after)
        ):
            return None
        instrument = previous.subtype
        plural = False
        stages = stages or (
            [(previous.anchor[0], previous.anchor[0], previous.stage)] if previous.stage else []
        )
    if (
        instrument == "other"
        and not plural
        and not (
            _ORDINAL_ITEM_BEFORE.search(before)
            and any(0 < st - anchor[1] <= 2 for st, _e, _v in stages)
        )
    ):
        return None  # "le texte" is no instrument; "le second texte ratifié" is one
    if plural and _BREAKDOWN_AFTER.match(after):
        return None  # "six documents, dont trois accords et …": the parts are the events
    if (
        plural
        and re.match(
            r"\s*(?:[\w'-]+\s+){0,4}?(?:deja |precedemment )?(?:signes|conclus|"
            r"ratifies|existants|en vigueur)\b",
            after,
        )
        and not _NUMBER_BEFORE.search(before)
    ):
        return None
    if phrase == "projet" or (re.search(r"\bprojets? (?:de loi|d')\s*$", before) and not stages):
        return None
    if _NESTED_BEFORE.search(before) and any(
        e.category == "instrument" and 0 < anchor[0] - t_end < 120
        for _t, t_end, e in reading.triggers
    ):
        return None  # "le protocole additionnel relatif au protocole de X": one instrument
    stage: str | None = None
    stage_anchor: tuple[int, int] | None = None
    best_rank = (0, 10**9)
    for st_start, st_end, value in stages:
        distance = st_start - anchor[1] if st_start >= anchor[1] else anchor[0] - st_end
        between = key[min(anchor[1], st_end) : max(anchor[0], st_start)]
        # the verb after a long subject ("l'accord entre … concernant … est entré en
        # vigueur") reaches further, unless another instrument comes between
        reach = _STAGE_REACH
        if st_start >= anchor[1] and not any(
            e.category == "instrument" and anchor[1] <= t < st_start
            for t, _e, e in reading.triggers
        ):
            reach = _VERB_REACH
        if distance > reach or ";" in between:
            continue
        # the latest stage within reach, the nearest among equals ("a approuvé trois
        # accords signés à Kigali": approved)
        rank = (-_STAGE_RANK[value], distance)
        if stage is None or rank < best_rank:
            best_rank, stage, stage_anchor = rank, value, (st_start, st_end)
    if _between_others(prepared, reading, anchor):
        return None  # "l'accord entre le Gouvernement et les syndicats": not diplomatic
    if _REFERENCE_BEFORE.search(before) and not _own_stage(reading, anchor, stage_anchor):
        return None  # "dans la mise en œuvre de l'accord": cited, not reported
    inherited = False
    ordinal_item = _ORDINAL_ITEM_BEFORE.search(before) is not None
    specified = _SPECIFIER_AFTER.match(after) is not None or text[anchor[0]].isupper()
    anaphoric = not ordinal_item and _ANAPHOR_BEFORE.search(before) is not None and not specified
    if stage is None:
        if context_stage is None or reading.index - context_stage.sentence > 8:
            return None
        if not (ordinal_item or specified) or anaphoric:
            return None
        stage = context_stage.stage
        inherited = True
    done_before = stage_anchor is not None and stage_anchor[1] <= anchor[0] and not inherited
    future_before = any(k == "future" and 0 <= anchor[0] - e < 80 for _s, e, k in reading.cues)
    if done_before and not future_before:
        pass  # "le paraphe de l'accord, dont la signature pourrait …": the paraphe happened
    elif _future(reading, anchor) and (not inherited or not ordinal_item or future_before):
        return None  # "L'Assemblée examinera … l'accord": not yet, even in an enumeration
    if anaphoric or (
        plural and re.search(r"\b(?:ces|les|ses|leurs)\s+(?:\w+\s+)?$", before) and drafts
    ):
        # "la convention" takes up the last convention; "cet instrument" any instrument
        definite = _DEFINITE_BEFORE.search(before) is not None
        previous = next(
            (
                d
                for d in reversed(drafts)
                if d.kind == "agreement" and (not definite or d.subtype == instrument or d.group)
            ),
            None,
        )
        if previous is not None:
            _advance(previous, stage, stage_anchor, reading, inherited)
            title = _quoted_title(text, anchor[1], s_end)
            if title and previous.title is None:
                previous.title = title
            previous.evidence.append((s_start, s_end))
            return None
    lo, hi = _window(prepared, reading, stage_anchor or anchor)
    lo = min(lo, anchor[0])
    hi = min(hi, max(anchor[1], stage_anchor[1] if stage_anchor else 0) + _PARTY_REACH)
    codes = _actor_parties(prepared, reading, lo, hi)
    reacting = [t for t, _e, e in reading.triggers if e.category == "reaction" and t < anchor[0]]
    if reacting:  # "La France salue la signature de la Charte": France is not a side
        speakers = set(_actor_parties(prepared, reading, s_start, reacting[0]))
        codes = [c for c in codes if c not in speakers] or codes
    if anaphoric and instrument in cited and reading.index - cited[instrument][0] <= 2:
        # "un accord entre X et Y … Cet accord, en négociation depuis 2017": X and Y
        codes = list(dict.fromkeys([*cited[instrument][1], *codes]))
    for person in reading.persons:
        if person.party and person.party not in codes and lo <= person.start < hi:
            codes.append(person.party)
    multilateral = _multilateral(key, anchor)
    parties = _fill_parties(
        codes, pair, both, needed=1 if multilateral else 2, organisation_alone=False
    )
    if len(parties) < 2 and not multilateral:
        return None
    next_instrument = s_end
    for t_start, _t_end, entry in reading.triggers:
        if entry.category == "instrument" and t_start > anchor[1]:
            next_instrument = t_start
            break
    sectors = {v for s, _e, v in reading.sectors if anchor[0] <= s < next_instrument}
    if not sectors and not plural:
        sectors = {v for _s, _e, v in reading.sectors}
    near = None
    if stage_anchor is not None:
        near = _near(_dates_of_stage(reading.dates, stage_anchor, stages), stage_anchor)
    date = near.value if near else None
    heads = [p for p in reading.persons if p.party in parties or p.party is None]
    if inherited and context_stage is not None:
        date = context_stage.date
        approver = context_stage.stage in {"approved", "ratified"} and context_stage.persons
        if not heads or approver:  # the approver, not who announced the list
            heads = list(context_stage.persons)
    title = _quoted_title(text, anchor[1], s_end)
    if title is None and text[anchor[0]].isupper() and anchor[0] > s_start + 2:
        title = _title_from(text, anchor[0], s_end)
    quantity = None
    number = _NUMBER_BEFORE.search(before)
    if plural and number is not None:
        word = number.group(1)
        quantity = int(word) if word.isdigit() else _NUMBERS.get(word)
        if quantity is not None and quantity < 2:
            quantity = None
    return Draft(
        place=_place(prepared, reading),
        kind="agreement",
        sentence=reading.index,
        anchor=anchor,
        parties=parties,
        subtype=instrument,
        date=date,
        sectors=sectors,
        persons=heads,
        evidence=[(s_start, s_end)],
        stage=stage,
        stage_anchor=stage_anchor,
        title=title,
        quantity=quantity,
        group=plural,
    )


_PLURAL_PRONOUNS: Final = frozenset({"ceux", "celles"})


def _members(prepared: Prepared, reading: SentenceReading, group: Draft) -> list[Draft]:
    """The instruments of a counted list ("trois accords portant sur A, B et C")."""
    if not group.group or group.quantity is None:
        return []
    items = counted_items(prepared.key, group.anchor[1], reading.sentence.end, group.quantity)
    return _itemise(reading, group, items)


def _itemise(
    reading: SentenceReading, group: Draft, items: Sequence[tuple[int, int]]
) -> list[Draft]:
    """One instrument per listed item, each with the group's parties, stage, date and
    place and the sectors of its own item."""
    return [
        attrs.evolve(
            group,
            anchor=(start, end),
            parties=set(group.parties),
            sectors={v for s, _e, v in reading.sectors if start <= s < end},
            persons=list(group.persons),
            evidence=[(start, end)],
            quantity=None,
            group=False,
            generic=True,
            title=None,
        )
        for start, end in items
    ]


_STAGE_REACH: Final = 110


_VERB_REACH: Final = 170


_BREAKDOWN_AFTER: Final = re.compile(r"\s*(?:[\w'-]+\s+){0,3}?,?\s*dont\s+(?:\d+|\w+)\s")


_REFERENCE_BEFORE: Final = re.compile(
    r"\b(?:mise en (?:oeuvre|œuvre|application)|application|respect|violation|en vertu|"
    r"conformement|au titre|sur la base|sur le fondement|dans le cadre)\s+"
    r"(?:de la |de l'|du |des |de |d'|a la |a l'|au |aux )(?:\w+ )?$|"
    r"\b(?:consacres?|consacrees?|inscrits?|inscrites?|enonces?|enoncees?|principes)\s+"
    r"(?:dans|par|de|du|des)\s+(?:la |le |l'|les )?(?:\w+ )?$"
)
"""An instrument cited as a frame ("en vertu de l'accord", "le respect de la Convention")
is an event only with a stage of its own right after it ("l'accord signé en 2009")."""


_OWN_STAGE_REACH: Final = 25


def _own_stage(
    reading: SentenceReading, anchor: tuple[int, int], stage: tuple[int, int] | None
) -> bool:
    """The stage is written after the instrument ("l'accord …, signé en 2009"), not just
    before another instrument ("la signature du nouvel accord")."""
    if stage is None or stage[0] < anchor[1]:
        return False
    return not any(
        e.category == "instrument" and anchor[1] < t_start < stage[1] + _OWN_STAGE_REACH
        for t_start, _t_end, e in reading.triggers
    )


_NESTED_BEFORE: Final = re.compile(
    r"\b(?:relatifs? (?:au|a la|a l')|relatives? (?:au|a la|a l')|additionnels? (?:au|a la|a l')|"
    r"amendant (?:le|la|l')|modifiant (?:le|la|l'))\s*$"
)


_PARTY_REACH: Final = 120


_ELLIPSIS_AFTER: Final = re.compile(
    r"\s*(?:de |d'|du |des |concernant|relatifs?|relatives?|portant|sur |en matiere|dans )"
)


def _advance(
    draft: Draft,
    stage: str,
    anchor: tuple[int, int] | None,
    reading: SentenceReading,
    inherited: bool,
) -> None:
    if draft.stage is None or _STAGE_RANK[stage] > _STAGE_RANK[draft.stage]:
        draft.stage = stage
        draft.stage_anchor = anchor
        if not inherited and anchor is not None:
            near = _near(reading.dates, anchor)
            if near is not None:
                draft.date = near.value
