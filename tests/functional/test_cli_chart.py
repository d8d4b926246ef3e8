"""`lcreader search --by year|month`: the chart in a pipe, on a terminal, as JSON."""

from __future__ import annotations

import json

from lcreader.messages import message


def test_by_year_counts_every_match_as_json(run, small_library):
    lib = ["--library", str(small_library)]
    data = json.loads(run(*lib, "search", "社区", "--by", "year", "--json").stdout)
    assert data["by"] == "year" and data["total"] == 2
    assert data["counts"] == [{"period": "2019", "hits": 1}, {"period": "2020", "hits": 1}]
    listed = json.loads(run(*lib, "search", "社区", "--limit", "1", "--json").stdout)
    assert listed["total"] == data["total"]  # all matches, not the hits listed


def test_by_year_in_a_pipe_is_plain_bars_with_chinese_labels(run, small_library):
    result = run("--library", str(small_library), "search", "统战", "--by", "year")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == message("chart.heading.year", query="统战", total=1)
    assert lines[1].startswith("2020年 █") and lines[1].endswith(" 1")
    assert "\x1b" not in result.stdout


def test_by_year_on_a_terminal_is_styled_unless_no_color(run_on_terminal):
    styled = run_on_terminal("search", "统战", "--by", "year")
    assert "\x1b[" in styled and "█" in styled
    plain = run_on_terminal("search", "统战", "--by", "year", env={"NO_COLOR": "1"})
    assert "█" in plain and "\x1b[" not in plain.replace("\x1b[?", "")


def test_by_month_and_no_hits(run, lang):
    assert run("search", "统战", "--by", "month").returncode == 0
    assert run("search", "不存在的词语组合", "--by", "year").returncode == 1
    assert run("search", "统战", "--by", "week").returncode == 2
