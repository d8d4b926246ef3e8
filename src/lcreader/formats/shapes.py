"""The shapes every output is made of: an article as blocks, and the meta line."""

from __future__ import annotations

from ..messages import message
from ..model import JUMP_IN, JUMP_OUT
from ..records import dataclass  # dataclasses, without importing it (records.py)
from . import meta_line  # in the package: a search's hits need it without the blocks

# typing.TYPE_CHECKING without importing typing; the model only names types here
# (a search builds its hits without it).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..model import Article, Issue

CAPTION_MARK = "▣ "
PARAGRAPH_INDENT = "\u3000\u3000"
SUBTITLE_MARK = "——"
BYLINE_OPEN, BYLINE_CLOSE = "（", "）"
CLOSING_MARK = "："


def issue_line(issue: Issue) -> str:
    """When an issue came out and its number, as printed when known: `2021-11-26 · 第21期`."""
    parts = [issue.date or (str(issue.year) if issue.year else message("year_unknown"))]
    if issue.number:
        parts.append(issue.number)
    return " · ".join(parts)


@dataclass
class Block:
    """One field of an article as shown: `text` as stored (match offsets are offsets
    in it), with the marks around it; `gap` puts a blank line before it."""

    kind: str  # kicker, title, subtitle, meta, paragraph, caption, byline, closing
    index: int  # the field's index among its kind (paragraph 3)
    text: str
    prefix: str = ""
    suffix: str = ""
    gap: bool = False
    style: str = ""  # how it looks, when not as its kind: a paragraph that is an intertitle

    @property
    def look(self) -> str:
        return self.style or self.kind


def article_blocks(article: Article, issue: Issue) -> list[Block]:
    """The article in reading order, the way every format shows it."""
    blocks = []
    if article.kicker:
        blocks.append(Block("kicker", 0, article.kicker))
    blocks.append(Block("title", 0, article.title))
    if article.subtitle:
        blocks.append(Block("subtitle", 0, article.subtitle, SUBTITLE_MARK))
    meta = meta_line(issue.year, article.id, article.byline_label())
    blocks.append(Block("meta", 0, meta))
    intertitles = set(article.intertitles)
    for index, paragraph in enumerate(article.paragraphs):
        if index in intertitles:  # a section heading: no indent
            blocks.append(Block("paragraph", index, paragraph, gap=True, style="intertitle"))
        else:
            blocks.append(Block("paragraph", index, paragraph, PARAGRAPH_INDENT, gap=True))
    for index, caption in enumerate(article.captions):
        blocks.append(Block("caption", index, caption, CAPTION_MARK, gap=index == 0))
    if article.byline_text:
        byline = Block("byline", 0, article.byline_text, BYLINE_OPEN, BYLINE_CLOSE, gap=True)
        blocks.append(byline)
    meta = article.meta
    # Both of a jump's markers: the article was joined across its pages. `下转：第3版` under
    # its last line read as if it went on somewhere; one line says it came whole.
    joined = JUMP_IN in meta and JUMP_OUT in meta
    closing = [(label, value) for label, value in meta.items() if not joined or label != JUMP_OUT]
    for index, (label, value) in enumerate(closing):
        # The closing lines (来源, 责任编辑 …) keep their label, as the bulletin prints them.
        if joined and label == JUMP_IN:
            label = message("closing.joined_label")
            value = message("closing.joined", start=value, end=meta[JUMP_OUT])
        blocks.append(Block("closing", index, value, f"{label}{CLOSING_MARK}", gap=index == 0))
    return blocks
