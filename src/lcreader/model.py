"""The data model every layer talks in: plain typed dataclasses."""

from __future__ import annotations

from .records import dataclass, field  # dataclasses, without importing it (records.py)
from .text_fields import text_fields

# An article's jump markers, kept in its meta: `（上接第1版）` where its rest came from,
# `（下转第3版）` where it went on.
JUMP_IN, JUMP_OUT = "上接", "下转"


# Byline and Mention are built by the ten thousand on every load: slots, not frozen
# (a frozen dataclass sets each field through object.__setattr__, three times slower).
@dataclass(slots=True)
class Byline:
    """One entry of a closing byline: a department and/or an author."""

    department: str | None = None
    author: str | None = None
    role: str | None = None  # 记者, 通讯员, 实习生, 文, 图, 摄影 … as the credit names it


@dataclass(slots=True)
class Mention:
    """A person named in an article, with the titles written before the name there."""

    name: str
    titles: tuple[str, ...] = ()
    role: str = "mentioned"  # or "author"
    department: str | None = None  # the byline department, for authors


@dataclass
class Article:
    """One article: headline parts, body, captions, byline, and who it names."""

    id: str
    issue: str
    title: str
    kicker: str | None = None
    subtitle: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    bylines: list[Byline] = field(default_factory=list)
    # The byline as written, without its parentheses: keeps the separators that
    # the structured entries drop, so no character of the source is lost.
    byline_text: str | None = None
    # True when no headline line was found and the title was made from the body.
    title_inferred: bool = False
    mentions: list[Mention] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    # Indexes into `paragraphs` of the section headings inside the body (一、… / （二）…).
    intertitles: list[int] = field(default_factory=list)
    # Closing metadata lines, label → value as written: 原标题, 来源, 责任编辑, 编辑, 审核 …;
    # JUMP_IN/JUMP_OUT where a jumped article was joined (its markers kept).
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def people(self) -> list[str]:
        seen: dict[str, None] = {}
        for mention in self.mentions:
            seen.setdefault(mention.name, None)
        return list(seen)

    def byline_label(self) -> str:
        """The byline entries as `department author`, joined by 、; each once (a reporter
        who also took the photos is one name, not `沈嘉怡、沈嘉怡`, nor `社区教育学校 牛家骏、
        牛家骏`), the photographers' after the writers'."""
        ordered = sorted(self.bylines, key=lambda b: b.role == "摄影")
        parts = [" ".join(x for x in (b.department, b.author) if x) for b in ordered]
        named = {b.author for b in self.bylines if b.author and b.department}
        return "、".join(
            dict.fromkeys(
                part
                for part, b in zip(parts, ordered, strict=True)
                if part and not (b.author in named and not b.department)
            )
        )

    def fields(self) -> list[tuple[str, int, str]]:
        """Every text field as (kind, index, text), in reading order."""
        return text_fields(
            self.kicker, self.title, self.subtitle, self.paragraphs, self.captions, self.byline_text
        )

    def to_dict(self) -> dict:
        """The cache's form: bylines and mentions as short lists, the bulk of a load."""
        return {
            "id": self.id,
            "issue": self.issue,
            "title": self.title,
            "kicker": self.kicker,
            "subtitle": self.subtitle,
            "paragraphs": list(self.paragraphs),
            "captions": list(self.captions),
            "bylines": [[b.department, b.author, b.role] for b in self.bylines],
            "byline_text": self.byline_text,
            "title_inferred": self.title_inferred,
            "mentions": [[m.name, list(m.titles), m.role, m.department] for m in self.mentions],
            "departments": list(self.departments),
            "intertitles": list(self.intertitles),
            "meta": dict(self.meta),
        }

    @classmethod
    def from_dict(cls, data: dict) -> Article:
        # Field by field, not cls(**data): a reader start-up builds thousands of these.
        get = data.get
        return cls(
            data["id"],
            data["issue"],
            data["title"],
            get("kicker"),
            get("subtitle"),
            list(get("paragraphs", ())),
            list(get("captions", ())),
            [Byline(*entry) for entry in get("bylines", ())],
            get("byline_text"),
            bool(get("title_inferred", False)),
            [Mention(n, tuple(t), r, d) for n, t, r, d in get("mentions", ())],
            list(get("departments", ())),
            list(get("intertitles", ())),
            dict(get("meta", {})),
        )


@dataclass(slots=True)
class Note:
    """What the parser had to guess or found suspicious, for `lcreader doctor`.

    A code (its words are in the message table, `note.<code>`) and the text it is
    about, so it reads in the user's language; `article` is 1-based, None for the issue.
    """

    code: str
    detail: str = ""
    article: int | None = None
    title: str = ""


