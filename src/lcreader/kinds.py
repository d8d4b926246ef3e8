"""Entity kinds as a table: what people and departments have in common, written once.

Every place that lists, matches, filters or describes entities (the CLI's `people`
and `departments`, the reader's sidebar tabs, filters, status line and palette, the
search's `person:`/`dept:` filters, the JSON export) loops over `KINDS`; a new kind
(a 地点 places kind, say) is one more entry here.

Outside `entities/` on purpose: `lcreader search` matches names from the snapshot
and must not import the entity rules. Only the model and the match keys are needed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .messages import message
from .model import Department, Library, Person
from .textkey import fold

FoldedNames = list[tuple[str, list[str]]]


def folded_names(entries: Iterable[tuple[str, Iterable[str]]]) -> FoldedNames:
    """(name, folded name and aliases) for each (name, aliases) in `entries`."""
    return [(name, [fold(n) for n in (name, *aliases)]) for name, aliases in entries]


def match_folded(folded: FoldedNames, wanted: str) -> set[str]:
    """Names whose name or alias folds to `wanted`; failing that, those that contain it."""
    key = fold(wanted)
    exact = {name for name, keys in folded if key in keys}
    return exact or {name for name, keys in folded if any(key in k for k in keys)}


def match_names(entries: Iterable[tuple[str, Iterable[str]]], wanted: str) -> set[str]:
    """match_folded over (name, aliases) entries."""
    return match_folded(folded_names(entries), wanted)


def issues_of(article_ids: Iterable[str]) -> list[str]:
    """The issues of these articles, in order, each once."""
    return list(dict.fromkeys(a.split("/")[0] for a in article_ids))


# Plain dataclasses, not frozen: `lcreader search` defines these on every start.
@dataclass
class Column:
    """One column of a kind's table: its header and the cell of an entry (in a library)."""

    header: str  # a message key
    cell: Callable[[object, Library], str]


@dataclass
class EntityKind:
    """One kind of entity and everything the layers above need to know about it."""

    name: str  # "person": the filter's kind, in messages
    plural: str  # "people": the CLI command, the sidebar tab's id, the export's key
    label: str  # "人物": the sidebar tab and the status line
    key: str  # the reader's key for its sidebar tab
    query_word: str  # "person": the query filter `person:NAME`
    entries: Callable[[Library], list]  # most mentioned first
    aliases: Callable[[object], tuple[str, ...]]  # other names an entry answers to
    detail: Callable[[object], str]  # one line under the name in lists
    columns: tuple[Column, ...]  # the CLI's table
    # The lines between name and articles in detail, of an entry in a library.
    facts: Callable[[object, Library], list[str]]
    dict_form: Callable[[object], dict]  # JSON
    page: Callable[[Library, object], object]  # the reader's page: an entity_pages.EntityPage

    @property
    def title(self) -> str:
        """'People': for key descriptions and headings."""
        return self.plural.capitalize()

    def matching(self, library: Library, wanted: str) -> set[str]:
        """Names `wanted` means: exact name or alias, else part of one (folded)."""
        return match_names(((e.name, self.aliases(e)) for e in self.entries(library)), wanted)

    def find(self, library: Library, name: str):
        """The entry with exactly this name, or None."""
        return next((e for e in self.entries(library) if e.name == name), None)

    def articles_of(self, library: Library, wanted: str) -> set[str]:
        """The articles of every entry `wanted` means."""
        names = self.matching(library, wanted)
        return {a for e in self.entries(library) if e.name in names for a in e.articles}

    def words(self, library: Library, name: str) -> list[str]:
        """What to mark in an article for this entry: its name and aliases, longest first."""
        entry = self.find(library, name)
        words = {name, *(self.aliases(entry) if entry is not None else ())}
        return sorted(words, key=lambda word: (-len(word), word))


def person_dict(person: Person) -> dict:
    return {
        "name": person.name,
        "titles": person.titles,
        "latest_titles": person.latest_titles,
        "titles_by_issue": [
            {"issue": issue, "year": year, "title": title}
            for issue, year, title in person.titles_by_issue
        ],
        "articles": person.articles,
    }


