"""The query language. Its forms are written once, in `SYNTAX`: the CLI's help, the
reader's help screen and search bar placeholder are made from it (and a test holds
the README's table to it)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..messages import message
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


SYNTAX = (
    Form("words", "words", "词", "统战 工作"),
    Form("exclude", "-word", "-排除", "-座谈"),
    Form("phrase", '"a phrase"', '"短语"', '"社区 会客厅"'),
    Form("person", "person:NAME", "person:", "person:乐跃明"),
    Form("dept", "dept:NAME", "dept:", "dept:党建办"),
    Form("year", "year:YYYY", "year:", "year:2021"),
)


_LATIN_OR_CODE = re.compile(r"[!-~]")


def _form_and_meaning(form: Form) -> str:
    """`person:姓名 按人物筛选`, `多个词须同时出现`: a space sets a notation or a Latin
    word apart; two Chinese words meet without one, as Chinese is written."""
    written, means = form.written, form.means
    spaced = _LATIN_OR_CODE.search(written) or _LATIN_OR_CODE.search(means)
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
    return message("search.placeholder", forms=" ".join(f.placeholder for f in SYNTAX))


_FILTER_FORMS = {f.notation.split(":")[0]: f for f in SYNTAX if ":" in f.notation}
FILTERS = tuple(_FILTER_FORMS)
# `bare`: nothing after a filter's colon (`person:` at the end or before a space).
_TOKEN = re.compile(
    r"""(?P<neg>-)?(?:(?P<field>[A-Za-z]+)[:：])?"""
    r"""(?:"(?P<q1>[^"]*)"?|“(?P<q2>[^”]*)”?|(?P<word>\S+)|(?P<bare>(?<=[:：])(?=\s|$)))"""
)


class QueryError(ValueError):
    """A query that cannot be run; the message says why, in one line."""


@dataclass
class Query:
    """A parsed query: folded terms and the filters."""

    text: str
    terms: list[str] = field(default_factory=list)  # folded, each must match
    excluded: list[str] = field(default_factory=list)  # folded, none may match
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


def _parsed(text: str) -> Query:
    query = Query(text=text)
    for match in _TOKEN.finditer(text):
        groups = (match["q1"], match["q2"], match["word"], match["bare"])
        raw = next(g for g in groups if g is not None)
        name = (match["field"] or "").lower()
        if name and name not in FILTERS:
            raw, name = f"{match['field']}:{raw}", ""
        if name:
            _add_filter(query, name, raw.strip(), negated=bool(match["neg"]))
            continue
        term = fold_query(raw)
        if not term:
            continue
        if not any(ch.isalnum() for ch in term):
            query.ignored.append(raw)
            continue
        (query.excluded if match["neg"] else query.terms).append(term)
    return query


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
