"""Extraction's French words (``extract/_words.py`` over the ``lang/fr/*/words.tsv`` tables)."""

from __future__ import annotations

import ast
import enum
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Final

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplorel import model
from diplorel._tsv import read_table
from diplorel.extract._vetoes import VETOES
from diplorel.extract._words import TABLES, either, forms, ordered_alternation, phrases
from diplorel.extract.rules import KINDS, RULES

_SRC = Path(__file__).resolve().parents[3] / "src" / "diplorel"
_LOOKUP = re.compile(
    r"""(?:either|forms|phrases|longest_first|words_pattern)\(\s*['"]([^'"]+)['"],\s*['"]([^'"]+)['"]"""
    r"""|numbers\(\s*['"]([^'"]+)['"]"""
)


def test_either_keeps_the_order_of_the_file_and_escapes() -> None:
    found = forms("consultation.back-reference", "occasion")
    assert found[:3] == ("lors", "au cours", "a l'issue")
    assert set(found) == phrases("consultation.back-reference", "occasion")
    pattern = re.compile(rf"^(?:{either('consultation.back-reference', 'occasion')})$")
    assert pattern.match("a l'issue")
    assert not pattern.match("a lXissue")


def test_either_refuses_an_unknown_rule_or_value() -> None:
    with pytest.raises(LookupError, match="no words for rule"):
        either("consultation.no-such-rule", "occasion")
    with pytest.raises(LookupError, match="no words for rule"):
        either("consultation.back-reference", "no-such-value")


def test_every_row_of_the_table_is_read_by_some_rule() -> None:
    used: set[tuple[str, str | None]] = set()
    for path in _SRC.rglob("*.py"):
        for match in _LOOKUP.finditer(path.read_text(encoding="utf-8")):
            rule, value, numbered = match.groups()
            used.add((rule, value) if numbered is None else (numbered, None))
    rows = [row for table in TABLES for row in read_table(*table)]
    unread = {
        (row["rule"], row["value"])
        for row in rows
        if (row["rule"], row["value"]) not in used and (row["rule"], None) not in used
    }
    assert unread == set()


_EXTRACT_SRC = _SRC / "extract"
_ALLOWED: dict[str, str] = {
    "ment": "the ending of an adverb (\\w+ment), matched on any word: morphology, not a word",
    "replace": "the name of Python's codec error handler (``str.encode``), no French word",
}
"""Letters that a pattern of ``extract/`` may spell in code, and why."""
_STAGES: Final = ("publication", "recognise", "direction")
"""The keys of stages that are no rule (``lang/fr/extract/words.tsv``) start with one of
these and a dot."""
_ESCAPE = re.compile(r"\\[A-Za-z]|\(\?P<\w+>")
"""An escape (``\\b``, ``\\w``) or a group's name (``(?P<done>``): no word of French."""
_WORD = re.compile(r"[^\W\d_]{4,}")


def _literals(node: ast.AST) -> Iterator[tuple[int, str]]:
    """The string literals of a pattern's expression, without the arguments of the calls
    inside it (``either('rule', 'value')`` names a rule, it spells no word)."""
    if isinstance(node, ast.Call):
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.lineno, node.value
        return
    for child in ast.iter_child_nodes(node):
        yield from _literals(child)


