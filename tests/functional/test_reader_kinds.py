"""Every entity kind gets a sidebar tab, a key, a filter and a status line from its entry."""

from __future__ import annotations

from lcreader.tui.tabs import TABS
from lcreader.tui.widgets.issue_tree import IssueTree
from lcreader.tui.widgets.sidebar import Sidebar
from tests.functional.test_reader import WIDE, make_app, seeds, status  # noqa: F401


async def test_each_kind_tab_lists_filters_and_names_the_filter(seeds, tmp_path):  # noqa: F811
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
