"""Ranked search over a library: BM25F over exact matches of folded text.

Each query term is matched as a substring of an article's folded text, so no
word segmentation is needed for Chinese and a two-character term matches just
where those two characters stand together. Articles that contain every term
(and none of the excluded ones) are ranked by BM25F: per-group term counts,
normalised by group length, weighted title > kicker/subtitle > caption > body,
then saturated (k1) and weighted by the term's rarity (idf).

The scans run in C: `str.count` over each article's range of one long folded
string (see layout.py), mapped over all articles at once. Python only touches
the articles that match.
"""

from __future__ import annotations

import heapq
import math
import operator
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from itertools import compress, pairwise, repeat

from ..kinds import folded_names, match_folded, match_names
from ..model import Library
from ..textkey import fold
from .layout import CODE_KINDS, GROUPS, IndexData, layout_library
from .query import Query
from .snippets import Match, Snippet, make_snippets

K1 = 1.2
B = 0.75
WEIGHTS = {"title": 5.0, "heading": 3.0, "caption": 2.0, "byline": 1.0, "body": 1.0}
_GROUP_WEIGHTS = [WEIGHTS[g] for g in GROUPS]
BODY = GROUPS.index("body")
# A group with matches in fewer than 1/_SPARSE of the candidates is scored match by match.
_SPARSE = 3
_START = operator.methodcaller("start")
_READING_ORDER = {"kicker": 0, "title": 1, "subtitle": 2, "paragraph": 3, "caption": 4, "byline": 5}


@dataclass
class Hit:
    """One ranked article, with its matches and snippets."""

    article_id: str
    issue_id: str
    year: int | None
    title: str
    byline: str
    # BM25F; None when the query has no words (only filters): nothing was scored.
    score: float | None
    snippets: list[Snippet] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    # How often the article names the people and departments of person:/dept: filters
    # (through aliases); None without such filters.
    mentions: int | None = None

    def title_spans(self) -> list[tuple[int, int]]:
        return [(m.start, m.end) for m in self.matches if m.field == "title"]


@dataclass
class SearchResult:
    """The hits chosen, and how many articles matched in all."""

    query: Query
    total: int
    hits: list[Hit]


