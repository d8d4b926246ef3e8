"""The query language. Its forms are written once, in `SYNTAX`: the CLI's help, the
reader's help screen and search bar placeholder are made from it (and a test holds
the README's table to it)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..expansions import exact_word
from ..messages import MESSAGES, message
from ..records import dataclass, field  # dataclasses, without importing it (records.py)
from ..textkey import fold_query


@dataclass  # not frozen: defining a frozen dataclass costs every search start-up more
class Form:
    """One form of the query language; how it is written and what it means are in the
    message table (`syntax.NAME`, `syntax.NAME.means`), in the user's language."""

    name: str  # "person"
    notation: str  # how the syntax itself writes it, in every language: 'person:NAME'
    placeholder: str  # how the reader's search bar hints at it
    example: str

    @property
    def written(self) -> str:
        """How help texts write it: 'person:姓名'."""
        return message(f"syntax.{self.name}")

    @property
    def means(self) -> str:
        return message(f"syntax.{self.name}.means")

    @property
    def hint(self) -> str:
        """How the search bar hints at it, in the user's language (`人物:`)."""
        key = f"syntax.{self.name}.hint"
        return message(key) if key in MESSAGES else self.placeholder


SYNTAX = (
    Form("words", "words", "词", "统战 工作"),
    Form("either", "A OR B", "A|B", "统战|统一战线"),
    Form("exclude", "-word", "-排除", "-座谈"),
    Form("phrase", '"a phrase"', '"短语"', '"社区 会客厅"'),
    Form("person", "person:NAME", "person:", "person:乐跃明"),
    Form("dept", "dept:NAME", "dept:", "dept:党建办"),
    Form("year", "year:YYYY", "year:", "year:2021"),
)


def _form_and_meaning(form: Form) -> str:
    """`person:姓名 按人物筛选`, `多个词须同时出现`: a space sets a notation or a Latin
    word apart; two Chinese words meet without one, as Chinese is written."""
    written, means = form.written, form.means
    spaced = any("!" <= ch <= "~" for ch in written + means)  # Latin or code
    return f"{written} {means}" if spaced else written + means


def query_help() -> str:
    """The syntax in one sentence, and how matching folds: for every help text."""
    sentence = message("syntax.separator").join(map(_form_and_meaning, SYNTAX))
    return message("syntax.sentence", sentence=sentence[0].upper() + sentence[1:])


def query_forms() -> str:
    """The forms as a short list: the CLI's help for the query argument."""
    return "、".join(f.written for f in SYNTAX)


def placeholder() -> str:
    """The search bar's hint."""
    return message("search.placeholder", forms=" ".join(f.hint for f in SYNTAX))


_FILTER_FORMS = {f.notation.split(":")[0]: f for f in SYNTAX if ":" in f.notation}
FILTERS = tuple(_FILTER_FORMS)
# `bare`: nothing after a filter's colon (`person:` at the end or before a space).
# A word or phrase may be followed by `|` and another (`统战|"统一 战线"`): alternatives.
_PIECE = r"""(?:"[^"]*"?|“[^”]*”?|[^\s|"“]+)"""
_TOKEN = (
    r"""(?P<neg>-)?(?:(?P<field>[A-Za-z]+|人物|部门|年份)[:：])?"""
    rf"""(?:(?P<group>{_PIECE}(?:\|{_PIECE}?)+|\|{_PIECE}?(?:\|{_PIECE}?)*)"""
    r"""|"(?P<q1>[^"]*)"?|“(?P<q2>[^”]*)”?|(?P<word>\S+)|(?P<bare>(?<=[:：])(?=\s|$)))"""
)
# The filters' names as the reader's own tabs say them (`人物:乐跃明`, `部门:`, `年份:`).
_FIELD_WORDS = {"人物": "person", "部门": "dept", "年份": "year"}
_ALTERNATIVE = r""""([^"]*)"?|“([^”]*)”?|([^|"“]+)"""
# The characters that make a word more than a word to _TOKEN (a filter's colon, a
# quote, `|`, a leading `-`): text without them is its words split at white space,
# which `\S+` finds alike (both take str.isspace's white space), without compiling it.
_SYNTAX_MARKS = frozenset(':："“”|-')
# Words that join the words beside them, as search engines take them: upper case only
# (`or` is a word to search for).
OR, AND = "OR", "AND"
# How much less a match through an expansion counts than one of the words typed: the
# expansion step (synonyms, pinyin) gives each alternative its own weight below 1.
TYPED = 1.0


