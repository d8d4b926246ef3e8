"""What the reader tests share: the app on a library, what it shows, typing a query."""

from __future__ import annotations

from textual.widgets import Static

from lcreader.tui.app import ReaderApp

WIDE = (140, 40)

TWO_ISSUES = {
    "2019.txt": "# 2019年社区运动会举行\n\n2019年，社区举办运动会，统战人士参加。2019年运动会圆满结束。\n\n(自治办 张琳璘)\n\n"
    "# 老年大学开学\n\n2019年，老年大学开学，学员踊跃报名。\n\n(文化中心)\n",
    "2020.txt": "# 社区统战工作座谈会召开\n\n2020年，街道召开统战工作座谈会，街道党工委书记王建国出席。统战工作成效显著。\n\n"
    "2020年统战工作再上台阶。\n\n(党建办 杜嵩)\n",
}


def make_app(library, tmp_path, query=None):
    return ReaderApp(library, tmp_path / "data", query)


def body_lines(app) -> list[str]:
    return app.query_one("#article-body", Static).render().plain.split("\n")


def status(app) -> str:
    return app.query_one("#status", Static).render().plain


async def type_query(pilot, text: str) -> None:
    """Type a query and wait until the reader has settled on it: results listed, the
    first hit shown once typing paused (when the open article is no hit)."""
    await pilot.press("slash")
    for ch in text:
        await pilot.press(ch)
    await pilot.pause(0.4)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    panel = pilot.app.screen_stack[0].query_one("SearchPanel")
    for _ in range(100):  # the pause's timer, however slow the machine
        if panel._preview_timer is None:
            break
        await pilot.pause(0.05)
    await pilot.pause()


async def choose_in_palette(pilot, text: str) -> None:
    """Type `text` into the command palette and take its first entry."""
    await pilot.press("ctrl+p")
    for ch in text:
        await pilot.press("space" if ch == " " else ch)
    await pilot.pause(0.5)
    await pilot.press("enter")
    await pilot.pause(0.3)
