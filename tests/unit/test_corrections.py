"""The user's structure corrections: the file, applying them, the cache knowing them."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from lcreader import corrections_file
from lcreader.library import open_library
from lcreader.messages import message
from lcreader.parse import parse_issue, read_layout
from lcreader.parse.corrections import OPERATIONS, Correction, Malformed, dumps, loads, normalise
from lcreader.sources import decode
from tests.helpers import assert_nothing_lost, write_library

CORPUS = sorted(Path(__file__).parents[1].joinpath("corpus").glob("*.txt"))

# The second headline follows a line left without its full stop: the parser runs the
# two articles together.
TWO_RUN_TOGETHER = """凉城新村街道举办敬老文艺汇演
本周五下午，凉城新村街道在社区文化活动中心举办敬老文艺汇演，二百余名老人观看了演出。
演出在合唱《我和我的祖国》中拉开帷幕，舞蹈、沪剧、诗朗诵等节目轮番登场
锦苑居民区开展垃圾分类宣传
近日，锦苑居民区志愿者在小区门口设摊，向居民讲解垃圾分类知识，发放宣传资料三百余份。
（自治办 黄思远）
"""


def _fix(text: str, number: int, op: str, **byline) -> Correction:
    return Correction(number, normalise(text.split("\n")[number - 1]), op, **byline)


def _titles(text: str, corrections=None) -> list[str]:
    return [a.title for a in parse_issue("t", "t.txt", text, corrections).articles]


def test_the_file_round_trips_and_says_what_it_is():
    fixes = [
        _fix(TWO_RUN_TOGETHER, 4, "split"),
        _fix(TWO_RUN_TOGETHER, 4, "title"),
        _fix(TWO_RUN_TOGETHER, 6, "byline", author="黄思远", department="自治办"),
    ]
    written = dumps(fixes)
    assert written.startswith("# lcreader")
    assert loads(written) == fixes
    assert loads(written.encode("utf-8")) == fixes


@pytest.mark.parametrize(
    "raw",
    [
        "[[correction]]\nline = 1\n",  # no text, no as
        '[[correction]]\nline = 0\ntext = "x"\nas = "title"\n',
        '[[correction]]\nline = 1\ntext = "x"\nas = "headline"\n',
        "correction = 3\n",
        "[[correction\n",
        b"\xff\xfe[[",
    ],
)
def test_a_malformed_file_is_refused(raw):
    with pytest.raises(Malformed):
        loads(raw)


def test_a_split_and_a_title_separate_two_articles_run_together():
    before = _titles(TWO_RUN_TOGETHER)
    assert "锦苑居民区开展垃圾分类宣传" not in before
    fixes = [_fix(TWO_RUN_TOGETHER, 4, "split"), _fix(TWO_RUN_TOGETHER, 4, "title")]
    after = _titles(TWO_RUN_TOGETHER, fixes)
    assert after == ["凉城新村街道举办敬老文艺汇演", "锦苑居民区开展垃圾分类宣传"]


def test_a_join_undoes_a_split():
    split = [_fix(TWO_RUN_TOGETHER, 4, "split"), _fix(TWO_RUN_TOGETHER, 4, "title")]
    joined = [*split, _fix(TWO_RUN_TOGETHER, 4, "join")]
    assert len(_titles(TWO_RUN_TOGETHER, joined)) == 1


def test_a_correction_finds_its_line_when_lines_are_added_and_endings_change():
    fixes = [_fix(TWO_RUN_TOGETHER, 4, "split"), _fix(TWO_RUN_TOGETHER, 4, "title")]
    moved = "编者按：本期两篇。\r\n\r\n" + TWO_RUN_TOGETHER.replace("\n", "\r\n")
    moved = decode(moved.replace("锦苑居民区开展", "锦苑居民区　开展").encode("gb18030"))
    issue = parse_issue("t", "t.txt", moved, fixes)
    assert [a.title for a in issue.articles][-2:] == [
        "凉城新村街道举办敬老文艺汇演",
        "锦苑居民区　开展垃圾分类宣传",
    ]
    assert not [n for n in issue.notes if n.code == "correction_stale"]


def test_a_stale_correction_is_reported_and_applied_nowhere():
    stale = Correction(7, "这一行已经不在了", "title")
    issue = parse_issue("t", "t.txt", TWO_RUN_TOGETHER, [stale])
    assert [a.title for a in issue.articles] == _titles(TWO_RUN_TOGETHER)
    assert [n.code for n in issue.notes if n.code.startswith("correction")] == ["correction_stale"]


def test_a_byline_edit_names_the_author_and_department():
    fix = _fix(TWO_RUN_TOGETHER, 6, "byline", author="王小明", department="党建办")
    issue = parse_issue("t", "t.txt", TWO_RUN_TOGETHER, [fix])
    last = issue.articles[-1]
    assert [(b.department, b.author) for b in last.bylines] == [("党建办", "王小明")]


def test_a_line_made_furniture_leaves_its_article():
    fix = _fix(TWO_RUN_TOGETHER, 3, "furniture")
    issue = parse_issue("t", "t.txt", TWO_RUN_TOGETHER, [fix])
    assert "演出在合唱" in issue.furniture[0]
    assert not any("演出在合唱" in p for a in issue.articles for p in a.paragraphs)


def test_page_furniture_made_a_paragraph_is_text_again():
    text = "凉城新村 第12期\n\n" + TWO_RUN_TOGETHER + "\n凉城新村 第12期\n"
    furniture = parse_issue("t", "t.txt", text).furniture
    assert furniture, "the repeated header is furniture"
    issue = parse_issue("t", "t.txt", text, [_fix(text, 1, "paragraph")])
    assert any("第12期" in p for a in issue.articles for p in a.paragraphs)


@functools.cache
def _sound(path: Path) -> str | None:
    """The file's text, if the parser alone loses nothing of it."""
    text = decode(path.read_bytes())
    try:
        assert_nothing_lost(text, parse_issue(path.stem, path.name, text))
    except AssertionError:
        return None
    return text


