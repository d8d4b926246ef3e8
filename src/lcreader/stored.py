"""The library as the reader and the commands see it, loaded lazily from the store.

`Library`, `Issue` and `Article` keep their attributes (`library.issues`,
`issue.articles`, `article.paragraphs`, `library.people` …); underneath, a stored
library is made from the catalog's small tables (issues, their articles' titles, the
top of the people and departments lists), and an article's text, bylines and
mentions are read from the cache when first used: the whole issue at once, from its
shard's one table, checked against the hash the catalog recorded. At most
LOADED_ISSUES issues stay loaded; an issue read long ago is let go and read again
when used (so do not change a stored article's fields: they would be forgotten).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from .model import Article, Department, Issue, Library, Person, SourceProblem
from .stored_entries import LOADED_ISSUES, Entries, StaleLibrary

__all__ = ["LOADED_ISSUES", "Entries", "StaleLibrary", "StoredLibrary"]

_ARTICLE_LAZY = frozenset(
    ("kicker", "subtitle", "paragraphs", "captions", "bylines", "byline_text",
     "title_inferred", "mentions", "departments", "intertitles", "meta")
)  # fmt: skip
_ISSUE_LAZY = frozenset(("notes", "furniture", "mentions"))


class _Lazy:
    """A field read from the store on first use (its issue loaded whole)."""

    def __init__(self, name: str, owner: str) -> None:
        self.name = name
        self.owner = owner  # the attribute holding the issue that loads it

    def __get__(self, obj, kind=None):
        if obj is None:
            return self
        found = obj.__dict__
        if self.name not in found:
            found[self.owner].load()
        return found[self.name]

    def __set__(self, obj, value) -> None:
        obj.__dict__[self.name] = value


class StoredArticle(Article):
    """An article whose text is read when first used."""


class StoredIssue(Issue):
    """An issue whose articles' text, notes and furniture are read when first used."""

    def load(self) -> None:
        library = self.__dict__["_library_ref"]
        data = library._entries.issue(self.source, self.__dict__.get("_sha"))
        try:
            full = Issue.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError):
            raise StaleLibrary(self.source) from None
        if len(full.articles) != len(self.articles):
            raise StaleLibrary(self.source)
        self.notes = full.notes
        self.furniture = full.furniture
        self.mentions = full.mentions
        for stub, article in zip(self.articles, full.articles, strict=True):
            for name in _ARTICLE_LAZY:
                stub.__dict__[name] = getattr(article, name)
        library._loaded(self)

    def unload(self) -> None:
        for name in _ISSUE_LAZY:
            self.__dict__.pop(name, None)
        for article in self.articles:
            for name in _ARTICLE_LAZY:
                article.__dict__.pop(name, None)


for _name in _ARTICLE_LAZY:
    setattr(StoredArticle, _name, _Lazy(_name, "_issue_ref"))
for _name in _ISSUE_LAZY:
    setattr(StoredIssue, _name, _Lazy(_name, "_library_ref_issue"))


class Listed(Sequence):
    """People or departments: the head (most mentioned) at hand, the rest loaded on use."""

    def __init__(self, head: list, count: int, load_all: Callable[[], list]) -> None:
        self._head = head
        self._count = count
        self._load_all = load_all
        self._all: list | None = None

    def _whole(self) -> list:
        if self._all is None:
            self._all = self._load_all()
            self._count = len(self._all)
        return self._all

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, at):
        if self._all is None:
            if isinstance(at, slice):
                start, stop, step = at.indices(self._count)
                if step == 1 and stop <= len(self._head):
                    return self._head[start:stop]
            elif 0 <= at < len(self._head):
                return self._head[at]
        return self._whole()[at]

    def __iter__(self):
        return iter(self._whole())

    def __eq__(self, other: object) -> bool:
        return list(self._whole()) == list(other) if isinstance(other, Sequence) else False

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Listed({self._count})"