class SearchIndex:
    """Folded text of every article, ready to search."""

    def __init__(
        self,
        library: Library,
        previous: SearchIndex | None = None,
        unchanged_issues: Collection[str] = (),
    ) -> None:
        """Lay out a library, reusing `previous` (see layout_library)."""
        old = previous.data if previous is not None else None
        self._use(layout_library(library, old, unchanged_issues))

    @classmethod
    def from_data(cls, data: IndexData) -> SearchIndex:
        index = cls.__new__(cls)
        index._use(data)
        return index

    def _use(self, data: IndexData) -> None:
        self.data = data
        count = max(1, len(data.articles))
        body = data.region_starts[BODY]
        # Each body on its own: `str.count` over a list of strings beats ranges of one.
        self._bodies = [data.folded[start:end] for start, end in pairwise(body)]
        self._averages = [
            max(1.0, (starts[-1] - starts[0]) / count) for starts in data.region_starts
        ]
        # Per group, weight over length norm per article; made when first needed.
        self._factors: list[list[float] | None] = [None] * len(GROUPS)
        self._body_factor = self._group_factors(BODY, None)
        self._folded_people: list[tuple[str, list[str]]] | None = None
        # Each article's issue date as a rank (later dates higher; none lowest), to sort on.
        rank_of = {date: n for n, date in enumerate(sorted(set(data.dates)))}
        self._date_ranks = [rank_of[date] for date in data.dates]

    def __len__(self) -> int:
        return len(self.data.articles)

    def search(
        self, query: Query, limit: int | None = 20, snippets_for: int | None = None
    ) -> SearchResult:
        """The best `limit` hits (None: all); only the first `snippets_for` get snippets."""
        total = len(self)
        allowed, named = self._filtered(query)
        stats: dict[str, tuple[list[int], list[Counter]]] = {}
        idf: dict[str, float] = {}
        for term in dict.fromkeys(query.terms):
            body_counts = list(map(str.count, self._bodies, repeat(term)))
            front = self._front(term)
            found = set(compress(range(total), body_counts))
            for counter in front:
                found.update(after - 1 for after in counter)
            idf[term] = math.log(1.0 + (total - len(found) + 0.5) / (len(found) + 0.5))
            stats[term] = (body_counts, front)
            allowed = found if allowed is None else allowed & found
        candidates = sorted(allowed) if allowed is not None else list(range(total))
        for term in query.excluded:
            body = map(operator.contains, _pick(self._bodies, candidates), repeat(term))
            front = self._front(term)
            candidates = [
                n for n, in_body in zip(candidates, body, strict=True)
                if not in_body and not any(n + 1 in counter for counter in front)
            ]  # fmt: skip
        mentions = _mentions_pattern(named)
        if query.terms:
            scores = self._scores(candidates, stats, idf)
        elif mentions is not None:
            # Only filters: every article passes them alike, so nothing is scored; the
            # articles that name the person or department most come first.
            scores = self._mention_counts(candidates, mentions)
        else:
            scores = [0] * len(candidates)  # only a year, or exclusions: newest first
        ranked = self._rank(candidates, scores, limit)
        hits = [
            self._hit(number, score if query.terms else None, query, snippets, mentions)
            for rank, (score, number) in enumerate(ranked)
            for snippets in [snippets_for is None or rank < snippets_for]
        ]
        if mentions is not None:
            counts = self._mention_counts([number for _, number in ranked], mentions)
            for hit, count in zip(hits, counts, strict=True):
                hit.mentions = count
        return SearchResult(query=query, total=len(candidates), hits=hits)

    def _front(self, term: str) -> list[Counter]:
        """Per group before the body, the term's matches per article (keyed number + 1)."""
        return self._front_counts(re.compile(re.escape(term)))

    def _front_counts(self, pattern: re.Pattern[str]) -> list[Counter]:
        """Per group before the body, the pattern's matches per article (keyed number
        + 1): one scan of each group's text, whatever the number of articles."""
        folded = self.data.folded
        counters = []
        for group in range(BODY):
            starts = self.data.region_starts[group]
            positions = map(_START, pattern.finditer(folded, starts[0], starts[-1]))
            counters.append(Counter(map(bisect_right, repeat(starts), positions)))
        return counters

    def _rank(
        self, candidates: list[int], scores: list[float], limit: int | None
    ) -> list[tuple[float, int]]:
        """The best `limit` (score, article), by score, then newest issue, then id."""
        if limit is not None and limit <= 0:
            return []
        if limit is not None and len(scores) > limit:
            # Only articles scoring at least the limit-th best can be chosen: sort those.
            floor = heapq.nlargest(limit, scores)[-1]
            keep = list(map(operator.ge, scores, repeat(floor)))
            candidates = list(compress(candidates, keep))
            scores = list(compress(scores, keep))
        years, dates, articles = self.data.years, self._date_ranks, self.data.articles
        ranked = sorted(
            zip(scores, candidates, strict=True),
            key=lambda p: (-p[0], -(years[p[1]] or 0), -dates[p[1]], articles[p[1]]),
        )
        return ranked if limit is None else ranked[:limit]

    def _scores(
        self,
        candidates: list[int],
        stats: dict[str, tuple[list[int], list[Counter]]],
        idf: dict[str, float],
    ) -> list[float]:
        """BM25F of each candidate; every step a C-level map over the candidates."""
        scores = [0.0] * len(candidates)
        if not stats or not candidates:
            return scores
        body_factor = _pick(self._body_factor, candidates)
        shifted = [n + 1 for n in candidates]  # the front counters' keys
        for term, (body_counts, front) in stats.items():
            tf = list(map(operator.mul, _pick(body_counts, candidates), body_factor))
            for group, counter in enumerate(front):
                if len(counter) * _SPARSE < len(candidates):
                    # Few articles match in this group: add theirs one by one.
                    factors = self._group_factors(group, None)
                    for after, count in counter.items():
                        at = bisect_left(candidates, after - 1)
                        if at < len(candidates) and candidates[at] == after - 1:
                            tf[at] += count * factors[after - 1]
                elif counter:
                    counts = map(counter.get, shifted, repeat(0))
                    weighted = map(operator.mul, counts, self._group_factors(group, candidates))
                    tf = list(map(operator.add, tf, weighted))
            # idf * tf * (k1 + 1) / (k1 + tf)
            term_scores = map(
                operator.truediv,
                map(operator.mul, tf, repeat(idf[term] * (K1 + 1.0))),
                map(operator.add, tf, repeat(K1)),
            )
            scores = list(map(operator.add, scores, term_scores))
        return scores

    def _group_factors(self, group: int, candidates: list[int] | None) -> list[float]:
        """Group weight over its length norm, for these articles (None: all)."""
        if self._factors[group] is None:
            starts = self.data.region_starts[group]
            weight, average = _GROUP_WEIGHTS[group], self._averages[group]
            self._factors[group] = [
                weight / (1.0 - B + B * (end - start) / average) for start, end in pairwise(starts)
            ]
        factors = self._factors[group]
        return factors if candidates is None else _pick(factors, candidates)

    def _filtered(self, query: Query) -> tuple[set[int] | None, set[str]]:
        """Articles the filters allow (None when there are no filters), and every name
        and alias the person:/dept: filters stand for."""
        allowed: set[int] | None = None
        named: set[str] = set()
        if query.years:
            years = set(query.years)
            allowed = {n for n, year in enumerate(self.data.years) if year in years}
        for wanted in query.people:
            names = self._matching_people(wanted)
            named.update(names)
            found = {n for name in names for n in self.data.people[name]}
            allowed = found if allowed is None else allowed & found
        for wanted in query.departments:
            entries = ((name, aliases) for name, (aliases, _) in self.data.departments.items())
            names = match_names(entries, wanted)
            named.update(w for name in names for w in (name, *self.data.departments[name][0]))
            found = {n for name in names for n in self.data.departments[name][1]}
            allowed = found if allowed is None else allowed & found
        return allowed, named

    def _mention_counts(self, numbers: list[int], pattern: re.Pattern[str]) -> list[int]:
        """How often each article names what `pattern` finds, in all its text.

        At least 1: the article is listed under the name, even where it names them
        in a form the text does not spell out (a byline's author, 薛老师).
        """
        bodies = _pick(self._bodies, numbers)
        word = _literal(pattern)
        if word is not None:  # one name: counted in C, as query words are
            counts = list(map(str.count, bodies, repeat(word)))
        else:
            counts = list(map(len, map(pattern.findall, bodies)))
        shifted = [n + 1 for n in numbers]  # the front counters' keys
        for counter in self._front_counts(pattern):
            if counter:
                counts = list(map(operator.add, counts, map(counter.get, shifted, repeat(0))))
        return [max(1, count) for count in counts]

    def unknown_names(self, query: Query) -> list[tuple[str, str, list[str]]]:
        """(kind, value, close names) for each person:/dept: value that stands for no one
        in the library: a search with it finds nothing for that reason."""
        kinds = (
            ("person", query.people, list(self.data.people)),
            ("dept", query.departments, list(self.data.departments)),
        )
        unknown = []
        for kind, values, names in kinds:
            for wanted in values:
                if kind == "person":
                    found = self._matching_people(wanted)
                else:
                    entries = ((n, a) for n, (a, _) in self.data.departments.items())
                    found = match_names(entries, wanted)
                if not found:
                    unknown.append((kind, wanted, close_names(wanted, names)))
        return unknown

    def _matching_people(self, wanted: str) -> set[str]:
        if self._folded_people is None:  # folded once: a large library names thousands
            self._folded_people = folded_names((name, ()) for name in self.data.people)
        return match_folded(self._folded_people, wanted)

    def fields(self, number: int) -> list[tuple[str, int, str, int]]:
        """An article's fields as (kind, index, text, offset), in reading order."""
        data = self.data
        out = []
        seen: dict[str, int] = {}
        for f in range(data.first_field[number], data.first_field[number + 1]):
            kind = CODE_KINDS[data.field_kinds[f]]
            start = data.field_starts[f]
            out.append((kind, seen.get(kind, 0), data.text[start : data.field_ends[f]], start))
            seen[kind] = seen.get(kind, 0) + 1
        out.sort(key=lambda f: (_READING_ORDER[f[0]], f[1]))
        return out

    def _hit(
        self,
        number: int,
        score: float | None,
        query: Query,
        with_snippets: bool,
        mentions: re.Pattern[str] | None = None,
    ) -> Hit:
        """The article as a hit. Without query words, its snippets are where it names
        the filter's people or departments (`mentions`): what it was found for."""
        folded = self.data.folded
        fields = self.fields(number)
        matches: list[Match] = []
        named: list[Match] = []
        for kind, index, text, offset in fields:
            spans: list[tuple[int, int]] = []
            end = offset + len(text)
            for term in query.terms:
                start = folded.find(term, offset, end)
                while start != -1:
                    spans.append((start - offset, start - offset + len(term)))
                    start = folded.find(term, start + len(term), end)
            matches.extend(Match(kind, index, s, e) for s, e in _merge(spans))
            if mentions is not None and not query.terms:
                found = mentions.finditer(folded, offset, end)
                named.extend(
                    Match(kind, index, m.start() - offset, m.end() - offset) for m in found
                )
        title = next((text for kind, _, text, _ in fields if kind == "title"), "")
        texts = [(k, i, t) for k, i, t, _ in fields]
        snippets = make_snippets(texts, matches or named) if with_snippets else []
        data = self.data
        return Hit(
            article_id=data.articles[number],
            issue_id=data.issues[number],
            year=data.years[number],
            title=title,
            byline=data.bylines[number],
            score=None if score is None else round(score, 4),
            snippets=snippets,
            matches=matches,
        )


def close_names(wanted: str, names: list[str], most: int = 5) -> list[str]:
    """The names spelt most like `wanted` (folded: script, width and case aside)."""
    import difflib

    by_key = {fold(name): name for name in names}
    close = difflib.get_close_matches(fold(wanted), list(by_key), n=most, cutoff=0.5)
    return [by_key[key] for key in close]


def _mentions_pattern(names: set[str]) -> re.Pattern[str] | None:
    """One expression for every name and alias, folded, longest first (党建办公室
    before 党建办), so each mention counts once; None when there are none."""
    if not names:
        return None
    words = sorted({fold(name) for name in names}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def _literal(pattern: re.Pattern[str]) -> str | None:
    """The one word a pattern of `_mentions_pattern` finds, if it is one word (an
    alternation does not survive being unescaped and escaped again)."""
    word = re.sub(r"\\(.)", r"\1", pattern.pattern, flags=re.DOTALL)
    return word if re.escape(word) == pattern.pattern else None


def _pick(values: list, numbers: list[int]) -> list:
    """values[n] for each n, in one C-level pass."""
    if not numbers:
        return []
    if len(numbers) == 1:
        return [values[numbers[0]]]
    return list(operator.itemgetter(*numbers)(values))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
