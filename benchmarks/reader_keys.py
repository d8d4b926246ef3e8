"""Key → visible feedback in the reader, at a generated library (×1000 by default).

    python benchmarks/reader_keys.py --scale 1000 --scratch /tmp/lcreader-keys

For each key, the time from the key reaching the reader (as a terminal delivers it)
to the first frame written after the reader shows its answer: a person's page open
(its head; then its list full), the command palette open, the palette's first typed
character, Escape closing the search bar. Medians of --repeat runs, in milliseconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

PERSON = "乐跃明"  # 4,295 articles at ×1000


async def measure(library, index, data: Path, repeat: int) -> dict[str, list[float]]:
    from textual import events
    from textual.command import CommandPalette
    from textual.widgets import Input, OptionList

    from lcreader.tui.app import ReaderApp
    from lcreader.tui.screens.entity_page import EntityPageScreen

    app = ReaderApp(library, data, None, index)
    frames: list[float] = []
    display = app._display

    def display_and_encode(screen, update):
        display(screen, update)  # headless: Textual skips encoding the frame
        if update is not None:
            update.render_segments(app.console)
            frames.append(time.perf_counter())

    app._display = display_and_encode
    times: dict[str, list[float]] = {}

    async def until(name: str, start: float, shown) -> None:
        while not shown():
            await asyncio.sleep(0.0005)
        at = time.perf_counter()
        while not frames or frames[-1] < at:
            await asyncio.sleep(0.0005)
        times.setdefault(name, []).append((frames[-1] - start) * 1000)

    def key(name: str, character: str | None = None) -> float:
        app._driver.send_message(events.Key(name, character))
        return time.perf_counter()

    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause(0.5)
        for _ in range(repeat):
            start = time.perf_counter()
            app.call_later(app.open_entity_page, "person", PERSON)  # Enter on the name
            await until(
                "person page: head", start, lambda: isinstance(app.screen, EntityPageScreen)
            )
            page = app.screen

            def full(page=page):
                return page.page is not None and page.query_one(
                    "#page-articles", OptionList
                ).option_count == len(page.page.articles)

            await until("person page: list full", start, full)
            await app.workers.wait_for_complete()
            await pilot.press("escape")
            await pilot.pause(0.3)

            start = key("ctrl+p")
            await until("palette open", start, lambda: isinstance(app.screen, CommandPalette))
            await pilot.pause(0.3)
            start = key("乐", "乐")
            typed = app.screen.query_one(Input)
            await until("palette: first character", start, lambda t=typed: "乐" in t.value)
            await pilot.pause(0.5)
            await pilot.press("escape")
            await pilot.pause(0.3)

            await pilot.press("slash", *"统战")
            await pilot.pause(0.6)
            await app.workers.wait_for_complete()
            screen = app.screen_stack[0]
            start = key("escape")
            await until(
                "escape closes the search bar",
                start,
                lambda s=screen: not s.has_class("-searching"),
            )
            await pilot.pause(0.3)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=1000)
    parser.add_argument("--scratch", type=Path, default=Path("/tmp/lcreader-reader-keys"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from generate import generate

    from lcreader.library import open_library_and_index
    from lcreader.paths import cache_file

    folder = args.scratch / f"x{args.scale:g}"
    if not any(folder.glob("*.txt")):
        generate(args.scale, folder)
    library, index = open_library_and_index(folder, cache_file(args.scratch / "cache", folder))
    times = asyncio.run(measure(library, index, args.scratch / "data", args.repeat))
    print(
        json.dumps(
            {name: round(statistics.median(ms), 1) for name, ms in times.items()},
            ensure_ascii=False,
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
