"""The search index's data: every article's text in one string, laid out for fast scans.

The string holds five regions, one per ranking group: titles, headings (kickers and
subtitles), captions, bylines, then body paragraphs, the bulk. In each region the
articles follow each other in library order, and each field is followed by NUL (a
query term never holds one, so no match crosses a field). So one article's group
is one range of the string, and one group of all articles is one range too: the
small front groups are scanned whole with one regular expression, the bodies
article by article. `text` is the original; `folded` is its match key, same
length, same offsets. The layout is plain lists and strings, so the store saves
it and loads it without parsing or folding anything again.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, fields

from ..model import Library
from ..textkey import fold

LAYOUT_VERSION = 2  # 2: issue dates, to put the newest first
SEPARATOR = "\x00"
GROUPS = ("title", "heading", "caption", "byline", "body")
# One letter per field kind, in layout order.
KIND_CODES = {
    "title": "t",
    "kicker": "k",
    "subtitle": "s",
    "caption": "c",
    "byline": "b",
    "paragraph": "p",
}
CODE_KINDS = {code: kind for kind, code in KIND_CODES.items()}
LAYOUT_ORDER = tuple(KIND_CODES)


@dataclass
class IndexData:
    """The laid-out text and tables a SearchIndex searches."""

    text: str = ""
    folded: str = ""
    # Per group, where each article's range starts; one more entry, where the group ends.
    region_starts: list[list[int]] = field(default_factory=lambda: [[0] for _ in GROUPS])
    # Per field: start, end (before its NUL) and kind letter, grouped by article.
    field_starts: list[int] = field(default_factory=list)
    field_ends: list[int] = field(default_factory=list)
    field_kinds: str = ""
    # Per article, the index of its first field; one more entry, the field count.
    first_field: list[int] = field(default_factory=lambda: [0])
    articles: list[str] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)
    years: list[int | None] = field(default_factory=list)
    # The issue's printed date (`YYYY-MM-DD` or `YYYY-MM`, which sort as dates), or "".
    dates: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    people: dict[str, list[int]] = field(default_factory=dict)
    # name -> (aliases, articles)
    departments: dict[str, tuple[list[str], list[int]]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["departments"] = {k: [list(a), list(d)] for k, (a, d) in self.departments.items()}
        return {"version": LAYOUT_VERSION, **data}

    @classmethod
    def from_dict(cls, data: dict) -> IndexData:
        """Raises ValueError when the data is not a layout of this version."""
        if not isinstance(data, dict) or data.get("version") != LAYOUT_VERSION:
            raise ValueError("not a search layout of this version")
        try:
            layout = cls(**{f.name: data[f.name] for f in fields(cls)})
            layout.departments = {k: (a, d) for k, (a, d) in layout.departments.items()}
        except (KeyError, TypeError, ValueError, AttributeError) as err:
            raise ValueError(f"search layout has the wrong shape ({err!r})") from err
        layout.check()
        return layout

    def check(self) -> None:
        """Raises ValueError unless the parts agree with each other."""
        n = len(self.articles)
        field_count = len(self.field_kinds)
        regions = self.region_starts
        consistent = (
            isinstance(self.text, str)
            and isinstance(self.folded, str)
            and len(self.text) == len(self.folded)
            and len(regions) == len(GROUPS)
            and all(len(starts) == n + 1 for starts in regions)
            and regions[0][0] == 0
            and all(regions[g][-1] == regions[g + 1][0] for g in range(len(GROUPS) - 1))
            and regions[-1][-1] == len(self.text)
            and len(self.issues) == len(self.years) == len(self.dates) == len(self.bylines) == n
            and len(self.first_field) == n + 1
            and len(self.field_starts) == len(self.field_ends) == field_count
            and self.first_field[-1] == field_count
        )
        if not consistent:
            raise ValueError("search layout parts disagree")

    def pieces(self, number: int, of: str) -> list[str]:
        """One article's range in each region, of `text` or `folded`."""
        source = self.text if of == "text" else self.folded
        return [source[starts[number] : starts[number + 1]] for starts in self.region_starts]


def _article_fields(article) -> list[tuple[str, str]]:
    """(kind code, text) in layout order."""
    by_kind: dict[str, list[str]] = {}
    for kind, _, text in article.fields():
        by_kind.setdefault(kind, []).append(text)
    return [(KIND_CODES[kind], text) for kind in LAYOUT_ORDER for text in by_kind.get(kind, [])]


_GROUP_OF_CODE = {"t": 0, "k": 1, "s": 1, "c": 2, "b": 3, "p": 4}


def layout_library(
    library: Library,
    previous: IndexData | None = None,
    unchanged_issues: Collection[str] = (),
) -> IndexData:
    """Lay out every article, reusing what `previous` already laid out.

    Issues in `unchanged_issues` (parsed from the same bytes as when `previous` was
    laid out) are copied from it whole; in the others, an article whose text is
    unchanged keeps its folded keys.
    """
    builder = _Builder(previous)
    copied: dict[str, list[int]] = {}
    if previous is not None and unchanged_issues:
        wanted = set(unchanged_issues)
        for number, issue_id in enumerate(previous.issues):
            if issue_id in wanted:
                copied.setdefault(issue_id, []).append(number)
    run: list[int] = []  # previous article numbers to copy, consecutive
    for issue in library.issues:
        numbers = copied.get(issue.id)
        if numbers is not None and len(numbers) == len(issue.articles):
            if run and numbers[0] != run[-1] + 1:
                builder.copy(run[0], run[-1] + 1)
                run = []
            run.extend(numbers)
            continue
        if run:
            builder.copy(run[0], run[-1] + 1)
            run = []
        for article in issue.articles:
            builder.add(issue, article)
    if run:
        builder.copy(run[0], run[-1] + 1)
    return builder.finish(library)


