"""JSON shapes: dicts ready for `json.dumps`, text kept exactly as stored (JSON escapes it).

Articles, issues and bylines are written from their dataclass fields, so a field
added to the model appears in the export without a change here.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, fields

from ..kinds import KINDS
from ..model import Article, Issue, Library
from ..safe_text import escape_json

# typing.TYPE_CHECKING without importing typing (a search pays for every import).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..search import SearchResult

# 2: issue date, number, pages and furniture; byline roles; intertitles; meta labels.
EXPORT_VERSION = 2


def dumps(data: object) -> str:
    """Pretty, one trailing newline; characters as written (no \\u escapes) but for
    controls and invisible ones, escaped: same data, nothing a terminal acts on."""
    return escape_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def write(data: object) -> None:
    """To the terminal: controls and invisible characters escaped, the same data for a
    JSON reader and nothing a terminal acts on."""
    from ..safe_text import escape_json

    sys.stdout.write(escape_json(dumps(data)))


def article_dict(article: Article) -> dict:
    data = asdict(article)
    data["people"] = article.people
    return data


def issue_dict(issue: Issue) -> dict:
    """An issue with its articles' ids (the articles are listed apart)."""
    data = {f.name: getattr(issue, f.name) for f in fields(issue)}
    data["articles"] = [a.id for a in issue.articles]
    data["notes"] = [asdict(note) for note in issue.notes]
    # (the people the issue's furniture names: its editors)
    data["mentions"] = [asdict(mention) for mention in issue.mentions]
    return data


def issue_list(library: Library) -> list[dict]:
    """`lcreader issues --json`: each issue with its articles' ids and titles."""
    return [
        {
            "id": i.id,
            "year": i.year,
            "title": i.title,
            "articles": [{"id": a.id, "title": a.title} for a in i.articles],
        }
        for i in library.issues
    ]


def search_dict(result: SearchResult) -> dict:
    through = result.query.expanded_forms()
    return {
        "query": result.query.text,
        "total": result.total,
        "hits": [
            {
                "article": hit.article_id,
                "issue": hit.issue_id,
                "year": hit.year,
                "title": hit.title,
                "score": hit.score,
                "mentions": hit.mentions,
                "snippets": [s.text for s in hit.snippets],
                "snippet_spans": [[list(span) for span in s.spans] for s in hit.snippets],
                # Which of each term's alternatives matched (OR, |, expansions), how often.
                "forms": hit.forms() if result.query.terms else None,
                # Those of them an expansion added, and how: {"统一战线": "synonym"}.
                "expanded": {f: through[f] for f in hit.forms() if f in through},
            }
            for hit in result.hits
        ],
    }


def export_library(library: Library) -> dict:
    """The whole parsed library (`lcreader export --format json`)."""
    return {
        "version": EXPORT_VERSION,
        "issues": [issue_dict(issue) for issue in library.issues],
        "articles": [article_dict(a) for a in library.articles()],
        **{kind.plural: [kind.dict_form(e) for e in kind.entries(library)] for kind in KINDS},
        "problems": [asdict(p) for p in library.problems],
    }


def article_json(article: Article, issue: Issue) -> str:
    """`lcreader show ID --format json`."""
    return dumps(article_dict(article))


def library_json(library: Library) -> str:
    """`lcreader export --format json`."""
    return dumps(export_library(library))
