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

from dataclasses import dataclass, field

from ..model import Library
from ..textkey import fold

LAYOUT_VERSION = 1
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
    bylines: list[str] = field(default_factory=list)
    people: dict[str, list[int]] = field(default_factory=dict)
    # name -> (aliases, articles)
    departments: dict[str, tuple[list[str], list[int]]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "version": LAYOUT_VERSION,
            "text": self.text,
            "folded": self.folded,
            "region_starts": self.region_starts,
            "field_starts": self.field_starts,
            "field_ends": self.field_ends,
            "field_kinds": self.field_kinds,
            "first_field": self.first_field,
            "articles": self.articles,
            "issues": self.issues,
            "years": self.years,
            "bylines": self.bylines,
            "people": self.people,
            "departments": {k: [list(a), list(d)] for k, (a, d) in self.departments.items()},
        }

    @classmethod
    def from_dict(cls, data: dict) -> IndexData:
        """Raises ValueError when the data is not a layout of this version."""
        if not isinstance(data, dict) or data.get("version") != LAYOUT_VERSION:
            raise ValueError("not a search layout of this version")
        try:
            layout = cls(
                text=data["text"],
                folded=data["folded"],
                region_starts=data["region_starts"],
                field_starts=data["field_starts"],
                field_ends=data["field_ends"],
                field_kinds=data["field_kinds"],
                first_field=data["first_field"],
                articles=data["articles"],
                issues=data["issues"],
                years=data["years"],
                bylines=data["bylines"],
                people=data["people"],
                departments={k: (a, d) for k, (a, d) in data["departments"].items()},
            )
        except (KeyError, TypeError, ValueError, AttributeError) as err:
            raise ValueError(f"search layout has the wrong shape ({err!r})") from err
        layout.check()
        return layout

    def check(self) -> None:
        """Raises ValueError unless the parts agree with each other."""
        n = len(self.articles)
        fields = len(self.field_kinds)
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
            and len(self.issues) == len(self.years) == len(self.bylines) == n
            and len(self.first_field) == n + 1
            and len(self.field_starts) == len(self.field_ends) == fields
            and self.first_field[-1] == fields
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


def layout_library(library: Library, previous: IndexData | None = None) -> IndexData:
    """Lay out every article; folded keys of articles whose text is unchanged are reused."""
    reusable = {a: n for n, a in enumerate(previous.articles)} if previous is not None else {}
    data = IndexData()
    texts: list[list[str]] = [[] for _ in GROUPS]
    keys: list[list[str]] = [[] for _ in GROUPS]
    sizes = [0] * len(GROUPS)  # characters so far in each region
    local: list[tuple[int, int, int]] = []  # per field: (group, start, end) within its region
    for issue in library.issues:
        for article in issue.articles:
            number = len(data.articles)
            pieces: list[list[str]] = [[] for _ in GROUPS]
            for code, text in _article_fields(article):
                group = _GROUP_OF_CODE[code]
                start = sizes[group]
                local.append((group, start, start + len(text)))
                data.field_kinds += code
                pieces[group].append(text + SEPARATOR)
                sizes[group] += len(text) + 1
            joined = ["".join(piece) for piece in pieces]
            old = reusable.get(article.id)
            folded = None
            if old is not None and previous.pieces(old, "text") == joined:
                folded = previous.pieces(old, "folded")
            for group, piece in enumerate(joined):
                texts[group].append(piece)
                keys[group].append(folded[group] if folded is not None else fold(piece))
                data.region_starts[group].append(sizes[group])
            data.first_field.append(len(data.field_kinds))
            data.articles.append(article.id)
            data.issues.append(issue.id)
            data.years.append(issue.year)
            data.bylines.append(article.byline_label())
            for name in article.people:
                data.people.setdefault(name, []).append(number)
    # Regions follow each other: shift every offset by where its region begins.
    bases = [sum(sizes[:g]) for g in range(len(GROUPS))]
    data.region_starts = [
        [bases[g] + at for at in starts] for g, starts in enumerate(data.region_starts)
    ]
    data.field_starts = [bases[g] + start for g, start, _ in local]
    data.field_ends = [bases[g] + end for g, _, end in local]
    data.text = "".join("".join(region) for region in texts)
    data.folded = "".join("".join(region) for region in keys)
    numbers = {a: n for n, a in enumerate(data.articles)}
    for department in library.departments:
        data.departments[department.name] = (
            list(department.aliases),
            [numbers[a] for a in department.articles if a in numbers],
        )
    data.check()
    return data
