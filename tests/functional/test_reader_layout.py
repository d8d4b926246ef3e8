"""The reader's layout: the sidebar on every resize, the title kept in view while scrolling."""

from __future__ import annotations

from textual.widgets import Static

from lcreader.tui.app import NARROW_WIDTH
from tests.functional.reader_helpers import make_app


async def test_the_sidebar_follows_every_resize(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        sidebar, article = app.query_one("#sidebar"), app.query_one("#article")
        for width, height in [(80, 24), (160, 45), (100, 30), (120, 30), (80, 24)]:
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            assert sidebar.display == (width >= NARROW_WIDTH), (width, height)
            # Without the sidebar, the article keeps all but the tree.
            if width < NARROW_WIDTH:
                assert article.size.width >= width - 34


async def test_the_title_stays_in_view_with_the_position(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one("#article")
        sticky = app.query_one("#article-sticky", Static)
        view.focus()
        await pilot.pause()
        assert not sticky.display
        await pilot.press("G")
        await pilot.pause()
        assert sticky.display
        assert sticky.render().plain == f"{app.library.article(app.article_id).title}  100%"
        await pilot.press("g")
        await pilot.pause()
        assert not sticky.display
