"""Widgets laid out once when they change size: the reader's columns, the article.

Textual gives each widget its virtual size (what it holds) as it lays the screen out,
and a new one is a reactive that asks for another layout of the whole screen and a
repaint of the widget. The first layout placed everything at its new size already,
and painted whatever moved: the second, in a frame of its own 17–33 ms later, changed
nothing. Where a widget's virtual size lays nothing out (a column that does not scroll;
a pane that scrolls updates its scrollbars as the size is set), it is declared here
without either.
"""

from __future__ import annotations

from textual.containers import Horizontal, Vertical
from textual.geometry import Size
from textual.reactive import Reactive


def laid_out_size() -> Reactive[Size]:
    """A `virtual_size` that neither lays the screen out again nor repaints."""
    return Reactive(Size(0, 0), layout=False, repaint=False)


class Row(Horizontal):
    """Textual's Horizontal, laid out once when its size changes."""

    virtual_size = laid_out_size()


class Column(Vertical):
    """Textual's Vertical, laid out once when its size changes."""

    virtual_size = laid_out_size()
