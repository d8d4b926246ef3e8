"""The sidebar: a tab per entity kind, person and department filters, the narrow layout."""

from __future__ import annotations

from textual.widgets.option_list import Option

from lcreader.tui.tabs import TABS, SidebarTab
from lcreader.tui.widgets import sidebar
from lcreader.tui.widgets.article_view import ArticleView
from lcreader.tui.widgets.issue_tree import IssueTree
from lcreader.tui.widgets.sidebar import ListPane, Sidebar
from tests.functional.reader_helpers import WIDE, make_app, status


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


async def test_each_kind_tab_lists_filters_and_names_the_filter(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        for tab in (tab for tab in TABS if tab.kind is not None):  # 收藏 lists no kind
            kind = tab.kind
            await pilot.press(tab.key)
            await pilot.pause()
            assert app.query_one(Sidebar).active_tab == tab.id
            assert app.focused.id == f"{tab.id}-list"
            first = kind.entries(seeds)[0]
            assert app.focused.get_option_at_index(0).id == first.name
            await pilot.press("enter", "f")  # the entity's page, then its filter
            await pilot.pause()
            articles = kind.articles_of(seeds, first.name)
            assert set(app.query_one(IssueTree).article_ids()) == articles
            assert f"{kind.label}：{first.name}" in status(app)
            await pilot.press("x")
            await pilot.pause()


async def test_a_tab_that_lists_no_kind_is_a_row_and_its_list(seeds, tmp_path, monkeypatch):
    class Recent(ListPane):
        def entries(self, library):
            return library.articles()[:3]

        def option_for(self, article):
            return Option(article.title, id=article.id)

    monkeypatch.setattr(sidebar, "TABS", (*TABS, SidebarTab("recent", "最近", "r", "Recent")))
    monkeypatch.setitem(Sidebar.PANES, "recent", Recent)
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        app.action_sidebar_tab("recent")
        await pilot.pause()
        assert app.query_one(Sidebar).active_tab == "recent"
        assert app.focused.id == "recent-list" and app.focused.option_count == 3


def shown(app, selector) -> bool:
    """Whether the widget takes room on the screen now."""
    widget = app.query_one(selector)
    return widget.display and widget.region.width > 0 and widget.parent.display


async def test_narrow_the_sidebar_is_the_trees_stand_in_until_escape_or_its_key(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        for show, hide in [("p", "escape"), ("p", "p"), ("d", "s"), ("s", "escape")]:
            await pilot.press(show)
            await pilot.pause()
            assert shown(app, Sidebar) and not shown(app, "#left"), show
            assert app.query_one(Sidebar) in app.focused.ancestors_with_self, show
            # The tree's bar too: on its left, marked as the pane with the keys.
            border = app.query_one(Sidebar).styles
            assert border.border_left[0] == "outer" and not border.border_right[0]
            await pilot.press(hide)
            await pilot.pause()
            assert shown(app, "#left") and not shown(app, Sidebar), (show, hide)
            assert app.focused is app.query_one(IssueTree), (show, hide)
        # Another tab's key switches tabs and keeps the sidebar.
        await pilot.press("p", "d")
        await pilot.pause()
        assert shown(app, Sidebar) and app.query_one(Sidebar).active_tab == "departments"
        await pilot.press("slash")  # the search bar takes the tree's column, in view
        await pilot.pause()
        assert shown(app, "#search-input") and app.focused is app.query_one("#search-input")


async def test_the_sidebar_is_laid_out_afresh_on_every_resize(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")  # narrow: in the tree's place, and focused
        await pilot.pause()
        await pilot.resize_terminal(160, 45)
        await pilot.pause()
        assert shown(app, Sidebar) and shown(app, "#left")
        await pilot.resize_terminal(80, 24)  # narrow again: the tree, and the keys with it
        await pilot.pause()
        assert shown(app, "#left") and not shown(app, Sidebar)
        assert app.focused is app.query_one(IssueTree)
        await pilot.resize_terminal(160, 45)
        await pilot.press("s")  # wide, hidden by hand: stays hidden across resizes
        await pilot.resize_terminal(80, 24)
        await pilot.resize_terminal(160, 45)
        await pilot.pause()
        assert not shown(app, Sidebar) and shown(app, "#left")


async def test_narrow_what_is_chosen_in_the_sidebar_shows_in_the_tree(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p", "j", "enter", "f")  # 沈忠裕's page, then the tree filtered
        await pilot.pause()
        assert "人物：沈忠裕" in status(app)
        assert shown(app, "#left") and not shown(app, Sidebar)
        await pilot.press("x", "b", "j", "B", "enter")  # a bookmark opened from 收藏
        await pilot.pause()
        assert shown(app, "#left") and not shown(app, Sidebar)
        assert app.focused is app.query_one(ArticleView)


def test_a_cut_name_keeps_two_characters_with_its_count():
    name = "凉城新村街道社区党群服务中心培训学校"
    for cut in range(4, len(name) + 1):
        lines = sidebar.list_entry(name[:cut], "", 12).plain.split("\n")
        if len(lines) > 1:
            assert len(lines[-1].removesuffix(" 12")) >= 2, lines


async def test_at_forty_columns_the_tree_gives_the_article_room(seeds, tmp_path):
    """(a new user's trial: the tree kept 27 columns, the article six: `郑宏在` a line)"""
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(40, 24)) as pilot:
        await pilot.pause()
        article = app.query_one(ArticleView).scrollable_content_region.width
        tree = app.query_one("#left").size.width
        assert article >= 14 and tree <= 20, (tree, article)
