"""The help screen and the command palette."""

from __future__ import annotations

import pytest

from lcreader.messages import message
from lcreader.tui.keymap import APP, ARTICLE, HELP, LIST, PAGE, SEARCH, TREE, describe
from lcreader.tui.screens.help import HelpScreen, HelpText
from tests.functional.reader_helpers import WIDE, choose_in_palette, make_app


@pytest.mark.parametrize("key", ["question_mark", "f1"])
async def test_help_lists_every_binding(seeds, tmp_path, key, lang):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.query_one(HelpText).render().plain
        for binding in [*APP, *TREE, *LIST, *ARTICLE, *SEARCH, *PAGE, *HELP]:
            assert describe(binding) in text.replace("\n" + " " * 22, "")
        assert "Ctrl+P" in text and message("help.heading") in text
        # Keys as a keyboard prints them, not Textual's names for them.
        keys = [line[:22] for line in text.splitlines() if line.startswith("  ")]
        for textual_name in ("escape", "pageup", "shift+space", "down", "ctrl+p"):
            assert not any(textual_name in key for key in keys), textual_name
        assert message("help.note_escape")[:20] in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


def test_key_labels_read_as_on_a_keyboard(lang):
    from lcreader.tui.screens.help import key_label

    space = message("key.space")
    assert key_label("escape,q") == "Esc / q"
    assert key_label("pageup / shift+space") == f"PgUp / Shift+{space}"
    assert key_label("ctrl+p") == "Ctrl+P"
    assert key_label("j") == "j" and key_label("G") == "G"


async def test_the_help_offers_its_own_keys_only(seeds, tmp_path):
    from lcreader.tui.widgets.footer import ReaderFooter

    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        # The footer in view is the help's own: q closes the help here, it does not quit.
        offered = {key.description for key in app.screen.query_one(ReaderFooter).shown()}
        assert message("key.close") in offered and message("key.quit") not in offered
        await pilot.press("q")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen) and app.is_running


async def test_the_pager_keys_scroll_the_help(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        body = app.screen.query_one("#help-body")
        assert body.max_scroll_y > 10  # at 80×24 most of the help is below
        text = app.screen.query_one(HelpText).render().plain
        assert message("help.help") in text  # its own keys are listed in it
        await pilot.press("j", "j")
        await pilot.pause(0.3)
        assert body.scroll_y == 2
        await pilot.press("k")
        await pilot.pause(0.3)
        assert body.scroll_y == 1
        await pilot.press("space")
        await pilot.pause(0.5)
        assert body.scroll_y > 5
        await pilot.press("G")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert body.scroll_y == 0
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


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


async def test_the_palette_lists_the_best_entries_only(large, tmp_path):
    # The palette measures every row it lists: a library's every article before a key,
    # and every match of one (`乐` at ×1000: 1,153), kept its first typed character
    # off the screen for a third of a second. It lists the best 200.
    from textual.command import CommandList, CommandPalette

    articles = len(large.articles())
    assert articles == 270
    app = make_app(large, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        assert isinstance(app.screen, CommandPalette)
        listed = app.screen.query_one(CommandList)
        assert 0 < listed.option_count < articles
        for ch in "期篇报道":  # every article's title has them
            await pilot.press(ch)
        await pilot.pause(0.8)
        assert 0 < listed.option_count < articles
        # A query that names one article still finds it first.
        for _ in range(4):
            await pilot.press("backspace")
        for ch in "2020年第7期第2篇":
            await pilot.press(ch)
        await pilot.pause(0.8)
        first = listed.get_option_at_index(0)
        assert "2020年第7期第2篇报道" in str(first.prompt)


@pytest.mark.parametrize("title", ["孤立[/bold]闭合标签", "点[@click=app.quit]这里退出[/]标题"])
async def test_bulletin_markup_in_the_palettes_lines_is_text(tmp_path, title):
    # The palette's second line (the name) went to Textual as markup: an
    # unmatched closing tag crashed the reader as Ctrl+P opened, a link ran an action.
    from textual.command import CommandList, CommandPalette

    from lcreader.library import open_library
    from tests.helpers import write_library

    folder = write_library(tmp_path / "lib", {"a.txt": f"{title}\n\n统战工作会议召开。\n"})
    library = open_library(folder, tmp_path / "cache" / "library.json")
    app = make_app(library, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(title[0])
        await pilot.pause(0.8)
        listed = app.screen.query_one(CommandList)
        assert listed.option_count > 0
        shown = " ".join(
            str(listed.get_option_at_index(k).prompt) for k in range(listed.option_count)
        )
        assert title.split("[")[0] in shown
    assert app.return_code in (None, 0)
