"""The reader's issue tree and panes: moving, stepping, clicking, tabbing, remembering."""

from __future__ import annotations

from lcreader.messages import message
from lcreader.tui.state import ReaderState
from lcreader.tui.tabs import TABS
from lcreader.tui.widgets.article_view import ArticleView
from lcreader.tui.widgets.issue_tree import IssueTree
from lcreader.tui.widgets.sidebar import Sidebar
from tests.functional.reader_helpers import WIDE, body_lines, make_app


async def test_first_screen_newest_issue_first_and_an_article_shown(seeds, tmp_path, lang):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        tree = app.query_one(IssueTree)
        issues = [node.label.plain for node in tree.root.children]
        assert issues[0].startswith(message("issue.year", year=2021) + " ")
        assert issues[0].endswith(message("tree.issue_unread", unread=5, count=5))
        assert issues[1].startswith("2020")  # its headline starts with the year: said once
        assert issues[1].endswith(message("tree.issue_unread", unread=4, count=4))
        assert app.article_id == "000_a74f4656124ffe3f/1"
        assert body_lines(app)[0] == "胡广杰在凉城新村街道调研社区文化工作"


async def test_moving_the_cursor_shows_the_article_without_enter(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j")
        await pilot.pause()
        assert app.article_id == "000_a74f4656124ffe3f/2"
        await pilot.press("down", "down")
        await pilot.pause()
        assert app.article_id == "000_a74f4656124ffe3f/4"
        await pilot.press("k")
        await pilot.pause()
        assert app.article_id == "000_a74f4656124ffe3f/3"


async def test_enter_in_the_tree_takes_the_keys_to_the_article(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "enter")  # an article: read it, space pages down
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert app.article_id == "000_a74f4656124ffe3f/2" and app.focused is view
        await pilot.press("space")
        await pilot.pause()
        assert view.scroll_y > 0
        tree = app.query_one(IssueTree)
        tree.focus()
        tree.move_cursor(tree.root.children[1])  # an issue: Enter folds it, as before
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is tree and not tree.root.children[1].is_expanded
        await pilot.click(IssueTree, offset=(8, 2))  # a click keeps the tree's keys
        await pilot.pause()
        assert app.focused is tree


async def test_brackets_step_through_articles(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        assert app.article_id == "000_a74f4656124ffe3f/3"
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert app.article_id == "000_a74f4656124ffe3f/2"


async def test_mouse_click_selects_an_article(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.click(IssueTree, offset=(8, 8))
        await pilot.pause()
        assert app.article_id.startswith("003_17d9481db0f4d0a8/")


async def test_tab_moves_between_panes(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert isinstance(app.focused, IssueTree)
        await pilot.press("tab")
        assert isinstance(app.focused, ArticleView)
        await pilot.press("tab")  # the sidebar's list: its tab strip is no stop
        assert app.focused.id == "people-list"
        await pilot.press("tab")
        assert isinstance(app.focused, IssueTree)
        await pilot.press("shift+tab")
        assert app.focused.id == "people-list"
        await pilot.press("right")  # the next tab's list, and back
        await pilot.pause()
        assert app.focused.id == "departments-list"
        await pilot.press("left", "left")
        await pilot.pause()
        assert app.focused.id == TABS[-1].id + "-list"


async def test_last_article_and_tab_are_remembered(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j", "j", "d")
        await pilot.pause()
    state = ReaderState.load(tmp_path / "data")
    assert state.article == "000_a74f4656124ffe3f/3" and state.sidebar_tab == "departments"
    again = make_app(seeds, tmp_path)
    async with again.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert again.article_id == "000_a74f4656124ffe3f/3"
        assert again.query_one(Sidebar).active_tab == "departments"


def test_an_issue_label_is_never_cut_inside_its_date_or_number():
    from rich.text import Text

    from lcreader.tui.widgets.issue_tree import _crop_inside_number

    whole = "2021年11月26日 第21期"
    for cells in range(6, len(whole) * 2):
        head = Text(whole)
        head.truncate(cells)
        _crop_inside_number(head, whole)
        shown = head.plain.rstrip()
        # What stays is the label's start up to a whole part: a date and number it really has.
        assert whole.startswith(shown)
        assert shown in ("", "2021", "2021年", "2021年11月", "2021年11月26日", whole) or (
            not shown[-1].isdigit() and shown[-1] not in "第总"
        ), (cells, shown)


def test_an_issue_named_by_its_headline_is_never_cut_back_to_the_trees_icon():
    from rich.text import Text

    from lcreader.tui.widgets.issue_tree import _crop_inside_number

    whole = "▶ 北外滩街道召开2024年社区工作会议"
    for cells in range(12, 24):  # cuts falling inside 2024年
        head = Text(whole)
        head.truncate(cells)
        _crop_inside_number(head, whole)
        assert len(head.plain.strip()) > 2, (cells, head.plain)  # more than `▶`


async def test_brackets_at_either_end_say_so(seeds, tmp_path, lang):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        first = app.article_id
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert app.article_id == first
        assert message("notify.first_article") in [n.message for n in app._notifications]
        last = app.query_one(IssueTree).article_ids()[-1]
        app.jump_to_article(last)
        await pilot.pause()
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert app.article_id == last
        assert message("notify.last_article") in [n.message for n in app._notifications]
