"""The whole parsed library as one JSON-ready dict (text kept exactly as stored)."""

from __future__ import annotations

from dataclasses import asdict

from .model import Library

# 2: issue date, number, pages and furniture; byline roles; intertitles; meta labels.
EXPORT_VERSION = 2


def export_library(library: Library) -> dict:
    return {
        "version": EXPORT_VERSION,
        "issues": [
            {
                "id": issue.id,
                "source": issue.source,
                "year": issue.year,
                "title": issue.title,
                "date": issue.date,
                "number": issue.number,
                "pages": issue.pages,
                "furniture": issue.furniture,
                "articles": [a.id for a in issue.articles],
                "notes": issue.notes,
            }
            for issue in library.issues
        ],
        "articles": [
            {
                "id": a.id,
                "issue": a.issue,
                "kicker": a.kicker,
                "title": a.title,
                "title_inferred": a.title_inferred,
                "subtitle": a.subtitle,
                "paragraphs": a.paragraphs,
                "intertitles": a.intertitles,
                "captions": a.captions,
                "bylines": [asdict(b) for b in a.bylines],
                "byline_text": a.byline_text,
                "meta": a.meta,
                "people": a.people,
                "mentions": [
                    {
                        "name": m.name,
                        "titles": list(m.titles),
                        "role": m.role,
                        "department": m.department,
                    }
                    for m in a.mentions
                ],
                "departments": a.departments,
            }
            for a in library.articles()
        ],
        "people": [person_dict(p) for p in library.people],
        "departments": [
            {"name": d.name, "aliases": d.aliases, "level": d.level, "articles": d.articles}
            for d in library.departments
        ],
        "problems": [asdict(p) for p in library.problems],
    }


def person_dict(person) -> dict:
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


def article_plain_text(article) -> str:
    """One article as plain text, for the clipboard."""
    parts = []
    if article.kicker:
        parts.append(article.kicker)
    parts.append(article.title)
    if article.subtitle:
        parts.append("——" + article.subtitle)
    parts.append("")
    parts.extend(p + "\n" for p in article.paragraphs)
    parts.extend(f"[图] {c}" for c in article.captions)
    if article.byline_text:
        parts.append(f"\n（{article.byline_text}）")
    return "\n".join(parts).rstrip() + "\n"


def bulletin_text(articles) -> str:
    """Articles written back in the bulletin format, so that parsing gives them again.

    Headings get `#` marks (kicker ###, title #, subtitle ##), captions follow the
    headline after a wide gap, a paragraph that could not stand alone as one gets
    a list mark, and the byline closes the article on its own line.
    """
    from .parse.lines import split_lines
    from .parse.text import is_terminated

    blocks: list[str] = []
    for article in articles:
        heading = []
        if article.kicker:
            heading.append(f"### {article.kicker}")
        if not article.title_inferred:
            heading.append(f"# {article.title}")
        if article.subtitle:
            heading.append(f"## {article.subtitle}")
        if heading:
            blocks.append("\n\n".join(heading))
        # With no headline, captions go after the body: first they would read as one.
        if not article.title_inferred:
            blocks.extend(article.captions)
        previous_open = False
        for paragraph in article.paragraphs:
            [line] = split_lines(paragraph)[0] or [None]
            alone = line is not None and (line.prose or line.has_comma) and not line.byline
            mark = "" if alone and not previous_open else "- "
            blocks.append(mark + paragraph)
            previous_open = not is_terminated(paragraph)
        if article.title_inferred:
            blocks.extend(article.captions)
        if article.byline_text:
            blocks.append(f"({article.byline_text})")
    return "\n\n\n\n".join(blocks) + "\n"
