"""R and a watch of the library folder build the library again, keeping the cursor."""

from __future__ import annotations

import os

from lcreader.library import open_library
from lcreader.messages import message
from lcreader.tui import reload as reload_module
from lcreader.tui.app import ReaderApp
from lcreader.tui.reload import LibrarySource, describe_changes
from lcreader.tui.widgets.issue_tree import IssueTree
from tests.functional.reader_helpers import WIDE
from tests.helpers import write_library

FIRST = "# 社区运动会举行\n\n2019年，社区举办运动会。2019年运动会圆满结束。\n\n(自治办 张琳璘)\n\n# 老年大学开学\n\n2019年老年大学开学。\n\n(文化中心)\n"
ADDED = "# 新增的头条\n\n2019年，新的一篇。\n\n(党建办)\n\n"


def reader_on(tmp_path):
    folder = write_library(tmp_path / "lib", {"2019.txt": FIRST})
    cache = tmp_path / "cache.json"
    library = open_library(folder, cache)
    app = ReaderApp(library, tmp_path / "data", source=LibrarySource(folder, cache))
    return app, folder


def notices(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def settle(pilot) -> None:
    await pilot.pause(0.2)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_r_rebuilds_keeps_the_cursor_and_says_what_changed(tmp_path, lang):
    app, folder = reader_on(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j")
        await pilot.pause()
        title = app.library.article(app.article_id).title
        assert title == "老年大学开学"
        await pilot.press("R")
        await settle(pilot)
        assert message("notify.unchanged") in notices(app)
        (folder / "2019.txt").write_text(ADDED + FIRST, encoding="utf-8")
        await pilot.press("R")
        await settle(pilot)
        # The article moved from position 2 to 3; the cursor followed it.
        assert app.library.article(app.article_id).title == title
        assert app.query_one(IssueTree).cursor_node.data == app.article_id
        assert len(app.query_one(IssueTree).article_ids()) == 3
        assert message("notify.reloaded", changes=message("changes.added", count=1)) in notices(app)


async def test_a_changed_folder_is_noticed_without_a_key(tmp_path, monkeypatch):
    monkeypatch.setattr(reload_module, "POLL_SECONDS", 0.2)
    app, folder = reader_on(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        path = folder / "2019.txt"
        path.write_text(FIRST.replace("圆满结束", "顺利闭幕"), encoding="utf-8")
        os.utime(path, ns=(1, 1))  # a new time, whatever the clock's resolution
        for _ in range(20):
            await pilot.pause(0.2)
            if any("顺利闭幕" in p for a in app.library.articles() for p in a.paragraphs):
                break
        await settle(pilot)
        assert any("顺利闭幕" in p for a in app.library.articles() for p in a.paragraphs)
        assert message("notify.reloaded", changes=message("changes.changed", count=1)) in notices(
            app
        )


def test_changes_are_counted_by_stable_key(tmp_path):
    folder = write_library(tmp_path / "lib", {"2019.txt": FIRST})
    old = open_library(folder, tmp_path / "c.json")
    (folder / "2019.txt").write_text(
        ADDED + FIRST.replace("# 老年大学开学\n\n2019年老年大学开学。\n\n(文化中心)\n", ""), "utf-8"
    )
    new = open_library(folder, tmp_path / "c.json")
    assert describe_changes(old, new) == message("changes.separator").join(
        [message("changes.added", count=1), message("changes.removed", count=1)]
    )
    assert describe_changes(new, new) == ""


async def test_a_settled_reader_frees_what_a_rebuild_drops(tmp_path):
    """The reader freezes its heap once built (full collections would walk it while
    typing); a rebuild gives the old tree's nodes, which point at their parents, back to
    the collector."""
    import gc
    import weakref

    thresholds = gc.get_threshold()
    app, folder = reader_on(tmp_path)
    app.settles_heap = True
    try:
        async with app.run_test(size=WIDE) as pilot:
            await settle(pilot)
            assert gc.get_freeze_count() > 0
            assert gc.get_threshold()[0] >= 10_000
            tree = app.query_one(IssueTree)
            old_node = weakref.ref(tree.root.children[0])
            (folder / "2019.txt").write_text(ADDED + FIRST, encoding="utf-8")
            await pilot.press("R")
            await settle(pilot)
            assert sum(len(i.articles) for i in app.library.issues) == 3  # rebuilt
            assert old_node() is None
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


async def test_r_keeps_the_search_and_its_current_match(tmp_path, lang):
    # R once dropped the search (n and N said there were no matches) even when nothing
    # had changed. The query runs again on the new build; the current match stays.
    app, folder = reader_on(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("slash", *"2019", "enter")
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()
        matches = [(a, n) for a, n, _ in app.search_matches]
        assert len(matches) >= 3 and app.match_position == 1
        await pilot.press("R")
        await settle(pilot)
        await pilot.pause(0.3)
        assert message("notify.unchanged") in notices(app)
        assert [(a, n) for a, n, _ in app.search_matches] == matches
        assert app.match_position == 1
        assert app.search_result is not None and app.search_result.query.text == "2019"
        # Changed: the query runs on the new text, its matches are the new ones.
        (folder / "2019.txt").write_text(ADDED + FIRST, encoding="utf-8")
        await pilot.press("R")
        await settle(pilot)
        await pilot.pause(0.3)
        assert len(app.search_matches) == len(matches) + 1  # 新的一篇 says 2019 too
        assert {app.library.article(a).title for a, _, _ in app.search_matches} >= {"新增的头条"}


async def test_r_keeps_the_years_and_issues_open(tmp_path):
    folder = tmp_path / "lib"
    files = {
        f"{year}_{number:02d}.txt": f"# {year}年第{number}期报道\n\n{year}年，社区活动{number}。\n\n(自治办)\n"
        for year in (2019, 2020, 2021)
        for number in range(80)
    }
    write_library(folder, files)
    cache = tmp_path / "cache.json"
    app = ReaderApp(
        open_library(folder, cache), tmp_path / "data", source=LibrarySource(folder, cache)
    )
    async with app.run_test(size=WIDE) as pilot:
        tree = app.query_one(IssueTree)
        years = tree.root.children
        assert len(years) == 3 and years[0].is_expanded and not years[2].is_expanded
        years[2].expand()  # 2019 opened, and an issue of it and of 2021
        await pilot.pause()
        years[2].children[0].expand()
        years[0].children[5].expand()
        await pilot.pause()
        await pilot.press("R")
        await settle(pilot)
        years = tree.root.children
        assert [y.is_expanded for y in years] == [True, False, True]
        assert years[2].children[0].is_expanded and not years[2].children[1].is_expanded
        assert years[0].children[5].is_expanded and not years[0].children[4].is_expanded


async def test_r_keeps_the_filter_while_its_person_is_known(tmp_path):
    app, folder = reader_on(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        app.apply_filter("person", "张琳璘")
        await pilot.pause()
        only = app.query_one(IssueTree).article_ids()
        assert len(only) == 1
        await pilot.press("R")
        await settle(pilot)
        assert app.filter == ("person", "张琳璘")
        assert app.query_one(IssueTree).article_ids() == only
        (folder / "2019.txt").write_text(FIRST.replace("张琳璘", "王芳"), encoding="utf-8")
        await pilot.press("R")
        await settle(pilot)
        assert app.filter is None  # no one by that name now: every article again
        assert len(app.query_one(IssueTree).article_ids()) == 2


async def test_a_library_changed_under_a_worker_reloads_instead_of_crashing(tmp_path, lang):
    from textual.worker import WorkerFailed

    from lcreader.stored_entries import StaleLibrary

    app, folder = reader_on(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        (folder / "2019.txt").write_text(ADDED + FIRST, encoding="utf-8")
        # what a search's worker raises when an issue it loads changed since the build
        app._handle_exception(WorkerFailed(StaleLibrary("2019.txt")))
        await settle(pilot)
        assert app.is_running and app.crash_log is None
        assert message("notify.library_changed") in notices(app)
        titles = [a.title for i in app.library.issues for a in i.articles]
        assert "新增的头条" in titles  # the new build is shown


def test_a_worker_s_failure_logs_the_traceback_of_the_error_it_wraps(tmp_path):
    from textual.worker import WorkerFailed

    from lcreader.tui.crash import write_crash_log

    def fail():
        raise ValueError("the inner one")

    try:
        fail()
    except ValueError as err:
        log = write_crash_log(WorkerFailed(err), tmp_path)
    text = log.read_text(encoding="utf-8")
    assert "WorkerFailed" in text and "ValueError: the inner one" in text and "in fail" in text


async def test_the_hits_chart_counts_the_rebuilt_librarys_hits(tmp_path):
    """(a new user's trial: after a rebuild the list said 2 hits, the chart 1 year)"""
    from lcreader.tui.widgets.hits_chart import HitsChart

    app, folder = reader_on(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("slash", *"党建办")
        await settle(pilot)
        await pilot.pause(0.6)
        await settle(pilot)
        chart = app.query_one(HitsChart)
        assert chart.timeline is None or chart.timeline.total == 0
        (folder / "2020.txt").write_text(ADDED.replace("2019", "2020"), encoding="utf-8")
        await pilot.press("escape", "R")
        await settle(pilot)
        await pilot.press("slash", *"党建办")
        await settle(pilot)
        await pilot.pause(0.6)
        await settle(pilot)
        assert app.search_result is not None and app.search_result.total == 1
        assert chart.timeline is not None and chart.timeline.total == 1
        assert [year for year, count in chart.timeline.counts if count] == ["2020"]
