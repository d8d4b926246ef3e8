"""Reading an index segment (postings.py writes them), in place, verifying what it reads.

A segment is mapped, not loaded: opening one reads its header, its block table and
its small per-article tables; a term's postings are found by binary search in the
sorted term keys and read from the map; text is read only for the articles a long
term or a name must be counted in. Every byte read is verified (mapped_files.py).
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left
from collections import deque
from itertools import pairwise, repeat
from operator import add, sub

from ..mapped_files import Mapped
from ..safe_files import Damaged, parsed_json
from .layout import GROUPS, HEAD_SIZE, NAME_KINDS, SEGMENT_FORMAT, TYPECODES, name_line, term_key

Postings = list[tuple[array, array] | None]  # per group: (articles, counts), None: none


def ints(typecode: str, raw) -> array:
    table = array(typecode)
    table.frombytes(raw)
    if sys.byteorder != "little":
        table.byteswap()
    return table


# Articles whose text is at least 1/_STRETCH of the stretch from the first to the last
# are read in one copy of the stretch (Segment._stretch).
_STRETCH = 4


class _Keys:
    """The sorted term keys, read from the map: each block checked when first touched."""

    def __init__(self, mapped: Mapped) -> None:
        self.mapped = mapped
        body, self.start = mapped.body("keys")
        length = mapped.span("keys")[1]
        self.view = body[self.start : self.start + length]
        self.count = length // 8
        self.values = self.view.cast("Q") if sys.byteorder == "little" else None

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, i: int) -> int:
        self.mapped.verify(self.start + 8 * i, self.start + 8 * i + 8)
        if self.values is not None:
            return self.values[i]
        return int.from_bytes(self.view[8 * i : 8 * i + 8], "little")


class Segment:
    """One segment: its articles' tables, postings and folded text."""

    def __init__(self, mapped: Mapped, build: str | None = None) -> None:
        meta = mapped.meta
        if meta.get("format") != SEGMENT_FORMAT or (
            build is not None and meta.get("build") != build
        ):
            raise Damaged(f"{mapped.where}: a segment of another version")
        self.mapped = mapped
        self.id = meta.get("id", "")
        try:
            n = self.n = int(meta["docs"])
            self.lens_total = [int(x) for x in meta["lens"]]
            regions = [int(x) for x in meta["regions"]]
        except (KeyError, TypeError, ValueError) as err:
            raise Damaged(f"{mapped.where}: a segment header of the wrong shape") from err
        nums = ints("i", mapped.read("nums"))
        offs = ints("q", mapped.read("offs"))
        if len(nums) != 7 * n or len(offs) != 5 * (n + 1) or len(self.lens_total) != 5:
            raise Damaged(f"{mapped.where}: its tables disagree")
        self.years = nums[:n]
        self.dates = nums[n : 2 * n]
        self.lens = [nums[(2 + g) * n : (3 + g) * n] for g in range(len(GROUPS))]
        # Per group, where each article's text starts in its group's region; one more:
        # the end. Made into offsets in the text section when a group is first read.
        self._offs = offs
        self._bases = [sum(regions[:g]) for g in range(len(GROUPS))]
        self._offsets: list[array | None] = [None] * len(GROUPS)
        text_length = mapped.span("text")[1]
        if sum(regions) != text_length or any(
            offs[g * (n + 1)] != 0 or offs[g * (n + 1) + n] != regions[g]
            for g in range(len(GROUPS))
        ):
            raise Damaged(f"{mapped.where}: its text offsets disagree")
        self._keys = _Keys(mapped)
        self._docs: dict | None = None
        # Per group, each article's text checked (1) or not yet (0): _checked.
        self._checked_docs = [bytearray(n) for _ in GROUPS]
        self._rows: array | None = None
        self._issues: list | None = None
        self._names: dict[str, _Names] = {}

    # Postings

    def postings(self, term: str) -> Postings | None:
        """A one- or two-character term's postings; None when no article holds it."""
        keys = self._keys
        key = term_key(term)
        at = bisect_left(keys, key)
        if at >= len(keys) or keys[at] != key:
            return None
        bounds = ints("Q", self.mapped.read("poff", 8 * at, 8 * at + 16))
        if len(bounds) != 2 or bounds[0] > bounds[1]:
            raise Damaged(f"{self.mapped.where}: postings offsets disagree")
        blob = self.mapped.read("post", bounds[0], bounds[1])
        if len(blob) < HEAD_SIZE:
            raise Damaged(f"{self.mapped.where}: postings cut short")
        # HEAD (`<5I10B2x`) read without struct: five 32-bit counts, then ten widths.
        counts, widths = ints("I", blob[:20]), bytes(blob[20:30])
        out: Postings = []
        at = HEAD_SIZE
        for group, count in enumerate(counts):
            if not count:
                out.append(None)
                continue
            dw, cw = widths[2 * group], widths[2 * group + 1]
            if dw not in TYPECODES or cw not in TYPECODES:
                raise Damaged(f"{self.mapped.where}: postings of the wrong shape")
            docs = ints(TYPECODES[dw], blob[at : at + dw * count])
            at += dw * count
            numbers = ints(TYPECODES[cw], blob[at : at + cw * count])
            at += cw * count
            if len(docs) != count or len(numbers) != count or docs[-1] >= self.n:
                raise Damaged(f"{self.mapped.where}: postings cut short")
            out.append((docs, numbers))
        if at != len(blob):
            raise Damaged(f"{self.mapped.where}: postings of the wrong length")
        return out

    # Text

    def offsets(self, group: int) -> array:
        """Where each article's text of a group starts in the text section, and the end:
        made on first use (a search opens every segment and reads one or two groups)."""
        offsets = self._offsets[group]
        if offsets is None:
            n, base = self.n, self._bases[group]
            own = self._offs[group * (n + 1) : (group + 1) * (n + 1)]
            offsets = self._offsets[group] = array("q", [x + base for x in own])
        return offsets

    def _ranges(self, group: int, docs) -> tuple[list[int], list[int]]:
        offsets = self.offsets(group)
        starts = list(map(offsets.__getitem__, docs))
        ends = list(map(offsets.__getitem__, map(add, docs, repeat(1))))
        return starts, ends

    def _checked(self, group: int, docs) -> tuple[list[int], list[int], memoryview]:
        """Where these articles' text of a group lies in the text section, verified."""
        starts, ends = self._ranges(group, docs)
        body, base = self.mapped.body("text")
        # The blocks they lie in, each once per process: a long word's candidates are
        # a few kB each, scattered over the whole text. Which articles' text is checked
        # is kept, so a search run again looks at none of their blocks (the reader's).
        checked = self._checked_docs[group]
        if starts and not all(map(checked.__getitem__, docs)):
            self.mapped.verify_ranges(starts, ends, base)
            deque(map(checked.__setitem__, docs, repeat(1)), maxlen=0)
        return starts, ends, body[base:]

    def _pieces(self, group: int, docs) -> list[bytes]:
        """The folded UTF-8 text of these articles in one group, verified."""
        starts, ends, text = self._checked(group, docs)
        return list(map(bytes, map(text.__getitem__, map(slice, starts, ends))))

    def _stretch(self, group: int, docs) -> tuple[bytes, list[int], list[int]] | None:
        """The text from the first of these articles to the last, as one copy, and where
        each one lies in it; None when they are a small part of it (copied one by one).
        A common phrase's candidates are half the articles: one copy, not thousands."""
        starts, ends, text = self._checked(group, docs)
        if not starts:
            return None
        low, high = min(starts), max(ends)
        if sum(map(sub, ends, starts)) * _STRETCH < high - low:
            return None
        return (
            bytes(text[low:high]),
            list(map(sub, starts, repeat(low))),
            list(map(sub, ends, repeat(low))),
        )

    def count(self, needle: bytes, group: int, docs) -> list[int]:
        """How often the folded UTF-8 `needle` stands in each article's group text."""
        stretch = self._stretch(group, docs)
        if stretch is None:
            return list(map(bytes.count, self._pieces(group, docs), repeat(needle)))
        text, starts, ends = stretch
        return list(map(text.count, repeat(needle), starts, ends))

    def find_all(self, pattern, group: int, docs) -> list[int]:
        """How many matches of a bytes pattern each article's group text holds."""
        stretch = self._stretch(group, docs)
        if stretch is None:
            return [len(pattern.findall(piece)) for piece in self._pieces(group, docs)]
        text, starts, ends = stretch
        return list(map(len, map(pattern.findall, repeat(text), starts, ends)))

    def folded(self, doc: int, group: int) -> str:
        return self._pieces(group, [doc])[0].decode("utf-8", "surrogatepass")

    # Tables read when needed

    def row(self, doc: int) -> tuple[str, str, str, list]:
        """An article's id, title and byline, and its issue ([issue id, source, first
        article, source hash]): its row alone read."""
        offsets = self._row_offsets()
        try:
            raw = bytes(self.mapped.read("rows", offsets[doc], offsets[doc + 1]))
            article_id, title, byline, issue = parsed_json(raw)
            if not all(isinstance(x, str) for x in (article_id, title, byline)):
                raise ValueError
            return article_id, title, byline, self.issues()[issue]
        except (ValueError, TypeError, IndexError) as err:
            raise Damaged(f"{self.mapped.where}: row {doc} of the wrong shape") from err

    def issues(self) -> list[list]:
        """[issue id, source, first article, source hash] of each issue, in order."""
        if self._issues is None:
            try:
                issues = parsed_json(bytes(self.mapped.read("issues")))
                if not isinstance(issues, list) or not all(
                    isinstance(row, list) and len(row) == 4 for row in issues
                ):
                    raise ValueError
            except ValueError as err:
                raise Damaged(f"{self.mapped.where}: its issues of the wrong shape") from err
            self._issues = issues
        return self._issues

    def _row_offsets(self) -> array:
        if self._rows is None:
            offsets = ints("q", self.mapped.read("rowoffs"))
            length = self.mapped.span("rows")[1]
            if len(offsets) != self.n + 1 or offsets[0] != 0 or offsets[-1] != length:
                raise Damaged(f"{self.mapped.where}: its rows disagree")
            self._rows = offsets
        return self._rows

    def docs(self) -> dict:
        """ids, titles, bylines and issues of every article (the table of all rows)."""
        if self._docs is None:
            offsets = self._row_offsets()
            rows = bytes(self.mapped.read("rows"))
            try:
                pieces = [rows[a:b] for a, b in pairwise(offsets)]
                table = parsed_json(b"[" + b",".join(pieces) + b"]")
                ids, titles, bylines, _ = zip(*table, strict=True) if table else ([],) * 4
            except (ValueError, TypeError) as err:
                raise Damaged(f"{self.mapped.where}: its rows of the wrong shape") from err
            self._docs = {
                "ids": list(ids),
                "titles": list(titles),
                "bylines": list(bylines),
                "issues": self.issues(),
            }
        return self._docs

    def names(self, kind: str) -> _Names:
        """The people ("people") or departments ("depts") its articles name, folded."""
        table = self._names.get(kind)
        if table is None:
            if kind not in NAME_KINDS:
                raise ValueError(kind)
            table = self._names[kind] = _Names(self.mapped, kind, self.n)
        return table

    def close(self) -> None:
        self._keys.view.release()
        if self._keys.values is not None:
            self._keys.values.release()
        self.mapped.close()


