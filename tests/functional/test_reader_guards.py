"""Keys faster than the reader: the palette at a large library, repeated Enters, a
crash that says so (issue 22)."""

from __future__ import annotations

import asyncio
import contextlib
import random

import pytest
from textual import events

from lcreader.cli.errors import EXIT_CRASH
from lcreader.messages import message
from lcreader.tui.app import run_reader
from lcreader.tui.crash import CRASH_LOG
from lcreader.tui.screens.entity_page import EntityPageScreen
from tests.functional.reader_helpers import WIDE, make_app


def send(app, *keys: str) -> None:
    """Keys as a terminal delivers them: all queued before the reader acts on one."""
    for key in keys:
        character = {"enter": "\r", "escape": "\x1b", "space": " "}.get(key, key)
        app._driver.send_message(events.Key(key, character if len(character) == 1 else None))


async def open_palette_on(pilot, text: str) -> None:
    await pilot.press("ctrl+p")
    for ch in text:
        await pilot.press(ch)
    await pilot.pause(0.5)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_two_enters_in_the_palette_open_the_page_once(large, tmp_path):
    app = make_app(large, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await open_palette_on(pilot, "自治办")
        send(app, "enter", "enter")  # the second before the first has closed it
        await pilot.pause(0.5)
        # Not a second pop of the screen stack (ScreenStackError, the reader gone).
        assert isinstance(app.screen, EntityPageScreen)
        assert len(app.screen_stack) == 2


async def test_keys_typed_into_a_closing_palette_are_not_reader_keys(large, tmp_path):
    app = make_app(large, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await open_palette_on(pilot, "2019年第3期第2篇")
        send(app, "enter")
        while app.screen is not app.screen_stack[0]:  # the palette closes …
            await asyncio.sleep(0)
        # … and keys typed before the reader's screen is drawn again were meant for it.
        send(app, "r", "s")
        await pilot.pause(0.5)
        assert app.article_id == "2019_03/3"
        assert not app.reading.read, "a key typed into the palette marked an article read"
        assert app.sidebar_shown
        # Typed once the screen is drawn, a key is the reader's.
        await pilot.press("r")
        assert app.reading.read


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_the_palette_survives_a_burst_of_keys_and_enters(large, tmp_path, seed):
    chance = random.Random(seed)
    keys = list("自治办统战乐跃明配色第期篇报道abcdlyz") + ["enter"] * 8 + ["backspace"] * 3
    app = make_app(large, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("ctrl+p")
        for _ in range(5):
            send(app, *(chance.choice(keys) for _ in range(10)))
            await asyncio.sleep(chance.choice([0, 0.005, 0.03, 0.05]))
        await pilot.pause(1)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen_stack and app.is_running
    # run_test raises here whatever the burst raised in the reader.


async def test_a_failing_reader_writes_its_traceback_to_a_log(seeds, tmp_path):
    app = make_app(seeds, tmp_path)

    def fail() -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        async with app.run_test(size=WIDE) as pilot:
            app.call_later(fail)
            await pilot.pause()
    assert app.return_code == EXIT_CRASH
    log = tmp_path / "data" / CRASH_LOG
    assert app.crash_log == log
    assert "RuntimeError: boom" in log.read_text(encoding="utf-8")


def test_run_reader_says_so_in_one_line_and_exits_3(seeds, tmp_path, monkeypatch, capsys):
    from lcreader.search import SearchIndex
    from lcreader.tui import app as app_module

    def run(self, *args, **kwargs):  # as Textual's run ends once the app has failed
        async def go():
            async with self.run_test(size=WIDE) as pilot:
                self.call_later(lambda: 1 / 0)
                await pilot.pause()

        with contextlib.suppress(ZeroDivisionError):
            asyncio.run(go())

    monkeypatch.setattr(app_module.ReaderApp, "run", run)
    code = run_reader(seeds, SearchIndex(seeds), tmp_path / "state")
    assert code == EXIT_CRASH
    out, err = capsys.readouterr()
    log = tmp_path / "state" / CRASH_LOG
    assert err == message("reader.crashed", log=log) + "\n"
    assert "Traceback" not in out + err
    assert "ZeroDivisionError" in log.read_text(encoding="utf-8")
