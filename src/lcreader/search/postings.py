"""Writing an index segment: the folded text of some articles and its inverted index.

Every character and every overlapping pair of characters of the folded text is a
term (a CJK bigram index: no word segmentation); per term and per ranking group
(title, heading, caption, byline, body) the postings list the articles holding it
and how often. One- and two-character query terms are answered from the postings
alone; longer ones are narrowed by their pairs' postings and counted in the folded
text, which the segment keeps (UTF-8, one region per group, articles in order, each
field followed by NUL, so no match crosses a field). Counts are `str.count`'s:
non-overlapping, so `哈哈` is counted once in `哈哈哈`.

A segment also lists, per article, its id, title, byline, issue, year and date, and
which people and departments it names (by folded name), for the search's filters.
Segments are written once and never changed (segment.py reads them).
"""

from __future__ import annotations

import json
import operator
import re
import sys
from array import array
from collections import Counter, deque
from itertools import islice, repeat
from operator import add

from ..mapped_files import encode_mapped
from ..textkey import fold, spaced_pairs, spaced_pattern
from .layout import (
    BODY,
    CHUNK_BYTES,
    GROUP_OF_KIND,
    GROUPS,
    HEAD,
    HEAD_SIZE,
    NAME_KINDS,
    SEGMENT_FORMAT,
    SEGMENT_MAGIC,
    SEPARATOR,
    SEPARATOR_BYTES,
    TYPECODES,
    bridge_term,
    name_line,
    term_key,
)

__all__ = [
    "BODY",
    "CHUNK_BYTES",
    "GROUPS",
    "GROUP_OF_KIND",
    "HEAD",
    "HEAD_SIZE",
    "SEGMENT_FORMAT",
    "SEGMENT_MAGIC",
    "SEPARATOR",
    "SEPARATOR_BYTES",
    "TYPECODES",
    "SegmentBuilder",
    "TooManyPostings",
    "term_key",
]


_COUNT_MAX = (1 << 32) - 1
# A posting held while a segment is made: the article above, its count below, in four
# bytes (eight held a large file's 18 million postings in 140 MB). A count that does
# not fit is kept apart, with its term.
_COUNT_BITS = 8
_COUNT_HELD = (1 << _COUNT_BITS) - 1
MAX_ARTICLES = 1 << (32 - _COUNT_BITS)  # articles in one segment
_DOUBLED = re.compile(r"(.)\1", re.DOTALL)
_ESCAPED = json.encoder.encode_basestring_ascii  # a text as a JSON string, ASCII only


def article_groups(article) -> list[str]:
    """The article's fields per ranking group, each followed by the separator."""
    return ["".join(t + SEPARATOR for t in texts) for texts in article_fields(article)]


def article_fields(article) -> list[list[str]]:
    """The article's field texts per ranking group, in layout order."""
    pieces: list[list[str]] = [[], [], [], [], []]
    kicker = subtitle = None
    for kind, _, text in article.fields():
        if kind == "kicker":
            kicker = text
        elif kind == "subtitle":
            subtitle = text
        else:
            pieces[GROUP_OF_KIND[kind]].append(text)
    # The heading group holds the kicker, then the subtitle.
    pieces[1] = [t for t in (kicker, subtitle) if t is not None]
    return pieces


def date_number(date: str | None) -> int:
    """`2021-06-03` → 20210603, `2021-06` → 20210600: ordered as the dates are; none: 0."""
    digits = "".join(ch for ch in (date or "") if ch.isdigit())
    if len(digits) not in (6, 8) or not (date or "")[:4].isdigit():
        return 0
    return int(digits.ljust(8, "0"))


def _width(values: array) -> int:
    top = max(values) if values else 0
    return 1 if top < 1 << 8 else 2 if top < 1 << 16 else 4


def _as_bytes(values: array, width: int) -> bytes:
    narrow = array(TYPECODES[width], values)
    if sys.byteorder != "little":
        narrow.byteswap()
    return narrow.tobytes()


def int_bytes(typecode: str, values) -> bytes:
    table = array(typecode, values)
    if sys.byteorder != "little":
        table.byteswap()
    return table.tobytes()


# How often (in postings) a builder asks whether the build holds too much.
CHECK_POSTINGS = 1 << 18


