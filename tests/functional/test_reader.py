"""The reader, driven with Textual's Pilot on the seeds and on small libraries."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from lcreader.library import open_library
from lcreader.messages import message
from lcreader.search import parse_query
from lcreader.tui.app import ReaderApp
from lcreader.tui.keymap import APP, ARTICLE, LIST, SEARCH, TREE, describe
from lcreader.tui.screens.help import HelpScreen
from lcreader.tui.state import ReaderState
from lcreader.tui.widgets.article_view import ArticleView
from lcreader.tui.widgets.issue_tree import IssueTree
from lcreader.tui.widgets.search_panel import ResultList
from lcreader.tui.widgets.sidebar import Sidebar
from lcreader.typeset import NO_LINE_END, NO_LINE_START
from tests.conftest import SEEDS

WIDE = (140, 40)

TWO_ISSUES = {
    "2019.txt": "# 2019年社区运动会举行\n\n2019年，社区举办运动会，统战人士参加。2019年运动会圆满结束。\n\n(自治办 张琳璘)\n\n"
    "# 老年大学开学\n\n2019年，老年大学开学，学员踊跃报名。\n\n(文化中心)\n",
    "2020.txt": "# 社区统战工作座谈会召开\n\n2020年，街道召开统战工作座谈会，街道党工委书记王建国出席。统战工作成效显著。\n\n"
    "2020年统战工作再上台阶。\n\n(党建办 杜嵩)\n",
}


@pytest.fixture
def seeds(tmp_path):
    return open_library(SEEDS, tmp_path / "cache.json")


@pytest.fixture
def small(tmp_path):
    folder = tmp_path / "small"
    folder.mkdir()
    for name, text in TWO_ISSUES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return open_library(folder, tmp_path / "small-cache.json")


def make_app(library, tmp_path, query=None):
    return ReaderApp(library, tmp_path / "data", query)


def body_lines(app) -> list[str]:
    return app.query_one("#article-body", Static).render().plain.split("\n")


def status(app) -> str:
    return app.query_one("#status", Static).render().plain


async def type_query(pilot, text: str) -> None:
    await pilot.press("slash")
    for ch in text:
        await pilot.press(ch)
    await pilot.pause(0.4)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_first_screen_newest_issue_first_and_an_article_shown(seeds, tmp_path, lang):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        tree = app.query_one(IssueTree)
        issues = [node.label.plain for node in tree.root.children]
        assert issues[0].startswith("2021 ")
        assert issues[0].endswith(message("tree.issue_unread", unread=5, count=5))
        assert issues[1].startswith("2020 ")
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


async def test_brackets_step_through_articles(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        assert app.article_id == "000_a74f4656124ffe3f/3"
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert app.article_id == "000_a74f4656124ffe3f/2"


async def test_search_updates_as_you_type(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "统")
        results = app.query_one(ResultList)
        assert results.option_count == app.index.search(parse_query("统")).total == 2
        await pilot.press("backspace")
        for ch in "统战":
            await pilot.press(ch)
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert results.option_count == 1
        assert results.get_option_at_index(0).id == "000_a74f4656124ffe3f/2"
        assert message("status.matches", at=21) in status(app)


async def test_enter_opens_the_hit_with_matches_highlighted_and_counted(seeds, tmp_path, lang):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "统战")
        await pilot.press("enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert app.article_id == "000_a74f4656124ffe3f/2"
        assert len(view.highlights.matches) == 21 and view.highlights.current == 0
        assert message("status.matches", at="1/21") in status(app)
        assert app.focused is view


async def test_n_and_shift_n_move_across_articles(small, tmp_path):
    app = make_app(small, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "统战")
        await pilot.press("enter")
        await pilot.pause()
        first = app.article_id
        total = len(app.search_matches)
        in_first = sum(1 for a, _, _ in app.search_matches if a == first)
        assert total > in_first > 1
        for _ in range(in_first):
            await pilot.press("n")
        await pilot.pause()
        assert app.article_id != first
        assert message("status.matches", at=f"{in_first + 1}/{total}") in status(app)
        await pilot.press("N")
        await pilot.pause()
        assert app.article_id == first
        assert message("status.matches", at=f"{in_first}/{total}") in status(app)


async def test_matches_are_scrolled_into_view(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(100, 16)) as pilot:
        await type_query(pilot, "商会")
        await pilot.press("enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        line = view.match_lines[view.highlights.current]
        assert line > view.size.height  # below the first screen...
        assert view.scroll_y <= line < view.scroll_y + view.size.height  # ...and shown


async def test_escape_closes_the_bar_the_highlights_stay_until_x(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "统战")
        await pilot.press("enter", "escape")
        await pilot.pause()
        assert not app.screen.has_class("-searching")
        assert app.query_one(ArticleView).highlights.matches
        await pilot.press("n")
        assert message("status.matches", at="2/21") in status(app)
        await pilot.press("x")
        await pilot.pause()
        assert not app.query_one(ArticleView).highlights.matches
        assert not app.query_one("#status").display


async def test_query_syntax_in_the_bar(small, tmp_path):
    app = make_app(small, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "统战 year:2019")
        assert app.query_one(ResultList).option_count == 1
        await pilot.press(*["backspace"] * 9)
        for ch in "-座谈":
            await pilot.press(ch)
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.query_one(ResultList).option_count == 1
        assert app.search_result.hits[0].title == "2019年社区运动会举行"


async def test_a_bad_query_says_why_and_does_not_crash(seeds, tmp_path, lang):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "year:20")
        shown = app.query_one("#search-status", Static).render().plain
        assert shown == message("query.bad_year", value=20)


async def test_person_filter_from_the_sidebar(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("p")
        await pilot.pause()
        people = app.query_one("#people-list")
        assert app.focused is people
        await pilot.press("j", "enter", "f")  # the second person's page, then its filter
        await pilot.pause()
        person = next(p for p in seeds.people if p.name == "沈忠裕")
        assert app.query_one(IssueTree).article_ids() == person.articles
        assert "人物：沈忠裕" in status(app)
        assert app.query_one(ArticleView).highlights.words == ["沈忠裕"]
        await pilot.press("x")
        await pilot.pause()
        assert len(app.query_one(IssueTree).article_ids()) == 9


async def test_department_filter_merges_aliases(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("d")
        await pilot.pause()
        assert app.query_one(Sidebar).active_tab == "departments"
        app.apply_filter("department", "社区事务受理中心")
        await pilot.pause()
        ids = app.query_one(IssueTree).article_ids()
        assert ids == ["000_a74f4656124ffe3f/5", "003_17d9481db0f4d0a8/4"]  # newest first
        assert "社区受理中心" in app.query_one(ArticleView).highlights.words


async def test_copy_puts_the_article_on_the_clipboard(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("c")
        await pilot.pause()
        assert app.clipboard.startswith("胡广杰在凉城新村街道调研社区文化工作\n")
        assert "（社区文化活动中心 张剑鸣）" in app.clipboard


@pytest.mark.parametrize("key", ["question_mark", "f1"])
async def test_help_lists_every_binding(seeds, tmp_path, key, lang):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.query_one(Static).render().plain
        for binding in [*APP, *TREE, *LIST, *ARTICLE, *SEARCH]:
            assert describe(binding) in text.replace("\n" + " " * 22, "")
        assert "ctrl+p" in text and message("help.heading") in text
        assert message("help.note_escape")[:20] in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def choose_in_palette(pilot, text: str) -> None:
    """Type `text` into the command palette and take its first entry."""
    await pilot.press("ctrl+p")
    for ch in text:
        await pilot.press("space" if ch == " " else ch)
    await pilot.pause(0.5)
    await pilot.press("enter")
    await pilot.pause(0.3)


async def test_palette_jumps_to_an_article(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await choose_in_palette(pilot, "砝码")
        assert app.article_id == "003_17d9481db0f4d0a8/4"


async def test_palette_filters_by_person(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await choose_in_palette(pilot, "人物 黄雪芳")
        await pilot.press("f")  # from the person's page
        await pilot.pause()
        assert app.filter == ("person", "黄雪芳")


async def test_narrow_terminal_hides_the_sidebar_until_s(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.query_one(Sidebar).display or app.query_one(Sidebar).region.width == 0
        visible = [app.query_one(n) for n in ("#left", "#article")]
        assert not visible[0].region.overlaps(visible[1].region)
        await pilot.press("s")
        await pilot.pause()
        sidebar = app.query_one(Sidebar)
        assert sidebar.region.width > 0
        assert not sidebar.region.overlaps(app.query_one("#article").region)
        assert sidebar.region.right <= 80


async def test_article_lines_follow_chinese_line_breaking(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(90, 30)) as pilot:
        for _ in range(9):
            lines = [line.strip() for line in body_lines(app)]
            for line in lines:
                if line:
                    assert line[0] not in NO_LINE_START or set(line) <= NO_LINE_START, line
                    assert line[-1] not in NO_LINE_END, line
            await pilot.press("j")
            await pilot.pause()


async def test_resizing_rewraps_the_article(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        wide = body_lines(app)
        await pilot.resize_terminal(100, 40)
        await pilot.pause()
        narrow = body_lines(app)
        assert len(narrow) > len(wide)
        assert "".join(narrow).replace(" ", "") == "".join(wide).replace(" ", "")


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


async def test_open_on_a_query(seeds, tmp_path):
    app = make_app(seeds, tmp_path, query="统战")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.has_class("-searching")
        assert app.query_one(ResultList).option_count == 1


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
        await pilot.press("tab", "tab")  # the sidebar's tab strip, then its list
        assert app.focused.id == "people-list"
        await pilot.press("tab")
        assert isinstance(app.focused, IssueTree)
        await pilot.press("shift+tab")
        assert app.focused.id == "people-list"


async def test_the_article_scrolls_with_keys_and_the_wheel(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(100, 14)) as pilot:
        await pilot.press("j", "j", "j", "tab")  # a long article, then focus it
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert view.max_scroll_y > 0
        await pilot.press("j", "j")
        await pilot.pause()
        assert view.scroll_y == 2
        await pilot.press("G")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert view.scroll_y == 0
        await pilot.press("space")
        await pilot.pause()
        assert view.scroll_y > 2
        before = view.scroll_y
        from textual.events import MouseScrollUp

        view.post_message(
            MouseScrollUp(view, 5, 5, 0, 0, 0, False, False, False, screen_x=5, screen_y=5)
        )
        await pilot.pause()
        assert view.scroll_y < before


async def test_a_theme_change_restyles_the_match_highlight(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        view = app.query_one(ArticleView)
        dark = view.get_component_rich_style("article-view--match")
        app.theme = "textual-light"
        await pilot.pause()
        assert view.get_component_rich_style("article-view--match") != dark


@pytest.fixture
def large(tmp_path):
    """More issues than EXPAND_ALL_LINES lines: 3 years of 30 issues of 3 articles."""
    folder = tmp_path / "large"
    folder.mkdir()
    for year in (2019, 2020, 2021):
        for number in range(30):
            text = "".join(
                f"# {year}年第{number}期第{k}篇报道\n\n{year}年，社区举办第{number}期活动{k}。\n\n(自治办)\n\n"
                for k in range(3)
            )
            (folder / f"{year}_{number:02d}.txt").write_text(text, encoding="utf-8")
    return open_library(folder, tmp_path / "large-cache.json")


async def test_a_large_library_opens_on_years_and_fills_nodes_as_they_open(large, tmp_path):
    app = make_app(large, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        tree = app.query_one(IssueTree)
        years = tree.root.children
        assert [str(node.label)[:4] for node in years] == ["2021", "2020", "2019"]
        # The newest article is open; the other years hold no nodes until opened.
        assert app.article_id == "2021_29/1"
        await pilot.pause()
        # Its year and issue rows show above it, not scrolled away.
        assert (tree.cursor_line, tree.scroll_y) == (2, 0)
        assert years[0].is_expanded and not years[1].is_expanded
        assert len(years[1].children) == len(years[2].children) == 0
        assert tree.article_ids()[:2] == ["2021_29/1", "2021_29/2"]
        assert len(tree.article_ids()) == 270
        # Jumping into a closed year opens it, and its issue, on the article.
        app.jump_to_article("2019_00/3")
        await pilot.pause()
        assert years[2].is_expanded and len(years[2].children) == 30
        assert tree.cursor_node.data == "2019_00/3"
        assert app.article_id == "2019_00/3"
        assert tree.scroll_y <= tree.cursor_line < tree.scroll_y + tree.size.height
        # Opening a year with the keyboard adds its issues.
        tree.focus()
        tree.move_cursor(years[1])
        await pilot.press("space")
        await pilot.pause()
        assert years[1].is_expanded and len(years[1].children) == 30


async def test_a_search_hit_in_a_large_library_is_in_view_when_the_tree_returns(large, tmp_path):
    app = make_app(large, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "2019年第3期第2篇")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.article_id == "2019_03/3"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        tree = app.query_one(IssueTree)
        assert tree.cursor_node.data == "2019_03/3"
        assert tree.scroll_y <= tree.cursor_line < tree.scroll_y + tree.size.height


async def test_a_filter_on_a_large_library_shows_few_articles_open(large, tmp_path):
    app = make_app(large, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        app.apply_filter("department", "自治办")
        await pilot.pause()
        tree = app.query_one(IssueTree)
        assert len(tree.article_ids()) == 270  # every article names 自治办: still grouped
        assert [str(n.label)[:4] for n in tree.root.children] == ["2021", "2020", "2019"]


async def test_quick_searches_answer_in_the_key_handler_slow_ones_in_a_worker(
    small, tmp_path, monkeypatch
):
    from lcreader.tui.widgets import search_panel
    from lcreader.tui.widgets.search_panel import SearchPanel

    threaded = []
    in_thread = SearchPanel._search
    monkeypatch.setattr(
        SearchPanel,
        "_search",
        lambda self, *args: threaded.append(args[0]) or in_thread(self, *args),
    )
    app = make_app(small, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        panel = app.query_one(SearchPanel)
        await pilot.press("slash")
        await app.workers.wait_for_complete()  # the warm-up learns searches are quick here
        assert panel._quick
        await pilot.press("统")
        await pilot.pause()
        assert panel.result is not None and panel.result.query.text == "统"
        assert threaded == []
    monkeypatch.setattr(search_panel, "QUICK_SECONDS", -1.0)  # now nothing is quick
    app = make_app(small, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        panel = app.query_one(SearchPanel)
        await type_query(pilot, "统战")
        await pilot.pause(0.2)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not panel._quick
        assert threaded and threaded[-1] == "统战"
        assert panel.result is not None and panel.result.query.text == "统战"
