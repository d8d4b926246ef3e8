"""The sidebar's head as the catalog keeps it: the most mentioned people and departments,
each with what the sidebar shows and no more.

A person's row is [name, the titles of the latest issue that gives any (what
`Person.latest_titles` reads), the articles, their count]; a department's [name,
aliases, level, the articles, their count]. The articles are one string, their ids
joined by `|`: the JSON decoder reads a string of 400 kB at once, where the same ids
as lists of numbers took a twentieth of a second per department at ×10000. Where an
id holds a `|` itself (a file's name may), they are grouped as [[issue id, number,
number …] …] (an article id is `issue/number`), as catalogs written before kept them
all. All of a person's titles are read from the linked state when first used
(stored.py).
"""

from __future__ import annotations

from .model import Department, Person

# The count is the last field of each row: the build re-ranks rows by it.
COUNT = -1


SEPARATOR = "|"  # not in a file name on Windows; one that holds it is grouped instead


def packed(articles: list[str]) -> str | list[list]:
    """Article ids as a row keeps them: joined, or grouped where an id holds `|`."""
    text = SEPARATOR.join(articles)
    if text.count(SEPARATOR) == max(0, len(articles) - 1):
        return text
    return grouped(articles)


def unpacked(articles: str | list[list]) -> list[str]:
    """The article ids of a row, either way it keeps them."""
    if isinstance(articles, str):
        return articles.split(SEPARATOR) if articles else []
    return ungrouped(articles)


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
    return [person.name, latest_entries(person), packed(person.articles), len(person.articles)]


def department_row(department: Department) -> list:
    d = department
    return [d.name, d.aliases, d.level, packed(d.articles), len(d.articles)]