def department_dict(department: Department) -> dict:
    return {
        "name": department.name,
        "aliases": department.aliases,
        "level": department.level,
        "articles": department.articles,
    }


def _person_facts(person: Person, library: Library) -> list[str]:
    from .issue_names import issue_names
    from .person_titles import distinct_titles, titles_in_script_of

    names = issue_names(library)
    lines = [message("person.titles_by_issue")]
    if not person.titles_by_issue:
        lines.append(message("person.no_title"))
    # One line an issue, its titles each once at their fullest (`党工委副书记` is
    # `街道党工委副书记`), as the table and the sidebar give them.
    by_issue: dict[str, tuple[int | None, list[str]]] = {}
    for issue_id, year, title in person.titles_by_issue:
        by_issue.setdefault(issue_id, (year, []))[1].append(title)
    for issue_id, (year, titles) in by_issue.items():
        shown = distinct_titles(titles_in_script_of(person.name, titles))
        issue = library.issue(issue_id)
        # Named as people name it: by its printed date and number, not its file.
        when = names.full(issue) if issue else f"{year or message('year_unknown')}"
        lines.append(f"  {when}  {'、'.join(shown)}")
    return lines


def _issue_names_of(article_ids: Iterable[str], library: Library) -> str:
    """`lcreader people`'s issues column: each issue's name, set off by 、."""
    from .issue_names import issue_names

    names = issue_names(library)
    issues = [library.issue(issue_id) for issue_id in issues_of(article_ids)]
    # In the order they came out, the undated after them (a reader scans a run of dates).
    dated = sorted(
        (issue for issue in issues if issue is not None),
        key=lambda i: (i.year is None, i.year or 0, i.date or "", i.id),
    )
    return "、".join(names.full(issue) for issue in dated)


def _department_facts(department: Department, library: Library) -> list[str]:
    from .entity_pages import department_people

    people = "、".join(
        f"{name}（{count}）" for name, count in department_people(library, department)
    )
    return [
        message("department.level", level=department.level or message("unknown")),
        message("department.aliases", aliases="、".join(department.aliases) or message("none")),
        message("department.people", people=people or message("none")),
    ]


def _person_page(library: Library, person: Person):
    from .entity_pages import person_page  # only the reader needs it

    return person_page(library, person)


def _department_page(library: Library, department: Department):
    from .entity_pages import department_page

    return department_page(library, department)


PERSON = EntityKind(
    name="person",
    plural="people",
    label="人物",
    key="p",
    query_word="person",
    entries=lambda library: library.people,
    aliases=lambda person: (),
    detail=lambda person: "、".join(person.latest_titles),
    columns=(
        Column("column.name", lambda p, library: p.name),
        Column("column.latest_titles", lambda p, library: "、".join(p.latest_titles)),
        Column("column.articles", lambda p, library: str(len(p.articles))),
        Column("column.issues", lambda p, library: _issue_names_of(p.articles, library)),
    ),
    facts=_person_facts,
    dict_form=person_dict,
    page=_person_page,
)

DEPARTMENT = EntityKind(
    name="department",
    plural="departments",
    label="部门",
    key="d",
    query_word="dept",
    entries=lambda library: library.departments,
    aliases=lambda department: tuple(department.aliases),
    detail=lambda department: department.level or "",
    columns=(
        Column("column.department", lambda d, library: d.name),
        Column("column.level", lambda d, library: d.level or ""),
        Column("column.articles", lambda d, library: str(len(d.articles))),
        Column("column.aliases", lambda d, library: "、".join(d.aliases)),
    ),
    facts=_department_facts,
    dict_form=department_dict,
    page=_department_page,
)

KINDS: tuple[EntityKind, ...] = (PERSON, DEPARTMENT)


def kind_named(name: str) -> EntityKind:
    """The kind by its name or plural ("person" or "people")."""
    return next(k for k in KINDS if name in (k.name, k.plural))
