"""The small chart above the search results: the current query's hits by year, one
column a year. Counted off the UI thread once the results have settled (every matching
article, not the hits listed), so it never slows a keystroke; two lines high always,
so a new chart is a repaint, never a new layout. `year_lines` draws the same counts as
bars for a person's or department's page."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual import work
from textual.timer import Timer
from textual.widgets import Static

from ...barchart import columns, rows
from ...messages import message
from ...search import SearchIndex, SearchResult
from ...timeline import YEAR, Timeline, hit_counts, year_counts
from ...typeset import text_width

# Counted once the results have stood this long: typing goes on undisturbed.
SETTLE_SECONDS = 0.4
# A page's bars, at most this many cells wide with their labels.
PAGE_CHART_WIDTH = 48


class HitsChart(Static):
    DEFAULT_CSS = """
    HitsChart {
        height: 2;
        padding: 0 1;
        color: $accent;
    }
    """

    def __init__(self, index: SearchIndex, **kwargs) -> None:
        super().__init__("", markup=False, **kwargs)
        self.index = index
        self._timer: Timer | None = None
        self.query_text: str | None = None  # the query the results are for
        self.timeline: Timeline | None = None  # the counts shown, when shown

    def follow(self, result: SearchResult | None) -> None:
        """New results: the chart of the last query goes, this one's comes once they settle."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self.query_text = result.query.text if result is not None else None
        if self.timeline is not None:
            self.timeline = None
            self.update("", layout=False)
        if result is not None and result.total:
            self._timer = self.set_timer(SETTLE_SECONDS, lambda: self._count(result.query))

    @work(thread=True, exclusive=True, group="hits-chart")
    def _count(self, query) -> None:
        timeline = hit_counts(self.index, query, YEAR)
        self.app.call_from_thread(self._show, query.text, timeline)

    def _show(self, query_text: str, timeline: Timeline) -> None:
        if query_text != self.query_text:
            return  # typed on meanwhile
        self.timeline = timeline
        width = max(8, self.content_region.width)
        self.update(chart_text(timeline, width), layout=False)


def chart_text(timeline: Timeline, width: int) -> Text:
    """`按年 ▁▃▅█▆` over the first and the last year under the columns."""
    label = message("chart.by_year") + " "
    drawn, first, last = columns(timeline, width - text_width(label))
    if not drawn:
        return Text()
    under = " " * text_width(label) + first
    if last != first and len(drawn) > len(first) + len(last):
        under += last.rjust(len(drawn) - len(first))
    elif last != first:  # columns too few to set the years apart: a span (2020–2021)
        under += "–" + last
    return Text(f"{label}{drawn}\n{under}", no_wrap=True, overflow="crop")


def year_lines(years: Iterable[int | None], width: int) -> list[Text]:
    """Articles per year as bars, under a heading: for a person's or department's page."""
    timeline = year_counts(years)
    if not timeline.counts:
        return []
    lines = [Text(message("chart.page_heading"), style="bold")]
    for row in rows(timeline, min(width, PAGE_CHART_WIDTH)):
        line = Text(row.label + " ")
        line.append(row.bar, style="bold")
        line.append(" " + row.count, style="dim")
        lines.append(line)
    return lines
