"""No hidden widget keeps the keys: after a resize, a page or the help, the focus is on
something the screen shows."""

from __future__ import annotations

from lcreader.tui.screens.entity_page import EntityPageScreen
from lcreader.tui.widgets.issue_tree import IssueTree
from tests.functional.reader_helpers import make_app


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
