"""The article's lines, each drawn only when it comes into view.

A `Static` measures and renders the whole of its text whenever it changes: on a
10 MB one-line article (a hundred thousand lines) that took minutes, over and over.
The article pane breaks its lines itself (typeset.py), so this widget only has to
draw the lines in view, from the lines it is given; it stays a `Static`, so what it
shows is still read with `render()`.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.text import Text
from textual.strip import Strip
from textual.widgets import Static

from .columns import laid_out_size


class ArticleLines(Static):
    # No blank row under the text: the sticky title lies over the text (reader.tcss),
    # taking no row of its own whether shown or not.
    DEFAULT_CSS = "ArticleLines { height: auto; }"
    # A new length, laid out once (columns.py): the lines do not scroll, the pane does.
    virtual_size = laid_out_size()

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)
        self.lines: list[Text] = []
        self._strips: dict[int, Strip] = {}  # a line's segments, without the pane's style

    def show_lines(self, lines: list[Text], layout: bool = True) -> None:
        """Show `lines`; `layout=False` when their number is unchanged (a repaint)."""
        self.lines = lines
        self._strips.clear()
        self.refresh(layout=layout)

    def render(self) -> Text:
        return Text("\n").join(self.lines)

    def get_content_height(self, container, viewport, width: int) -> int:
        return len(self.lines)

    def get_content_width(self, container, viewport) -> int:
        return container.width

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        style = self.rich_style
        if not 0 <= y < len(self.lines):
            return Strip.blank(width, style)
        strip = self._strips.get(y)
        if strip is None:
            segments = list(self.lines[y].render(self.app.console, end=""))
            strip = self._strips[y] = Strip(segments, Segment.get_line_length(segments))
        # The pane's style (its background when focused) goes under the text's own.
        return strip.crop_extend(0, width, style).apply_style(style)