_settable = st.sampled_from(OPERATIONS[:-1])  # byline edits add words of their own


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    path=st.sampled_from(CORPUS),
    picks=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), _settable), max_size=6),
)
@example(  # two joins: a label held already stays text, its brackets kept
    path=next(p for p in CORPUS if p.stem == "o08_xinjing_export"),
    picks=[(0.5, "join"), (0.5, "join")],
)
@example(  # a speech's date line made a title: its date is no longer the article's
    path=next(p for p in CORPUS if p.stem == "n07_taiyilu_policy"),
    picks=[(0.1875, "title")],
)
@example(  # a page's link made a title: its address is its text as written
    path=next(p for p in CORPUS if p.stem == "zm03_shanhu_epaper_firefox_saveastext_gbk"),
    picks=[(0.25, "title")],
)
@example(  # a dump's menu made a title, the same menu the page's furniture further on
    path=next(p for p in CORPUS if p.stem.startswith("w02_")),
    picks=[(0.0, "title")],
)
@example(  # the masthead's line made the subtitle: the deck's OCR dash (`一一记…`) stays
    path=next(p for p in CORPUS if p.stem.startswith("zx04_")),
    picks=[(0.0, "subtitle")],
)
@example(  # a brief's run-in headline (`◎…开餐。6月15日，…`) made the subtitle: its stop
    path=next(p for p in CORPUS if p.stem.startswith("zs05_")),
    picks=[(0.8125, "subtitle")],
)
def test_random_corrections_lose_nothing(path, picks):
    text = _sound(path)
    assume(text is not None)  # the parser's own losses are test_fidelity's to report
    raw = text.split("\n")
    filled = [k + 1 for k, line in enumerate(raw) if line.strip()]
    fixes = [_fix(text, filled[int(at * len(filled))], op) for at, op in picks]
    issue = parse_issue(path.stem, path.name, text, fixes)
    assert_nothing_lost(text, issue)
    layout = read_layout(text, fixes)
    placed = {p.line for p in layout.placements}
    assert len(placed) == len(layout.placements), "every line is placed once"