def _spelt_words(source: str) -> list[tuple[int, str]]:
    """Runs of four letters or more in the literals given to ``re.compile``."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "re.compile":
            for argument in node.args:
                for line, literal in _literals(argument):
                    bare = _ESCAPE.sub(" ", literal)  # "\\bavec" spells "avec", "\\w" nothing
                    found.extend((line, word) for word in _WORD.findall(bare))
    return found


def test_the_scan_finds_words_in_literals_but_not_in_lookups() -> None:
    source = (
        "import re\n"
        'A = re.compile(r"\\b(?:a|ont)\\s+recu\\b")\n'
        "B = re.compile(rf\"\\b(?:{either('consultation.leaders', 'met')})\\s\\w+ment\")\n"
        'C = re.compile(r"\\s*(?:[\\w\'-]+\\s+){0,3}?" + "dont")\n'
    )
    assert _spelt_words(source) == [(2, "recu"), (3, "ment"), (4, "dont")]


def test_no_pattern_of_extraction_spells_a_french_word() -> None:
    spelt = [
        (str(path.relative_to(_EXTRACT_SRC)), line, word)
        for path in sorted(_EXTRACT_SRC.rglob("*.py"))
        for line, word in _spelt_words(path.read_text(encoding="utf-8"))
        if word not in _ALLOWED
    ]
    assert spelt == [], "move these words to lang/fr/*/words.tsv (extract/_words.py)"


def test_every_key_is_a_rule_or_a_stage() -> None:
    keys = {row["rule"] for table in TABLES for row in read_table(*table)}
    unknown = {
        key for key in keys if key not in RULES and key.split(".", maxsplit=1)[0] not in _STAGES
    }
    assert unknown == set()
    rule_keys = {row["rule"] for row in read_table(*TABLES[0])}
    assert rule_keys <= RULES.keys(), "lang/fr/rules/words.tsv is keyed by rule names only"


def test_a_rule_reads_each_value_from_one_table() -> None:
    """A value's forms in two tables would be tried in an order no file shows."""
    first, second = (
        {(row["rule"], row["value"]) for row in read_table(*table)} for table in TABLES
    )
    assert first & second == set()


def test_unfolded_forms_keep_case_and_accents() -> None:
    assert "Monsieur" in forms("recognise.persons", "title", folded=False)
    assert "monsieur" in forms("recognise.persons", "title")
    pattern = re.compile(rf"^(?:{either('direction.visit', 'trip-noun', folded=False)})$")
    assert pattern.match("séjour")
    assert not pattern.match("sejour")
    with pytest.raises(LookupError, match="no words for rule"):
        either("direction.visit", "no-such-value", folded=False)


_ALLOWED_NAMES: dict[str, str] = {
    "address": "an HTML element name (_text.py's blocks): markup, not text",
    "article": "an HTML element name (_text.py's blocks): markup, not text",
    "aside": "an HTML element name (_text.py's blocks): markup, not text",
    "blockquote": "an HTML element name (_text.py's blocks): markup, not text",
    "figcaption": "an HTML element name (_text.py's blocks): markup, not text",
    "footer": "an HTML element name (_text.py's blocks): markup, not text",
    "header": "an HTML element name (_text.py's blocks): markup, not text",
    "main": "an HTML element name (_text.py's blocks): markup, not text",
    "section": "an HTML element name (_text.py's blocks): markup, not text",
    "table": "an HTML element name (_text.py's blocks): markup, not text",
    "tbody": "an HTML element name (_text.py's blocks): markup, not text",
    "thead": "an HTML element name (_text.py's blocks): markup, not text",
    "title": "an HTML element name (_text.py's blocks): markup, not text",
    "script": "an HTML element name (_text.py's skipped elements): markup, not text",
    "style": "an HTML element name (_text.py's skipped elements): markup, not text",
    "dici": "d{APOSTROPHE}ici with the apostrophe's class taken out: two letters and three",
    "nsep": "a group's back-reference, (?P=nsep): a name, no word",
    "nisep": "a group's back-reference, (?P=nisep): a name, no word",
    "ndes": "an ordinal's suffix (2ndes): morphology, not a word",
    "MDCL": "Roman numerals ([MDCL]): letters, not a word",
    "MDCLIVX": "Roman numerals ([MDCLIVX]): letters, not a word",
    "dlnrstz": "a character class of consonants ([dlnrstz]): letters, not a word",
    "ould": "the particle of Mauritanian names (Ould): Hassaniya, not French",
    "city": "a mention's detail (a city of cities.tsv, beside capital): a name, English",
    "leader": "the lexicon's list of leaders' names (beside party, role): a name, English",
}
"""Letters that a collection or a pattern string of ``extract/`` may spell, and why (with
:data:`_ALLOWED`)."""
_COLLECTIONS: Final = ("frozenset", "set", "tuple", "list")
_REGEX: Final = re.compile(r"\\|\(\?|\||\[|\]")
"""What makes a string literal a pattern: an escape, a group, an alternation, a class."""


