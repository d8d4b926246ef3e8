"""Markdown, for pasting into reports: an article, or the whole library by issue.

Bulletin text is data: every character Markdown would read as markup is escaped,
so the text shows as written, and control characters are removed.
"""

from __future__ import annotations

import re

from ..model import Article, Issue, Library
from ..safe_text import clean
from .shapes import article_blocks, issue_line

# Markup anywhere in a line; what starts a quote, list or heading at a line's start.
_INLINE = re.compile(r"([\\`*_\[\]<>#|~&])")
_BLOCK_START = re.compile(r"^(\s*)([-+=>])")
_LIST_NUMBER = re.compile(r"^(\s*\d+)([.)])")


def escape(text: str) -> str:
    """Text that Markdown shows exactly as written, control characters removed (and the
    white space at its ends, which Markdown drops or, four spaces, reads as code)."""
    text = _INLINE.sub(r"\\\1", clean(text).strip())
    text = _BLOCK_START.sub(r"\1\\\2", text)
    return _LIST_NUMBER.sub(r"\1\\\2", text)


# How each block is written: (before, after) its escaped text.
_WRAP = {
    "kicker": ("*", "*"),
    "subtitle": ("**", "**"),
    "meta": ("*", "*"),
    "caption": ("*", "*"),
    "closing": ("*", "*"),
}


def article_markdown(article: Article, issue: Issue, level: int = 1) -> str:
    """One article: its title a heading of `level`, every other block a paragraph."""
    out: list[str] = []
    for block in article_blocks(article, issue):
        # A paragraph's indent is layout: Markdown drops it and separates paragraphs.
        prefix = "" if block.kind == "paragraph" else block.prefix
        text = escape(prefix + block.text + block.suffix)
        if block.kind == "title":
            out.append(f"{'#' * level} {text}")
        elif block.look == "intertitle":
            out.append(f"{'#' * (level + 1)} {text}")
        else:
            before, after = _WRAP.get(block.look, ("", ""))
            out.append(f"{before}{text}{after}")
    return "\n\n".join(out) + "\n"


def library_markdown(library: Library) -> str:
    """Every issue as a heading, its articles under it (`lcreader export --format md`)."""
    parts = []
    for issue in library.issues:
        when = f"（{escape(issue_line(issue))}）" if issue.year or issue.date else ""
        parts.append(f"# {escape(issue.title)}{when}\n")
        parts.extend(article_markdown(article, issue, level=2) for article in issue.articles)
    return "\n".join(parts)
