"""Write the README's screenshots (SVG) of the reader on the bundled seeds.

    python screenshots/make_screenshots.py

The states are the ones the snapshot tests keep (tests/functional/reader_scenarios.py).
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lcreader.library import open_library  # noqa: E402
from lcreader.tui import reading_actions  # noqa: E402
from lcreader.tui.app import ReaderApp  # noqa: E402
from lcreader.tui.reload import LibrarySource  # noqa: E402
from tests.functional.reader_scenarios import SCENARIOS, play, prepare  # noqa: E402

sys.path.insert(0, str(ROOT / "screenshots"))
from svg_widths import true_widths  # noqa: E402

# Nothing turns read while a screenshot is taken.
reading_actions.READ_AFTER_SECONDS = 3600


async def shoot(scenario, library, data_dir: Path, cache: Path) -> Path:
    prepare(scenario, library, data_dir)
    source = LibrarySource(ROOT / "seeds", cache) if scenario.with_source else None
    app = ReaderApp(library, data_dir, source=source)
    async with app.run_test(size=scenario.size) as pilot:
        await play(pilot, scenario)
        target = ROOT / "screenshots" / f"{scenario.name}.svg"
        save(app, target)
    return target


def save(app: ReaderApp, target: Path) -> None:
    """The screen as an SVG whose text runs are as wide as the terminal draws them."""
    target.write_text(true_widths(app.export_screenshot()), encoding="utf-8")


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        cache = Path(scratch) / "cache.json"
        library = open_library(ROOT / "seeds", cache)
        for number, scenario in enumerate(SCENARIOS):
            path = asyncio.run(shoot(scenario, library, Path(scratch) / f"data{number}", cache))
            print(path.relative_to(ROOT))
        print(asyncio.run(shoot_hits_chart(Path(scratch))).relative_to(ROOT))


async def shoot_hits_chart(scratch: Path) -> Path:
    """The hits-by-year chart over twenty years: on a generated library (the seeds
    span two), as benchmarks/generate.py makes it."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generate

    generate(20, scratch / "generated")
    library = open_library(scratch / "generated", scratch / "generated-cache.json")
    app = ReaderApp(library, scratch / "generated-data")
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("slash", *"统战")
        await pilot.pause(0.6)  # the chart is counted once results stand 0.4 s
        await app.workers.wait_for_complete()
        await pilot.pause()
        target = ROOT / "screenshots" / "hits-chart.svg"
        save(app, target)
    return target


if __name__ == "__main__":
    main()
