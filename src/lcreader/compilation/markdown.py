"""A compilation as Markdown: a heading, the list of titles, then every article."""

from __future__ import annotations

from ..formats.markdown import article_markdown, escape
from ..messages import message
from . import Compilation, Progress, source_line


def text(compilation: Compilation, progress: Progress) -> str:
    parts = [f"# {escape(message('compile.title'))}", escape(compilation.cover)]
    if compilation.articles:
        parts.append(f"## {escape(message('compile.contents'))}")
        parts.append(
            "\n".join(f"{n}. {escape(a.title)}" for n, (a, _) in enumerate(compilation.articles, 1))
        )
    total = len(compilation.articles)
    for done, (article, issue) in enumerate(compilation.articles, 1):
        body = article_markdown(article, issue, level=2)
        parts.append(f"{body.rstrip()}\n\n*{escape(source_line(issue))}*")
        progress(done, total)
    return "\n\n".join(parts) + "\n"


def write(compilation: Compilation, progress: Progress) -> bytes:
    return text(compilation, progress).encode("utf-8")
