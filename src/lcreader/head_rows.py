"""The sidebar's head as the catalog keeps it: the most mentioned people and departments,
each with what the sidebar shows and no more.

A person's row is [name, the titles of the latest issue that gives any (what
`Person.latest_titles` reads), the articles grouped by issue, their count]; a
department's [name, aliases, level, the articles grouped by issue, their count]. The
articles are grouped as [[issue id, number, number …] …] (an article id is
`issue/number`): a third of the bytes of the ids written out. All of a person's titles
are read from the linked state when first used (stored.py).
"""

from __future__ import annotations

from .model import Department, Person

# The count is the last field of each row: the build re-ranks rows by it.
COUNT = -1


def grouped(articles: list[str]) -> list[list]:
    """Article ids, in order, as runs of [issue, number …]."""
    out: list[list] = []
    for article in articles:
        issue, _, number = article.rpartition("/")
        part: object = int(number) if number.isdigit() and str(int(number)) == number else number
        if out and out[-1][0] == issue:
            out[-1].append(part)
        else:
            out.append([issue, part])
    return out


def ungrouped(runs: list[list]) -> list[str]:
    return [f"{run[0]}/{number}" for run in runs for number in run[1:]]


def latest_entries(person: Person) -> list[list]:
    """The (issue, year, title) entries `Person.latest_titles` reads: the latest dated
    issue's that gives any, else the last issue's."""
    dated = [entry for entry in person.titles_by_issue if entry[1] is not None]
    entries = dated or person.titles_by_issue
    if not entries:
        return []
    last = entries[-1][0]
    return [list(entry) for entry in entries if entry[0] == last]


def person_row(person: Person) -> list:
    return [person.name, latest_entries(person), grouped(person.articles), len(person.articles)]


def department_row(department: Department) -> list:
    d = department
    return [d.name, d.aliases, d.level, grouped(d.articles), len(d.articles)]