def test_the_file_lives_beside_the_bulletin_and_is_written_whole(tmp_path):
    folder = write_library(tmp_path / "lib", {"a.txt": TWO_RUN_TOGETHER})
    bulletin = folder / "a.txt"
    fix = _fix(TWO_RUN_TOGETHER, 4, "split")
    path = corrections_file.add(bulletin, fix)
    assert path == folder / "a.txt.corrections"
    corrections_file.add(bulletin, fix)  # once
    assert corrections_file.load(bulletin).corrections == [fix]
    assert not [p for p in os.listdir(folder) if p.startswith(".a.txt")]  # no temporaries
    corrections_file.remove(bulletin, fix)
    assert corrections_file.load(bulletin).corrections == []


def test_a_malformed_file_is_named_ignored_and_never_written_over(tmp_path):
    folder = write_library(tmp_path / "lib", {"a.txt": TWO_RUN_TOGETHER})
    path = folder / "a.txt.corrections"
    path.write_text("[[correction]]\nline = oops\n", encoding="utf-8")
    loaded = corrections_file.load(folder / "a.txt")
    assert loaded.corrections == [] and "a.txt.corrections" in loaded.problem
    with pytest.raises(corrections_file.CorrectionsError):
        corrections_file.add(folder / "a.txt", _fix(TWO_RUN_TOGETHER, 4, "split"))
    assert path.read_text(encoding="utf-8") == "[[correction]]\nline = oops\n"
    library = open_library(folder, tmp_path / "cache.json")
    notes = [n.code for n in library.issues[0].notes]
    assert "corrections_malformed" in notes