@dataclass
class Issue:
    """One bulletin issue: the articles of one source file."""

    id: str
    source: str
    title: str
    year: int | None = None
    articles: list[Article] = field(default_factory=list)
    # What the parser had to guess, for staff fixing the source text.
    notes: list[Note] = field(default_factory=list)
    # From the page furniture: the printed date (YYYY-MM-DD or YYYY-MM), the issue
    # number as printed (第5期), the page numbers seen.
    date: str | None = None
    number: str | None = None
    pages: list[int] = field(default_factory=list)
    # Running headers and footers as written, every occurrence, in reading order.
    furniture: list[str] = field(default_factory=list)
    # People the furniture names (the masthead's 主编, a page's 本版编辑 and 美编), each with
    # the label before the name as a title.
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "year": self.year,
            "articles": [a.to_dict() for a in self.articles],
            "notes": [[n.code, n.detail, n.article, n.title] for n in self.notes],
            "date": self.date,
            "number": self.number,
            "pages": list(self.pages),
            "furniture": list(self.furniture),
            "mentions": [[m.name, list(m.titles), m.role, m.department] for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Issue:
        return cls(
            id=data["id"],
            source=data["source"],
            title=data["title"],
            year=data.get("year"),
            articles=[Article.from_dict(a) for a in data.get("articles", [])],
            notes=[Note(*note) for note in data.get("notes", [])],
            date=data.get("date"),
            number=data.get("number"),
            pages=list(data.get("pages", [])),
            furniture=list(data.get("furniture", [])),
            mentions=[Mention(n, tuple(t), r, d) for n, t, r, d in data.get("mentions", ())],
        )


@dataclass
class Person:
    """A person across the library, with titles as written per issue."""

    name: str
    # (issue id, year, title) triples, in issue order, as written in that issue.
    titles_by_issue: list[tuple[str, int | None, str]] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)

    @property
    def titles(self) -> list[str]:
        seen: dict[str, None] = {}
        for _, _, title in self.titles_by_issue:
            seen.setdefault(title, None)
        return list(seen)

    @property
    def latest_titles(self) -> list[str]:
        """The titles of the latest dated issue that gives any, each once (person_titles.py:
        a title written again shortened or in the other script is the same title), in
        the script of the person's name."""
        from .person_titles import distinct_titles, titles_in_script_of  # data read on use

        # Undated issues are listed last, yet are not the latest: a dated one is.
        dated = [entry for entry in self.titles_by_issue if entry[1] is not None]
        entries = dated or self.titles_by_issue
        if not entries:
            return []
        last_issue = entries[-1][0]
        written = [t for issue, _, t in entries if issue == last_issue]
        return distinct_titles(titles_in_script_of(self.name, written))

    def to_list(self) -> list:
        return [self.name, self.titles_by_issue, self.articles]  # JSON writes tuples as lists

    @classmethod
    def from_list(cls, data: list) -> Person:
        name, titles, articles = data
        return cls(name, [(i, y, t) for i, y, t in titles], list(articles))


@dataclass
class Department:
    """A department across the library, with its aliases and level."""

    name: str
    aliases: list[str] = field(default_factory=list)
    level: str | None = None  # 街道, 区, 市 or 其他
    articles: list[str] = field(default_factory=list)

    def to_list(self) -> list:
        return [self.name, self.aliases, self.level, self.articles]

    @classmethod
    def from_list(cls, data: list) -> Department:
        name, aliases, level, articles = data
        return cls(name, list(aliases), level, list(articles))


@dataclass
class SourceProblem:
    """A library file that could not be used, and why."""

    path: str
    reason: str


@dataclass
class Library:
    """Every issue, and the people and departments linked across them."""

    issues: list[Issue] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    departments: list[Department] = field(default_factory=list)
    problems: list[SourceProblem] = field(default_factory=list)
    _by_id: tuple | None = field(default=None, init=False, repr=False, compare=False)

    def articles(self) -> list[Article]:
        return [a for issue in self.issues for a in issue.articles]

    def article(self, article_id: str) -> Article | None:
        return self._index()[0].get(article_id)

    def issue(self, issue_id: str) -> Issue | None:
        return self._index()[1].get(issue_id)

    def _index(self) -> tuple[dict[str, Article], dict[str, Issue]]:
        """Articles and issues by id, built once: the reader looks them up on every move."""
        if self._by_id is None or self._by_id[2] != len(self.issues):
            articles = {a.id: a for issue in self.issues for a in issue.articles}
            self._by_id = (articles, {i.id: i for i in self.issues}, len(self.issues))
        return self._by_id[0], self._by_id[1]