@pytest.fixture(scope="module")
def names() -> frozenset[str]:
    """The strings that name things of the code, no French: rule names, the model's
    enum values and the values of the word tables (``consultation.attended``,
    ``phone_call``, ``demonym``)."""
    enums = [
        member.value
        for item in vars(model).values()
        if isinstance(item, type) and issubclass(item, enum.Enum)
        for member in item
        if isinstance(member.value, str)
    ]
    values = {row["value"] for table in TABLES for row in read_table(*table)}
    kinds = {row["kind"] for row in read_table("lang", "fr", "parties.tsv")}
    paths = {part for table in TABLES for part in table}
    vetoes = {name for name, _ in VETOES}
    return frozenset({*RULES, *KINDS, *enums, *values, *kinds, *paths, *vetoes})


def _text_of(node: ast.AST) -> str | None:
    """A string literal's letters: the constant, or an f-string's constant parts."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
    return None


def _elements(node: ast.AST) -> Iterator[ast.expr]:
    """The string elements of a tuple, list or set display, or of ``frozenset((…))``."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _COLLECTIONS
        and node.args
    ):
        yield from _elements(node.args[0])
    elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        for element in node.elts:
            if isinstance(element, (ast.Tuple, ast.List, ast.Set)):
                yield from _elements(element)
            elif _text_of(element) is not None:
                yield element