FEW_NAMES = 8  # names looked up one by one; more: the segment's names read whole


class _Names:
    """One kind of names of a segment: a line each (layout.name_line) between line
    breaks, and each one's articles, found by where its line stands."""

    def __init__(self, mapped: Mapped, kind: str, docs: int) -> None:
        self.where, self.n = mapped.where, docs
        self._lines_at: dict[str, int] | None = None
        self.lines = bytes(mapped.read(kind))
        self.at = ints("q", mapped.read(f"{kind}_at"))
        self.docs = ints("I", mapped.read(f"{kind}_docs"))
        # How often each article names each person (people only: a department's
        # aliases are counted in the text, the longest first).
        self.counts = ints("I", mapped.read("people_counts")) if kind == "people" else None
        count = self.lines.count(b"\n") - 1
        if (
            not self.lines.startswith(b"\n")
            or not self.lines.endswith(b"\n")
            or len(self.at) != count + 1
            or self.at[0] != 0
            or self.at[-1] != len(self.docs)
            or (self.counts is not None and len(self.counts) != len(self.docs))
        ):
            raise Damaged(f"{self.where}: its {kind} disagree")

    def _line(self, key: str) -> int | None:
        """Which line holds this folded name; None when no article names it."""
        at = self.lines.find(b"\n" + name_line(key) + b"\n")
        return None if at < 0 else self.lines.count(b"\n", 0, at)

    def articles(self, key: str) -> array | None:
        """The articles naming this folded name; None when none does."""
        line = self._line(key)
        return None if line is None else self._line_articles(line)

    def articles_of(self, keys) -> list[array]:
        """The articles naming each of these folded names that any article names: a few
        found in the lines, many (every name holding 杜) in a table of the lines."""
        if len(keys) <= FEW_NAMES:
            return [found for found in map(self.articles, keys) if found is not None]
        if self._lines_at is None:
            self._lines_at = {name: line for line, name in enumerate(self.all())}
        lines = [self._lines_at.get(key) for key in keys]
        return [self._line_articles(line) for line in lines if line is not None]

    def named(self, key: str) -> tuple[array, array] | None:
        """The articles naming this person, and how often each names them."""
        line = self._line(key)
        if line is None or self.counts is None:
            return None
        docs = self._line_articles(line)
        return docs, self.counts[self.at[line] : self.at[line + 1]]

    def _line_articles(self, line: int) -> array:
        found = self.docs[self.at[line] : self.at[line + 1]]
        if not found or found[-1] >= self.n:  # in order, as they were added
            raise Damaged(f"{self.where}: a name's articles disagree")
        return found

    def holding(self, key: str) -> list[str]:
        """The names holding this folded text."""
        if not key:
            return self.all()
        part = name_line(key)[1:-1]
        found = []
        start = 0
        while (at := self.lines.find(part, start)) >= 0:
            begin = self.lines.rfind(b"\n", 0, at) + 1
            end = self.lines.index(b"\n", at)
            name = self._name(self.lines[begin:end])
            if key in name:
                found.append(name)
            start = end
        return found

    def counted(self) -> list[tuple[str, int]]:
        """Every name, with how many articles name it."""
        return list(zip(self.all(), map(int.__sub__, self.at[1:], self.at[:-1]), strict=True))

    def all(self) -> list[str]:
        """Every name, in the order of the lines: one JSON array decoded."""
        if len(self.at) == 1:
            return []
        lines = self.lines[1:-1].split(b"\n")
        try:
            names = parsed_json(b"[" + b",".join(lines) + b"]")
        except ValueError as err:  # UnicodeDecodeError is one
            raise Damaged(f"{self.where}: a name of the wrong shape") from err
        if len(names) != len(self.at) - 1 or not all(isinstance(n, str) for n in names):
            raise Damaged(f"{self.where}: its names disagree")
        return names

    def _name(self, line: bytes) -> str:
        try:
            name = parsed_json(line)
        except ValueError as err:
            raise Damaged(f"{self.where}: a name of the wrong shape") from err
        if not isinstance(name, str):
            raise Damaged(f"{self.where}: a name of the wrong shape")
        return name
