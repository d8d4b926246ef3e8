"""Charts: every matching article counted per period (against a plain count), and the
bars drawn from the counts."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from lcreader.barchart import EIGHTHS, PIPE_BAR_WIDTH, bar, columns, rows
from lcreader.library import open_library_and_index
from lcreader.search import parse_query
from lcreader.textkey import fold
from lcreader.timeline import MONTH, YEAR, Timeline, hit_counts, period_counts, year_counts

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import generate  # noqa: E402


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lib")
    generate(12, folder)
    return open_library_and_index(folder, folder.parent / "cache.json")


def plain_count(library, words: list[str]) -> Counter:
    """Articles holding every word in some field, per year: no index, no ranking."""
    counts: Counter = Counter()
    for issue in library.issues:
        for article in issue.articles:
            texts = [fold(text) for _, _, text in article.fields()]
            if all(any(fold(w) in t for t in texts) for w in words):
                counts[str(issue.year) if issue.year else ""] += 1
    return counts


@pytest.mark.parametrize("words", [["统战"], ["社区"], ["统战", "社区"], ["居民"]])
def test_hit_counts_count_every_matching_article_per_year(generated, words):
    library, index = generated
    timeline = hit_counts(index, parse_query(" ".join(words)), YEAR)
    expected = plain_count(library, words)
    assert sum(expected.values()) > 20  # more than a search lists
    assert {k: v for k, v in timeline.counts if v} == dict(expected)
    assert timeline.total == sum(expected.values())


def test_a_filter_and_an_exclusion_count_as_the_search_finds(generated):
    _, index = generated
    query = parse_query("社区 -统战 year:2010")
    timeline = hit_counts(index, query, YEAR)
    assert timeline.total == index.search(query, limit=None).total
    assert [k for k, v in timeline.counts if v] in (["2010"], [])


def test_months_come_from_the_issue_dates(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    for name, date in (("a", "2021年3月5日"), ("b", "2021年6月1日"), ("c", "")):
        header = f"凉城新村 第1版 {date}\n\n" if date else ""
        (folder / f"{name}.txt").write_text(
            f"{header}# 统战工作会议召开\n\n2021年，街道召开统战工作会议。2021年会议成效显著。\n\n(党建办 杜嵩)\n",
            encoding="utf-8",
        )
    _, index = open_library_and_index(folder, tmp_path / "cache.json")
    timeline = hit_counts(index, parse_query("统战"), MONTH)
    assert timeline.counts[0] == ("2021-", 1)  # no printed date: the year, month unknown
    assert timeline.counts[1] == ("2021-03", 1) and timeline.counts[-1] == ("2021-06", 1)
    assert [k for k, _ in timeline.counts] == ["2021-", "2021-03", "2021-04", "2021-05", "2021-06"]


def test_years_between_are_filled_and_unknown_comes_last():
    timeline = year_counts([2019, 2021, None, 2021])
    assert timeline.counts == [("2019", 1), ("2020", 0), ("2021", 2), ("", 1)]
    assert period_counts([], YEAR) == Timeline(YEAR, [])


def test_a_bar_is_the_count_to_an_eighth_of_a_cell():
    assert bar(10, 10, 5) == "█████"
    assert bar(5, 10, 5) == "██▌"
    assert bar(1, 1000, 5) == EIGHTHS[0]  # anything above nothing shows
    assert bar(0, 10, 5) == ""


def test_rows_line_up_and_fit_the_width(lang):
    timeline = year_counts([2019] * 40 + [2021] * 7 + [None])
    lines = [row.line for row in rows(timeline, 50)]
    from lcreader.typeset import text_width

    assert all(text_width(line) <= 50 for line in lines)
    assert len({text_width(line) for line in lines}) == 1  # columns line up
    assert lines[0].split()[-1] == "40" and "█" in lines[0]
    piped = rows(timeline, None)
    assert max(len(row.bar.rstrip()) for row in piped) == PIPE_BAR_WIDTH
    assert all("\x1b" not in row.line for row in piped)


def test_a_long_run_of_empty_years_is_one_row():
    timeline = year_counts([1990, 2020])
    labels = [row.label.strip() for row in rows(timeline, 60)]
    assert labels == ["1990年", "1991年–2019年", "2020年"]


def test_columns_show_the_latest_years_that_fit():
    timeline = year_counts([2001, 2002, 2002, 2003, 2003, 2003, None])
    line, first, last = columns(timeline, 10)
    assert (len(line), first, last) == (3, "2001", "2003")
    assert line[-1] == "█"
    line, first, _ = columns(timeline, 2)
    assert (len(line), first) == (2, "2002")
