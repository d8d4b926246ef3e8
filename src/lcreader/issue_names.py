"""How a person names an issue: by its printed date and number (`2021年11月26日 第21期`),
else by its year and lead headline marked as such (`2021年 · 头条：胡广杰在…`), so the
name reads as an issue, never as its first article; never by its file's name. One table
for every place that names issues: the reader's tree, article pane and palette,
`lcreader people`, the CSV.

Two issues never read the same: where names collide, the paper's name (from the running
headers) is added, then the lead headline, then the second headline (`次条：…`), then,
for issues that still read alike (a file copied twice), which copy it is (`第2份`), in
the order of their files. Under a year's heading the year is left out (`11月26日
第21期`): the heading says it. The tree's rows, short of room, name an undated issue
by its year and headline alone (`row`): the row is an issue's, with its articles under
it and their count beside it.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections import Counter

from .messages import message
from .records import dataclass  # a search names its hits' issues: no dataclasses import
from .safe_text import clean

# typing.TYPE_CHECKING without importing typing (`lcreader search` pays for imports).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

    from .model import Issue, Library


def _chinese_characters(text: str) -> int:
    """How many Chinese characters the text holds (no regex: compiling a class this wide
    costs a whole-process `lcreader search` 3 ms)."""
    return sum(1 for ch in text if "\u3400" <= ch <= "\u9fff")


# A paper's name is a short word of its own, not a labelled line (`邮编：200062`).
_NAME_LENGTH = range(2, 13)
# 第21期 is 21期 where room is short: the same number, as often written; ２５ is 25 there.
_NARROW_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_ORDINAL = re.compile(r"^第\s*(?=[0-9０-９]+\s*期$)")
# 总第402期 (the running count, printed when no issue number is) is 总402 there.
_COUNT = re.compile(r"^(总|總)第\s*([0-9０-９]+)\s*期$")


@dataclass(frozen=True)
class IssueName:
    year: str  # `2021年`, or what an unknown year is called
    when: str  # the date within the year (`11月26日`), "" when none was printed
    number: str = ""  # as printed: 第21期
    rest: tuple[str, ...] = ()  # what tells it from others
    lead: str = ""  # with neither date nor number: its lead headline

    @property
    def full(self) -> str:
        """`2021年11月26日 第21期`, `2021年 · 头条：…`: with its year, where no year
        heading is above it."""
        head = f"{self.year}{self.when}" if self.when else self.year
        return self._named(" ".join(part for part in (head, self.number) if part))

    @property
    def within_year(self) -> str:
        """`11月26日 21期`: under its year's heading, in a narrow column, so the number
        (what tells the day's issues apart) stays in view."""
        when = self.when.lstrip("-")  # English writes the date on from the year: -11-26
        number = _COUNT.sub(r"\1\2", _ORDINAL.sub("", self.number)).translate(_NARROW_DIGITS)
        return self._named(" ".join(part for part in (when, number) if part)) or self.full

    def with_rest(self, extra: str) -> IssueName:
        return IssueName(self.year, self.when, self.number, (*self.rest, extra), self.lead)

    def without_lead(self) -> IssueName:
        return IssueName(self.year, self.when, self.number, self.rest)

    def _named(self, day: str) -> str:
        """The day and number, then what tells the issue apart; an undated issue's
        headline marked as its lead, each part set off by ` · `."""
        if not self.lead:
            return " ".join(part for part in (day, *self.rest) if part)
        joiner = message("issue.lead_joiner")
        lead = message("issue.lead", title=self.lead)
        return joiner.join(part for part in (day, lead, *self.rest) if part)

    @property
    def row(self) -> str:
        """The tree's row: as `full`, but an undated issue by its year and headline
        alone (`2021年 胡广杰在…`), a headline that starts with its year saying it once."""
        head = f"{self.year}{self.when}" if self.when else self.year
        if self.lead and self.lead.startswith(head):
            head = ""
        return " ".join(part for part in (head, self.number, self.lead, *self.rest) if part)

    @property
    def row_within_year(self) -> str:
        """The tree's row under its year's heading."""
        when = self.when.lstrip("-")
        number = _COUNT.sub(r"\1\2", _ORDINAL.sub("", self.number)).translate(_NARROW_DIGITS)
        parts = (when, number, self.lead, *self.rest)
        return " ".join(part for part in parts if part) or self.row


def article_place(name: IssueName, number: int | None, title: str = "") -> str:
    """Where an article is, as a person reads it: `2021年11月26日 第21期 第3篇`; in an
    issue named by its headline, `2021年 · 头条：…（本期第2篇）` (never `… 第2篇`, read
    as the headline's part 2), or `2021年 · 本期头条` for the headline's own article."""
    if name.lead and number == 1 and name.lead == " ".join(clean(title).split()):
        return message("article.is_lead", issue=name.without_lead().full)
    if number is None:
        return name.full
    key = "article.where_lead" if name.lead else "article.where"
    return message(key, issue=name.full, number=number)


def entry_name(issue: dict) -> IssueName:
    """An issue's own name from its cache entry (Issue.to_dict's form), as a search
    reads it without the model: not told from others of the same name."""
    articles = issue.get("articles") or ()
    first = articles[0].get("title", "") if articles else ""
    return _name_of(issue.get("year"), issue.get("date"), issue.get("number"),
                    issue.get("title", ""), first)  # fmt: skip


def paper_name(issue: Issue) -> str | None:
    """The paper's name as its pages print it (paper_name_of): a stored issue's, from
    its catalog row, without reading its entry (20,000 issues of a district's archive,
    their names alike across streets, took the reader's first screen 15 s)."""
    known = getattr(issue, "known_paper", None)
    return known[0] if known is not None else paper_name_of(issue.furniture)


def paper_name_of(furniture_lines: list[str]) -> str | None:
    """The paper's name as an issue's pages print it: a masthead line of its own at the
    top, else the word beside the date or number in most running headers."""
    from .parse.dates import ANY_NUMBER, dates_in, name_pieces  # a collision only

    furniture = [clean(line).strip() for line in furniture_lines]
    if furniture:
        # (a masthead set letter-spaced, `苇　岸`, is the name it spells)
        pieces = name_pieces(furniture[0])
        spaced = pieces and all(len(p) == 1 for p in pieces)
        top = (
            "".join(pieces)
            if spaced and "".join(pieces) == "".join(furniture[0].split())
            else furniture[0]
        )
        if _is_name(top) and (name_pieces(top) == [top] or top != furniture[0]):
            return top
    found: Counter[str] = Counter()
    beside: Counter[str] = Counter()  # every word beside a date or number, once a line
    for line in furniture:
        if not (dates_in(line) or ANY_NUMBER.search(line)):
            continue
        others = name_pieces(line)
        if len(others) == 1 and _is_name(others[0]):
            found[others[0]] += 1
        beside.update({piece for piece in others if _is_name(piece)})
    if found:
        return found.most_common(1)[0][0]
    # (each page's header names its page too, `晚晴 第5期 … 第3版 文苑`: the word every
    # header prints is the paper's)
    named = [(count, piece) for piece, count in beside.most_common(2) if count >= 2]
    if named and (len(named) == 1 or named[0][0] > named[1][0]):
        return named[0][1]
    return None


def _is_name(text: str) -> bool:
    return (
        len(text) in _NAME_LENGTH
        and _chinese_characters(text) >= 2
        and not any(mark in text for mark in ":：#")
    )


def _own_name(issue: Issue) -> IssueName:
    first = issue.articles[0].title if issue.articles else ""
    return _name_of(issue.year, issue.date, issue.number, issue.title, first)


def _name_of(year, date, number, title, first_title) -> IssueName:
    named_year = message("issue.year", year=year) if year else message("year_unknown")
    when = ""
    if date:
        ymd = [int(part) for part in date.split("-") if part.isdigit()]
        if len(ymd) == 3:
            when = message("issue.month_day", month=ymd[1], day=ymd[2])
        elif len(ymd) == 2:
            when = message("issue.month", month=ymd[1])
        else:
            when = clean(date)
    number = clean(number or "")
    lead = "" if when or number else _headline(title, first_title)
    return IssueName(named_year, when, number, lead=lead)


def _headline(*titles: str) -> str:
    """The issue's lead headline, never nothing: its title, its first article's, or
    what an issue of no headline is called."""
    for title in titles:
        text = " ".join(clean(title or "").split())
        if text:
            return text
    return message("issue.no_headline")


def _second_headlines(issues: list[Issue]) -> dict[str, str]:
    """`次条：…`: the second article's title, where there is one."""
    return {
        issue.id: message("issue.second", title=" ".join(clean(issue.articles[1].title).split()))
        for issue in issues
        if len(issue.articles) > 1 and clean(issue.articles[1].title).strip()
    }


def _copies(issues: list[Issue]) -> dict[str, str]:
    """`第2份`: which of the issues that read alike it is, in the order of their files
    (the file's name itself is never shown)."""
    ordered = sorted(issues, key=lambda issue: (issue.source, issue.id))
    return {issue.id: message("issue.copy", n=k) for k, issue in enumerate(ordered, 1)}


def _alike(name: str) -> str:
    """What a name reads as on a row: spaces aside, full-width figures as others
    (`第 5期` and `第５期` read as `5期` does), so names that differ only so collide."""
    return unicodedata.normalize("NFKC", "".join(name.split()))


def _tell_apart(
    names: dict[str, IssueName],
    issues: dict[str, Issue],
    more: Callable[..., dict],
    groups: dict[str, set[str]],
) -> None:
    """Give each issue whose name another has too what `more` adds to it. `groups`:
    the issues by full name, kept up to date (a name is made once, not once a step:
    20,000 issues were named four times over before the reader's first screen)."""
    for ids in [sorted(ids) for ids in groups.values() if len(ids) > 1]:
        added = more([issues[i] for i in ids])
        for issue_id in ids:
            extra = added.get(issue_id)
            name = names[issue_id]
            if extra and extra not in name.rest:
                before = _alike(name.full)
                names[issue_id] = name = name.with_rest(extra)
                groups[before].discard(issue_id)
                if not groups[before]:
                    del groups[before]
                groups.setdefault(_alike(name.full), set()).add(issue_id)


def _papers(issues: list[Issue]) -> dict[str, str | None]:
    return {issue.id: paper_name(issue) for issue in issues}


def _headlines(issues: list[Issue]) -> dict[str, str]:
    """A dated issue's lead headline, marked (an undated one is named by it already)."""
    return {
        issue.id: message("issue.lead", title=_headline(issue.title))
        for issue in issues
        if issue.date or issue.number
    }


class IssueNames:
    """Every issue's name in a library, each told from the others.

    A name begins with its year, so only issues of one year can read alike: a year's
    issues are named together, when one of them is first asked for (the reader's first
    screen shows the years closed, and names the issues of the year it opens)."""

    def __init__(self, library: Library) -> None:
        self._years: dict[int | None, dict[str, Issue]] = {}
        for issue in library.issues:
            self._years.setdefault(issue.year, {})[issue.id] = issue
        self._names: dict[str, IssueName] = {}

    def name(self, issue: Issue) -> IssueName:
        found = self._names.get(issue.id)
        if found is None:
            issues = self._years.pop(issue.year, None)
            if issues is not None:
                self._name_year(issues)
                found = self._names.get(issue.id)
        return found or _own_name(issue)

    def _name_year(self, issues: dict[str, Issue]) -> None:
        names = {issue_id: _own_name(issue) for issue_id, issue in issues.items()}
        groups: dict[str, set[str]] = {}
        for issue_id, name in names.items():
            groups.setdefault(_alike(name.full), set()).add(issue_id)
        for more in (_papers, _headlines, _second_headlines, _copies):
            _tell_apart(names, issues, more, groups)
        self._names.update(names)

    def full(self, issue: Issue) -> str:
        return self.name(issue).full

    def within_year(self, issue: Issue) -> str:
        return self.name(issue).within_year


_last: tuple[weakref.ref, int, IssueNames] | None = None


def issue_names(library: Library) -> IssueNames:
    """The names of the library's issues, made once for the library as it is."""
    global _last
    if _last is not None and _last[0]() is library and _last[1] == len(library.issues):
        return _last[2]
    names = IssueNames(library)
    _last = (weakref.ref(library), len(library.issues), names)
    return names
