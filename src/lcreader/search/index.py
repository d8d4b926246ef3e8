"""Ranked search over index segments: BM25F over exact matches of folded text.

Each query term is a group of alternatives (`统战|统一战线`), each matched as a
substring of an article's folded text, so no word segmentation is needed. The
articles that hold every term (through any of its alternatives) and none of the
excluded ones are ranked by BM25F: per-group counts (an alternative's matches
weighted by its weight), normalised by group length, weighted title > kicker and
subtitle > caption > body = byline, saturated (k1) and weighted by rarity (idf).

Counts come from the segments' postings (segment.py): a term of one or two
characters is read from them; a longer one is narrowed by its pairs' postings and
counted in the folded text of the articles left. Python touches only the articles
that match, with `map` over lists where it can, so the work grows with the hits,
not with the library.
"""

from __future__ import annotations

import math
import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache
from itertools import compress, islice, repeat

from ..records import dataclass, field  # dataclasses, without importing it (records.py)
from ..textkey import bridged_pairs, fold, joined_key, spaced_pattern
from .layout import BODY, GROUP_OF_KIND, GROUPS, SEGMENT_MAGIC, SEPARATOR, bridge_term
from .query import Query, Term
from .segment import Segment
from .snippets import Match, Snippet, make_snippets

# typing.TYPE_CHECKING without importing typing; the model only names types here
# (a search builds its hits without it).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..model import Article, Library

K1 = 1.2
B = 0.75
WEIGHTS = {"title": 5.0, "heading": 3.0, "caption": 2.0, "byline": 1.0, "body": 1.0}
_GROUP_WEIGHTS = [WEIGHTS[g] for g in GROUPS]
# A group with matches in fewer than 1/_SPARSE of the candidates is scored match by match.
_SPARSE = 3
# Fewer articles of a segment than 1/_ROWS_APART of them: their ids read row by row,
# else the segment's table of all (a search's top ten, or the reader's every hit).
_ROWS_APART = 16
# A field's matches listed for a hit (snippets, n/N in the reader): a paragraph of
# megabytes may match millions of times; its score counts them all.
MAX_FIELD_MATCHES = 1000
# Names whose first pairs are looked up to skip the fields that cannot hold them; more
# are counted in every field.
FEW_PAIRS = 32
_READING_ORDER = {"kicker": 0, "title": 1, "subtitle": 2, "paragraph": 3, "caption": 4, "byline": 5}
_FRONT = range(BODY)

# Per group, article → count (weighted by the alternatives' weights).
Counts = list[dict[int, float]]


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
    # A field matched more than MAX_FIELD_MATCHES times: `matches` holds its first ones.
    matches_cut: bool = False
    # A query of filters alone: where the article names their people or departments, in
    # reading order (what it was found for: the reader's n/N walk them).
    mentioned: list[Match] = field(default_factory=list)

    def title_spans(self) -> list[tuple[int, int]]:
        return [(m.start, m.end) for m in self.matches if m.field == "title"]

    def forms(self) -> dict[str, int]:
        """Which alternatives matched, and how often: what the hit was found through."""
        found: dict[str, int] = {}
        for match in self.matches:
            found[match.form] = found.get(match.form, 0) + 1
        return found


@dataclass
class SearchResult:
    """The hits chosen, and how many articles matched in all."""

    query: Query
    total: int
    hits: list[Hit]


def _in_memory(library: Library) -> Segment:
    """A library's articles as one segment held in memory (nothing written)."""
    from ..mapped_files import Mapped
    from .postings import SegmentBuilder

    builder = SegmentBuilder()
    for issue in library.issues:
        builder.add_issue(issue)
    raw = b"".join(builder.encode({"id": "memory"}))
    return Segment(Mapped(raw, SEGMENT_MAGIC, "the index in memory"))


