"""Rich renderings of the shapes in `formats/`: always `Text` objects, never console markup.

Lines are set here, to the terminal's width, with the Chinese line-breaking rules
(`typeset.py`) and continuation indents; without a width (a pipe) each is one line.
"""

from __future__ import annotations

from rich.text import Text

from ..formats.shapes import article_blocks
from ..formats.text import expansion_note, hit_measure, hit_where, shown_title
from ..model import Article, Issue
from ..richtext import credit_ranges, highlighted, match_ranges, name_ranges, wrapped
from ..safe_text import clean
from ..search import Hit

HIT_INDENT = "    "
# Each block kind's style, and the indent of its continuation lines.
_STYLES = {
    "kicker": "italic",
    "title": "bold",
    "meta": "dim",
    "intertitle": "bold",
    "caption": "dim italic",
    "closing": "dim",
}
_HANGING = {"subtitle": "  ", "caption": "  "}


def styled_hit_lines(
    rank: int,
    hit: Hit,
    width: int | None,
    through: dict[str, str] | None = None,
    names: tuple[str, ...] | list[str] = (),
    where: str = "",
) -> list[Text]:
    """A hit set to `width`: a match or a person's name (`names`) is never cut; under
    its title its issue and place there (`where`) and its byline."""
    number = f"{rank:>2}. "
    head = Text(number, style="bold")
    head.append_text(highlighted(*shown_title(hit.title, hit.title_spans())))
    head.stylize("bold", len(number))
    head.append(hit_measure(hit), style="dim")
    lines = wrapped(head, width, " " * len(number), match_ranges(head))
    meta = Text(HIT_INDENT + clean(hit_where(hit, where)), style="dim")
    keep = credit_ranges(meta, width - len(HIT_INDENT)) if width else None
    lines += wrapped(meta, width, HIT_INDENT, keep)
    for snippet in hit.snippets:
        line = Text(HIT_INDENT)
        line.append_text(highlighted(snippet.text, snippet.spans))
        keep = match_ranges(line) + name_ranges(line, names)
        lines += wrapped(line, width, HIT_INDENT, keep)
    note = expansion_note(hit, through)
    if note:
        lines += wrapped(Text(HIT_INDENT + note, style="dim italic"), width, HIT_INDENT)
    lines.append(Text())
    return lines


def styled_article_lines(article: Article, issue: Issue, width: int | None) -> list[Text]:
    lines: list[Text] = []
    for block in article_blocks(article, issue):
        if block.gap:
            lines.append(Text())
        style = _STYLES.get(block.look, "")
        text = Text(clean(block.prefix + block.text + block.suffix), style=style)
        hanging = _HANGING.get(block.kind, "")
        credits = width is not None and block.kind in ("meta", "byline")
        keep = credit_ranges(text, width - len(hanging)) if credits else None
        if width is not None and not credits:
            keep = name_ranges(text, article.people)  # a person's name is never cut
        set_lines = wrapped(text, width, hanging, keep)
        if block.kind == "byline" and width is not None and len(set_lines) == 1:  # flush right
            set_lines[0] = Text(" " * max(0, width - set_lines[0].cell_len)) + set_lines[0]
        lines.extend(set_lines)
    return lines