# One way of writing a term: as given, its match key, its weight in the ranking (1.0
# for what the user typed) and how it was found ("" typed; "synonym", "pinyin" …).
class Alternative(tuple):
    """namedtuple("Alternative", "text folded weight via", defaults=(TYPED, "")), written
    out: namedtuple compiles its class on every start, a search's among them."""

    __slots__ = ()
    _fields = ("text", "folded", "weight", "via")

    def __new__(cls, text: str, folded: str, weight: float = TYPED, via: str = ""):
        return tuple.__new__(cls, (text, folded, weight, via))

    def __getnewargs__(self):
        return tuple(self)

    def __repr__(self) -> str:
        return "Alternative(text={!r}, folded={!r}, weight={!r}, via={!r})".format(*self)

    text = property(lambda self: self[0], doc="as given")
    folded = property(lambda self: self[1], doc="its match key")
    weight = property(lambda self: self[2], doc="in the ranking (1.0: typed)")
    via = property(lambda self: self[3], doc='how it was found ("" typed)')


# The `via` of a word typed with `=` before it (`=统战`): matched as typed, never expanded.
EXACT = "="
# An expansion: for a term's folded text, more ways to write it, (text, weight, via) each.
Expansion = Callable[[str], "list[tuple[str, float, str]]"]


class Term(str):
    """A query term: a group of alternatives, any of which matches (`统战|统一战线`).

    The string is the first alternative's match key, so a term of one alternative is
    the folded word it always was (`Term == "统战"`); `alternatives` holds them all,
    the typed first. A search counts a term's matches as the weighted sum of its
    alternatives' matches, so a hit through a weaker alternative ranks a little below
    an exact one, and records which alternative it matched (`Match.form`).
    """

    __slots__ = ("alternatives", "phrase")
    alternatives: tuple[Alternative, ...]
    phrase: bool

    def __new__(cls, alternatives: Sequence[Alternative], phrase: bool = False) -> Term:
        term = super().__new__(cls, alternatives[0].folded)
        term.alternatives = tuple(alternatives)
        term.phrase = phrase
        return term

    @classmethod
    def typed(cls, text: str, phrase: bool = False) -> Term:
        """A term of one alternative, as the user typed it."""
        return cls([Alternative(text, fold_query(text))], phrase)

    @property
    def forms(self) -> list[str]:
        """Every alternative's match key, the typed first."""
        return [a.folded for a in self.alternatives]

    def with_more(self, more: Sequence[Alternative]) -> Term:
        """This term with alternatives added (none whose match key it already has)."""
        keys = set(self.forms)
        added = [a for a in more if a.folded and a.folded not in keys and not keys.add(a.folded)]
        return Term([*self.alternatives, *added], self.phrase) if added else self

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Term):
            return self.alternatives == other.alternatives
        return len(self.alternatives) == 1 and str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return str.__hash__(self) if len(self.alternatives) == 1 else hash(self.alternatives)

    def __repr__(self) -> str:
        if len(self.alternatives) == 1:
            return str.__repr__(self)
        return "Term(" + "|".join(a.folded for a in self.alternatives) + ")"

    def __reduce__(self):
        return (Term, (self.alternatives, self.phrase))


class QueryError(ValueError):
    """A query that cannot be run; the message says why, in one line."""


