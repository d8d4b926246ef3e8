"""The whole parsed library as one JSON-ready dict (text kept exactly as stored)."""

from __future__ import annotations

from dataclasses import asdict

from .model import Library

EXPORT_VERSION = 1


def export_library(library: Library) -> dict:
    return {
        "version": EXPORT_VERSION,
        "issues": [
            {
                "id": issue.id,
                "source": issue.source,
                "year": issue.year,
                "title": issue.title,
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
                "captions": a.captions,
                "bylines": [asdict(b) for b in a.bylines],
                "byline_text": a.byline_text,
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
