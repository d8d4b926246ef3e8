"""Link the people and departments of every article into library-wide entries.

`Linker` keeps the linked state so that a build adds and removes one issue at a time
(a changed file re-links that file only); `link_library` links a whole library.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from sys import intern

from ..model import Department, Library, Person
from ..textkey import fold
from .departments import load_department_index

# One issue's share: (article id, [(written name, titles)], [written department]) each.
Contribution = Iterator[tuple[str, list[tuple[str, list[str]]], list[str]]]


def issue_contribution(issue) -> Contribution:
    """What an Issue gives the linked entries."""
    for article in issue.articles:
        yield article.id, [(m.name, m.titles) for m in article.mentions], article.departments


def entry_contribution(issue: dict) -> Contribution:
    """The same from an issue as the cache stores it (Issue.to_dict)."""
    for article in issue.get("articles", ()):
        mentions = [(m[0], m[1]) for m in article.get("mentions", ())]
        yield article["id"], mentions, article.get("departments", ())


class Linker:
    """People and departments grouped by folded name, each issue added or removed whole.

    Names are grouped by their folded form, so 吳靜 and 吴静 are one person and 統戰辦
    and 统战办 one department; each is listed under its most written form (the first
    written, on a tie). The state is plain lists and dicts, kept with the cache.
    """

    def __init__(self, state: dict | None = None) -> None:
        state = state or {}
        # folded name -> [{form: [count, first source, first position]}, {article: None},
        #                 [[issue, year, title], …]]
        self.people: dict[str, list] = state.get("people", {})
        # folded name -> [{form: [count, first source, first position]}, {article: None}]
        self.depts: dict[str, list] = state.get("depts", {})
        for entry in self.people.values():
            entry[1] = dict.fromkeys(entry[1])
        for entry in self.depts.values():
            entry[1] = dict.fromkeys(entry[1])

    @classmethod
    def over(cls, people, depts) -> Linker:
        """A linker over tables kept elsewhere (link_store.Buckets), entries as kept."""
        linker = cls.__new__(cls)
        linker.people, linker.depts = people, depts
        return linker

    def state(self) -> dict:
        return {
            "people": {k: [f, list(a), t] for k, (f, a, t) in self.people.items()},
            "depts": {k: [f, list(a)] for k, (f, a) in self.depts.items()},
        }

    def add(self, source: str, issue_id: str, year: int | None, share: Contribution) -> None:
        """Add one issue's share; `source` orders first writings (the file's name)."""
        position = 0
        titled: set[tuple[str, str]] = set()  # (folded name, title) given in this issue
        for article_id, mentions, departments in share:
            for name, titles in mentions:
                entry = self._entry(self.people, name, source, position, 3)
                entry[1][article_id] = None
                for title in titles:
                    key = (fold(name), title)
                    if key not in titled:
                        titled.add(key)
                        # A tuple, the title interned: a first build of 20 years holds
                        # hundreds of thousands of these, most of a few titles.
                        entry[2].append((issue_id, year, intern(title)))
                position += 1
            for department in departments:
                entry = self._entry(self.depts, department, source, position, 2)
                entry[1][article_id] = None
                position += 1

    @staticmethod
    def _entry(table: dict, name: str, source: str, position: int, size: int) -> list:
        key = fold(name)
        entry = table.get(key)
        if entry is None:
            entry = table[key] = [{}, {}, []][:size]
        forms = entry[0]
        written = forms.get(name)
        if written is None:
            forms[name] = [1, source, position]
        else:
            written[0] += 1
            if [source, position] < written[1:]:
                written[1:] = [source, position]
        return entry

    def remove(self, issue_id: str, share: Contribution) -> None:
        """Take one issue's share out (as it was added)."""
        touched: set[str] = set()
        for article_id, mentions, departments in share:
            for table, names in (
                (self.people, [n for n, _ in mentions]),
                (self.depts, departments),
            ):
                for name in names:
                    key = fold(name)
                    entry = table.get(key)
                    if entry is None:
                        continue
                    written = entry[0].get(name)
                    if written is not None:
                        written[0] -= 1
                        if written[0] <= 0:
                            del entry[0][name]
                    entry[1].pop(article_id, None)
                    if table is self.people:
                        touched.add(key)
                    if not entry[0] or not entry[1]:
                        del table[key]
        for key in touched:
            entry = self.people.get(key)
            if entry is not None:
                entry[2] = [t for t in entry[2] if t[0] != issue_id]

    def people_list(self, rank: dict[str, int], order: dict | None = None) -> list[Person]:
        """The people, most mentioned first; `rank`: issue id → its place in the library
        (`order`, when given: article id → its place, which sorts quicker)."""
        people = []
        for forms, articles, titles in self.people.values():
            listed = sorted(titles, key=lambda t: rank.get(t[0], 0))
            # By year, the undated last; the issue order within a year.
            listed.sort(key=lambda t: (t[1] is None, t[1] or 0))
            people.append(
                Person(_shown(forms), [tuple(t) for t in listed], _in_order(articles, rank, order))
            )
        return sorted(people, key=lambda p: (-len(p.articles), p.name))

    def departments_list(self, rank: dict[str, int], order: dict | None = None) -> list[Department]:
        index = load_department_index()
        departments = []
        for forms, articles in self.depts.values():
            name = _shown(forms)
            entry = index.entries.get(name)
            departments.append(
                Department(
                    name=name,
                    aliases=list(entry.aliases) if entry else [],
                    level=index.level(name),
                    articles=_in_order(articles, rank, order),
                )
            )
        return sorted(departments, key=lambda d: (-len(d.articles), d.name))


def _shown(forms: dict[str, list]) -> str:
    """The most written form; on a tie the first written."""
    return min(forms.items(), key=lambda item: (-item[1][0], item[1][1], item[1][2]))[0]


def article_order(issues: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Article id → its place in the library, from (issue id, articles) in order."""
    order: dict[str, int] = {}
    for issue, count in issues:
        for number in range(1, count + 1):
            order[f"{issue}/{number}"] = len(order)
    return order


def _in_order(
    articles: Iterable[str], rank: dict[str, int], order: dict[str, int] | None = None
) -> list[str]:
    if order is not None:
        try:
            return sorted(articles, key=order.__getitem__)
        except KeyError:  # an article the order does not know: by its issue's rank
            pass

    def key(article_id: str) -> tuple[int, int]:
        issue, _, number = article_id.rpartition("/")
        return rank.get(issue, 0), int(number) if number.isdigit() else 0

    return sorted(articles, key=key)


def link_library(library: Library) -> None:
    """Fill `library.people` and `library.departments` from the articles (in place)."""
    linker = Linker()
    rank = {}
    for position, issue in enumerate(library.issues):
        rank[issue.id] = position
        linker.add(f"{position:012d}", issue.id, issue.year, issue_contribution(issue))
    library.people = linker.people_list(rank)
    library.departments = linker.departments_list(rank)