class TooManyPostings(Exception):
    """The articles added hold more postings than the builder was allowed, or (`memory`)
    the build came to hold more memory than it may."""

    def __init__(self, postings: int, memory: bool = False) -> None:
        super().__init__(postings)
        self.memory = memory


class SegmentBuilder:
    """Collects articles in order; `encode` gives the segment file's bytes. With
    `max_postings`, adding past that many raises TooManyPostings (the builder is then
    unusable): a file's index is refused before it takes the memory, not after."""

    def __init__(self, max_postings: int | None = None, over_memory=None) -> None:
        self.n = 0
        self.postings = 0
        self.max_postings = max_postings
        # Asked every CHECK_POSTINGS postings, given how many: True when the build holds
        # too much (or will, once the postings are encoded).
        self.over_memory = over_memory
        self._next_check = CHECK_POSTINGS
        self.ids: list[str] = []
        self.titles: list[str] = []
        self.bylines: list[str] = []
        self.issues: list[list] = []  # [issue id, source, first article, source hash]
        self.issue_of: list[int] = []  # per article, its issue's place in `issues`
        self.years: list[int] = []
        self.dates: list[int] = []
        self.lens: list[list[int]] = [[] for _ in GROUPS]
        self.offsets: list[list[int]] = [[0] for _ in GROUPS]
        self.texts: list[list[bytes]] = [[] for _ in GROUPS]
        # Per group, term → its postings packed: article << 8 | count (at most 255),
        # and term → {article: count} for the counts of 255 and more.
        self.post: list[dict[str, array]] = [{} for _ in GROUPS]
        self.large: list[dict[str, dict[int, int]]] = [{} for _ in GROUPS]
        self.names: dict[str, dict[str, list[int]]] = {"people": {}, "depts": {}}
        self.named: dict[str, list[int]] = {}  # per person, as names: how often named

    def add_issue(self, issue, sha256: str = "") -> None:
        self.issues.append([issue.id, issue.source, self.n, sha256])
        for article in issue.articles:
            self.add(issue, article)

    def add(self, issue, article) -> None:
        doc = self.n
        if doc >= MAX_ARTICLES:
            raise OverflowError(f"a segment holds at most {MAX_ARTICLES:,} articles")
        self.n += 1
        self.ids.append(article.id)
        self.issue_of.append(len(self.issues) - 1)
        self.titles.append(article.title)
        self.bylines.append(article.byline_label())
        self.years.append(issue.year or 0)
        self.dates.append(date_number(issue.date))
        # How often the text names each person (what a person: filter ranks by).
        people = dict.fromkeys((fold(name) for name in article.people), 0)
        for group, fields in enumerate(article_fields(article)):
            # Field by field: the group's text is never joined, nor its folded form
            # split again (a paragraph of 50 MB on one line was held six times over).
            self.lens[group].append(sum(map(len, fields)) + len(fields))
            offsets = self.offsets[group]
            if not fields:
                offsets.append(offsets[-1])
                continue
            folded = [fold(text) for text in fields]
            for key in people:
                people[key] += sum(map(str.count, folded, repeat(key)))
            offsets.append(offsets[-1] + self._text(group, folded))
            if any(SEPARATOR in text for text in folded):  # a field holding NUL: cut there
                folded = [piece for text in folded for piece in text.split(SEPARATOR)]
            self._count(group, doc, folded)
        for key, count in people.items():
            self.names["people"].setdefault(key, []).append(doc)
            self.named.setdefault(key, []).append(count)
        for key in dict.fromkeys(fold(name) for name in article.departments):
            self.names["depts"].setdefault(key, []).append(doc)

    def _text(self, group: int, folded: list[str]) -> int:
        """Keep one article's group as UTF-8, each field followed by the separator (one
        chunk when small, else a chunk per field); its size in bytes."""
        parts = []
        for text in folded:
            parts.append(text.encode("utf-8", "surrogatepass"))
            parts.append(SEPARATOR_BYTES)
        size = sum(map(len, parts))
        if size <= CHUNK_BYTES:
            parts = [b"".join(parts)]
        self.texts[group].extend(parts)
        return size

    def _count(self, group: int, doc: int, fields: list[str]) -> None:
        """Add one article's group to the postings: every step a C-level map over its
        terms (a build indexes every character of the library twice). Terms are never
        taken across fields, which the separator ends; each field is looked at in place,
        never copied nor joined to the others (a paragraph may be a file of 50 MB)."""
        counts: Counter[str] = Counter()
        doubled: dict[str, int] = {}
        for text in fields:
            counts.update(text)
            counts.update(map(add, text, islice(text, 1, None)))
            spaced = spaced_pairs(text)
            if spaced:  # `塘 新` counted as `塘新` too, and listed under its bridge term
                counts.update(spaced)
                counts.update({bridge_term(pair): n for pair, n in spaced.items()})
            # A pair of one character twice is counted as str.count does: no overlaps
            # (a spaced one as its match is: `哈 哈 哈` holds `哈哈` once).
            pairs = {m.group() for m in _DOUBLED.finditer(text)}
            pairs.update(pair for pair in spaced if pair[0] == pair[1])
            for pair in pairs:
                pattern = spaced and spaced_pattern(pair)
                found = _matches(pattern, text) if pattern else text.count(pair)
                doubled[pair] = doubled.get(pair, 0) + found
        if not all(fields[1:-1]):  # an empty field between two: two separators in a row
            doubled.setdefault(SEPARATOR * 2, 0)  # a term of the kept text, counted in none
        for pair, count in doubled.items():
            counts[pair] = count
        self.postings += len(counts)
        if self.max_postings is not None and self.postings > self.max_postings:
            raise TooManyPostings(self.postings)
        if self.postings >= self._next_check:
            self._next_check = self.postings + CHECK_POSTINGS
            if self.over_memory is not None and self.over_memory(self.postings):
                raise TooManyPostings(self.postings, memory=True)
        post = self.post[group]
        terms = list(counts)
        found = list(map(post.get, terms))
        if None in found:
            for at, entry in enumerate(found):
                if entry is None:
                    found[at] = post[terms[at]] = array("I")
        # Each posting is one integer: the article above, its count below.
        held = map(min, counts.values(), repeat(_COUNT_HELD))
        packed = map(operator.or_, repeat(doc << _COUNT_BITS), held)
        deque(map(array.append, found, packed), maxlen=0)
        if max(counts.values(), default=0) >= _COUNT_HELD:
            large = self.large[group]
            for term, count in counts.items():
                if count >= _COUNT_HELD:
                    large.setdefault(term, {})[doc] = min(count, _COUNT_MAX)

    def encode(self, meta: dict) -> list[bytes]:
        """The segment file's chunks; `meta` (build version, id) goes in its header.
        Once: each term's postings are let go as its bytes are made (a large file's
        postings and their bytes were held together, 100 MB over the postings)."""
        # A term's place is its term_key's (one- and two-character terms as their code
        # points order them, bridge terms after): no set of every term (the body holds
        # nearly all of them).
        body = self.post[BODY]
        others = {t for g, post in enumerate(self.post) if g != BODY for t in post}
        terms = [*body, *others.difference(body)]
        others = None
        terms.sort(key=term_key)
        keys = array("Q", map(term_key, terms))
        # A term's bytes are small and made as its postings go: they take the memory the
        # postings leave (one chunk for all would be new memory, 70 MB for a large file).
        blobs: list[bytes] = []
        offsets = array("Q", [0])
        size = 0
        for term in terms:
            blob = self._blob(term)
            blobs.append(blob)
            size += len(blob)
            offsets.append(size)
        n = self.n
        nums = [*self.years, *self.dates, *(x for lens in self.lens for x in lens)]
        # A row per article, one JSON array each, where its offset says: a search reads
        # its hits' rows alone, not a table of every article.
        rows: list[bytes] = []
        row_offsets = array("q", [0])
        for row in zip(self.ids, self.titles, self.bylines, self.issue_of, strict=True):
            chunks = _json(list(row))
            rows.extend(chunks)
            row_offsets.append(row_offsets[-1] + sum(map(len, chunks)))
        sections = [
            ("nums", int_bytes("i", nums)),
            ("offs", int_bytes("q", [x for group in self.offsets for x in group])),
            ("keys", int_bytes("Q", keys)),
            ("poff", int_bytes("Q", offsets)),
            ("post", blobs),
            ("text", [data for texts in self.texts for data in texts]),
            ("rows", rows),
            ("rowoffs", int_bytes("q", row_offsets)),
            ("issues", _json(self.issues)),
            *(section for kind in NAME_KINDS for section in self._name_sections(kind)),
        ]
        lens = [sum(lens) for lens in self.lens]
        regions = [sum(map(len, texts)) for texts in self.texts]
        full = {**meta, "format": SEGMENT_FORMAT, "docs": n, "lens": lens, "regions": regions}
        return encode_mapped(SEGMENT_MAGIC, full, sections)

    def _name_sections(self, kind: str) -> list[tuple[str, object]]:
        """The names of a kind, a line each framed by line breaks; where each one's
        articles start in the articles section, and the end; the articles."""
        table = self.names[kind]
        lines = [b"\n"]
        offsets = array("q", [0])
        docs = array("I")
        for name, articles in table.items():
            lines.append(name_line(name) + b"\n")
            docs.extend(articles)
            offsets.append(len(docs))
        sections = [
            (kind, lines),
            (f"{kind}_at", int_bytes("q", offsets)),
            (f"{kind}_docs", int_bytes("I", docs)),
        ]
        if kind == "people":
            counts = array("I", (count for name in table for count in self.named[name]))
            sections.append(("people_counts", int_bytes("I", counts)))
        return sections

    def _blob(self, term: str) -> bytes:
        counts, widths, arrays = [], [], []
        for post, large in zip(self.post, self.large, strict=True):
            entry = post.pop(term, None)
            if entry is None:
                counts.append(0)
                widths.extend((1, 1))
                continue
            docs = array("I", map(operator.rshift, entry, repeat(_COUNT_BITS)))
            numbers = array("I", map(operator.and_, entry, repeat(_COUNT_HELD)))
            apart = large.pop(term, None)
            if apart is not None:
                for at, doc in enumerate(docs):
                    if doc in apart:
                        numbers[at] = apart[doc]
            dw, cw = _width(docs), _width(numbers)
            counts.append(len(docs))
            widths.extend((dw, cw))
            arrays.append(_as_bytes(docs, dw))
            arrays.append(_as_bytes(numbers, cw))
        import struct

        return struct.pack(HEAD, *counts, *widths) + b"".join(arrays)


