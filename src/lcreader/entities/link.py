"""Link the people and departments of every article into library-wide entries."""

from __future__ import annotations

from ..model import Department, Library, Person
from .departments import load_department_index


def link_library(library: Library) -> None:
    """Fill `library.people` and `library.departments` from the articles (in place)."""
    # Dicts used as ordered sets: one pass, no list membership tests.
    person_articles: dict[str, dict[str, None]] = {}
    person_titles: dict[str, dict[tuple[str, int | None, str], None]] = {}
    department_articles: dict[str, dict[str, None]] = {}
    for issue in library.issues:
        for article in issue.articles:
            article_id = article.id
            for mention in article.mentions:
                name = mention.name
                articles = person_articles.get(name)
                if articles is None:
                    articles = person_articles[name] = {}
                    person_titles[name] = {}
                articles[article_id] = None
                if mention.titles:
                    titles = person_titles[name]
                    for title in mention.titles:
                        titles[(issue.id, issue.year, title)] = None
            for name in article.departments:
                articles = department_articles.get(name)
                if articles is None:
                    articles = department_articles[name] = {}
                articles[article_id] = None
    index = load_department_index()
    people = [
        Person(name, list(person_titles[name]), list(articles))
        for name, articles in person_articles.items()
    ]
    departments = []
    for name, articles in department_articles.items():
        entry = index.entries.get(name)
        departments.append(
            Department(
                name=name,
                aliases=list(entry.aliases) if entry else [],
                level=index.level(name),
                articles=list(articles),
            )
        )
    library.people = sorted(people, key=lambda p: (-len(p.articles), p.name))
    library.departments = sorted(departments, key=lambda d: (-len(d.articles), d.name))
