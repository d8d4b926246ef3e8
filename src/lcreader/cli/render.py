"""Rich renderings of the shapes in `formats/`: always `Text` objects, never console markup."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text

from ..formats.shapes import article_blocks, meta_line
from ..model import Article, Issue
from ..richtext import highlighted
from ..safe_text import clean
from ..search import Hit

# Each block kind's style; a byline is set flush right.
_STYLES = {
    "kicker": "italic",
    "title": "bold",
    "meta": "dim",
    "intertitle": "bold",
    "caption": "dim italic",
    "closing": "dim",
}


def hit_renderable(rank: int, hit: Hit) -> Group:
    head = Text(f"{rank:>2}. ", style="bold")
    head.append_text(highlighted(hit.title, hit.title_spans()))
    head.stylize("bold", len(f"{rank:>2}. "))
    head.append(f"  {hit.score:.2f}", style="dim")
    lines = [
        head,
        Text("    " + clean(meta_line(hit.year, hit.article_id, hit.byline)), style="dim"),
    ]
    for snippet in hit.snippets:
        line = Text("    ")
        line.append_text(highlighted(snippet.text, snippet.spans))
        lines.append(line)
    lines.append(Text())
    return Group(*lines)


def article_renderable(article: Article, issue: Issue) -> Group:
    parts: list[Text] = []
    for block in article_blocks(article, issue):
        if block.gap:
            parts.append(Text())
        text = clean(block.prefix + block.text + block.suffix)
        justify = "right" if block.kind == "byline" else None
        parts.append(Text(text, style=_STYLES.get(block.look, ""), justify=justify))
    return Group(*parts)
