"""How a topic runs over time: articles counted per year or per month. No UI here:
`lcreader search --by year` draws it in the terminal, the reader above its search
results and on a person's or department's page (barchart.py draws it).

`hit_counts` is the one function that reads the search index for it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .messages import message

YEAR, MONTH = "year", "month"
PERIODS = (YEAR, MONTH)


@dataclass
class Timeline:
    """Counts per period, in time order, the periods between them too (with 0): a year
    `2021`, a month `2021-03`, a year's articles of no known month `2021-`, and ""
    (no year known) last."""

    by: str
    counts: list[tuple[str, int]]

    @property
    def total(self) -> int:
        return sum(count for _, count in self.counts)


def period_counts(keys: Iterable[str], by: str = YEAR) -> Timeline:
    """A timeline from one period key per article (see Timeline)."""
    counted = Counter(keys)
    known = sorted(key for key in counted if key and not key.endswith("-"))
    filled = dict.fromkeys(_between(known[0], known[-1], by), 0) if known else {}
    filled.update(counted)
    order = sorted((key for key in filled if key), key=lambda k: (k[:4], k[4:]))
    counts = [(key, filled[key]) for key in order]
    if "" in counted:
        counts.append(("", counted[""]))
    return Timeline(by, counts)


def year_counts(years: Iterable[int | None]) -> Timeline:
    """Articles per year, from their years (None: unknown)."""
    return period_counts((str(year) if year else "" for year in years), YEAR)


def _between(first: str, last: str, by: str) -> list[str]:
    if by == YEAR:
        return [str(year) for year in range(int(first), int(last) + 1)]
    start, end = int(first[:4]) * 12 + int(first[5:7]) - 1, int(last[:4]) * 12 + int(last[5:7]) - 1
    return [f"{n // 12:04d}-{n % 12 + 1:02d}" for n in range(start, end + 1)]


def period_key(year: int | None, date: str, by: str) -> str:
    """An article's period: its year, or the month of its issue's printed date."""
    if by == MONTH and len(date) >= 7:
        return date[:7]
    if not year:
        return ""
    return str(year) if by == YEAR else f"{year}-"


def hit_counts(index, query, by: str = YEAR) -> Timeline:
    """Every article the query matches (not only the hits listed), per period.

    The one place that asks the search index: the matching articles' numbers, and their
    years and printed dates (`20210603`, `20210600` for a month, 0 for none) from it."""
    numbers = _matching(index, query)
    years, dates = index.years, index.dates
    keys = (period_key(years[n] or None, _date_text(dates[n]), by) for n in numbers)
    return period_counts(keys, by)


def _matching(index, query) -> list[int]:
    """The index's matching articles; damage found on the way is never served: the
    index is built again (`repair`) and asked again, as a search is."""
    from .safe_files import Damaged

    try:
        return index.matching(query)
    except Damaged:
        fresh = index.repair() if index.repair is not None else None
        if fresh is None:
            raise
        index.__dict__.update(fresh.__dict__)
        return index.matching(query)


def _date_text(number: int) -> str:
    """20210603 → `2021-06-03`, 20210600 → `2021-06`, 0 → ``."""
    if not number:
        return ""
    text = f"{number:08d}"
    return f"{text[:4]}-{text[4:6]}" + (f"-{text[6:]}" if text[6:] != "00" else "")


def period_label(key: str, by: str = YEAR) -> str:
    """`2021年`, `2021年3月`, `2021年（月份不详）`, `年份不详`; in English `2021`, `2021-03`."""
    if not key:
        return message("year_unknown")
    if by == YEAR:
        return message("chart.year", year=key)
    if key.endswith("-"):
        return message("chart.month_unknown", year=key[:4])
    return message("chart.month", year=key[:4], month=int(key[5:7]))
