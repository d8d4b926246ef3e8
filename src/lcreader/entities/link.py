"""Link the people and departments of every article into library-wide entries."""

from __future__ import annotations

from ..model import Department, Library, Person
from .departments import load_department_index


def link_library(library: Library) -> None:
    """Fill `library.people` and `library.departments` from the articles (in place)."""
    people: dict[str, Person] = {}
    departments: dict[str, Department] = {}
    index = load_department_index()
    for issue in library.issues:
        for article in issue.articles:
            for mention in article.mentions:
                person = people.setdefault(mention.name, Person(name=mention.name))
                if article.id not in person.articles:
                    person.articles.append(article.id)
                for title in mention.titles:
                    entry = (issue.id, issue.year, title)
                    if entry not in person.titles_by_issue:
                        person.titles_by_issue.append(entry)
            for name in article.departments:
                department = departments.get(name)
                if department is None:
                    entry = index.entries.get(name)
                    department = departments[name] = Department(
                        name=name,
                        aliases=list(entry.aliases) if entry else [],
                        level=index.level(name),
                    )
                if article.id not in department.articles:
                    department.articles.append(article.id)
    library.people = sorted(people.values(), key=lambda p: (-len(p.articles), p.name))
    library.departments = sorted(departments.values(), key=lambda d: (-len(d.articles), d.name))
