"""Rich renderings of bulletin text: always `Text` objects, never console markup."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text

from ..model import Article, Issue
from ..richtext import highlighted
from ..safe_text import clean
from ..search import Hit
from .plain import meta_line

CAPTION_MARK = "▣ "


def hit_renderable(rank: int, hit: Hit) -> Group:
    head = Text(f"{rank:>2}. ", style="bold")
    head.append_text(highlighted(hit.title, hit.title_spans()))
    head.stylize("bold", len(f"{rank:>2}. "))
    head.append(f"  {hit.score:.2f}", style="dim")
    lines = [
        head,
        Text("    " + clean(meta_line(hit.article_id, hit.year, hit.byline)), style="dim"),
    ]
    for snippet in hit.snippets:
        line = Text("    ")
        line.append_text(highlighted(snippet.text, snippet.spans))
        lines.append(line)
    lines.append(Text())
    return Group(*lines)


def article_renderable(article: Article, issue: Issue) -> Group:
    parts: list[Text] = []
    if article.kicker:
        parts.append(Text(clean(article.kicker), style="italic"))
    parts.append(Text(clean(article.title), style="bold"))
    if article.subtitle:
        parts.append(Text("——" + clean(article.subtitle)))
    parts.append(
        Text(clean(meta_line(article.id, issue.year, article.byline_label())), style="dim")
    )
    parts.append(Text())
    for paragraph in article.paragraphs:
        parts.append(Text("　　" + clean(paragraph)))
        parts.append(Text())
    for caption in article.captions:
        parts.append(Text(CAPTION_MARK + clean(caption), style="dim italic"))
    if article.byline_text:
        parts.append(Text())
        parts.append(Text(f"（{clean(article.byline_text)}）", justify="right"))
    return Group(*parts)
