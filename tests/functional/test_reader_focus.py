"""No hidden widget keeps the keys: after a resize, a page or the help, the focus is on
something the screen shows."""

from __future__ import annotations

from operator import sub

import pytest
from textual.color import Color

from lcreader.tui.screens.entity_page import EntityPageScreen
from lcreader.tui.widgets.article_view import ArticleView
from lcreader.tui.widgets.issue_tree import IssueTree
from tests.functional.reader_helpers import make_app, type_query


def shown(widget) -> bool:
    return all(node.display for node in widget.ancestors_with_self if hasattr(node, "display"))


async def test_after_a_resize_behind_a_page_escape_gives_the_tree_the_keys(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p", "enter")
        await pilot.pause()
        assert isinstance(app.screen, EntityPageScreen)
        await pilot.resize_terminal(160, 45)
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, EntityPageScreen)
        assert app.focused is not None and shown(app.focused), app.focused
        tree = app.query_one(IssueTree)
        before = tree.cursor_line
        await pilot.press("j", "j")
        await pilot.pause()
        assert app.search_result is None  # nothing typed into a hidden search bar
        assert app.focused is tree and tree.cursor_line == before + 2


async def test_no_resize_leaves_the_keys_in_a_hidden_widget(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        for keys in (["p"], ["d"], ["slash"], ["s"], []):
            for width, height in [(160, 45), (80, 24), (120, 30), (80, 24)]:
                await pilot.resize_terminal(width, height)
                await pilot.pause()
                assert app.focused is not None and shown(app.focused), (keys, width)
            await pilot.press(*keys)
            await pilot.pause()
            assert app.focused is not None and shown(app.focused), keys


async def answers_the_keys(pilot) -> None:
    """j, k and Enter each visibly do something where the focus is."""
    app = pilot.app
    focused = app.focused
    assert focused is not None and shown(focused), focused
    if isinstance(focused, ArticleView):
        assert focused.max_scroll_y > 0, "an article that cannot scroll has the keys"
        before = focused.scroll_y
        await pilot.press("j")
        await pilot.pause()
        assert focused.scroll_y > before
        return
    tree = app.query_one(IssueTree)
    assert focused is tree, focused
    line, article = tree.cursor_line, app.article_id
    await pilot.press("j")
    await pilot.pause()
    assert tree.cursor_line == line + 1
    await pilot.press("k")
    await pilot.pause()
    assert tree.cursor_line == line and app.article_id == article
    await pilot.press("enter")
    await pilot.pause()
    assert app.focused is not tree or tree.cursor_node.data is None  # read, or an issue folded


@pytest.mark.parametrize("size", [(160, 45), (80, 24)])
async def test_after_a_search_a_page_f_and_x_the_keys_answer(seeds, tmp_path, size):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=size) as pilot:
        await type_query(pilot, "统战")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("p", "enter")
        await pilot.pause()
        assert isinstance(app.screen, EntityPageScreen)
        await pilot.press("f")
        await pilot.pause()
        # The filtered tree is in view (not behind the search bar) and has the keys.
        assert app.focused is app.query_one(IssueTree) and shown(app.focused)
        await pilot.press("x")
        await pilot.pause()
        await answers_the_keys(pilot)


@pytest.mark.parametrize("size", [(160, 45), (80, 24)])
async def test_closing_the_search_bar_leaves_the_keys_where_they_answer(seeds, tmp_path, size):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=size) as pilot:
        short = min(app.library.articles(), key=lambda a: sum(map(len, a.paragraphs)))
        app.jump_to_article(short.id)
        await pilot.pause()
        assert app.query_one(ArticleView).max_scroll_y == 0  # it fits: j cannot scroll it
        await type_query(pilot, "统战")
        await pilot.press("escape")
        await pilot.pause()
        await answers_the_keys(pilot)


async def test_the_focused_pane_is_marked(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        tree, article = app.query_one(IssueTree), app.query_one(ArticleView)
        people = app.query_one("#people-list")
        grounds = lambda: (tree.styles.background, article.styles.background)  # noqa: E731
        tree_focused = grounds()
        article.focus()
        await pilot.pause()
        article_focused = grounds()
        assert tree_focused[0] != article_focused[0] and tree_focused[1] != article_focused[1]
        unfocused = people.styles.background
        await pilot.press("p")
        await pilot.pause()
        assert app.focused is people and people.styles.background != unfocused


def _bar(app, pane):
    """The character and colour drawn at the top of `pane`'s left edge."""
    strip = app.screen._compositor.render_strips()[pane.region.y + 2]
    segment = next(iter(strip.crop(pane.region.x, pane.region.x + 1)))
    return segment.text, segment.style.color


async def test_the_pane_with_the_keys_is_marked_in_every_theme(seeds, tmp_path):
    """#20: which pane had the keys was hard to see (a slightly lighter ground). Its left
    edge is a bar in the theme's accent colour; every other pane's, a thin line."""
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        panes = {
            "#left": app.query_one(IssueTree),
            "#article": app.query_one(ArticleView),
            "#sidebar": app.query_one("#sidebar-tabs OptionList"),
        }
        for theme in app.available_themes:
            app.theme = theme
            accent = Color.parse(app.current_theme.accent).rgb
            for has_keys, widget in panes.items():
                widget.focus()
                await pilot.pause()
                for pane in panes:
                    char, colour = _bar(app, app.query_one(pane))
                    if pane == has_keys:
                        assert char == "▌", (theme, pane)
                        if colour.triplet is not None:  # not the terminal's own (ansi)
                            drawn = tuple(colour.triplet)
                            assert max(map(abs, map(sub, drawn, accent))) <= 4, (theme, pane)
                    else:
                        assert char == "▏", (theme, pane, has_keys)


async def test_a_narrow_sidebar_shown_and_hidden_gives_the_keys_back_not_to_the_search(
    seeds, tmp_path
):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_query(pilot, "统战")
        await pilot.press("enter")
        await pilot.pause(0.3)
        before = app.focused
        await pilot.press("B")
        await pilot.pause()
        await pilot.press("B")  # the same key again: the sidebar gives the place back
        await pilot.pause()
        assert app.focused is before and shown(before)
        await pilot.press("s")  # a key, never a letter typed into the query
        await pilot.pause()
        assert app.query_one("#search-input").value == "统战"


async def test_tab_on_a_persons_page_marks_the_pane_it_gives_the_keys(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p", "enter")
        await pilot.pause()
        assert isinstance(app.screen, EntityPageScreen)
        head = app.screen.query_one("#page-head-scroll")
        articles = app.screen.query_one("#page-articles")
        for has_keys, other in ((articles, head), (head, articles)):
            if app.focused is not has_keys:
                await pilot.press("tab")
                await pilot.pause()
            assert app.focused is has_keys
            assert _bar(app, has_keys)[0] == "▌" and _bar(app, other)[0] == "▏"
