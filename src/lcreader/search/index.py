"""Ranked search over a library: BM25F over exact matches of folded text.

Each query term is matched as a substring of an article's folded text, so no
word segmentation is needed for Chinese and a two-character term matches just
where those two characters stand together. Articles that contain every term
(and none of the excluded ones) are ranked by BM25F: per-field term counts,
normalised by field length, weighted title > kicker/subtitle > caption > body,
then saturated (k1) and weighted by the term's rarity (idf).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..model import Article, Issue, Library
from ..textkey import fold
from .query import Query
from .snippets import Match, Snippet, make_snippets

K1 = 1.2
B = 0.75
GROUP_OF = {
    "title": "title",
    "kicker": "heading",
    "subtitle": "heading",
    "caption": "caption",
    "paragraph": "body",
    "byline": "byline",
}
WEIGHTS = {"title": 5.0, "heading": 3.0, "caption": 2.0, "body": 1.0, "byline": 1.0}
_SEPARATOR = "\x00"


@dataclass
class Hit:
    article: Article
    issue: Issue
    score: float
    snippets: list[Snippet] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)

    def title_spans(self) -> list[tuple[int, int]]:
        return [(m.start, m.end) for m in self.matches if m.field == "title"]


@dataclass
class SearchResult:
    query: Query
    total: int
    hits: list[Hit]


@dataclass
class _Doc:
    article: Article
    issue: Issue
    keys: list[tuple[str, int, str]]  # (field kind, index, folded text)
    joined: str
    lengths: dict[str, int]


class SearchIndex:
    """Folded text of every article, ready to search; build once per library."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._docs: list[_Doc] = []
        totals = dict.fromkeys(WEIGHTS, 0)
        for issue in library.issues:
            for article in issue.articles:
                keys = [(kind, i, fold(text)) for kind, i, text in article.fields()]
                lengths = dict.fromkeys(WEIGHTS, 0)
                for kind, _, key in keys:
                    lengths[GROUP_OF[kind]] += len(key)
                for group, length in lengths.items():
                    totals[group] += length
                joined = _SEPARATOR.join(key for _, _, key in keys)
                self._docs.append(_Doc(article, issue, keys, joined, lengths))
        count = max(1, len(self._docs))
        self._average = {group: max(1.0, total / count) for group, total in totals.items()}

    def __len__(self) -> int:
        return len(self._docs)

    def search(self, query: Query, limit: int | None = 20) -> SearchResult:
        docs = self._filtered(query)
        for term in query.terms:
            docs = [d for d in docs if term in d.joined]
        for term in query.excluded:
            docs = [d for d in docs if term not in d.joined]
        idf = {term: self._idf(term) for term in query.terms}
        scored = [(self._score(doc, idf), doc) for doc in docs]
        scored.sort(key=lambda pair: (-pair[0], -(pair[1].issue.year or 0), pair[1].article.id))
        chosen = scored if limit is None else scored[:limit]
        hits = [self._hit(doc, score, query) for score, doc in chosen]
        return SearchResult(query=query, total=len(scored), hits=hits)

    def _filtered(self, query: Query) -> list[_Doc]:
        docs = self._docs
        if query.years:
            docs = [d for d in docs if d.issue.year in query.years]
        for wanted in query.people:
            names = matching_people(self.library, wanted)
            docs = [d for d in docs if names.intersection(d.article.people)]
        for wanted in query.departments:
            names = matching_departments(self.library, wanted)
            docs = [d for d in docs if names.intersection(d.article.departments)]
        return docs

    def _idf(self, term: str) -> float:
        df = sum(1 for d in self._docs if term in d.joined)
        n = len(self._docs)
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    def _score(self, doc: _Doc, idf: dict[str, float]) -> float:
        score = 0.0
        for term, weight in idf.items():
            counts = dict.fromkeys(WEIGHTS, 0)
            for kind, _, key in doc.keys:
                counts[GROUP_OF[kind]] += key.count(term)
            tf = 0.0
            for group, count in counts.items():
                if count:
                    norm = 1.0 - B + B * doc.lengths[group] / self._average[group]
                    tf += WEIGHTS[group] * count / norm
            score += weight * tf * (K1 + 1.0) / (K1 + tf)
        return round(score, 4)

    def _matches(self, doc: _Doc, query: Query) -> list[Match]:
        found: list[Match] = []
        for kind, index, key in doc.keys:
            spans: list[tuple[int, int]] = []
            for term in query.terms:
                start = key.find(term)
                while start != -1:
                    spans.append((start, start + len(term)))
                    start = key.find(term, start + len(term))
            found.extend(Match(kind, index, s, e) for s, e in _merge(spans))
        return found

    def _hit(self, doc: _Doc, score: float, query: Query) -> Hit:
        matches = self._matches(doc, query)
        snippets = make_snippets(doc.article.fields(), matches)
        return Hit(doc.article, doc.issue, score, snippets, matches)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def matching_people(library: Library, wanted: str) -> set[str]:
    """Names of people that a `person:` filter means: exact name, else part of one."""
    key = fold(wanted)
    exact = {p.name for p in library.people if fold(p.name) == key}
    return exact or {p.name for p in library.people if key in fold(p.name)}


def matching_departments(library: Library, wanted: str) -> set[str]:
    """Department names a `dept:` filter means, through aliases: exact, else part of one."""
    key = fold(wanted)
    exact = {d.name for d in library.departments if key in {fold(n) for n in (d.name, *d.aliases)}}
    if exact:
        return exact
    return {
        d.name for d in library.departments if any(key in fold(n) for n in (d.name, *d.aliases))
    }
