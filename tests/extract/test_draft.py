"""The draft contract: what the rules hand to the in-document merge and the finish.

``Draft`` documents its flags; each is pinned here by what the passes that read
it (``_merge`` and ``_finish``, as the assembly calls them) do with it, on
hand-made drafts: a plural instrument gives way to its members, an item of a
list merges with the instrument named later, a weak consultation gives way to
a strong one, a declaration named again joins the last one, a meeting referred
back to joins one that shares a side, the expanded meeting never joins the one
in private, two counterparts make two meetings, « un autre accord » is a new
one; a summit of a pair named « entre X et Y » (``dyad``) is the summit reported before
with more sides. The trace records each rule once, in order, and no pass reads it as
data (an AST scan of ``diplorel.extract``); a merge keeps both drafts' facts.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Final

import pytest

from diplorel.extract import _draft as draft_module
from diplorel.extract._assemble import Draft
from diplorel.extract._draft import _STAGE_RANK, insert_after_sentence
from diplorel.extract._finish import _finish
from diplorel.extract._merge import _merge
from diplorel.extract.rules import Options
from diplorel.model import PartialDate, Stage

D = PartialDate.parse


def _draft(kind: str = "agreement", subtype: str = "agreement", **fields: object) -> Draft:
    parties = fields.pop("parties", {"KEN", "PER"})
    sentence = fields.pop("sentence", 0)
    assert isinstance(sentence, int)
    assert isinstance(parties, set)
    return Draft(
        kind=kind,
        sentence=sentence,
        anchor=(sentence * 10, sentence * 10 + 5),
        parties=set(parties),
        subtype=subtype,
        **fields,  # type: ignore[arg-type]
    )


def _talk(**fields: object) -> Draft:
    return _draft("consultation", "meeting", **fields)


def test_defaults_are_fresh_for_each_draft() -> None:
    one, two = _draft(), _draft()
    one.sectors.add("energy")
    one.persons.append(None)  # type: ignore[arg-type]
    one.evidence.append((0, 3))
    one.trace("agreement")
    assert (two.sectors, two.persons, two.evidence, two.rules) == (set(), [], [], [])
    assert two.strong
    assert not any((two.group, two.generic, two.anaphoric, two.backref, two.expanded))
    assert (two.counterpart, two.distinct, two.background) == (None, False, False)


def test_trace_records_each_rule_once_in_the_order_they_acted() -> None:
    draft = _draft()
    for name in ["agreement", "parties.clause", "agreement", "date.stage", "parties.clause"]:
        draft.trace(name)
    assert draft.rules == ["agreement", "parties.clause", "date.stage"]


def test_the_stage_rank_follows_the_models_life_cycle() -> None:
    assert sorted(_STAGE_RANK, key=_STAGE_RANK.__getitem__) == sorted(
        (s.value for s in Stage), key=lambda value: Stage(value).rank
    )


# -- group -------------------------------------------------------------------------------


def test_a_group_gives_way_to_its_members_which_take_its_place_and_date() -> None:
    group = _draft(group=True, quantity=2, place="Lima", date=D("2025-03-10"))
    energy = _draft(sectors={"energy"}, sentence=1)
    health = _draft(sectors={"health"}, sentence=1, date=D("2025-03-11"))
    out = _merge([group, energy, health])
    assert out == [energy, health]
    assert (energy.place, energy.date) == ("Lima", D("2025-03-10"))
    assert (health.place, health.date) == ("Lima", D("2025-03-11"))  # its own date stays


def test_a_group_stays_without_members_of_its_kind_or_when_switched_off() -> None:
    memoranda = _draft(subtype="memorandum", group=True, quantity=4)
    protocol = _draft(subtype="protocol", sectors={"health"})
    assert _merge([memoranda, protocol]) == [memoranda, protocol]
    group, member = _draft(group=True), _draft(sectors={"energy"})
    assert _merge([group, member], Options({"merge.group-members"})) == [group, member]


# -- generic -----------------------------------------------------------------------------


def test_an_item_of_a_list_merges_with_the_instrument_named_later() -> None:
    item = _draft(generic=True, sectors={"education"}, sentence=0)
    named = _draft(
        subtype="memorandum", sectors={"education", "research"}, sentence=2, title="Mémo"
    )
    out = _merge([item, named])
    assert out == [item]
    assert (item.subtype, item.generic, item.title) == ("memorandum", False, "Mémo")
    assert item.sectors == {"education", "research"}
    assert item.rules == ["merge.same-event"]


def test_two_items_of_one_list_stay_two() -> None:
    one = _draft(generic=True, sectors={"education"})
    two = _draft(generic=True, sectors={"education"})
    assert _merge([one, two]) == [one, two]
    side_by_side = _draft(subtype="memorandum", sectors={"education"})
    assert len(_merge([_draft(generic=True, sectors={"education"}), side_by_side])) == 2


# -- distinct ----------------------------------------------------------------------------


def test_another_instrument_is_a_new_one() -> None:
    first = _draft(sectors={"energy"})
    again = _draft(sectors={"energy"}, sentence=1)
    assert _merge([first, again]) == [first]
    assert first.evidence == []  # nothing to take, but the merge is traced
    assert "merge.same-event" in first.rules
    other = _draft(sectors={"energy"}, sentence=1, distinct=True)
    assert _merge([_draft(sectors={"energy"}), other])[1] is other


# -- stage -------------------------------------------------------------------------------


def test_the_merge_keeps_the_furthest_stage_and_the_absorbed_trace() -> None:
    signed = _draft(sectors={"energy"}, stage="signed", rules=["agreement"])
    ratified = _draft(sectors={"energy"}, stage="ratified", sentence=1)
    ratified.trace("agreement")
    ratified.trace("stage.carried")
    negotiated = _draft(sectors={"energy"}, stage="negotiated", sentence=2)
    (out,) = _merge([signed, ratified, negotiated])
    assert out.stage == "ratified"
    assert out.rules == ["agreement", "stage.carried", "merge.same-event"]


# -- strong ------------------------------------------------------------------------------


def test_a_weak_consultation_gives_way_to_a_strong_one_with_its_sides() -> None:
    strong = _talk(date=D("2025-03-10"))
    weak = _draft("consultation", "visit", strong=False)
    assert _finish([strong, weak], D("2025-03-12"), {}) == [strong]
    # merged with a strong report of the same meeting, a weak one makes it strong
    first = _talk(strong=False)
    assert _merge([first, _talk(sentence=1)]) == [first]
    assert first.strong


# -- anaphoric ---------------------------------------------------------------------------


def test_a_declaration_named_again_joins_the_last_declaration() -> None:
    first = _draft("declaration", "joint_declaration", parties={"KEN", "PER"})
    second = _draft("declaration", "statement", parties={"CHL"})
    again = _draft("declaration", "statement", parties={"BOL"}, anaphoric=True, sentence=3)
    out = _merge([first, second, again])
    assert out == [first, second]
    assert second.parties == {"CHL", "BOL"}  # a one-sided declaration takes its side
    assert second.rules == ["merge.anaphoric-declaration"]
    full = _draft("declaration", "statement", parties={"KEN", "PER"})
    _merge([full, _draft("declaration", "statement", parties={"BOL"}, anaphoric=True)])
    assert full.parties == {"KEN", "PER"}


def test_a_declaration_named_again_with_none_before_stays() -> None:
    again = _draft("declaration", "statement", parties={"CHL"}, anaphoric=True)
    assert _merge([_talk(), again])[1] is again
    off = Options({"merge.anaphoric-declaration"})
    first = _draft("declaration", "statement", parties={"KEN"})
    assert len(_merge([first, again], off)) == 2


# -- backref, expanded, counterpart --------------------------------------------------------


def test_a_meeting_referred_back_to_joins_one_that_shares_a_side() -> None:
    talk = _talk(date=D("2025-03-10"))
    back = _talk(parties={"KEN", "CHL"}, backref=True, sentence=2)
    assert _merge([talk, back]) == [talk]
    assert talk.parties == {"KEN", "PER"}
    plain = _talk(parties={"KEN", "CHL"}, sentence=2)
    assert len(_merge([_talk(), plain])) == 2


def test_the_expanded_meeting_is_never_the_one_in_private() -> None:
    private = _talk(date=D("2025-03-10"))
    expanded = _talk(date=D("2025-03-10"), expanded=True, sentence=1)
    assert _merge([private, expanded]) == [private, expanded]


@pytest.mark.parametrize(("other", "merged"), [("Quispe", False), ("Mutua", True), (None, True)])
def test_two_counterparts_make_two_meetings(other: str | None, merged: bool) -> None:
    one = _talk(counterpart="Mutua")
    two = _talk(counterpart=other, sentence=1)
    assert (len(_merge([one, two])) == 1) is merged


def test_a_background_draft_never_joins_a_foreground_one() -> None:
    now = _talk(date=D("2025-03"))
    then = _talk(date=D("2025-03"), background=True, sentence=1)
    assert _merge([now, then]) == [now, then]


def test_drafts_made_for_a_sentence_go_after_its_drafts_and_before_later_ones() -> None:
    drafts = [_draft(sentence=0), _draft(sentence=2), _draft(sentence=2), _draft(sentence=5)]
    new = [_talk(sentence=2), _talk(sentence=2)]
    insert_after_sentence(drafts, 2, new)
    assert [d.sentence for d in drafts] == [0, 2, 2, 2, 2, 5]
    assert drafts[3] is new[0]
    assert drafts[4] is new[1]
    insert_after_sentence(drafts, 9, [_talk(sentence=9)])
    assert drafts[-1].sentence == 9
    empty: list[Draft] = []
    insert_after_sentence(empty, 0, [_talk()])
    assert len(empty) == 1


# -- the trace is no data -----------------------------------------------------------------

EXTRACT = Path(draft_module.__file__).parent
_COPIES: Final = frozenset({"tuple", "list"})


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _copied_into_a_trace(node: ast.AST, up: dict[ast.AST, ast.AST]) -> bool:
    """``rules=[*draft.rules, name]`` or ``rules=tuple(draft.rules)``: the trace copied
    into a new draft's or event's trace, as it is."""
    parent = up.get(node)
    if isinstance(parent, ast.Starred) and isinstance(up.get(parent), ast.List):
        holder = up.get(up[parent])
    elif (
        isinstance(parent, ast.Call)
        and isinstance(parent.func, ast.Name)
        and parent.func.id in _COPIES
        and parent.args == [node]
    ):
        holder = up.get(parent)
    else:
        return False
    return isinstance(holder, ast.keyword) and holder.arg == "rules"


def _written(node: ast.Attribute, up: dict[ast.AST, ast.AST]) -> bool:
    """``draft.rules.append(name)``, ``.insert(0, name)``, ``draft.rules[-1] = name`` or
    ``draft.rules = […]``: the trace written, not read."""
    parent = up.get(node)
    if not isinstance(node.ctx, ast.Load):
        return True
    if isinstance(parent, ast.Attribute) and parent.attr in {"append", "insert"}:
        call = up.get(parent)
        return isinstance(call, ast.Call) and call.func is parent
    return isinstance(parent, ast.Subscript) and isinstance(parent.ctx, ast.Store)


def _inside_draft(node: ast.AST, up: dict[ast.AST, ast.AST]) -> bool:
    """Within the class ``Draft``, which owns its trace (``trace``, ``take_trace``)."""
    while node in up:
        node = up[node]
        if isinstance(node, ast.ClassDef) and node.name == "Draft":
            return True
    return False


def trace_reads(source: str, *, owner: bool = False) -> list[int]:
    """The lines of ``source`` that read a ``.rules`` trace as data: anything but
    writing to it or copying it whole into another trace (and, in the module that
    defines ``Draft`` when ``owner``, the class's own methods)."""
    tree = ast.parse(source)
    up = _parents(tree)
    lines = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "getattr"
            and any(isinstance(a, ast.Constant) and a.value == "rules" for a in node.args)
        ):
            lines.append(node.lineno)
        if not isinstance(node, ast.Attribute) or node.attr != "rules":
            continue
        if _written(node, up) or _copied_into_a_trace(node, up):
            continue
        if owner and _inside_draft(node, up):
            continue
        lines.append(node.lineno)
    return sorted(lines)