def test_a_read_only_folder_keeps_its_corrections_in_the_data_dir(tmp_path, monkeypatch):
    folder = write_library(tmp_path / "lib", {"a.txt": TWO_RUN_TOGETHER})
    monkeypatch.setenv("LCREADER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(corrections_file.os, "access", lambda path, mode: False)
    path = corrections_file.add(folder / "a.txt", _fix(TWO_RUN_TOGETHER, 4, "split"))
    assert (tmp_path / "data") in path.parents
    assert not (folder / "a.txt.corrections").exists()


def test_changing_a_correction_parses_that_file_again_and_no_other(tmp_path):
    folder = write_library(tmp_path / "lib", {"a.txt": TWO_RUN_TOGETHER, "b.txt": TWO_RUN_TOGETHER})
    cache = tmp_path / "cache.json"
    open_library(folder, cache)
    corrections_file.add(folder / "a.txt", _fix(TWO_RUN_TOGETHER, 4, "split"))
    corrections_file.add(folder / "a.txt", _fix(TWO_RUN_TOGETHER, 4, "title"))
    from lcreader.cache_entries import BuildReport

    report = BuildReport()
    library = open_library(folder, cache, report=report)
    assert (report.parsed, report.reused) == (1, 1)
    by_source = {i.source: i for i in library.issues}
    assert len(by_source["a.txt"].articles) == 2
    assert len(by_source["b.txt"].articles) == 1
    again = BuildReport()
    open_library(folder, cache, report=again)
    assert again.parsed == 0


def test_joining_two_dated_notices_keeps_both_dates():
    path = next(p for p in CORPUS if p.name == "m06_shuangtang_notice.txt")
    text = decode(path.read_bytes())
    raw = text.split("\n")
    second = next(k + 1 for k, line in enumerate(raw) if line.startswith("关于老旧小区"))
    issue = parse_issue(path.stem, path.name, text, [_fix(text, second, "join")])
    assert_nothing_lost(text, issue)
    assert "2024年9月4日" in " ".join(issue.articles[0].paragraphs)


def test_a_read_only_folder_s_shared_corrections_apply_and_a_change_copies_them(
    tmp_path, monkeypatch
):
    folder = write_library(tmp_path / "lib", {"a.txt": TWO_RUN_TOGETHER})
    shared = _fix(TWO_RUN_TOGETHER, 4, "split")
    corrections_file.add(folder / "a.txt", shared)  # a colleague's, while it was writable
    monkeypatch.setenv("LCREADER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(corrections_file.os, "access", lambda path, mode: False)
    cache = tmp_path / "cache.json"
    assert len(open_library(folder, cache).issues[0].articles) == 2
    mine = _fix(TWO_RUN_TOGETHER, 4, "title")
    path = corrections_file.add(folder / "a.txt", mine)
    assert (tmp_path / "data") in path.parents
    assert corrections_file.load(folder / "a.txt").corrections == [shared, mine]
    titles = [a.title for a in open_library(folder, cache).issues[0].articles]
    assert titles[1] == "锦苑居民区开展垃圾分类宣传"


def test_a_title_set_away_from_the_old_one_replaces_it_and_next_to_it_extends_it():
    text = "凉城新村街道举办敬老文艺汇演\n\n本周五下午，街道举办汇演。\n\n社区老人踊跃参加\n\n（自治办 黄思远）\n"
    assert _titles(text) == ["凉城新村街道举办敬老文艺汇演"]
    replaced = parse_issue("t", "t.txt", text, [_fix(text, 5, "title")]).articles[0]
    assert replaced.title == "社区老人踊跃参加"
    assert "凉城新村街道举办敬老文艺汇演" in replaced.paragraphs
    extended = parse_issue("t", "t.txt", text, [_fix(text, 3, "title")]).articles[0]
    assert extended.title.startswith("凉城新村街道举办敬老文艺汇演")
    assert "本周五下午" in extended.title


def test_the_file_is_readable_by_whoever_reads_the_bulletin_and_leaves_one_lock(tmp_path):
    folder = write_library(tmp_path / "lib", {"a.txt": TWO_RUN_TOGETHER, "b.txt": "x\n"})
    (folder / "a.txt").chmod(0o644)
    corrections_file.add(folder / "a.txt", _fix(TWO_RUN_TOGETHER, 4, "split"))
    corrections_file.add(folder / "b.txt", Correction(1, "x", "title"))
    assert (folder / "a.txt.corrections").stat().st_mode & 0o777 == 0o644
    assert sorted(p.name for p in folder.iterdir() if p.name.endswith(".lock")) == [
        ".lcreader-corrections.lock"
    ]


def test_a_corrections_file_linked_from_outside_the_library_is_read_only_if_followed(tmp_path):
    # The bulletins' rule (a link out of the folder only with --follow) holds for their
    # corrections too: a link to a file elsewhere was read and applied.
    from lcreader.sources import ScanRules

    folder = write_library(tmp_path / "lib", {"a.txt": TWO_RUN_TOGETHER})
    elsewhere = write_library(tmp_path / "elsewhere", {"a.txt": TWO_RUN_TOGETHER})
    corrections_file.add(elsewhere / "a.txt", _fix(TWO_RUN_TOGETHER, 4, "split"))
    corrections_file.add(elsewhere / "a.txt", _fix(TWO_RUN_TOGETHER, 4, "title"))
    os.symlink(elsewhere / "a.txt.corrections", folder / "a.txt.corrections")
    loaded = corrections_file.load(folder / "a.txt")
    assert loaded.corrections == [] and "a.txt.corrections" in loaded.problem
    assert len(open_library(folder, tmp_path / "cache.json").issues[0].articles) == 1
    assert len(corrections_file.load(folder / "a.txt", follow=True).corrections) == 2
    followed = open_library(folder, tmp_path / "followed.json", rules=ScanRules(follow=True))
    assert len(followed.issues[0].articles) == 2
    # Inside the folder, a link is read as the file it leads to.
    (folder / "a.txt.corrections").unlink()
    (folder / "kept").mkdir()
    os.replace(elsewhere / "a.txt.corrections", folder / "kept" / "a.txt.corrections")
    os.symlink(folder / "kept" / "a.txt.corrections", folder / "a.txt.corrections")
    assert len(corrections_file.load(folder / "a.txt").corrections) == 2


_KEPT = (
    "# 办公室约定：只改版式，不改文字\n"
    'reviewer = "张琳璘"  # lcreader does not know this key\n\n'
    "[[correction]]\n"
    'line = 4\ntext = "{a}"\nas = "split"\n'
    'note = "第二篇从这里起"  # a key of the user\'s own\n\n'
    "# 下一条：标题\n"
    "[[correction]]\n"
    'line = 4\ntext = "{a}"\nas = "title"\n'
)


def test_a_change_keeps_the_users_comments_and_keys(tmp_path):
    folder = write_library(tmp_path / "lib", {"a.txt": TWO_RUN_TOGETHER})
    bulletin, path = folder / "a.txt", folder / "a.txt.corrections"
    split, title = _fix(TWO_RUN_TOGETHER, 4, "split"), _fix(TWO_RUN_TOGETHER, 4, "title")
    written = _KEPT.replace("{a}", split.text)
    path.write_text(written, encoding="utf-8")
    assert corrections_file.load(bulletin).corrections == [split, title]

    furniture = _fix(TWO_RUN_TOGETHER, 1, "furniture")
    corrections_file.add(bulletin, furniture)
    text = path.read_text(encoding="utf-8")
    assert text.startswith(written)  # all of it, as written
    assert corrections_file.load(bulletin).corrections == [split, title, furniture]

    corrections_file.remove(bulletin, split)
    text = path.read_text(encoding="utf-8")
    assert corrections_file.load(bulletin).corrections == [title, furniture]
    for kept in ("# 办公室约定", 'reviewer = "张琳璘"', "# 下一条：标题"):
        assert kept in text
    assert "第二篇从这里起" not in text  # the removed table's own key went with it


def test_corrections_written_as_an_inline_array_are_changed_right(tmp_path):
    folder = write_library(tmp_path / "lib", {"a.txt": TWO_RUN_TOGETHER})
    bulletin, path = folder / "a.txt", folder / "a.txt.corrections"
    split, title = _fix(TWO_RUN_TOGETHER, 4, "split"), _fix(TWO_RUN_TOGETHER, 4, "title")
    text = split.text.replace('"', '\\"')
    path.write_text(
        f'correction = [{{line = 4, text = "{text}", as = "split"}},'
        f' {{line = 4, text = "{text}", as = "title"}}]\n',
        encoding="utf-8",
    )
    corrections_file.remove(bulletin, split)
    assert corrections_file.load(bulletin).corrections == [title]


def test_a_linked_corrections_file_is_written_through_and_stays_a_link(tmp_path):
    folder = write_library(tmp_path / "lib", {"a.txt": TWO_RUN_TOGETHER})
    (folder / "kept").mkdir()
    link = folder / "a.txt.corrections"
    link.symlink_to(folder / "kept" / "a.corrections")  # dangling: made at the first fix
    fix = _fix(TWO_RUN_TOGETHER, 4, "split")
    corrections_file.add(folder / "a.txt", fix)
    assert link.is_symlink()
    assert loads((folder / "kept" / "a.corrections").read_bytes()) == [fix]


def test_a_folder_in_the_locks_place_is_named(tmp_path, lang):
    folder = write_library(tmp_path / "lib", {"a.txt": TWO_RUN_TOGETHER})
    (folder / (corrections_file.LOCK_NAME + ".lock")).mkdir()
    with pytest.raises(corrections_file.CorrectionsError) as raised:
        corrections_file.add(folder / "a.txt", _fix(TWO_RUN_TOGETHER, 4, "split"))
    assert message("files.kind.folder") in str(raised.value)


def test_the_bundled_seeds_corrections_go_to_the_data_dir(tmp_path, monkeypatch):
    from lcreader import paths

    (tmp_path / "site-packages").mkdir()
    seeds = write_library(tmp_path / "site-packages" / "seeds", {"a.txt": TWO_RUN_TOGETHER})
    monkeypatch.setattr(paths, "seeds_folder", lambda: str(seeds))
    monkeypatch.setenv("LCREADER_DATA_DIR", str(tmp_path / "data"))
    fix = _fix(TWO_RUN_TOGETHER, 4, "split")
    # (a new user's trial: before the first change, `fix` and the structure view named a
    # file beside the bulletin, in the package, where nothing is ever written)
    before = corrections_file.load(seeds / "a.txt")
    assert before.corrections == [] and (tmp_path / "data") in before.shown_path.parents
    path = corrections_file.add(seeds / "a.txt", fix)
    assert path == before.shown_path
    assert (tmp_path / "data") in path.parents
    assert os.listdir(seeds) == ["a.txt"]  # the package untouched, no lock either
    assert corrections_file.load(seeds / "a.txt").corrections == [fix]
    library = open_library(seeds, tmp_path / "cache.json")
    assert len(library.issues[0].articles) == 2