class SearchIndex:
    """Index segments, searched as one: articles numbered across them in order."""

    def __init__(self, library: Library) -> None:
        """The index of a library in memory (a built library has one on disk)."""
        departments = {d.name: list(d.aliases) for d in library.departments} or None
        self._use([_in_memory(library)], [()], library.article, departments)

        def issue_entry(issue_id: str) -> dict | None:
            issue = library.issue(issue_id)
            if issue is None:
                return None
            fields = {"year": issue.year, "date": issue.date, "number": issue.number}
            articles = [{"id": a.id, "title": a.title} for a in issue.articles]
            return {**fields, "title": issue.title, "articles": articles}

        self.issue_entry = issue_entry

    @classmethod
    def from_segments(
        cls,
        segments: list[Segment],
        dead: list,
        documents: Callable[[str], Article | None],
        departments: dict[str, list[str]] | None = None,
    ) -> SearchIndex:
        """Segments with the articles of each that are gone (`dead`, local numbers),
        and where an article's text is read for hits (`documents`: id → Article)."""
        index = cls.__new__(cls)
        index._use(segments, dead, documents, departments)
        return index

    def _use(self, segments, dead, documents, departments=None) -> None:
        from array import array

        self.segments = segments
        self.documents = documents
        self.bases: list[int] = []
        total = 0
        for segment in segments:
            self.bases.append(total)
            total += segment.n
        self.total = total
        self.dead = {base + d for base, gone in zip(self.bases, dead, strict=True) for d in gone}
        self.years = array("i")
        self.dates = array("i")
        self.lens = [array("i") for _ in GROUPS]
        for segment in segments:
            self.years += segment.years
            self.dates += segment.dates
            for g in range(len(GROUPS)):
                self.lens[g] += segment.lens[g]
        live = max(1, total - len(self.dead))
        sums = [sum(s.lens_total[g] for s in segments) for g in range(len(GROUPS))]
        for number in self.dead:
            for g in range(len(GROUPS)):
                sums[g] -= self.lens[g][number]
        self._averages = [max(1.0, s / live) for s in sums]
        self._live = total - len(self.dead)
        # Linked departments, name → aliases: what `dept:` matches (None: from the segments).
        self._departments = departments
        self._people_counts: dict[str, int] | None = None
        # Per group, every article's weight over its length norm (BM25F), made when a
        # search first scores that group densely: the same for every query.
        self._factor_tables: list[list[float] | None] = [None] * len(GROUPS)
        # Issue id → (source file, its hash) of every hit so far: where its text is.
        self.issue_sources: dict[str, tuple[str, str]] = {}
        # Issue id → its cache entry (Issue.to_dict's form), for naming a hit's issue
        # without the model; None where the index was not given one.
        self.issue_entry: Callable[[str], dict | None] | None = None

    def __len__(self) -> int:
        return self._live

    # Where an article is

    def _where(self, number: int) -> tuple[Segment, int]:
        at = bisect_right(self.bases, number) - 1
        return self.segments[at], number - self.bases[at]

    def _by_segment(self, numbers) -> list[tuple[int, list[int]]]:
        """Sorted article numbers split by segment: (segment index, local numbers)."""
        numbers = numbers if isinstance(numbers, list) else list(numbers)
        out: list[tuple[int, list[int]]] = []
        bases = self.bases
        start = 0
        while start < len(numbers):  # a segment's run found by bisection, not walked
            at = bisect_right(bases, numbers[start]) - 1
            end = bisect_left(numbers, bases[at + 1], start) if at + 1 < len(bases) else None
            run = numbers[start:end]
            base = bases[at]
            out.append((at, list(map(operator.sub, run, repeat(base))) if base else run))
            start = len(numbers) if end is None else end
        return out

    def _doc(self, number: int) -> tuple[str, str, str, str]:
        """(article id, issue id, title, byline) of an article."""
        segment, local = self._where(number)
        article_id, title, byline, issue = segment.row(local)
        self.issue_sources[issue[0]] = (issue[1], issue[3])
        return article_id, issue[0], title, byline

    def article_id(self, number: int) -> str:
        return self._doc(number)[0]

    # Counting

    def _counts(self, term: Term) -> tuple[Counts, set[int]]:
        """Per group the term's weighted counts, and the live articles holding it."""
        groups: Counts = [{} for _ in GROUPS]
        for alternative in term.alternatives:
            found = self._alternative(alternative.folded)
            weight = alternative.weight
            for g, counts in enumerate(found):
                if not counts:
                    continue
                into = groups[g]
                if not into and weight == 1.0:
                    groups[g] = counts
                    continue
                get = into.get
                for number, count in counts.items():
                    into[number] = get(number, 0) + weight * count
        holding: set[int] = set()
        for counts in groups:
            holding.update(counts)
        holding -= self.dead
        return groups, holding

    def _alternative(self, folded: str) -> Counts:
        """Per group, article → count of one alternative's match key."""
        folded = joined_key(folded)
        out: Counts = [{} for _ in GROUPS]
        if len(folded) <= 2:
            for segment, base in zip(self.segments, self.bases, strict=True):
                postings = segment.postings(folded)
                if postings is None:
                    continue
                for g, entry in enumerate(postings):
                    if entry is not None:
                        docs, counts = entry
                        numbers = map(operator.add, docs, repeat(base)) if base else docs
                        out[g].update(zip(numbers, counts, strict=False))
            return out
        pairs = list(dict.fromkeys(folded[k : k + 2] for k in range(len(folded) - 1)))
        needle = folded.encode("utf-8", "surrogatepass")
        spaced = spaced_pattern(folded)
        bridges = _bridge_terms(folded)
        for segment, base in zip(self.segments, self.bases, strict=True):
            found = [segment.postings(pair) for pair in pairs]
            if any(postings is None for postings in found):
                continue
            # Where a pair of the needle stands spaced (`塘 新`), its articles are counted
            # by the spaced pattern; the rest by the needle itself, as quick as before.
            spans = [entry for term in bridges if (entry := segment.postings(term))]
            for g in range(len(GROUPS)):
                lists = [postings[g] for postings in found]
                if any(entry is None for entry in lists):
                    continue
                lists.sort(key=lambda entry: len(entry[0]))
                docs = set(lists[0][0])
                for entry in lists[1:]:
                    docs.intersection_update(entry[0])
                if not docs:
                    continue
                docs = sorted(docs)
                counts = segment.count(needle, g, docs)
                spaced_docs = {d for entry in spans if entry[g] for d in entry[g][0]}
                if spaced_docs.intersection(docs):
                    counts = _spaced_counts(segment, spaced, g, docs, counts, spaced_docs)
                # The articles that hold the needle itself, as C-level maps (a phrase's
                # candidates are thousands at ×1000: a generator over them costs 1 ms).
                held = list(map(bool, counts))
                numbers = map(operator.add, compress(docs, held), repeat(base))
                out[g].update(zip(numbers, compress(counts, held), strict=False))
        return out

    # Searching

    # Called when a read finds damage: gives an index built again (None: none can be).
    repair: Callable[[], SearchIndex | None] | None = None

    def search(
        self, query: Query, limit: int | None = 20, snippets_for: int | None = None
    ) -> SearchResult:
        """The best `limit` hits (None: all); only the first `snippets_for` get snippets.

        Whatever a search reads is verified; damage found on the way is never served:
        the index is built again (`repair`) and the search run on that."""
        from ..safe_files import Damaged

        try:
            return self._search(query, limit, snippets_for)
        except Damaged:
            fresh = self.repair() if self.repair is not None else None
            if fresh is None:
                raise
            self.__dict__.update(fresh.__dict__)
            return self._search(query, limit, snippets_for)

    def matching(self, query: Query) -> list[int]:
        """The numbers of every article the query matches, unranked: for counting them
        (by year, by month) without building hits. `years[n]`, `dates[n]` say when."""
        return self._matching(query)[0]

    def _matching(self, query: Query) -> tuple[list[int], list[tuple[Counts, float]], set[str]]:
        allowed, named = self._filtered(query)
        stats: list[tuple[Counts, float]] = []
        live = self._live
        for term in dict.fromkeys(query.terms):
            counts, holding = self._counts(term)
            df = len(holding)
            stats.append((counts, math.log(1.0 + (live - df + 0.5) / (df + 0.5))))
            allowed = holding if allowed is None else allowed & holding
        if allowed is None:
            allowed = set(range(self.total)) - self.dead
        for term in query.excluded:
            _, holding = self._counts(term)
            allowed -= holding
        return sorted(allowed), stats, named

    def _search(self, query: Query, limit: int | None, snippets_for: int | None) -> SearchResult:
        candidates, stats, named = self._matching(query)
        mentions = _mentions_pattern(named)
        if query.terms:
            scores = self._scores(candidates, stats)
        elif mentions is not None:
            # Only filters: every article passes them alike, so nothing is scored; the
            # articles that name the person or department most come first.
            one_person = len(named) == 1 and not query.departments
            scores = (
                self._person_counts(candidates, next(iter(named)))
                if one_person
                else self._mention_counts(candidates, named)
            )
        else:
            scores = [0] * len(candidates)  # only a year: newest first
        ranked = self._rank(candidates, scores, limit)
        hits = [
            self._hit(number, score if query.terms else None, query, snippets, mentions)
            for rank, (score, number) in enumerate(ranked)
            for snippets in [snippets_for is None or rank < snippets_for]
        ]
        if mentions is not None:
            if query.terms:
                counts = self._mention_counts([number for _, number in ranked], named)
            else:  # ranked by them: counted already
                counts = [int(score) for score, _ in ranked]
            for hit, count in zip(hits, counts, strict=True):
                hit.mentions = count
        return SearchResult(query=query, total=len(candidates), hits=hits)

    def _rank(
        self, candidates: list[int], scores: list[float], limit: int | None
    ) -> list[tuple[float, int]]:
        """The best `limit` (score, article), by score, then newest issue, then id."""
        if limit is not None and limit <= 0:
            return []
        years, dates = self.years, self.dates
        if limit is not None and len(scores) > limit:
            import heapq  # here: a search of fewer hits than asked never needs it

            # Only articles scoring at least the limit-th best can be chosen: sort those.
            floor = heapq.nlargest(limit, scores)[-1]
            keep = list(map(operator.ge, scores, repeat(floor)))
            candidates = list(compress(candidates, keep))
            scores = list(compress(scores, keep))
            if len(candidates) > limit:
                # Ties at the floor: the newest issues among them, before reading ids.
                keys = list(zip(scores, map(years.__getitem__, candidates),
                                map(dates.__getitem__, candidates), strict=False))  # fmt: skip
                last = heapq.nlargest(limit, keys)[-1]
                keep = [key >= last for key in keys]
                candidates = list(compress(candidates, keep))
                scores = list(compress(scores, keep))
        ids = self._ids(candidates)
        ranked = sorted(
            zip(scores, candidates, strict=True),
            key=lambda p: (-p[0], -years[p[1]], -dates[p[1]], ids[p[1]]),
        )
        return ranked if limit is None else ranked[:limit]

    def _ids(self, numbers: list[int]) -> dict[int, str]:
        ids: dict[int, str] = {}
        for at, locals_ in self._by_segment(sorted(numbers)):
            base, segment = self.bases[at], self.segments[at]
            if len(locals_) * _ROWS_APART < segment.n:  # a few: their rows alone
                ids.update((base + local, segment.row(local)[0]) for local in locals_)
            else:
                table = segment.docs()["ids"]
                ids.update((base + local, table[local]) for local in locals_)
        return ids

    def _scores(self, candidates: list[int], stats: list[tuple[Counts, float]]) -> list[float]:
        """BM25F of each candidate; every step a C-level map over the candidates."""
        scores = [0.0] * len(candidates)
        if not stats or not candidates:
            return scores
        factors: dict[int, list[float]] = {}
        position: dict[int, int] | None = None
        for counts, idf in stats:
            tf = [0.0] * len(candidates)
            for g in (BODY, *_FRONT):
                found = counts[g]
                if not found:
                    continue
                if len(found) * _SPARSE < len(candidates):
                    # Few articles match in this group: add theirs one by one.
                    if position is None:
                        position = {n: k for k, n in enumerate(candidates)}
                    weight, average = _GROUP_WEIGHTS[g], self._averages[g]
                    lens = self.lens[g]
                    for number, count in found.items():
                        at = position.get(number)
                        if at is not None:
                            tf[at] += count * (weight / (1.0 - B + B * lens[number] / average))
                    continue
                if g not in factors:
                    factors[g] = self._factors(g, candidates)
                weighted = map(operator.mul, map(found.get, candidates, repeat(0)), factors[g])
                tf = list(map(operator.add, tf, weighted))
            # idf * tf * (k1 + 1) / (k1 + tf)
            term_scores = map(
                operator.truediv,
                map(operator.mul, tf, repeat(idf * (K1 + 1.0))),
                map(operator.add, tf, repeat(K1)),
            )
            scores = list(map(operator.add, scores, term_scores))
        return scores

    def _factors(self, group: int, candidates: list[int]) -> list[float]:
        """Group weight over its length norm, for these articles."""
        table = self._factor_tables[group]
        if table is None:
            weight, average = _GROUP_WEIGHTS[group], self._averages[group]
            lens = self.lens[group]
            norms = map(operator.add, repeat(1.0 - B), map(operator.mul, lens, repeat(B / average)))
            table = self._factor_tables[group] = list(map(operator.truediv, repeat(weight), norms))
        return list(map(table.__getitem__, candidates))

    # Filters

    def _filtered(self, query: Query) -> tuple[set[int] | None, set[str]]:
        """Articles the filters allow (None when there are no filters), and every folded
        name and alias the person:/dept: filters stand for."""
        allowed: set[int] | None = None
        named: set[str] = set()
        if query.years:
            years = set(query.years)
            allowed = {n for n, year in enumerate(self.years) if year in years} - self.dead
        for wanted in query.people:
            keys = self._matching_people(wanted)
            named.update(keys)
            found = self._named("people", keys)
            allowed = found if allowed is None else allowed & found
        for wanted in query.departments:
            keys, words = self._matching_departments(wanted)
            named.update(words)
            found = self._named("depts", keys)
            allowed = found if allowed is None else allowed & found
        return allowed, named

    def _named(self, kind: str, keys: set[str]) -> set[int]:
        found: set[int] = set()
        for segment, base in zip(self.segments, self.bases, strict=True):
            for docs in segment.names(kind).articles_of(keys):
                found.update(map(operator.add, docs, repeat(base)))
        return found - self.dead

    def _matching_people(self, wanted: str) -> set[str]:
        """Folded names written in the articles: equal to `wanted` folded, else holding it."""
        key = fold(wanted)
        if any(segment.names("people").articles(key) is not None for segment in self.segments):
            return {key}
        return {name for segment in self.segments for name in segment.names("people").holding(key)}

    def _people_names(self) -> dict[str, int]:
        """Every folded name of a person, with how many articles name them (a large
        library names a hundred thousand)."""
        if self._people_counts is None:
            counts: dict[str, int] = {}
            for segment in self.segments:
                for name, count in segment.names("people").counted():
                    counts[name] = counts.get(name, 0) + count
            self._people_counts = counts
        return self._people_counts

    def _matching_departments(self, wanted: str) -> tuple[set[str], set[str]]:
        """The folded names of the departments `wanted` means (name or alias, else part of
        one), and every folded name and alias of theirs, to count their mentions."""
        from ..kinds import match_names

        if self._departments is not None:
            entries = self._departments
        else:
            entries = {}
            for segment in self.segments:
                entries.update((key, []) for key in segment.names("depts").all())
        names = match_names(entries.items(), wanted)
        keys = {fold(name) for name in names}
        words = {fold(w) for name in names for w in (name, *entries[name])}
        return keys, words

    def _mention_counts(self, numbers: list[int], named: set[str]) -> list[int]:
        """How often each article names any of these folded names, in all its text (the
        longest name first where they overlap, as one regular expression would).

        At least 1: the article is listed under the name, even where it names them
        in a form the text does not spell out (a byline's author, 薛老师).
        """
        words = sorted(named, key=len, reverse=True)
        encoded = [w.encode("utf-8", "surrogatepass") for w in words]
        pattern = None
        if len(encoded) > 1:
            pattern = re.compile(b"|".join(map(re.escape, encoded)))
        totals: dict[int, int] = dict.fromkeys(numbers, 0)
        order = sorted(numbers)
        for at, locals_ in self._by_segment(order):
            segment, base = self.segments[at], self.bases[at]
            for g in range(len(GROUPS)):
                docs = locals_ if g == BODY else self._may_hold(segment, g, words, locals_)
                if not docs:
                    continue
                if pattern is None:
                    counts = segment.count(encoded[0], g, docs)
                else:
                    counts = segment.find_all(pattern, g, docs)
                for doc, count in zip(docs, counts, strict=True):
                    totals[base + doc] += count
        return [max(1, totals[n]) for n in numbers]

    def _person_counts(self, numbers: list[int], key: str) -> list[int]:
        """_mention_counts of one person's folded name, as the index counted them."""
        totals: dict[int, int] = {}
        for at, segment in enumerate(self.segments):
            found = segment.names("people").named(key)
            if found is not None:
                base = self.bases[at]
                totals.update(zip(map(operator.add, found[0], repeat(base)), found[1], strict=True))
        return [max(1, totals.get(n, 0)) for n in numbers]

    @staticmethod
    def _may_hold(segment: Segment, group: int, words: list[str], docs: list[int]) -> list[int]:
        """Of these articles, those whose group holds the first pair of any word (all of
        them for many words: person:杜 names thousands, and looking each pair up costs
        more than reading the text)."""
        pairs = dict.fromkeys(word[:2] for word in words)
        if len(pairs) > FEW_PAIRS:
            return docs
        holding: set[int] = set()
        for pair in pairs:
            postings = segment.postings(pair)
            if postings is not None and postings[group] is not None:
                holding.update(postings[group][0])
        return [d for d in docs if d in holding]

    def unknown_names(self, query: Query) -> list[tuple[str, str, list[str]]]:
        """(kind, value, close names) for each person:/dept: value that stands for no one
        in the library: a search with it finds nothing for that reason."""
        unknown = []
        for wanted in query.people:
            if not self._matching_people(wanted):
                people = self._people_names()
                unknown.append(("person", wanted, close_names(wanted, list(people), 5, people)))
        for wanted in query.departments:
            if not self._matching_departments(wanted)[0]:
                names = list(self._departments or {})
                if not names:
                    for segment in self.segments:
                        names += segment.names("depts").all()
                unknown.append(("dept", wanted, close_names(wanted, names)))
        return unknown

    def partial_names(self, query: Query) -> list[tuple[str, str, list[str]]]:
        """(kind, value, names) for each person:/dept: value that is no one's whole name
        but part of some (`person:张`): the search takes every one of them, and says so."""
        partial = []
        for wanted in query.people:
            keys = self._matching_people(wanted)
            if keys and fold(wanted) not in keys:  # no one's whole name
                counts = self._people_names()
                names = sorted(keys, key=lambda n: (-counts.get(n, 0), n))
                partial.append(("person", wanted, names))
        for wanted in query.departments:
            keys, words = self._matching_departments(wanted)
            if keys and fold(wanted) not in words:  # no name's or alias's whole
                partial.append(("dept", wanted, sorted(keys)))
        return partial

    # Hits

    def fields(self, number: int) -> list[tuple[str, int, str]]:
        """An article's fields as (kind, index, text), in reading order."""
        article = self.documents(self._doc(number)[0])
        return article.fields() if article is not None else []

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
        article_id, issue_id, title, byline = self._doc(number)
        fields = self.fields(number)
        forms = [(joined_key(a.folded), a.text) for term in query.terms for a in term.alternatives]
        # (a key's pairs as they stand spaced, `统 战`: a field holding none is searched
        # as plain text, no pattern compiled)
        bridges = {key: _bridge_terms(key) for key, _ in forms}
        matches: list[Match] = []
        named: list[Match] = []
        cut = False
        for (kind, index, _), folded in zip(fields, self._folded(number, fields), strict=True):
            spans: list[tuple[int, int, str]] = []
            for key, form in forms:
                spaced = " " in folded and any(b in folded for b in bridges[key])
                if spaced:
                    found_spans = [m.span() for m in re.finditer(spaced_pattern(key), folded)]
                    spans.extend((s, e, form) for s, e in found_spans[:MAX_FIELD_MATCHES])
                    cut |= len(found_spans) > MAX_FIELD_MATCHES
                    continue
                start = folded.find(key)
                found = 0
                while start != -1 and found < MAX_FIELD_MATCHES:
                    spans.append((start, start + len(key), form))
                    found += 1
                    start = folded.find(key, start + len(key))
                cut |= start != -1
            matches.extend(Match(kind, index, s, e, f) for s, e, f in _merge(spans))
            if mentions is not None and not query.terms:
                named.extend(
                    Match(kind, index, m.start(), m.end(), m.group())
                    for m in islice(mentions.finditer(folded), MAX_FIELD_MATCHES)
                )
        snippets = make_snippets(fields, matches or named) if with_snippets else []
        matches.sort(key=lambda m: (_READING_ORDER[m.field], m.index, m.start))
        named.sort(key=lambda m: (_READING_ORDER[m.field], m.index, m.start))
        return Hit(
            article_id=article_id,
            issue_id=issue_id,
            year=self.years[number] or None,
            title=title,
            byline=byline,
            score=None if score is None else round(score, 4),
            snippets=snippets,
            matches=matches,
            matches_cut=cut,
            mentioned=named,
        )

    def _folded(self, number: int, fields: list[tuple[str, int, str]]) -> list[str]:
        """Each field's match key: as the segment keeps it (folded when indexed, each
        field followed by the separator), where its pieces are the fields' own, one
        each and as long; else folded here (a field holding the separator). The
        segment's text spares folding thousands of characters a query never had."""
        segment, local = self._where(number)
        pieces: dict[int, list[str]] = {}
        for group in sorted({GROUP_OF_KIND[kind] for kind, _, _ in fields}):
            pieces[group] = segment.folded(local, group).split(SEPARATOR)[:-1]
        taken = dict.fromkeys(pieces, 0)
        out = []
        for kind, _, _ in fields:
            group = GROUP_OF_KIND[kind]
            at = taken[group]
            taken[group] += 1
            out.append(pieces[group][at] if at < len(pieces[group]) else "")
        if all(taken[g] == len(pieces[g]) for g in pieces) and all(
            len(key) == len(text) for key, (_, _, text) in zip(out, fields, strict=True)
        ):
            return out
        return [fold(text) for _, _, text in fields]


