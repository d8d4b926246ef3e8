"""A person's or department's page, as data: what the reader shows on Enter.

A person: their titles by year as a timeline, every article with the sentence that
names them, and the people mentioned with them. A department: its level and aliases,
its people (byline authors of it), its articles by year. No UI here: the reader
renders it (`tui/screens/entity_page.py`); each entity kind names its page builder.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .messages import message
from .model import Article, Department, Library, Person
from .person_titles import distinct_titles, titles_in_script_of
from .textkey import fold

# A sentence ends at one of these (kept with it).
_SENTENCE = re.compile(r"[^。！？!?；]*[。！？!?；]?")
RELATED_SHOWN = 12


@dataclass
class PageArticle:
    article_id: str
    year: int | None
    title: str
    sentence: str  # the first sentence naming the entity, or ""


@dataclass
class EntityPage:
    name: str
    facts: list[str] = field(default_factory=list)  # level, aliases…
    timeline: list[tuple[str, str]] = field(default_factory=list)  # (year, what)
    articles: list[PageArticle] = field(default_factory=list)  # newest first
    related_heading: str = ""
    related: list[tuple[str, int]] = field(default_factory=list)  # (name, articles together)


def naming_sentence(article: Article, words: list[str]) -> str:
    """The first sentence of the article (title, paragraphs, captions) naming any word.

    Matched as search matches, on folded text (`統戰辦` names 统战办, `ＧＤＰ` gdp): each
    character folds to one, so a sentence found in the fold is the same stretch of the
    text as written, and that is what is returned.
    """
    keys = [fold(word) for word in words]
    for text in (article.title, *article.paragraphs, *article.captions):
        folded = fold(text)
        if not any(key in folded for key in keys):
            continue
        for sentence in _SENTENCE.finditer(text):
            if any(key in folded[sentence.start() : sentence.end()] for key in keys):
                return sentence.group().strip()
    return ""


def _articles(library: Library, article_ids: list[str], words: list[str]) -> list[PageArticle]:
    found = []
    for article_id in article_ids:
        article = library.article(article_id)
        if article is None:
            continue
        year = library.issue(article.issue).year
        found.append(PageArticle(article_id, year, article.title, naming_sentence(article, words)))
    return sorted(found, key=lambda a: (a.year or 0, a.article_id), reverse=True)


def person_page(library: Library, person: Person) -> EntityPage:
    by_year: dict[str, list[str]] = {}
    for _, year, title in person.titles_by_issue:
        by_year.setdefault(str(year) if year else message("year_unknown"), []).append(title)
    timeline = [
        (year, "、".join(distinct_titles(titles_in_script_of(person.name, titles))))
        for year, titles in by_year.items()
    ]
    itself = fold(person.name)
    together: Counter[str] = Counter()  # folded name -> articles shared
    for article_id in person.articles:
        article = library.article(article_id)
        if article is not None:
            # Each person once per article, in the order named (a set's order would vary).
            keys = dict.fromkeys(fold(name) for name in article.people)
            together.update(key for key in keys if key != itself)
    return EntityPage(
        name=person.name,
        timeline=timeline or [("", message("page.no_titles"))],
        articles=_articles(library, person.articles, [person.name]),
        related_heading=message("page.co_mentioned"),
        related=_as_people(library, together),
    )


def department_people(library: Library, department: Department) -> list[tuple[str, int]]:
    """The people who sign its articles (bylines naming it), most articles first: the
    same list on the reader's page and in `lcreader departments NAME`."""
    names = {department.name, *department.aliases}
    people: Counter[str] = Counter()
    for article_id in department.articles:
        article = library.article(article_id)
        if article is None:
            continue
        authors = (m for m in article.mentions if m.department in names and m.role == "author")
        people.update(list(dict.fromkeys(fold(m.name) for m in authors)))  # once an article
    return _as_people(library, people)


def department_page(library: Library, department: Department) -> EntityPage:
    names = {department.name, *department.aliases}
    facts = [message("page.level", level=department.level or message("unknown"))]
    if department.aliases:
        facts.append(message("page.aliases", aliases="、".join(department.aliases)))
    people = department_people(library, department)
    # Its articles per year are the page's bar chart (oldest first, as every chart runs):
    # no year list beside it saying the same in the other order.
    return EntityPage(
        name=department.name,
        facts=facts,
        articles=_articles(library, department.articles, sorted(names, key=len, reverse=True)),
        related_heading=message("page.people", count=len(people)),
        related=people,
    )


def _as_people(library: Library, counts: Counter[str]) -> list[tuple[str, int]]:
    """The most counted folded names, each under its person's listed name (吳靜 and 吴静
    are one person, shown as the library lists them)."""
    best = counts.most_common(RELATED_SHOWN)
    wanted = {key for key, _ in best}
    listed = {key: p.name for p in library.people if (key := fold(p.name)) in wanted}
    return [(listed.get(key, key), count) for key, count in best]
