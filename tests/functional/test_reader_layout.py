"""The reader's layout: the sidebar on every resize, the title kept in view while scrolling."""

from __future__ import annotations

from textual.widgets import Static

from lcreader.tui.layout import NARROW_WIDTH
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


def screen_text(app, region) -> str:
    """What the terminal shows in `region`, as drawn (a wide character cut by a widget's
    edge comes out as two spaces)."""
    strips = app.screen._compositor.render_strips()
    lines = [strips[y].crop(region.x, region.right).text for y in region.line_range]
    return "".join("".join(lines).split())


async def test_a_notice_shows_every_character_over_any_layout(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        title = app.library.article(app.article_id).title
        back = {"s": "s", "greater_than_sign": "less_than_sign"}
        for width, height in [(80, 24), (110, 30), (160, 45)]:
            await pilot.resize_terminal(width, height)
            for keys in ([], ["s"], ["greater_than_sign"] * 3):  # sidebar, tree width
                await pilot.press(*keys)
                await pilot.pause()
                await pilot.press("b")  # 已收藏：title, or 已取消收藏：title
                await pilot.pause(0.2)
                toast = app.screen.query("Toast").last()
                shown = screen_text(app, toast.content_region)
                assert shown.endswith(title), (width, keys, shown)
                app.clear_notifications()
                await pilot.press(*(back[key] for key in keys))  # as it was
        # A notice on screen through a resize moves with the layout.
        await pilot.resize_terminal(160, 45)
        await pilot.press("b")
        await pilot.pause(0.2)
        await pilot.resize_terminal(110, 30)
        await pilot.pause(0.2)
        toast = app.screen.query("Toast").last()
        assert screen_text(app, toast.content_region).endswith(title)


async def test_a_notice_stays_with_its_view(seeds, tmp_path):
    # `c` then `?`: the copy's notice lay over the help (and was drawn again, across the
    # article's border, once the help closed). A new view takes the old notices away.
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("c")
        await pilot.pause(0.2)
        assert len(app.screen.query("Toast")) == 1
        await pilot.press("question_mark")
        await pilot.pause(0.2)
        assert not app.screen.query("Toast") and not app._notifications
        await pilot.press("escape")
        await pilot.pause(0.2)
        assert not app.screen.query("Toast")
        # One given in the new view stays there.
        await pilot.press("question_mark")
        await pilot.pause(0.2)
        app.notify("帮助里的提示")
        await pilot.pause(0.2)
        assert len(app.screen.query("Toast")) == 1


async def test_the_text_under_a_notice_is_drawn_again_whole_once_it_goes(seeds, tmp_path):
    """The newcomer's pass: when a notice went, Textual drew again only the place it
    took, cut at its edges, and the last character of each article line under it (a
    wide one, across the cut) stayed blank until scrolled. The article's text column
    is drawn again whole once a notice is gone, by its time or cleared."""
    from lcreader.tui.widgets.article_view import ArticleView

    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        drawn = []
        for widget in (app.query_one(ArticleView), *app.query_one(ArticleView).walk_children()):
            refresh = widget.refresh

            def counted(*args, _refresh=refresh, _widget=widget, **kwargs):
                drawn.append(_widget)
                return _refresh(*args, **kwargs)

            widget.refresh = counted
        app.notify("已标为未读：测试", timeout=0.3)
        await pilot.pause(0.2)
        drawn.clear()
        await pilot.pause(0.6)  # its time up, it is removed
        assert not app.screen.query("Toast")
        assert app.query_one(ArticleView) in drawn
        app.notify("已收藏：测试")
        await pilot.pause(0.2)
        drawn.clear()
        app.clear_notifications()
        await pilot.pause(0.3)
        assert app.query_one(ArticleView) in drawn
