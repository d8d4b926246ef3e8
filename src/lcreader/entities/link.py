"""Link the people and departments of every article into library-wide entries."""

from __future__ import annotations

from ..model import Department, Library, Person
from ..textkey import fold
from .departments import load_department_index


def link_library(library: Library) -> None:
    """Fill `library.people` and `library.departments` from the articles (in place).

    Names are grouped by their folded form, so 吳靜 and 吴静 are one person and
    統戰辦 and 统战办 one department; each is listed under its most written form.
    """
    # Dicts used as ordered sets: one pass, no list membership tests.
    person_articles: dict[str, dict[str, None]] = {}
    person_titles: dict[str, dict[tuple[str, int | None, str], None]] = {}
    department_articles: dict[str, dict[str, None]] = {}
    written = _Forms()
    for issue in library.issues:
        for article in issue.articles:
            article_id = article.id
            for mention in article.mentions:
                name = written.key(mention.name)
                articles = person_articles.get(name)
                if articles is None:
                    articles = person_articles[name] = {}
                    person_titles[name] = {}
                articles[article_id] = None
                if mention.titles:
                    titles = person_titles[name]
                    for title in mention.titles:
                        titles[(issue.id, issue.year, title)] = None
            for department in article.departments:
                name = written.key(department)
                articles = department_articles.get(name)
                if articles is None:
                    articles = department_articles[name] = {}
                articles[article_id] = None
    index = load_department_index()
    shown = written.most_written()
    people = [
        Person(shown[key], list(person_titles[key]), list(articles))
        for key, articles in person_articles.items()
    ]
    for person in people:
        # By year, the undated last; the issue order within a year.
        person.titles_by_issue.sort(key=lambda entry: (entry[1] is None, entry[1] or 0))
    departments = []
    for key, articles in department_articles.items():
        name = shown[key]
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


class _Forms:
    """How often each form of a name is written, grouped by the folded form."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}  # each written form, in order of first writing
        self.keys: dict[str, str] = {}  # written form -> folded: each form folded once

    def key(self, name: str) -> str:
        """The folded form of a written name, counting it written once more."""
        key = self.keys.get(name)
        if key is None:
            key = self.keys[name] = fold(name)
            self.counts[name] = 1
        else:
            self.counts[name] += 1
        return key

    def most_written(self) -> dict[str, str]:
        """Folded form -> its most written form (the first written, on a tie)."""
        best: dict[str, str] = {}
        counts = self.counts
        for name, count in counts.items():
            key = self.keys[name]
            if key not in best or count > counts[best[key]]:
                best[key] = name
        return best
