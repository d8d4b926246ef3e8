"""search as an office uses it: hits alone on stdout, the score labelled, `show` by a
hit number of the last search or by a title (issue 22)."""

from __future__ import annotations

from lcreader.messages import message


def test_search_writes_hits_to_stdout_and_the_count_to_stderr(run, small_library):
    result = run("--library", str(small_library), "search", "统战")
    assert result.returncode == 0
    summary = message("hits_summary", total=1)
    assert summary not in result.stdout
    assert result.stderr.strip() == summary
    # #20: a person reads the title, the issue and the snippets; the rank order says the
    # rest. No score, no article id (`--json` keeps both).
    first, where = result.stdout.splitlines()[:2]
    assert first == " 1. 社区统战工作座谈会召开"
    assert where == "    2020年 · 本期头条 · 党建办 杜嵩"
    assert "相关度" not in result.stdout and "2020_01" not in result.stdout
    scored = run("--library", str(small_library), "search", "统战", "--json").stdout
    assert '"score"' in scored and '"article": "' in scored


def test_show_takes_a_hit_number_of_the_last_search(run, small_library):
    run("--library", str(small_library), "search", "运动会 OR 统战")
    first = run("--library", str(small_library), "search", "运动会 OR 统战").stdout
    shown = run("--library", str(small_library), "show", "2")
    assert shown.returncode == 0, shown.stderr
    second_title = next(line for line in first.splitlines() if line.startswith(" 2. "))
    assert shown.stdout.splitlines()[0] in second_title
    missing = run("--library", str(small_library), "show", "7")
    assert missing.returncode == 2
    # How many there were, to choose among.
    said = message("no_hit_number_of", number="7", query="运动会 OR 统战", count=2)
    assert said in missing.stderr


def test_show_after_a_search_that_found_nothing_shows_no_earlier_hit(run, small_library):
    """The newcomer's pass: `search 党建`, `search 统战` (nothing), `show 1` showed 党建's
    first hit, with no word."""
    library = ["--library", str(small_library)]
    assert run(*library, "search", "运动会 OR 统战").returncode == 0
    assert run(*library, "search", "量子计算").returncode == 1
    shown = run(*library, "show", "1")
    assert shown.returncode == 2 and not shown.stdout
    assert message("no_hits_last", number="1", query="量子计算") in shown.stderr


def test_show_of_a_number_with_no_search_kept_says_to_search_first(run, small_library, tmp_path):
    missing = run(
        "--library", str(small_library), "--data-dir", str(tmp_path / "none"), "show", "3"
    )
    assert missing.returncode == 2
    assert message("no_hit_number", number="3") in missing.stderr


def test_show_takes_a_title_or_words_of_one(run, small_library):
    by_words = run("--library", str(small_library), "show", "统战工作座谈会")
    assert by_words.returncode == 0, by_words.stderr
    assert by_words.stdout.startswith("社区统战工作座谈会召开")
    both = run("--library", str(small_library), "show", "社区")
    assert both.returncode == 2
    assert "2019_01/1" in both.stderr and "2020_01/1" in both.stderr


def test_show_refuses_a_hit_number_the_library_changed_under(run, small_library, tmp_path):
    run("--library", str(small_library), "search", "运动会")
    file = small_library / "2019_01.txt"
    file.write_text(
        "# 新增的头条\n\n2019年，新的一篇。\n\n(党建办)\n\n" + file.read_text("utf-8"), "utf-8"
    )
    moved = run("--library", str(small_library), "show", "1")
    assert moved.returncode == 2
    assert message("hit_number_changed", number="1") in moved.stderr
    # another library searched than the one the number came from
    run("--library", str(small_library), "search", "运动会")
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text("# 别的书库\n\n2021年，另一篇。\n\n(党建办)\n", "utf-8")
    elsewhere = run("--library", str(other), "show", "1")
    assert elsewhere.returncode == 2
    assert message("hit_number_changed", number="1") in elsewhere.stderr
    assert run("--library", str(small_library), "show", "1").returncode == 0