@pytest.mark.parametrize(
    "source",
    [
        'if "date.main-event" in draft.rules: pass',
        'ok = "parties.dyad" not in d.rules',
        "ok = any(rule in d.rules for rule in NAMES)",
        "for name in other.rules: target.trace(name)",
        "last = draft.rules[-1]",
        "names = set(draft.rules)",
        "Draft(rules=[r for r in d.rules if r != 'x'])",
        "found = getattr(draft, 'rules')",
        "class Other:\n    def f(self, d):\n        return 'x' in d.rules",
    ],
)
def test_the_scan_finds_a_read_of_the_trace(source: str) -> None:
    assert trace_reads(source, owner=True) != []


@pytest.mark.parametrize(
    "source",
    [
        "draft.rules.append('x')",
        "draft.rules.insert(0, 'declaration')",
        "one.rules[-1] = 'consultation.officials-apart'",
        "draft.rules = []",
        "attrs.evolve(draft, rules=[*draft.rules, rule])",
        "Event(rules=tuple(draft.rules))",
        "class Draft:\n    def trace(self, n):\n        if n not in self.rules: pass",
    ],
)
def test_the_scan_lets_the_trace_be_written_and_copied(source: str) -> None:
    assert trace_reads(source, owner=True) == []


def test_no_pass_reads_the_trace_as_data() -> None:
    """A rule's trace (``Draft.rules``) is a record for people: a pass that needs a fact
    reads a field of the draft contract, so that switching a rule off, renaming it or
    adding a sibling cannot silently change another pass."""
    found = {}
    for path in sorted(EXTRACT.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = trace_reads(source, owner=path.name == "_draft.py")
        if lines:
            found[str(path.relative_to(EXTRACT))] = lines
    assert found == {}


_FACTS: Final = (
    "dyad",
    "met_apart",
    "reaction",
    "own_gathering",
    "main_event_date",
    "inferred_place",
    "main_event_place",
    "pair_filled",
)


def _with(name: str, draft: Draft) -> Draft:
    setattr(draft, name, True)
    return draft


@pytest.mark.parametrize("name", _FACTS)
def test_each_fact_is_set_and_cleared_alone(name: str) -> None:
    draft = _talk()
    assert not any(getattr(draft, fact) for fact in _FACTS)
    _with(name, draft)
    assert [fact for fact in _FACTS if getattr(draft, fact)] == [name]
    setattr(draft, name, False)
    assert draft.facts == 0


@pytest.mark.parametrize("name", _FACTS)
def test_a_merge_keeps_the_facts_of_both_drafts(name: str) -> None:
    target, other = _with("reaction", _talk()), _with(name, _talk())
    target.take_facts(other)
    assert target.reaction
    assert getattr(target, name)
    other.take_facts(_talk())
    assert getattr(other, name)  # a fact once set stays
    plain = _talk()
    plain.take_facts(_talk())
    assert not any(getattr(plain, fact) for fact in _FACTS)


def test_take_trace_records_the_others_rules_once_in_order() -> None:
    target = _talk(rules=["consultation", "parties.clause"])
    target.take_trace(_talk(rules=["parties.dyad", "consultation", "date.sentence"]))
    assert target.rules == ["consultation", "parties.clause", "parties.dyad", "date.sentence"]


# -- dyad --------------------------------------------------------------------------------


def test_a_summit_of_a_dyad_is_the_summit_reported_before_with_more_sides() -> None:
    summit = _draft("consultation", "summit", parties={"KEN", "PER", "CHL"})
    of_pair = _with("dyad", _draft("consultation", "summit", sentence=2))
    assert _merge([summit, of_pair]) == [summit]
    assert summit.rules == ["merge.dyad-summit"]
    assert summit.dyad  # the merged draft keeps the fact
    again = _draft("consultation", "summit", parties={"KEN", "PER", "CHL"})
    named = _draft("consultation", "summit", sentence=2)  # the same sides, read in a clause
    assert _merge([again, named]) == [again, named]
    off = Options({"merge.dyad-summit"})
    assert len(_merge([again, _with("dyad", _draft("consultation", "summit"))], off)) == 2