class _Builder:
    """Appends articles to the five regions; offsets are made global at the end."""

    def __init__(self, previous: IndexData | None) -> None:
        self.previous = previous
        self.reusable = {a: n for n, a in enumerate(previous.articles)} if previous else {}
        self.copied: list[tuple[int, int, int]] = []  # runs copied: (start, end, new start)
        self.data = IndexData()
        self.texts: list[list[str]] = [[] for _ in GROUPS]
        self.keys: list[list[str]] = [[] for _ in GROUPS]
        self.sizes = [0] * len(GROUPS)  # characters so far in each region
        self.local: list[tuple[int, int, int]] = []  # per field: (group, start, end) in region
        self.kinds: list[str] = []

    def add(self, issue, article) -> None:
        sizes = self.sizes
        pieces: list[list[str]] = [[] for _ in GROUPS]
        for code, text in _article_fields(article):
            group = _GROUP_OF_CODE[code]
            start = sizes[group]
            self.local.append((group, start, start + len(text)))
            self.kinds.append(code)
            pieces[group].append(text + SEPARATOR)
            sizes[group] += len(text) + 1
        joined = ["".join(piece) for piece in pieces]
        old = self.reusable.get(article.id)
        folded = None
        if old is not None and self.previous.pieces(old, "text") == joined:
            folded = self.previous.pieces(old, "folded")
        for group, piece in enumerate(joined):
            self.texts[group].append(piece)
            self.keys[group].append(folded[group] if folded is not None else fold(piece))
        self._close(article, issue)

    def copy(self, start: int, end: int) -> None:
        """Append articles start…end-1 of the previous layout as they were, in one piece."""
        old, data = self.previous, self.data
        # Each region's piece moves by one shift: where it lands less where it was.
        shifts = [self.sizes[g] - region[start] for g, region in enumerate(old.region_starts)]
        by_code = {code: (group, shifts[group]) for code, group in _GROUP_OF_CODE.items()}
        first, last = old.first_field[start], old.first_field[end]
        fields_before = len(self.kinds)
        codes = old.field_kinds[first:last]
        self.local.extend(
            (by_code[code][0], s + by_code[code][1], e + by_code[code][1])
            for code, s, e in zip(
                codes, old.field_starts[first:last], old.field_ends[first:last], strict=True
            )
        )
        self.kinds.extend(codes)
        for group, region in enumerate(old.region_starts):
            self.texts[group].append(old.text[region[start] : region[end]])
            self.keys[group].append(old.folded[region[start] : region[end]])
            data.region_starts[group].extend(
                at + shifts[group] for at in region[start + 1 : end + 1]
            )
            self.sizes[group] += region[end] - region[start]
        base = len(data.articles)
        data.first_field.extend(
            f - first + fields_before for f in old.first_field[start + 1 : end + 1]
        )
        data.articles.extend(old.articles[start:end])
        data.issues.extend(old.issues[start:end])
        data.years.extend(old.years[start:end])
        data.dates.extend(old.dates[start:end])
        data.bylines.extend(old.bylines[start:end])
        self.copied.append((start, end, base))

    def _close(self, article, issue) -> None:
        data = self.data
        number = len(data.articles)
        for group, size in enumerate(self.sizes):
            data.region_starts[group].append(size)
        data.first_field.append(len(self.kinds))
        data.articles.append(article.id)
        data.issues.append(issue.id)
        data.years.append(issue.year)
        data.dates.append(issue.date or "")
        data.bylines.append(article.byline_label())
        for name in article.people:
            data.people.setdefault(name, []).append(number)

    def finish(self, library: Library) -> IndexData:
        data, sizes = self.data, self.sizes
        if self.copied:
            # People of the copied runs, renumbered; every list then back in article order.
            where = {}
            for start, end, base in self.copied:
                where.update((n, base - start) for n in range(start, end))
            for name, numbers in self.previous.people.items():
                moved = [n + where[n] for n in numbers if n in where]
                if moved:
                    data.people.setdefault(name, []).extend(moved)
            for numbers in data.people.values():
                numbers.sort()
        # Regions follow each other: shift every offset by where its region begins.
        bases = [sum(sizes[:g]) for g in range(len(GROUPS))]
        data.region_starts = [
            [bases[g] + at for at in starts] for g, starts in enumerate(data.region_starts)
        ]
        data.field_kinds = "".join(self.kinds)
        data.field_starts = [bases[g] + start for g, start, _ in self.local]
        data.field_ends = [bases[g] + end for g, _, end in self.local]
        data.text = "".join("".join(region) for region in self.texts)
        data.folded = "".join("".join(region) for region in self.keys)
        numbers = {a: n for n, a in enumerate(data.articles)}
        for department in library.departments:
            data.departments[department.name] = (
                list(department.aliases),
                [numbers[a] for a in department.articles if a in numbers],
            )
        data.check()
        return data