def _matches(pattern: str, text: str) -> int:
    """How many matches of a pattern a text holds, none of them kept (a spaced line of
    megabytes holds millions)."""
    return sum(1 for _ in re.finditer(pattern, text))


def _json(data: object) -> list[bytes]:
    """JSON for any text, names that are not UTF-8 too (their escapes kept as written),
    in chunks of about CHUNK_BYTES: a text is escaped six bytes a character, and a
    title of 50 MB was held as one string of that and again as its bytes. A long text
    is escaped a slice at a time (escapes are a character's own: the same bytes); a
    list or dict holding none is written by json at once."""
    chunks: list[bytes] = []
    pending: list[str] = []
    size = 0

    def put(piece: str) -> None:
        nonlocal size
        pending.append(piece)
        size += len(piece)
        if size >= CHUNK_BYTES:
            chunks.append("".join(pending).encode("ascii"))
            pending.clear()
            size = 0

    def write(value: object) -> None:
        if isinstance(value, str) and len(value) > CHUNK_BYTES:
            put('"')
            for at in range(0, len(value), CHUNK_BYTES):
                put(_ESCAPED(value[at : at + CHUNK_BYTES])[1:-1])
            put('"')
        elif isinstance(value, dict) and _holds_long(value.values()):
            put("{")
            for n, (key, item) in enumerate(value.items()):
                put(("," if n else "") + _dumps(key) + ":")
                write(item)
            put("}")
        elif isinstance(value, list) and _holds_long(value):
            put("[")
            for n, item in enumerate(value):
                if n:
                    put(",")
                write(item)
            put("]")
        else:
            put(_dumps(value))

    write(data)
    chunks.append("".join(pending).encode("ascii"))
    return chunks


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=True, separators=(",", ":"))


def _holds_long(values) -> bool:
    """Whether a text longer than CHUNK_BYTES is among these values, at any depth."""
    for value in values:
        if isinstance(value, str):
            if len(value) > CHUNK_BYTES:
                return True
        elif isinstance(value, dict):
            if _holds_long(value.values()):
                return True
        elif isinstance(value, list) and _holds_long(value):
            return True
    return False