@dataclass
class Query:
    """A parsed query: terms (each a group of alternatives) and the filters."""

    text: str
    terms: list[Term] = field(default_factory=list)  # each must match
    excluded: list[Term] = field(default_factory=list)  # none may match
    people: list[str] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # terms with nothing to match

    @property
    def has_filters(self) -> bool:
        return bool(self.people or self.departments or self.years)

    @property
    def empty(self) -> bool:
        return not self.terms and not self.has_filters

    def expanded_forms(self) -> dict[str, str]:
        """The forms an expansion added to the words sought, and how each was found:
        {"统一战线": "synonym"}. What the hits' `forms()` name among them was matched
        through an expansion (search JSON, the note under a hit)."""
        return {
            a.text: a.via
            for term in self.terms
            for a in term.alternatives
            if a.via and a.via != EXACT
        }

    def with_alternatives(self, expand: Expansion) -> Query:
        """The query with more ways to write each term, words and phrases, kept and
        excluded alike: `expand(folded)` gives (text, weight, via) for each, e.g.
        `("统一战线", 0.85, "synonym")`. Weights below 1 rank a match through them a
        little below a typed one; `via` says how it was found (search JSON, snippets).
        Each term's typed alternatives are expanded; the text of the query is kept.
        """

        def expanded(term: Term) -> Term:
            more = [
                Alternative(text, fold_query(text), float(weight), via)
                for alternative in term.alternatives
                if not alternative.via
                for text, weight, via in expand(alternative.folded)
            ]
            return term.with_more(more)

        return Query(
            self.text,
            [expanded(t) for t in self.terms],
            [expanded(t) for t in self.excluded],
            list(self.people),
            list(self.departments),
            list(self.years),
            list(self.ignored),
        )


def parse_query(text: str) -> Query:
    """Parse a query; raises QueryError when it has nothing to search for."""
    query = _parsed(text)
    _check(query)
    return query


def build_query(
    words: Sequence[str],
    people: Sequence[str] = (),
    departments: Sequence[str] = (),
    years: Sequence[str] = (),
) -> Query:
    """A query from the words typed and filter values given apart (command-line flags).

    The values are taken as they are, never parsed as query text, so a name holding
    quotes or `year:` adds nothing but itself. `text` shows the whole query; it parses
    back to the same query when `round_trips` says so.
    """
    query = _parsed(" ".join(words))
    filters = [("person", v) for v in people] + [("dept", v) for v in departments]
    filters += [("year", v) for v in years]
    for name, value in filters:
        _add_filter(query, name, value.strip(), negated=False)
    shown = [_quoted(name, value.strip()) for name, value in filters]
    query.text = " ".join([*words, *shown])
    _check(query)
    return query


def round_trips(query: Query) -> bool:
    """Whether parsing `query.text` gives this very query (the reader's search bar does)."""
    try:
        return parse_query(query.text) == query
    except QueryError:
        return False


def _quoted(name: str, value: str) -> str:
    if name == "year" or not any(ch.isspace() or ch in '"“”' for ch in value):
        return f"{name}:{value}"
    return f'{name}:"{value}"' if '"' not in value else f"{name}:“{value}”"


def _parsed(text: str, plain_words: bool = True) -> Query:
    """The query of a text; `plain_words`: text without a mark of the syntax is split
    at white space (False: always read by _TOKEN, which a test compares it with)."""
    query = Query(text=text)
    if plain_words and _SYNTAX_MARKS.isdisjoint(text):
        items = _plain_items(query, text)
    else:
        items = _token_items(query, text)
    for negated, term in _joined(items):
        if term is not None:
            (query.excluded if negated else query.terms).append(term)
    return query


def _plain_items(query: Query, text: str) -> list:
    """_token_items of a text without a mark of the syntax: _TOKEN finds each of its
    words as `word`, split at the white space `str.split` splits at (`\\S+` stops at
    the same), without compiling _TOKEN (the common query: words)."""
    return [
        (raw, None, raw) if raw in (OR, AND) else (False, _term(query, raw, False), raw)
        for raw in text.split()
    ]


def _token_items(query: Query, text: str) -> list:
    """(negated, term or None for nothing to match, raw text) of each word, and the
    operators between them, in order: OR joins its neighbours into one term."""
    items: list = []
    for match in re.finditer(_TOKEN, text):
        groups = (match["group"], match["q1"], match["q2"], match["word"], match["bare"])
        raw = next(g for g in groups if g is not None)
        name = _FIELD_WORDS.get(match["field"]) or (match["field"] or "").lower()
        quoted = match["q1"] is not None or match["q2"] is not None
        if name and name not in FILTERS:
            raw, name = f"{match['field']}:{raw}", ""
        if match["group"] is not None and not name:
            items.append(_group_item(query, raw, bool(match["neg"])))
            continue
        if name:
            _add_filter(query, name, raw.strip(), negated=bool(match["neg"]))
            items.append(("filter", None, match.group()))
            continue
        if not quoted and not match["neg"] and raw in (OR, AND):
            items.append((raw, None, raw))
            continue
        term = _term(query, raw, quoted)
        items.append((bool(match["neg"]), term, raw))
    return items


