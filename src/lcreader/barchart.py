"""A timeline drawn with block characters: one bar per period for a terminal (`lcreader
search --by year`), or one column per year in a line (the reader's small chart). Plain
strings, no styles and no escape sequences: the CLI styles them on a terminal only,
so a pipe or NO_COLOR gets the same characters. Widths are terminal cells (typeset.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from .timeline import Timeline, period_label
from .typeset import text_width

# A bar's last cell in eighths: ▏ is one eighth of a cell, █ a whole one.
EIGHTHS = "▏▎▍▌▋▊▉█"
# A column's height in eighths of a line.
COLUMNS = "▁▂▃▄▅▆▇█"
# The bars' width in a pipe, where there is no terminal to fit.
PIPE_BAR_WIDTH = 40
MIN_BAR_WIDTH = 10


def bar(value: int, largest: int, width: int) -> str:
    """`value` of `largest` as a bar up to `width` cells long, to an eighth of a cell;
    any value above 0 shows (at least ▏)."""
    if value <= 0 or largest <= 0:
        return ""
    eighths = max(1, round(value / largest * width * 8))
    whole, part = divmod(eighths, 8)
    return "█" * whole + (EIGHTHS[part - 1] if part else "")


@dataclass
class Row:
    label: str  # padded to the widest label
    bar: str  # padded to the bar width
    count: str  # right-aligned

    @property
    def line(self) -> str:
        return f"{self.label} {self.bar} {self.count}"


# This many periods without an article in a row are one row (1988年–2004年 0).
ZERO_RUN = 3


def _labelled(timeline: Timeline) -> list[tuple[str, int]]:
    """(label, count) per period, a long run of periods with nothing one row."""
    out: list[tuple[str, int]] = []
    run: list[str] = []
    for key, count in [*timeline.counts, (None, None)]:
        if count == 0:
            run.append(period_label(key, timeline.by))
            continue
        if len(run) >= ZERO_RUN:
            out.append((f"{run[0]}–{run[-1]}", 0))
        else:
            out.extend((label, 0) for label in run)
        run = []
        if key is not None:
            out.append((period_label(key, timeline.by), count))
    return out


def rows(timeline: Timeline, width: int | None) -> list[Row]:
    """The timeline as rows fitting `width` cells (None: bars PIPE_BAR_WIDTH wide)."""
    labelled = _labelled(timeline)
    labels = [label for label, _ in labelled]
    counts = [str(count) for _, count in labelled]
    label_width = max(map(text_width, labels), default=0)
    count_width = max(map(len, counts), default=0)
    bar_width = PIPE_BAR_WIDTH
    if width is not None:
        bar_width = max(MIN_BAR_WIDTH, width - label_width - count_width - 2)
    largest = max((count for _, count in labelled), default=0)
    out = []
    for (label, count), shown in zip(labelled, counts, strict=True):
        drawn = bar(count, largest, bar_width)
        out.append(
            Row(
                label + " " * (label_width - text_width(label)),
                drawn + " " * (bar_width - len(drawn)),
                shown.rjust(count_width),
            )
        )
    return out


def columns(timeline: Timeline, width: int) -> tuple[str, str, str]:
    """The timeline as one line of columns, one cell per period (the latest periods
    that fit `width`, periods of no known year left out), with the first and the last
    period shown: (columns, first label, last label)."""
    counts = [(key, count) for key, count in timeline.counts if key][-max(1, width) :]
    if not counts:
        return "", "", ""
    largest = max(count for _, count in counts)
    line = "".join(_column(count, largest) for _, count in counts)
    return line, counts[0][0], counts[-1][0]


def _column(count: int, largest: int) -> str:
    if count <= 0 or largest <= 0:
        return " "
    return COLUMNS[max(0, round(count / largest * len(COLUMNS)) - 1)]
