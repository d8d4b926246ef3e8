"""Reader timings: time to first screen, and search-as-you-type per keystroke.

    python benchmarks/reader_bench.py                 # seeds, ×100 and ×1000
    python benchmarks/reader_bench.py --scales 1 100  # fewer

For each library: the whole `lcreader` start-up to its first screen (a headless
process that exits on its first refresh; cache warm), and, with Pilot, for each
keystroke of a query typed into the search bar, the time from the key to its
results on screen (this includes the 150 ms debounce) and the longest stall of the
event loop meanwhile (a 10 ms ticker: a stall near 10 ms means the UI never froze).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import generate  # noqa: E402

FIRST_SCREEN = """
import sys
from pathlib import Path
from lcreader.library import open_library
from lcreader.tui.app import ReaderApp

class FirstScreen(ReaderApp):
    def on_mount(self) -> None:
        self.call_after_refresh(self.exit)

library = open_library(Path(sys.argv[1]), Path(sys.argv[2]))
FirstScreen(library, Path(sys.argv[3])).run(headless=True)
"""
QUERY = "统战工作"


def first_screen(library: Path, cache: Path, data: Path, runs: int) -> list[float]:
    command = [sys.executable, "-c", FIRST_SCREEN, str(library), str(cache), str(data)]
    subprocess.run(command, check=True, capture_output=True)  # warm the cache
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        samples.append(time.perf_counter() - start)
    return samples


async def keystrokes(library_dir: Path, cache: Path, data: Path) -> tuple[list[float], float]:
    from lcreader.library import open_library
    from lcreader.tui.app import ReaderApp
    from lcreader.tui.widgets.search_panel import SearchPanel

    app = ReaderApp(open_library(library_dir, cache), data)
    latencies: list[float] = []
    stall = 0.0
    async with app.run_test(size=(120, 36)) as pilot:
        last = time.perf_counter()

        def tick() -> None:
            nonlocal last, stall
            now = time.perf_counter()
            stall = max(stall, now - last)
            last = now

        await pilot.press("slash")
        await pilot.pause()
        panel = app.query_one(SearchPanel)
        ticker = app.set_interval(0.01, tick)
        for ch in QUERY:
            start = time.perf_counter()
            await pilot.press(ch)
            while panel.result is None or panel.result.query.text != panel.input.value:
                await asyncio.sleep(0.002)
            latencies.append(time.perf_counter() - start)
        ticker.stop()
    return latencies, stall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", type=float, nargs="+", default=[0, 100, 1000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}   runs: {args.runs}   query typed: {QUERY}")
    print(
        f"{'library':<10}{'articles':>9}{'first screen ms':>17}{'key→results ms':>16}{'max stall ms':>14}"
    )
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        for scale in args.scales:
            if scale == 0:
                library, label = ROOT / "seeds", "seeds"
            else:
                library, label = scratch / f"x{scale:g}", f"×{scale:g}"
                generate(scale, library)
            cache, data = scratch / f"cache-{label}.json", scratch / f"data-{label}"
            screen = first_screen(library, cache, data, args.runs)
            keys, stall = asyncio.run(keystrokes(library, cache, data))
            from lcreader.library import open_library

            articles = sum(len(i.articles) for i in open_library(library, cache).issues)
            print(
                f"{label:<10}{articles:>9}{statistics.median(screen) * 1000:>17.0f}"
                f"{statistics.median(keys) * 1000:>16.0f}{stall * 1000:>14.0f}"
            )


if __name__ == "__main__":
    main()