def close_names(
    wanted: str, names: list[str], most: int = 5, mentions: dict[str, int] | None = None
) -> list[str]:
    """The names spelt most like `wanted` (folded: script, width and case aside): the
    closest first; among as close, those sharing more characters in the same places
    (乐月明: 乐跃明 before 韩乐明), then the most often named (a library of thousands
    of names holds many as close)."""
    import difflib

    by_key = {fold(name): name for name in names}
    key = fold(wanted)
    close = difflib.get_close_matches(key, list(by_key), n=max(50, 10 * most), cutoff=0.5)
    counts = mentions or {}

    def rank(candidate: str) -> tuple:
        ratio = difflib.SequenceMatcher(None, key, candidate).ratio()
        placed = sum(map(str.__eq__, key, candidate)) if len(candidate) == len(key) else 0
        return (-round(ratio, 6), -placed, -counts.get(candidate, 0), candidate)

    close.sort(key=rank)
    return [by_key[found] for found in close[:most]]


def _mentions_pattern(names: set[str]) -> re.Pattern[str] | None:
    """One expression for every folded name and alias, longest first (党建办公室
    before 党建办), so each mention counts once; None when there are none."""
    if not names:
        return None
    words = sorted(names, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def _spaced_counts(segment, spaced: str, group: int, docs, counts, spaced_docs) -> list[int]:
    """`counts` with the articles where the needle's pairs stand spaced counted by the
    spaced pattern (`苇 ?塘 ?新 ?村`)."""
    pattern = _bytes_pattern(spaced)
    where = [at for at, doc in enumerate(docs) if doc in spaced_docs]
    found = segment.find_all(pattern, group, [docs[at] for at in where])
    counts = list(counts)
    for at, number in zip(where, found, strict=True):
        counts[at] = number
    return counts


@lru_cache(maxsize=64)
def _bytes_pattern(spaced: str) -> re.Pattern[bytes]:
    return re.compile(spaced.encode("utf-8", "surrogatepass"))


@lru_cache(maxsize=256)
def _bridge_terms(key: str) -> tuple[str, ...]:
    """The bridge terms of a key's pairs of Chinese characters (`统 战`): where the text
    may stand spaced."""
    return tuple(dict.fromkeys(map(bridge_term, bridged_pairs(key))))


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping spans made one, named by the form that starts it."""
    merged: list[tuple[int, int, str]] = []
    for start, end, form in sorted(spans):
        if merged and start <= merged[-1][1]:
            first, last, name = merged[-1]
            merged[-1] = (first, max(end, last), name)
        else:
            merged.append((start, end, form))
    return merged


__all__ = ["GROUP_OF_KIND", "K1", "WEIGHTS", "B", "Hit", "SearchIndex", "SearchResult"]
