"""The query language: words (ANDed), `-word`, `"a phrase"`, `person:` `dept:` `year:`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..messages import message
from ..textkey import fold_query

FILTERS = ("person", "dept", "year")
_TOKEN = re.compile(
    r"""(?P<neg>-)?(?:(?P<field>[A-Za-z]+)[:：])?(?:"(?P<q1>[^"]*)"?|“(?P<q2>[^”]*)”?|(?P<word>\S+))"""
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
    query = Query(text=text)
    for match in _TOKEN.finditer(text):
        raw = next(g for g in (match["q1"], match["q2"], match["word"]) if g is not None)
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
    if query.empty:
        if query.ignored:
            raise QueryError(message("query.punctuation"))
        raise QueryError(message("query.empty"))
    return query


def _add_filter(query: Query, name: str, value: str, negated: bool) -> None:
    if negated:
        raise QueryError(message("query.negated_filter", name=name))
    if not value:
        raise QueryError(message("query.needs_value", name=name, example=_EXAMPLES[name]))
    if name == "year":
        if not re.fullmatch(r"\d{4}", value):
            raise QueryError(message("query.bad_year", value=value))
        query.years.append(int(value))
    elif name == "person":
        query.people.append(value)
    else:
        query.departments.append(value)


_EXAMPLES = {"person": "乐跃明", "dept": "党建办", "year": "2021"}
