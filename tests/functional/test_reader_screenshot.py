"""The palette's screenshot: saved where the user finds it and said in the user's
words, a failure too (Textual's own said "Failed to save screenshot" in English)."""

from __future__ import annotations

from lcreader.messages import message
from tests.functional.reader_helpers import WIDE, make_app


async def test_a_screenshot_is_saved_and_said_in_the_users_language(seeds, tmp_path, lang):
    app = make_app(seeds, tmp_path)
    folder = tmp_path / "shots"
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        app.action_screenshot(path=str(folder))
        await pilot.pause()
        [saved] = list(folder.glob("*.svg"))
        said = [n.message for n in app._notifications]
        assert said == [message("notify.screenshot_saved", path=str(saved))]


async def test_a_screenshot_that_cannot_be_saved_is_said_in_the_users_language(
    seeds, tmp_path, lang
):
    app = make_app(seeds, tmp_path)
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")  # (a file where the folder would be)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        app.action_screenshot(path=str(blocked / "shots"))
        await pilot.pause()
        [said] = [n.message for n in app._notifications]
        prefix = message("notify.screenshot_failed", folder="@", error="@").split("@")[0]
        assert said.startswith(prefix)
        assert "Failed to save screenshot" not in said
