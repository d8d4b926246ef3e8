"""Rich renderings of bulletin text: always `Text` objects, never console markup.

Lines are set here, to the terminal's width, with the Chinese line-breaking rules
(`typeset.py`) and continuation indents; without a width (a pipe) each is one line.
"""

from __future__ import annotations

from rich.text import Text

from ..model import Article, Issue
from ..richtext import highlighted, match_ranges, wrapped
from ..safe_text import clean
from ..search import Hit
from .plain import meta_line

CAPTION_MARK = "▣ "
HIT_INDENT = "    "
PARAGRAPH_INDENT = "\u3000\u3000"


def hit_lines(rank: int, hit: Hit, width: int | None) -> list[Text]:
    number = f"{rank:>2}. "
    head = Text(number, style="bold")
    head.append_text(highlighted(hit.title, hit.title_spans()))
    head.stylize("bold", len(number))
    head.append(f"  {hit.score:.2f}", style="dim")
    lines = wrapped(head, width, " " * len(number), match_ranges(head))
    meta = Text(HIT_INDENT + clean(meta_line(hit.article_id, hit.year, hit.byline)), style="dim")
    lines += wrapped(meta, width, HIT_INDENT)
    for snippet in hit.snippets:
        line = Text(HIT_INDENT)
        line.append_text(highlighted(snippet.text, snippet.spans))
        lines += wrapped(line, width, HIT_INDENT, match_ranges(line))
    lines.append(Text())
    return lines


def article_lines(article: Article, issue: Issue, width: int | None) -> list[Text]:
    lines: list[Text] = []

    def add(text: Text, indent: str = "") -> None:
        lines.extend(wrapped(text, width, indent))

    if article.kicker:
        add(Text(clean(article.kicker), style="italic"))
    add(Text(clean(article.title), style="bold"))
    if article.subtitle:
        add(Text("——" + clean(article.subtitle)), "  ")
    add(Text(clean(meta_line(article.id, issue.year, article.byline_label())), style="dim"))
    lines.append(Text())
    for paragraph in article.paragraphs:
        add(Text(PARAGRAPH_INDENT + clean(paragraph)))
        lines.append(Text())
    for caption in article.captions:
        add(Text(CAPTION_MARK + clean(caption), style="dim italic"), "  ")
    if article.byline_text:
        lines.append(Text())
        byline = wrapped(Text(f"（{clean(article.byline_text)}）"), width)
        if width is not None and len(byline) == 1:  # one line: flush right
            byline[0] = Text(" " * max(0, width - byline[0].cell_len)) + byline[0]
        lines.extend(byline)
    return lines
