"""The reading workflow: read marks, next unread, 收藏, remembered settings, --open."""

from __future__ import annotations

from rich.style import Style

from lcreader.library import build_issue
from lcreader.messages import message
from lcreader.model import Library
from lcreader.reading import Reading
from lcreader.tui import reading_actions
from lcreader.tui.state import ReaderState
from lcreader.tui.widgets.issue_tree import IssueTree
from lcreader.tui.widgets.shown_text import label_text
from lcreader.tui.widgets.sidebar import Sidebar
from lcreader.typeset import NO_LINE_END
from tests.functional.reader_helpers import WIDE, make_app


def bold(node) -> bool:
    return any(span.style == "bold" for span in node.label.spans) or node.label.style == "bold"


def notices(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_r_marks_read_u_unread_each_said_and_the_tree_counts_unread(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        tree = app.query_one(IssueTree)
        first = app.article_id
        title = app.library.article(first).title
        node = tree._article_nodes[first]
        assert bold(node) and str(tree.root.children[0].label).endswith("（5/5）")
        await pilot.press("r")
        await pilot.pause()
        assert not app.is_unread(first) and not bold(tree._article_nodes[first])
        assert str(tree.root.children[0].label).endswith("（4/5）")
        assert notices(app)[-1] == message("notify.marked_read", title=title)
        # Again (as after the automatic mark): still read, and said so, never made unread.
        await pilot.press("r")
        await pilot.pause()
        assert not app.is_unread(first) and str(tree.root.children[0].label).endswith("（4/5）")
        assert notices(app)[-1] == message("notify.marked_read", title=title)
        await pilot.press("U")
        await pilot.pause()
        assert app.is_unread(first) and str(tree.root.children[0].label).endswith("（5/5）")
        assert notices(app)[-1] == message("notify.marked_unread", title=title)
        await pilot.press("r")
    assert len(Reading.load(tmp_path / "data").read) == 1
    # A new run, on a library built again from scratch, knows it is read.
    again = make_app(seeds, tmp_path)
    async with again.run_test(size=WIDE) as pilot:
        assert not again.is_unread(first)


async def test_unread_again_is_not_marked_read_by_the_timer(seeds, tmp_path, monkeypatch):
    monkeypatch.setattr(reading_actions, "READ_AFTER_SECONDS", 0.5)
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter")  # opened: shown in the article pane, the focus there
        await pilot.pause(0.8)
        assert not app.is_unread(app.article_id)  # the automatic mark
        await pilot.press("U")
        await pilot.pause(0.8)
        assert app.is_unread(app.article_id)
        # (a new user's trial: tab back to the article marked it read again in 3 s)
        shown = app.article_id
        await pilot.press("tab", "tab", "tab")
        await pilot.pause(0.2)
        await pilot.press("escape")
        app.query_one("#article-body").focus()
        await pilot.pause(0.8)
        assert app.article_id == shown and app.is_unread(shown)


async def test_a_marks_the_issue_at_the_cursor_read(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        tree = app.query_one(IssueTree)
        issue = app.library.issue(app.library.article(app.article_id).issue)
        await pilot.press("A")  # asks first: a stray key never marks an issue read
        await pilot.pause()
        assert all(app.is_unread(a.id) for a in issue.articles)
        what = label_text(tree.articles_at_cursor()[0])
        asked = message("notify.confirm_all_read", what=what, count=len(issue.articles))
        assert "".join(notices(app)[-1].split()) == "".join(asked.split())
        await pilot.press("A")
        await pilot.pause()
        assert not any(app.is_unread(a.id) for a in issue.articles)
        assert str(tree._issue_nodes[issue.id].label).endswith("（已读）")
        other = [a.id for i in app.library.issues if i is not issue for a in i.articles]
        assert all(app.is_unread(a) for a in other)
        assert notices(app)[-1].endswith(
            message("notify.marked_all_read", what="", count=len(issue.articles))
        )
    assert len(Reading.load(tmp_path / "data").read) == len(issue.articles)


async def test_a_on_a_year_row_marks_the_year_read(large, tmp_path):
    app = make_app(large, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        tree = app.query_one(IssueTree)
        year_node = tree._year_nodes[app.library.article(app.article_id).issue]
        tree.move_cursor(year_node)
        await pilot.pause()
        await pilot.press("A", "A")
        await pilot.pause()
        year = str(year_node.label)[:4]
        in_year = [a.id for i in app.library.issues if str(i.year) == year for a in i.articles]
        assert len(in_year) == 90
        assert not any(app.is_unread(a) for a in in_year)
        assert all(app.is_unread(a.id) for a in app.library.articles() if a.id not in in_year)


async def test_an_article_read_a_few_seconds_in_its_pane_is_read(seeds, tmp_path, monkeypatch):
    monkeypatch.setattr(reading_actions, "READ_AFTER_SECONDS", 0.5)
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        # The article the reader opens on is not read with no key pressed.
        await pilot.pause(1.0)
        assert app.is_unread(app.article_id)
        # Opened (Enter: the focus in the article pane) and shown there, it is.
        await pilot.press("j", "enter")
        await pilot.pause()
        assert app.is_unread(app.article_id)  # just opened
        await pilot.pause(1.0)
        assert not app.is_unread(app.article_id)
        # Passed over on the way (shown less than the time), an article stays unread.
        app.query_one(IssueTree).focus()
        await pilot.press("j", "j")
        passed = app.query_one(IssueTree).article_ids()[2]
        await pilot.pause(1.0)
        assert app.is_unread(passed) and not app.is_unread(app.article_id)


async def test_the_tree_cursor_resting_on_an_article_reads_it_as_enter_does(
    seeds, tmp_path, monkeypatch
):
    """#20: shown by the tree's cursor, an article was never read, and u came back to it."""
    monkeypatch.setattr(reading_actions, "READ_AFTER_SECONDS", 0.5)
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        ids = app.query_one(IssueTree).article_ids()
        await pilot.press("j")  # the focus stays in the tree
        await pilot.pause(1.0)
        assert app.article_id == ids[1] and not app.is_unread(ids[1])
        assert not bold(app.query_one(IssueTree)._article_nodes[ids[1]])
        # u from the first article passes over the one just read.
        await pilot.press("k", "u")
        await pilot.pause()
        assert app.article_id == ids[2]
        # The search bar's preview is not reading: back in the tree, the article counts.
        await pilot.press("slash")
        await pilot.pause(1.0)
        assert app.is_unread(ids[2])
        await pilot.press("escape")
        await pilot.pause(1.0)
        assert not app.is_unread(ids[2])


async def test_u_goes_to_the_next_unread_and_says_when_none_is_left(small, tmp_path):
    app = make_app(small, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        ids = app.query_one(IssueTree).article_ids()
        assert len(ids) >= 3
        await pilot.press("r", "u")
        await pilot.pause()
        assert app.article_id == ids[1]
        for _ in ids[2:]:
            await pilot.press("r", "u")
        await pilot.pause()
        assert app.article_id == ids[-1]
        await pilot.press("r", "u")
        await pilot.pause()
        assert app.article_id == ids[-1]  # nothing left unread: stays, and says so
        assert not any(app.is_unread(a) for a in ids)


async def test_b_bookmarks_and_the_bookmarks_tab_lists_and_opens_them(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j", "b")
        await pilot.pause()
        marked = app.article_id
        await pilot.press("B")
        await pilot.pause()
        assert app.query_one(Sidebar).active_tab == "bookmarks"
        listed = app.query_one("#bookmarks-list")
        assert listed.option_count == 1 and listed.get_option_at_index(0).id == marked
        app.jump_to_article(app.query_one(IssueTree).article_ids()[-1])
        listed.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.article_id == marked
        await pilot.press("b")  # again: removed
        await pilot.pause()
        assert not listed.get_option_at_index(0).id
    assert Reading.load(tmp_path / "data").bookmarks == []


async def test_bookmarks_of_another_library_are_counted_in_the_tab(seeds, tmp_path):
    """(a new user's trial: `lcreader bookmarks` listed them as gone, the tab showed none)"""
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j", "b")
        await pilot.pause()
    other = Library(
        issues=[build_issue("t", "t.txt", "社区运动会举行\n\n近日，社区举办运动会。\n")]
    )
    app = make_app(other, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("B")
        await pilot.pause()
        listed = app.query_one("#bookmarks-list")
        assert listed.option_count == 1
        shown = listed.get_option_at_index(0).prompt.plain.replace("\n", "")
        assert shown == message("sidebar.bookmarks_elsewhere", count=1)


async def test_page_up_moved_to_pageup_and_shift_space(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one("#article")
        view.focus()
        await pilot.press("space", "space")
        await pilot.pause()
        low = view.scroll_y
        assert low > 0
        await pilot.press("pageup")
        await pilot.pause()
        assert view.scroll_y < low


async def test_tree_width_and_theme_are_remembered(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        left = app.query_one("#left")
        before = left.size.width
        await pilot.press("greater_than_sign", "greater_than_sign")
        await pilot.pause()
        assert left.size.width == before + 8
        app.theme = "textual-light"
        await pilot.pause()
    again = make_app(seeds, tmp_path)
    async with again.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert again.query_one("#left").size.width == before + 8
        assert again.theme == "textual-light"
        await pilot.press("less_than_sign")
        await pilot.pause()
        assert again.query_one("#left").size.width == before + 4


async def test_open_shows_hit_one_not_the_last_article_read(seeds, tmp_path):
    ReaderState(article="003_17d9481db0f4d0a8/4").save(tmp_path / "data")
    app = make_app(seeds, tmp_path, query="统战")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.article_id == app.search_result.hits[0].article_id == "000_a74f4656124ffe3f/2"


async def test_cut_titles_end_with_an_ellipsis_and_counts_stay(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        tree = app.query_one(IssueTree)
        room = tree.scrollable_content_region.width
        for node in [*tree.root.children, *tree._article_nodes.values()]:
            shown = tree.render_label(node, Style(), Style())
            assert shown.cell_len <= room
            if shown.plain != node.label.plain:
                assert "…" in shown.plain
                assert shown.plain[shown.plain.index("…") - 1] not in NO_LINE_END
            if node.parent is tree.root:
                assert shown.plain.endswith(node.label.plain[-3:])  # the count


async def test_a_year_row_counts_its_unread_articles_and_follows_a_mark(large, tmp_path):
    app = make_app(large, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        tree = app.query_one(IssueTree)
        year_node = tree._year_nodes[app.library.article(app.article_id).issue]
        _, ids = tree._scopes[year_node.id]
        assert f"{len(ids)}/{len(ids)}" in str(year_node.label)
        await pilot.press("r")  # the article shown is marked read
        await pilot.pause()
        assert f"{len(ids) - 1}/{len(ids)}" in str(year_node.label)
