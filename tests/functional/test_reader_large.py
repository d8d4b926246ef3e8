"""The reader on a library of years: grouped tree, nodes filled as they open."""

from __future__ import annotations

from lcreader.tui.widgets.issue_tree import IssueTree
from tests.functional.reader_helpers import WIDE, make_app, type_query


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
        # Under its year's heading an issue is named by its headline, not the year again:
        # at 80 columns the year would leave room for two of its characters.
        issue = years[1].children[0]
        assert str(issue.label).startswith(large.issue("2020_29").title)


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