def _not_text(tree: ast.Module) -> set[int]:
    """The nodes (by id) of docstrings, error messages and ``__all__``."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and _text_of(node.value) is not None:
            skipped.add(id(node.value))
        elif isinstance(node, ast.Raise) or (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
        ):
            skipped.update(id(sub) for sub in ast.walk(node))
    return skipped


def _is_type(literal: str) -> bool:
    """Whether a string is a type written as a string (``"Callable[[int], X] | None"``)."""
    try:
        tree = ast.parse(literal, mode="eval")
    except SyntaxError:
        return False
    allowed = (ast.Expression, ast.Name, ast.Attribute, ast.Subscript, ast.BinOp, ast.BitOr)
    return all(
        isinstance(node, (*allowed, ast.Load, ast.Tuple, ast.List))
        or (isinstance(node, ast.Constant) and node.value is None)
        for node in ast.walk(tree)
    )


def _words_of(node: ast.expr) -> set[tuple[int, str]]:
    bare = _ESCAPE.sub(" ", _text_of(node) or "")
    return {(node.lineno, word) for word in _WORD.findall(bare)}


def _listed_words(source: str, names: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """Runs of four letters or more in the elements of module-level collections and in
    the pattern strings (f-strings included) of a module, but for docstrings, error
    messages, ``__all__`` and the strings of ``names``."""
    tree = ast.parse(source)
    skipped = _not_text(tree)
    found: set[tuple[int, str]] = set()
    for statement in tree.body:
        if isinstance(statement, (ast.Assign, ast.AnnAssign)) and statement.value is not None:
            for element in _elements(statement.value):
                if id(element) not in skipped and _text_of(element) not in names:
                    found |= _words_of(element)
    for node in ast.walk(tree):
        literal = _text_of(node)
        if (
            isinstance(node, ast.expr)
            and literal is not None
            and id(node) not in skipped
            and _REGEX.search(literal)
            and not _is_type(literal)
        ):
            found |= _words_of(node)
    return sorted(found)


def test_the_wider_scan_finds_listed_and_pattern_words() -> None:
    source = (
        '"""Un module : les semaines dans un docstring ne comptent pas."""\n'
        "__all__ = ['trouve']\n"
        "_STEMS = ('visite', 'km')\n"
        "_KINDS = frozenset({'phone_call', 'demonym'})\n"
        "_LEAD = rf'(?:depuis|{SPACE}dès)'\n"
        "def trouve(x):\n"
        "    'Trouve mardi.'\n"
        "    if x:\n"
        "        raise ValueError('une erreur (grave) | fatale')\n"
        "    return re.search(f'\\\\b{x}semaine', x) or x.endswith('prochain')\n"
        "T: TypeAlias = 'Callable[[int], Decision] | None'\n"
    )
    assert _listed_words(source, frozenset({"phone_call", "demonym"})) == [
        (3, "visite"),
        (5, "depuis"),
        (10, "semaine"),
    ]


def test_no_collection_or_pattern_string_of_extraction_spells_a_french_word(
    names: frozenset[str],
) -> None:
    spelt = [
        (str(path.relative_to(_EXTRACT_SRC)), line, word)
        for path in sorted(_EXTRACT_SRC.rglob("*.py"))
        for line, word in _listed_words(path.read_text(encoding="utf-8"), names)
        if word not in _ALLOWED and word not in _ALLOWED_NAMES
    ]
    assert spelt == [], "move these words to lang/fr/*/words.tsv (extract/_words.py)"


# -- every string literal, function bodies included ---------------------------------------

_ALLOWED_LETTERS: dict[str, str] = {
    "ront": "the ending of a verb in the future (-ront), tried before the pattern: morphology",
    "aeiou": "the vowels a name's first letter is tested against: letters, not a word",
    "aeiouy": "the vowels a following word's first letter is tested against: letters",
    "raise": "a value of the option on_error (« raise »): English, an option",
    "spawn": "the start method of multiprocessing: Python's name",
    "document": "the id given to a document that has none: English, an identifier",
    "sources": "the place named in the failure of a whole input (no file): English",
    "default": "a part of the argument's name default_published: English, code",
    "published": "a part of the argument's name default_published: English, code",
    "same": "a sentinel's value in the date grammar (_SAME): English, code",
    "round": "a tag of a merge key (round, side, group, sector): English, code",
    "side": "a tag of a merge key (round, side, group, sector): English, code",
    "group": "a tag of a merge key (round, side, group, sector): English, code",
    "joint": "the first part of a subtype (joint_communique, a model value): English",
    "communique": "the last part of the subtype joint_communique (a model value); the word read "
    "in the text is declaration.of-gathering's communique in lang/fr/rules/words.tsv",
    "Trie": "a type's name in a recursive type alias (_trie.py): code",
    "warn": "a value of the option on_error (« warn »): English, an option",
    "parser": "the name of re's own module _parser: Python's name",
    "party": "a mention's category (party, place): English, code",
    "place": "a mention's category (party, place): English, code",
    "trigger": "a category of the lexicon's phrases (party, sector, trigger): English, code",
    "seat": "the category of the venues' phrase index (an institution's seat): English",
    "negation": "the kind of a cue (future, negation) a sentence's reading holds: English",
}
"""Letters that a string literal of ``extract/`` may spell although it is no pattern nor
collection, and why (with :data:`_ALLOWED` and :data:`_ALLOWED_NAMES`)."""
_MESSAGE_CALL: Final = re.compile(
    r"(?:Error|Exception|Warning)$|^(?:warn|debug|info|warning|error|exception|critical|log)$"
)
"""Calls whose strings are messages: exceptions, warnings and logging."""
_MESSAGE_NAME: Final = re.compile(r"(?:^|_)(?:reason|message)s?$")
"""A variable holding a message, or a function returning one (``failure_reason``)."""
_NAMING_CALLS: Final = frozenset(
    {
        # the word tables' lookups: their arguments name a rule and a value
        "either",
        "forms",
        "phrases",
        "numbers",
        "longest_first",
        "words_pattern",
        "alternation",
        # a match's groups, attributes by name
        "group",
        "span",
        "start",
        "end",
        "getattr",
        "hasattr",
        "setattr",
        "vars",
        # the registry of rules: a name, a kind and a summary (documentation, like a docstring)
        "_rule",
    }
)
"""Calls whose string arguments name things of the code or document it, no French."""


def _callee(node: ast.Call) -> str:
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return node.func.id if isinstance(node.func, ast.Name) else ""


def _not_code_text(tree: ast.Module) -> set[int]:
    """The nodes (by id) of docstrings, ``__all__``, ``__slots__``, messages (exceptions,
    warnings, logging, message variables and functions), names given to calls that
    look things up by name, ``Literal[…]`` and the members of enums."""
    skipped = _not_text(tree)

    def skip(node: ast.AST) -> None:
        skipped.update(id(sub) for sub in ast.walk(node))

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and (
            _MESSAGE_CALL.search(_callee(node)) or _callee(node) in _NAMING_CALLS
        ):
            skip(node)
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and (_MESSAGE_NAME.search(t.id) or t.id == "__slots__")
            for t in node.targets
        ):
            skip(node.value)
        elif isinstance(node, ast.FunctionDef) and _MESSAGE_NAME.search(node.name):
            for sub in ast.walk(node):
                if isinstance(sub, ast.Return) and sub.value is not None:
                    skip(sub.value)
        elif (isinstance(node, ast.Subscript) and ast.unparse(node.value) == "Literal") or (
            isinstance(node, ast.ClassDef)
            and any("Enum" in ast.unparse(base) for base in node.bases)
        ):
            skip(node)
    return skipped


def _code_words(source: str, names: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """Runs of four letters or more in every string literal of a module (f-strings' own
    letters included), but for :func:`_not_code_text`, types written as strings and the
    strings of ``names``."""
    tree = ast.parse(source)
    skipped = _not_code_text(tree)
    found: set[tuple[int, str]] = set()
    for node in ast.walk(tree):
        literal = _text_of(node)
        if (
            not isinstance(node, ast.expr)
            or literal is None
            or id(node) in skipped
            or literal in names
            or (_is_type(literal) and re.search(r"[\[|.]", literal))
        ):
            continue
        found |= _words_of(node)
    return sorted(found)


@pytest.fixture(scope="module")
def code_names(names: frozenset[str]) -> frozenset[str]:
    """:func:`names`, the stages' keys of the word tables, and the columns and the
    values (all but forms) of every table of ``lang/fr/``: categories, kinds, sectors."""
    keys = {row["rule"] for table in TABLES for row in read_table(*table)}
    tables: set[str] = set()
    for path in (_SRC / "lang" / "fr").rglob("*.tsv"):
        rows = read_table(*path.relative_to(_SRC).parts)
        for row in rows:
            tables.update(row)
            tables.update(value for column, value in row.items() if column != "form")
    return names | keys | tables


def test_the_code_scan_sees_function_bodies_but_not_messages_or_names() -> None:
    source = (
        "import re\n"
        "from typing import Literal\n"
        "class Form(enum.Enum):\n"
        "    RANGE = 'intervalle'\n"
        "def trouve(word, m, exc):\n"
        "    '''Trouve mardi.'''\n"
        "    if word in ('avec', 'entre'):\n"
        "        raise ValueError(f'mauvais mot: {word}')\n"
        "    warnings.warn('attention', stacklevel=2)\n"
        "    reason = 'pourquoi pas'\n"
        "    x = m.group('lieu') or forms('recognise.persons', 'title')\n"
        "    return word.startswith('président') or word == 'qui' or f'{word} depuis'\n"
        "def failure_reason(exc):\n"
        "    return f'illisible: {exc}'\n"
        "Mode = Literal['avertir']\n"
    )
    assert _code_words(source) == [
        (7, "avec"),
        (7, "entre"),
        (12, "depuis"),
        (12, "président"),
    ]


def test_no_string_of_extraction_spells_a_french_word(code_names: frozenset[str]) -> None:
    allowed = {**_ALLOWED, **_ALLOWED_NAMES, **_ALLOWED_LETTERS}
    spelt = [
        (str(path.relative_to(_EXTRACT_SRC)), line, word)
        for path in sorted(_EXTRACT_SRC.rglob("*.py"))
        for line, word in _code_words(path.read_text(encoding="utf-8"), code_names)
        if word not in allowed
    ]
    assert spelt == [], "move these words to lang/fr/*/words.tsv (extract/_words.py)"


_FORMS = st.lists(st.text(alphabet="ab' ", min_size=1, max_size=5), min_size=1, max_size=8)


@given(_FORMS, st.text(alphabet="ab' x", max_size=30), st.sampled_from(["", r"\b", "b", " a"]))
def test_ordered_alternation_matches_as_the_flat_one(
    forms: list[str], text: str, after: str
) -> None:
    flat = re.compile(f"(?:{'|'.join(re.escape(form) for form in forms)}){after}")
    gathered = re.compile(f"(?:{ordered_alternation(forms)}){after}")
    for at in range(len(text) + 1):
        expected = flat.match(text, at)
        found = gathered.match(text, at)
        assert (found and found.span()) == (expected and expected.span())
    assert [m.span() for m in gathered.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_ordered_alternation_gathers_the_forms_by_their_start() -> None:
    assert ordered_alternation(["a eu lieu", "a tenu", "a eu", "tenu"]) == (
        r"a\ (?:eu(?:\ lieu|)|tenu)|tenu"
    )
    assert ordered_alternation(["a eu", "a eu lieu"]) == r"a\ eu(?:|\ lieu)"
    assert ordered_alternation(["à", "a"]) == "à|a"  # not all ASCII: as they are
    assert ordered_alternation(["A", "a"]) == "A|a"  # capitals: as they are