_TRAILING_MARKS = "。．.！!？?，,、；;：:…"


def _term(query: Query, raw: str, phrase: bool) -> Term | None:
    """One alternative as a term; None (and noted as ignored) when it has nothing to match.
    `=统战` is 统战 alone: its alternative says EXACT, and no expansion adds to it."""
    word, exact = (raw, False) if phrase else exact_word(raw)
    if not phrase and not exact:
        # A mark an input method ends the word with (`统战。`, `统战工作？`) is no part
        # of what is looked for: the word is found where a sentence goes on too.
        word = word.rstrip(_TRAILING_MARKS) or word
    folded = fold_query(word)
    if not folded:
        return None
    if not any(ch.isalnum() for ch in folded):
        query.ignored.append(raw)
        return None
    return Term([Alternative(word, folded, TYPED, EXACT if exact else "")], phrase)


def _group_item(query: Query, raw: str, negated: bool) -> tuple:
    """`统战|"统一 战线"`: one term of every alternative with something to match."""
    alternatives: list[Alternative] = []
    phrase = False
    for piece in re.finditer(_ALTERNATIVE, raw):
        quoted = piece[1] if piece[1] is not None else piece[2]
        written = quoted if quoted is not None else piece[3]
        term = _term(query, written, quoted is not None)
        if term is not None:
            alternatives.extend(term.alternatives)
            phrase = phrase or term.phrase
    term = Term(alternatives, phrase).with_more(()) if alternatives else None
    return (negated, _unique(term), raw)


def _unique(term: Term | None) -> Term | None:
    """The term without alternatives that repeat an earlier one's match key."""
    if term is None:
        return None
    first = Term(term.alternatives[:1], term.phrase)
    return first.with_more(term.alternatives[1:])


def _joined(items: list) -> list[tuple[bool, Term | None]]:
    """Words with OR between them made one term; AND dropped (words are ANDed anyway).
    Raises QueryError where an operator has nothing to join."""
    out: list[tuple[bool, Term | None]] = []
    joining = False
    for at, (kind, term, _raw) in enumerate(items):
        if kind in (OR, AND):
            before = items[at - 1] if at else None
            after = items[at + 1] if at + 1 < len(items) else None
            for side in (before, after):
                if side is None or side[0] in (OR, AND):
                    raise QueryError(message("query.operator_alone", operator=kind))
                if side[0] == "filter":
                    raise QueryError(message("query.operator_filter", operator=kind))
            if kind == OR and before[0] != after[0]:
                raise QueryError(message("query.or_mixed"))
            joining = kind == OR
            continue
        if kind == "filter":
            joining = False
            continue
        if joining and out:
            negated, previous = out.pop()
            if previous is None or term is None:
                term = previous or term
            else:
                term = Term([*previous.alternatives], previous.phrase or term.phrase).with_more(
                    term.alternatives
                )
            out.append((negated, term))
        else:
            out.append((kind, term))
        joining = False
    return out


def _check(query: Query) -> None:
    if query.empty:
        if query.ignored:
            raise QueryError(message("query.punctuation"))
        if query.excluded:
            raise QueryError(message("query.only_excluded"))
        raise QueryError(message("query.empty"))


def _add_filter(query: Query, name: str, value: str, negated: bool) -> None:
    if negated:
        raise QueryError(message("query.negated_filter", name=name))
    if not value:
        raise QueryError(
            message("query.needs_value", name=name, example=_FILTER_FORMS[name].example)
        )
    if name == "year":
        if not re.fullmatch(r"\d{4}", value):
            raise QueryError(message("query.bad_year", value=value))
        query.years.append(int(value))
    elif name == "person":
        query.people.append(value)
    else:
        query.departments.append(value)
