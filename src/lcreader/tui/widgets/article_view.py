"""The article pane: kicker, title, subtitle, meta line, paragraphs, captions, byline.

Lines are broken here, by `typeset.break_lines`, so Chinese punctuation rules
hold and the line of every match is known for scrolling to it. Styles come from
component classes, so the theme restyles everything, the match highlight included.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field, replace

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from ...formats.shapes import article_blocks
from ...issue_names import article_place, issue_names
from ...messages import message
from ...model import Article, Issue
from ...richtext import credit_ranges, cut, find_all, trim_starts, word_ranges
from ...safe_text import clean
from ...search import Match
from ...textkey import fold
from ...typeset import break_lines, text_width
from .. import keymap
from .article_lines import ArticleLines
from .columns import laid_out_size
from .shown_text import label_text
from .steady_scroll import forget_pending, scroll_pages, scroll_rows


@dataclass
class Highlights:
    """What to mark in the article: search matches (one current) and filter words."""

    matches: list[Match] = field(default_factory=list)
    current: int | None = None  # index into matches
    words: list[str] = field(default_factory=list)  # a person's or department's names


class ArticleView(VerticalScroll, can_focus=True):
    BINDINGS = keymap.ARTICLE
    COMPONENT_CLASSES = {
        "article-view--kicker",
        "article-view--title",
        "article-view--subtitle",
        "article-view--intertitle",
        "article-view--meta",
        "article-view--caption",
        "article-view--byline",
        "article-view--person",
        "article-view--filter",
        "article-view--match",
        "article-view--match-current",
    }

    # A longer or shorter article, laid out once (columns.py): Textual updates the
    # scrollbar as the size is set, and lays out again itself if it shows or hides.
    virtual_size = laid_out_size()

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        keymap.localize(self)
        self.article: Article | None = None
        self.issue: Issue | None = None
        self.highlights = Highlights()
        self.match_lines: list[int] = []
        self._width = 0

    def compose(self) -> ComposeResult:
        self._line_count = -1
        self._head_lines = 1
        # The title, and how far through the article, once the title has scrolled away.
        yield Static(id="article-sticky", markup=False)
        yield ArticleLines(id="article-body")

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._update_sticky()

    def _update_sticky(self) -> None:
        sticky = self.query_one("#article-sticky", Static)
        shown = self.article is not None and self.scroll_y >= self._head_lines
        if shown:
            percent = round(100 * self.scroll_y / max(1, self.max_scroll_y))
            position = f"  {min(100, percent)}%"
            # Cut before it is measured (shown_text.py): this runs on every scroll.
            head = label_text(self.article.title)
            title = Text(head, style=self._style("title"), no_wrap=True)
            title.truncate(max(4, self._width - len(position)), overflow="ellipsis")
            title.append(position, style=self._style("meta"))
            sticky.update(title)
        if sticky.display != shown:
            # Over the text (a layer of its own, reader.tcss): it takes no row from the
            # view, so the height to scroll is the text's, the title shown or not.
            sticky.display = shown

    def show(self, article: Article, issue: Issue, highlights: Highlights | None = None) -> None:
        changed = article is not self.article
        self.article, self.issue = article, issue
        self.highlights = highlights or Highlights()
        self.refresh_text()
        if changed:
            forget_pending(self)  # keys typed for the article before
            self.scroll_home(animate=False)

    # The pager keys: each moves on from where the one before went (steady_scroll.py).

    def action_scroll_down(self) -> None:
        scroll_rows(self, 1)

    def action_scroll_up(self) -> None:
        scroll_rows(self, -1)

    def action_page_down(self) -> None:
        scroll_pages(self, 1)

    def action_page_up(self) -> None:
        scroll_pages(self, -1)

    def on_resize(self) -> None:
        if self._text_width() != self._width:
            self.refresh_text()

    def _text_width(self) -> int:
        return self.scrollable_content_region.width - 1

    def refresh_text(self) -> None:
        body = self.query_one("#article-body", ArticleLines)
        if self.article is None or self.issue is None:
            body.show_lines([Text(message("article.none"), style="dim")])
            return
        self._width = self._text_width()
        if self._width < MIN_TEXT_WIDTH:
            # Not laid out yet (the pane measures nothing before its first layout): text
            # set now would be painted wrapped at a few cells. `on_resize` sets it.
            self._line_count, self.match_lines = 0, []
            body.show_lines([])
            return
        lines = self._layout(self.article, self.issue, self._width)
        self._update_sticky()
        # Same line count (new highlights on the same text): no layout pass, a repaint.
        same_size = len(lines) == self._line_count
        self._line_count = len(lines)
        body.show_lines(lines, layout=not same_size)

    def scroll_to_match(self, index: int) -> None:
        if 0 <= index < len(self.match_lines):
            line = self.match_lines[index]
            self.scroll_to(y=max(0, line - 3), animate=False)

    # Layout

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"article-view--{name}", partial=True)

    def _layout(self, article: Article, issue: Issue, width: int) -> list[Text]:
        lines: list[Text] = []
        self.match_lines = [0] * len(self.highlights.matches)

        def block(kind: str, index: int, raw: str, prefix: str = "", style: str = "") -> None:
            # The field's style is the base; marks (people, matches) sit on top.
            full = Text(prefix, style=self._style(style) if style else "")
            marked, keep, match_at = self._marked(kind, index, raw)
            full.append_text(marked)
            shift = len(prefix)
            keep = [(s + shift, e + shift) for s, e in keep]
            if kind in _CREDITS:  # a department and its person's name on one line
                keep += _credits_with_marks(full, width)
            spans = break_lines(full.plain, width, keep)
            starts = [s for s, _ in spans]
            for number, at in match_at:  # the line holding each match, found by halving
                row = bisect.bisect_right(starts, at + shift) - 1
                held = row >= 0 and at + shift < spans[row][1]
                self.match_lines[number] = len(lines) + (row if held else 0)
            # No blank at a line's start; the lines cut in one pass (slicing is quadratic).
            lines.extend(cut(full, trim_starts(full.plain, spans or [(0, 0)])))

        for shape in article_blocks(article, issue):
            if shape.kind == "meta":  # the issue as printed, never its file's name
                shape = replace(shape, text=self._meta_text(article, issue))
            if shape.gap:
                lines.append(Text())
            first = len(lines)
            style = _STYLED.get(shape.look, shape.look)
            block(shape.kind, shape.index, shape.text, prefix=shape.prefix, style=style)
            if shape.suffix:
                lines[-1].append(shape.suffix)
            if shape.kind == "title":
                self._head_lines = len(lines)  # scrolled past these, the title sticks
            if shape.kind == "byline" and len(lines) == first + 1:  # one line: flush right
                pad = max(0, width - lines[-1].cell_len)
                lines[-1] = Text(" " * pad, style=self._style("byline")) + lines[-1]
        return lines

    def _meta_text(self, article: Article, issue: Issue) -> str:
        """`2021年11月26日 第21期 第 3 篇 · 党建办 杜嵩`: the issue by its printed date
        and number (issue_names.py, as the tree names it), the article's place in it."""
        number = next((k for k, a in enumerate(issue.articles, 1) if a is article), None)
        name = issue_names(self.app.library).name(issue)
        where = article_place(name, number, article.title)
        byline = article.byline_label()
        return f"{where} · {byline}" if byline else where

    def _marked(
        self, kind: str, index: int, raw: str
    ) -> tuple[Text, list[tuple[int, int]], list[tuple[int, int]]]:
        """The field's text, cleaned piece by piece, with people, filter words and matches
        marked; also the ranges to keep on one line and where each match starts."""
        marks: list[tuple[int, int, str]] = []
        article = self.article
        assert article is not None
        # Names are found as search finds words, on folded text: 黨建辦 is 党建办, and a
        # person listed as 吴静 is 吳靜 here. Folding keeps offsets, so marks fit `raw`.
        key = fold(raw)
        for name in article.people:
            marks.extend((s, s + len(name), "person") for s in find_all(key, fold(name)))
        for word in self.highlights.words:
            marks.extend((s, s + len(word), "filter") for s in find_all(key, fold(word)))
        starts: list[tuple[int, int]] = []
        for number, match in enumerate(self.highlights.matches):
            if (match.field, match.index) == (kind, index):
                current = number == self.highlights.current
                marks.append((match.start, match.end, "match-current" if current else "match"))
                starts.append((number, match.start))
        text = Text()
        kept: dict[int, int] = {}  # raw offset -> offset in the cleaned text
        cuts = sorted({0, len(raw), *(p for s, e, _ in marks for p in (s, e))})
        for start, end in itertools.pairwise(cuts):
            kept[start] = len(text)
            text.append(clean(raw[start:end]))
        kept[len(raw)] = len(text)
        for start, end, name in sorted(marks, key=lambda m: _RANK[m[2]]):
            text.stylize(self._style(name), kept[start], kept[end])
        keep = [(kept[s], kept[e]) for s, e, _ in marks]  # names and matches stay whole
        return text, keep, [(number, kept[start]) for number, start in starts]


def _credits_with_marks(text: Text, width: int) -> list[tuple[int, int]]:
    """The credits to keep on one line (richtext.credit_ranges), each with the ` · `
    after it: the mark ends a line, never starts one. A credit too wide for a line
    with its mark is kept by its words, the last of them with the mark."""
    plain = text.plain
    marks = {at for at in find_all(plain, " · ") if at > 0}
    ranges = []
    for start, end in credit_ranges(text, width):
        if end in marks and text_width(plain[start : end + 2]) > width:
            ranges += [(start + s, start + e) for s, e in word_ranges(text[start:end])]
        else:
            ranges.append((start, end))
    # The mark, its spaces and the character before: no cut among them.
    return ranges + [(at - 1, at + 3) for at in marks]


# Narrower than this, the pane is not laid out yet (or hidden): no text is set.
MIN_TEXT_WIDTH = 2
# The component class of each block kind, where it is not the kind's own name.
_STYLED = {"paragraph": "", "closing": "meta"}
# The fields made of credits (`党建办 杜嵩、自治办 张琳璘`), each kept on one line.
_CREDITS = {"meta", "byline"}
_RANK = {"person": 0, "filter": 1, "match": 2, "match-current": 3}
