"""The help screen and the command palette."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from lcreader.tui.keymap import APP, ARTICLE, LIST, SEARCH, TREE
from lcreader.tui.screens.help import HelpScreen
from tests.functional.reader_helpers import WIDE, make_app


@pytest.mark.parametrize("key", ["question_mark", "f1"])
async def test_help_lists_every_binding(seeds, tmp_path, key):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.query_one(Static).render().plain
        for binding in [*APP, *TREE, *LIST, *ARTICLE, *SEARCH]:
            assert binding.description in text
        assert "ctrl+p" in text and "Escape closes the search bar" in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_palette_jumps_to_an_article(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("ctrl+p")
        for ch in "砝码":
            await pilot.press(ch)
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert app.article_id == "003_17d9481db0f4d0a8/4"


async def test_palette_filters_by_person(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("ctrl+p")
        for ch in "人物 黄雪芳":
            await pilot.press("space" if ch == " " else ch)
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert app.filter == ("person", "黄雪芳")
