"""Pager keys that add up: each `j`, `k` or space moves on from where the last one went.

Textual's scroll keys each start from where the pane is *now* and scroll only after the
next frame; keys that come faster than frames (a held key, a burst typed while a long
article is laid out) all started from the same row and most were lost: three `j` moved
one line. Here the rows of such keys are added up and scrolled at once after the frame,
from where the keys before them were going.
"""

from __future__ import annotations

from textual.widget import Widget

_PENDING = "_lcreader_rows_pending"


def scroll_rows(widget: Widget, rows: int) -> None:
    """Scroll `widget` by `rows` (negative: up), after the keys before this one."""
    pending = getattr(widget, _PENDING, None)
    if pending is not None:
        setattr(widget, _PENDING, pending + rows)
        return
    setattr(widget, _PENDING, rows)
    widget.call_after_refresh(_scroll_pending, widget)


def scroll_pages(widget: Widget, pages: int) -> None:
    """Scroll `widget` by whole pages (its height in view)."""
    scroll_rows(widget, pages * max(1, widget.scrollable_content_region.height))


def forget_pending(widget: Widget) -> None:
    """Drop the rows not yet scrolled (the pane shows another text now)."""
    if getattr(widget, _PENDING, None) is not None:
        setattr(widget, _PENDING, 0)


def _scroll_pending(widget: Widget) -> None:
    rows = getattr(widget, _PENDING, None) or 0
    setattr(widget, _PENDING, None)
    if rows:
        widget.scroll_to(y=widget.scroll_target_y + rows, animate=False, immediate=True)
