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
