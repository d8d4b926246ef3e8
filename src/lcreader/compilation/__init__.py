"""Compile articles into one document for a report: Word (.docx), Markdown or a
self-contained HTML page. `lcreader compile` and the reader's palette use it.

A compilation is what to write: a heading (the query, or 收藏), the date it was made
and the articles in the order of their issues. Each format's writer turns it into
bytes, text cleaned on the way (safe_text.py; Word's XML takes no control character).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import import_module

from ..formats.shapes import issue_line
from ..messages import message
from ..model import Article, Issue, Library
from ..safe_text import clean

FORMATS = {"docx": "word", "md": "markdown", "html": "html"}
SUFFIXES = {"docx": ".docx", "md": ".md", "html": ".html"}
# A writer's progress: (articles written, articles in all).
Progress = Callable[[int, int], None]
# Characters XML 1.0 cannot hold at all (python-docx refuses them): beyond what
# `clean` removes, the noncharacters U+FFFE and U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass
class Compilation:
    heading: str  # what was compiled: the query as typed, or 收藏
    articles: list[tuple[Article, Issue]] = field(default_factory=list)
    made: date = field(default_factory=date.today)

    @property
    def cover(self) -> str:
        """`检索：统战 · 2026年11月30日 · 共 12 篇`."""
        return message(
            "compile.cover",
            heading=safe(self.heading),
            date=message(
                "compile.date", year=self.made.year, month=self.made.month, day=self.made.day
            ),
            count=len(self.articles),
        )


def safe(text: str) -> str:
    """Bulletin text as a document may hold it: one line, cleaned as the screen is,
    and only characters XML allows."""
    return _NOT_XML.sub("", clean(text))


def _safe_or_none(text: str | None) -> str | None:
    return None if text is None else safe(text)


def cleaned(article: Article, issue: Issue) -> tuple[Article, Issue]:
    """Copies with every text field `safe`: what each writer lays out."""
    article = replace(
        article,
        title=safe(article.title),
        kicker=_safe_or_none(article.kicker),
        subtitle=_safe_or_none(article.subtitle),
        paragraphs=list(map(safe, article.paragraphs)),
        captions=list(map(safe, article.captions)),
        byline_text=_safe_or_none(article.byline_text),
        bylines=[
            replace(b, department=_safe_or_none(b.department), author=_safe_or_none(b.author))
            for b in article.bylines
        ],
        meta={safe(k): safe(v) for k, v in article.meta.items()},
    )
    issue = replace(issue, title=safe(issue.title), number=_safe_or_none(issue.number), articles=[])
    return article, issue


def source_line(issue: Issue) -> str:
    """`凉城新村 · 2021-11-26 · 第21期`: which issue an article is from, and when."""
    return f"{safe(issue.title)} · {issue_line(issue)}"


def in_issue_order(library: Library, article_ids: Iterable[str]) -> list[tuple[Article, Issue]]:
    """The articles, each once, in the order of their issues (oldest first, by printed
    date, then year) and of their place in the issue: the order a report reads in."""
    wanted = set(article_ids)
    issues = sorted(
        enumerate(library.issues), key=lambda p: (p[1].year or 0, p[1].date or "", p[0])
    )
    return [(a, issue) for _, issue in issues for a in issue.articles if a.id in wanted]


def matching_ids(index, query) -> list[str]:
    """Every article the query matches (not only the hits a search lists)."""
    return [hit.article_id for hit in index.search(query, limit=None, snippets_for=0).hits]


def render(compilation: Compilation, form: str, progress: Progress | None = None) -> bytes:
    """The compilation as the bytes of a file of format `form` (docx, md or html)."""
    module = import_module(f"{__package__}.{FORMATS[form]}")
    safe_copy = replace(compilation, articles=[cleaned(a, i) for a, i in compilation.articles])
    return module.write(safe_copy, progress or (lambda done, total: None))
