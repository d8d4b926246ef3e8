"""The years under the search chart's columns never run together (a newcomer read
`20202021` under two columns)."""

from __future__ import annotations

from lcreader.timeline import year_counts
from lcreader.tui.widgets.hits_chart import chart_text


def test_two_columns_say_their_years_as_a_span():
    under = chart_text(year_counts([2020, 2021, 2021]), 40).plain.splitlines()[1]
    assert under.strip() == "2020–2021"


def test_many_columns_put_the_years_under_the_first_and_last():
    years = list(range(2005, 2025))
    under = chart_text(year_counts(years), 60).plain.splitlines()[1]
    assert under.split() == ["2005", "2024"]