class StoredLibrary(Library):
    """A library made from the catalog; people and departments read when first used."""

    def __init__(
        self,
        issues: list[dict],
        problems: list[SourceProblem],
        entries: Entries,
        top: dict,
        links: Callable[[], tuple[list[Person], list[Department]]],
    ) -> None:
        self._entries = entries
        self._issue_lru: OrderedDict[str, StoredIssue] = OrderedDict()
        self.problems = problems
        self._by_id = None
        self.issues = [self._issue(row) for row in issues]
        self._links = links
        self._linked: tuple[list[Person], list[Department]] | None = None
        self._top = top

    def _issue(self, row: dict) -> StoredIssue:
        issue = StoredIssue.__new__(StoredIssue)
        issue.__dict__.update(
            id=row["id"], source=row["source"], title=row["title"], year=row["year"],
            date=row["date"], number=row["number"], pages=list(row["pages"]),
            _sha=row["sha"], _library_ref=self,
        )  # fmt: skip
        paper = row.get("paper", 0)  # the paper's name, for issue_names: not loaded for it
        if paper is None or isinstance(paper, str):
            issue.__dict__["known_paper"] = (paper,)
        issue.__dict__["_library_ref_issue"] = issue
        articles = []
        for number, title in enumerate(row["titles"], start=1):
            article = StoredArticle.__new__(StoredArticle)
            article.__dict__.update(id=f"{row['id']}/{number}", issue=row["id"], title=title)
            article.__dict__["_issue_ref"] = issue
            articles.append(article)
        issue.articles = articles
        return issue

    def _loaded(self, issue: StoredIssue) -> None:
        lru = self._issue_lru
        lru[issue.id] = issue
        lru.move_to_end(issue.id)
        while len(lru) > LOADED_ISSUES:
            _, old = lru.popitem(last=False)
            old.unload()

    def __getattr__(self, name: str):
        if name in ("people", "departments") and "_top" in self.__dict__:
            top = self.__dict__["_top"]
            kind = 0 if name == "people" else 1
            if kind == 0:
                head = [self._head_person(row) for row in top[name]]
            else:
                head = [_head_department(row) for row in top[name]]
            listed = Listed(head, top[f"{name}_count"], lambda: self._linked_lists()[kind])
            self.__dict__[name] = listed
            return listed
        raise AttributeError(name)

    def _linked_lists(self) -> tuple[list[Person], list[Department]]:
        if self._linked is None:
            self._linked = self._links()
        return self._linked

    def _head_person(self, row: list) -> HeadPerson:
        person = HeadPerson.__new__(HeadPerson)
        person.__dict__.update(
            name=row[0], _runs=row[2], _count=row[-1], _latest=[tuple(e) for e in row[1]],
            _whole=lambda name: next(p for p in self._linked_lists()[0] if p.name == name),
        )  # fmt: skip
        return person


class _Whole:
    """A field of a head entry read from the whole list when first used."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, obj, kind=None):
        if obj is None:
            return self
        found = obj.__dict__
        if self.name not in found:
            found[self.name] = getattr(found["_whole"](found["name"]), self.name)
        return found[self.name]

    def __set__(self, obj, value) -> None:
        obj.__dict__[self.name] = value


class _Runs:
    """A head entry's articles, written out from the catalog's runs when first used:
    the sidebar shows their count (article_count), and the most mentioned of 20,000
    issues' people name tens of thousands of articles each."""

    def __get__(self, obj, kind=None):
        if obj is None:
            return self
        found = obj.__dict__
        if "articles" not in found:
            from .head_rows import unpacked

            found["articles"] = unpacked(found.pop("_runs"))
        return found["articles"]

    def __set__(self, obj, value) -> None:
        obj.__dict__["articles"] = value


def article_count(entry: Person | Department) -> int:
    """How many articles name a person or department, without listing them."""
    count = entry.__dict__.get("_count")
    return (
        count
        if isinstance(count, int) and "articles" not in entry.__dict__
        else len(entry.articles)
    )


class HeadPerson(Person):
    """A person of the sidebar's head (head_rows.py): the articles and the latest titles
    at hand, every title read with the whole list of people when first used."""

    titles_by_issue = _Whole("titles_by_issue")  # type: ignore[assignment]
    articles = _Runs()  # type: ignore[assignment]

    @property
    def latest_titles(self) -> list[str]:
        return Person(self.name, self.__dict__["_latest"]).latest_titles


class HeadDepartment(Department):
    """A department of the sidebar's head: its articles written out when first used."""

    articles = _Runs()  # type: ignore[assignment]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Department):
            return NotImplemented
        # (Department's own fields: equal as a Department of the whole list is)
        return all(getattr(self, f) == getattr(other, f) for f in Department.__dataclass_fields__)

    __hash__ = None  # type: ignore[assignment]


def _head_department(row: list) -> Department:
    name, aliases, level, runs, count = row
    department = HeadDepartment.__new__(HeadDepartment)
    department.__dict__.update(name=name, aliases=list(aliases), level=level, _runs=runs,
                               _count=count)  # fmt: skip
    return department


def same_source(first: Article, second: Article) -> bool:
    """Whether two stored articles come from the same bytes of the same file (so their
    text is the same, unread): a reload compares only the articles of changed files."""
    one, two = first.__dict__.get("_issue_ref"), second.__dict__.get("_issue_ref")
    if one is None or two is None:
        return False
    return (one.source, one.__dict__.get("_sha")) == (two.source, two.__dict__.get("_sha"))
