"""Every benchmark in one run: a table of medians per library size, beside grep and ripgrep.

    python benchmarks/run.py                     # seeds, ×100 and ×1000: about ten minutes
    python benchmarks/run.py --x10000            # and ×10000 (20,000 files): half an hour more
    python benchmarks/run.py --scales 0 100      # fewer sizes (0 is the bundled seeds)
    python benchmarks/run.py --runs 3 --out table.md

For each library (the seeds, and generated ones from generate.py): cold build and
rebuild after one changed file (whole processes), cache and snapshot load and six
searches (in process), `lcreader search 统战` as a whole process beside `rg -c` and
`grep -rc` on the same files, the reader's first screen (a whole process) and its
search-as-you-type latency (key to the frame showing its results), and the peak memory
of build, search and reader.
Times are medians of --runs runs; memory is the largest resident size seen.

Processes run as a user's would: bytecode compiled, PYTHONDONTWRITEBYTECODE unset.
ripgrep is installed from Debian's packages when missing (unless --no-install).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from generate import generate  # noqa: E402

WORD = "统战"
TYPED = "统战工作"
TARGETS = {  # at ×1000, then ×10000, on a 2-core machine (issue #19)
    "cold build": "≤ 8 s; ≤ 2 min",
    "rebuild after one changed file": "≤ 0.5 s; ≤ 1 s",
    "search, in process": "≤ 10 ms",
    "lcreader search 统战 (whole process)": "≤ 3× rg; ≤ 300 ms",
    "reader first screen": "≤ 1.0 s; ≤ 1.5 s",
    "reader keystroke → results": "≤ 100 ms; ≤ 150 ms",
    "peak memory": "≤ 500 MB at ×10000",
}

IN_PROCESS = """
import json, statistics, sys, time
from pathlib import Path
from lcreader.library import open_index, open_library
from lcreader.search import parse_query

folder, cache_path, runs = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])

def median_ms(samples):
    return statistics.median(samples) * 1000

row = {}
loads = []
for _ in range(runs):
    start = time.perf_counter()
    library = open_library(folder, cache_path)
    loads.append(time.perf_counter() - start)
row["library open (lazy model)"] = median_ms(loads)
loads = []
for _ in range(runs):
    start = time.perf_counter()
    index, _ = open_index(folder, cache_path)
    loads.append(time.perf_counter() - start)
row["index open (catalog and segments)"] = median_ms(loads)
row["articles"] = len(index)
# The most-mentioned three-character name.
name = next((p.name for p in library.people if len(p.name) == 3), "乐跃明")
queries = {
    "2-char word: 统战": "统战",
    f"3-char name: {name}": name,
    "two words: 统战 社区": "统战 社区",
    'phrase: "统战工作"': '"统战工作"',
    f"filter: person:{name}": f"person:{name}",
    "no hit: 量子计算": "量子计算",
}
from lcreader.expansions.searching import index_expander

# As `lcreader search` runs it: the synonyms added (统战 → 统一战线 at 0.85).
expand = index_expander(index, folder)
queries["with synonyms: 统战 (统一战线)"] = "统战"
row["queries"] = {}
for what, text in queries.items():
    query = expand(parse_query(text)) if what.startswith("with synonyms") else parse_query(text)
    samples, total = [], 0
    for _ in range(max(runs, 7)):
        start = time.perf_counter()
        total = index.search(query, limit=10).total  # the CLI shows 10 hits by default
        samples.append(time.perf_counter() - start)
    row["queries"][what] = (median_ms(samples), total)
print(json.dumps(row, ensure_ascii=False))
"""

FIRST_SCREEN = """
import sys
from pathlib import Path
from lcreader.library import open_library_and_index
from lcreader.tui.app import ReaderApp

class FirstScreen(ReaderApp):
    def on_ready(self) -> None:
        self.call_after_refresh(self.exit)

library, index = open_library_and_index(Path(sys.argv[1]), Path(sys.argv[2]))
FirstScreen(library, Path(sys.argv[3]), None, index, settles_heap=True).run(headless=True)
"""

KEYSTROKES = """
import asyncio, json, sys, time
from pathlib import Path
from textual import events
from lcreader.library import open_library_and_index
from lcreader.tui.app import ReaderApp
from lcreader.tui.widgets.search_panel import SearchPanel

async def main():
    library, index = open_library_and_index(Path(sys.argv[1]), Path(sys.argv[2]))
    app = ReaderApp(library, Path(sys.argv[3]), None, index, settles_heap=True)
    frames = []  # when each frame was written, as a terminal would be sent it
    display = app._display

    def display_and_encode(screen, update):
        display(screen, update)  # headless: Textual skips encoding the frame
        if update is not None:
            update.render_segments(app.console)
            frames.append(time.perf_counter())

    app._display = display_and_encode
    to_frame, through_pilot, stall = [], [], 0.0
    async with app.run_test(size=(120, 36)) as pilot:
        last = time.perf_counter()

        def tick():
            nonlocal last, stall
            now = time.perf_counter()
            stall = max(stall, now - last)
            last = now

        panel = app.query_one(SearchPanel)

        def answered():
            return panel.result is not None and panel.result.query.text == panel.input.value

        for _ in range(int(sys.argv[5])):
            await pilot.press("slash")
            await pilot.pause(0.3)  # the bar's warm-up
            ticker = app.set_interval(0.02, tick)
            last = time.perf_counter()
            # As a terminal delivers a key, at a typist's pace: from the key to the
            # first frame written after the results are in.
            for ch in sys.argv[4]:
                start = time.perf_counter()
                app._driver.send_message(events.Key(ch, ch))
                while not (answered() and panel.input.value.endswith(ch)):
                    await asyncio.sleep(0.0005)
                answered_at = time.perf_counter()
                while not frames or frames[-1] < answered_at:
                    await asyncio.sleep(0.0005)
                to_frame.append(frames[-1] - start)
                await asyncio.sleep(0.25)
            ticker.stop()
            panel.input.value = ""
            await pilot.pause(0.3)
            # The same keys through Pilot, which waits for the app to idle after each.
            for ch in sys.argv[4]:
                start = time.perf_counter()
                await pilot.press(ch)
                while not answered():
                    await asyncio.sleep(0.001)
                through_pilot.append(time.perf_counter() - start)
            panel.input.value = ""
            await pilot.press("escape")
            await pilot.pause()
    print(json.dumps({"to_frame": to_frame, "pilot": through_pilot, "stall": stall}))

asyncio.run(main())
"""


def child_env(cache: Path, data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(LCREADER_CACHE_DIR=str(cache), LCREADER_DATA_DIR=str(data), NO_COLOR="1")
    return env


def measure(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one process (which must succeed)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode not in (0, 1):  # 1: grep and rg found nothing
        raise RuntimeError(f"{command[:4]} failed ({process.returncode}): {errors[-500:]}")
    return elapsed, usage.ru_maxrss / 1024


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def lcreader_command() -> list[str]:
    script = Path(sys.executable).parent / "lcreader"
    return [str(script)] if script.exists() else [sys.executable, "-m", "lcreader"]


def ensure_ripgrep(install: bool) -> str | None:
    if shutil.which("rg") or not install:
        return shutil.which("rg")
    apt = shutil.which("apt-get")
    if apt and os.geteuid() == 0:
        print("installing ripgrep from Debian's packages…", file=sys.stderr)
        subprocess.run([apt, "install", "-y", "-q", "ripgrep"], check=False, capture_output=True)
    return shutil.which("rg")


def bench_library(label: str, folder: Path, scratch: Path, args) -> dict:
    runs = args.runs
    cache, data = scratch / f"cache-{label}", scratch / f"data-{label}"
    env = child_env(cache, data)
    lc = [*lcreader_command(), "--library", str(folder)]
    files = sorted(folder.glob("*.txt"))
    row: dict = {"files": len(files), "MB": sum(p.stat().st_size for p in files) / 1e6}

    # Cold build: an empty cache each time.
    cold, cold_mem = [], []
    for _ in range(args.build_runs):
        shutil.rmtree(cache, ignore_errors=True)
        seconds, mb = measure([*lc, "build"], env)
        cold.append(seconds)
        cold_mem.append(mb)
    row["cold build"] = median_ms(cold)
    row["peak memory, cold build"] = max(cold_mem)

    # Rebuild after one changed file: a different file each run, a sentence added.
    # `build` checks every file of the store before it adds the change (its checksums:
    # 720 MB at ×10000); the next search after a change rebuilds without that check.
    rebuild, searched, rebuild_mem = [], [], []
    originals: dict[Path, bytes] = {}
    for k in range(2 * runs):
        path = files[(k * 7919) % len(files)]
        originals.setdefault(path, path.read_bytes())
        path.write_text(path.read_text("utf-8") + f"\n补记第{k}条：统战工作持续推进。\n", "utf-8")
        seconds, mb = measure([*lc, "build"] if k < runs else [*lc, "search", WORD], env)
        (rebuild if k < runs else searched).append(seconds)
        rebuild_mem.append(mb)
    row["rebuild after one changed file"] = median_ms(rebuild)
    row["rebuild after one changed file, by the next search"] = median_ms(searched)
    row["peak memory, rebuild"] = max(rebuild_mem)
    # The library as it was (the added lines are articles of their own), built again:
    # what follows measures, and counts, the library generated.
    for path, raw in originals.items():
        path.write_bytes(raw)
    measure([*lc, "build"], env)
    # The catalog lost (or written by another version of the index): the store built
    # again from the cache's entries, nothing parsed.
    catalogs = list(cache.glob("*.json"))
    for catalog in catalogs:
        catalog.unlink()
    seconds, mb = measure([*lc, "build"], env)
    row["build again from the cache (catalog lost)"] = seconds * 1000
    row["peak memory, build again from the cache"] = mb

    # In process, in a child: this process stays small, so the peak resident size of
    # each child it starts is that child's own (a fork counts its parent's pages).
    from lcreader.paths import cache_file

    cache_path = cache_file(cache, folder)
    in_process = subprocess.run(
        [sys.executable, "-c", IN_PROCESS, str(folder), str(cache_path), str(runs)],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    row.update(json.loads(in_process.stdout.strip().splitlines()[-1]))

    # Whole processes, same files: lcreader search (warm) beside rg, grep and a bare
    # Python. Quick, so many runs, taken in turn: a slow spell of the machine then
    # hits every command alike instead of one.
    measure([*lc, "search", WORD], env)  # warm: the snapshot is current
    commands = {
        "lcreader search 统战 (whole process)": ([*lc, "search", WORD], env),
        "python -c pass": ([sys.executable, "-c", "pass"], env),
        "grep -rc 统战 DIR": (["grep", "-rc", WORD, str(folder)], None),
    }
    if args.rg:
        commands["rg -c 统战 DIR"] = ([args.rg, "-c", WORD, str(folder)], None)
    seconds: dict[str, list[float]] = {key: [] for key in commands}
    mem = []
    for _ in range(max(runs, args.quick_runs)):
        for key, (command, command_env) in commands.items():
            elapsed, mb = measure(command, command_env)
            seconds[key].append(elapsed)
            if key.startswith("lcreader"):
                mem.append(mb)
    row.update({key: median_ms(samples) for key, samples in seconds.items()})
    row["peak memory, search"] = max(mem)

    # The reader: first screen as a whole process, then typing into its search bar.
    screen = [sys.executable, "-c", FIRST_SCREEN, str(folder), str(cache_path), str(data)]
    measure(screen, env)
    samples, mem = [], []
    for _ in range(runs):
        seconds, mb = measure(screen, env)
        samples.append(seconds)
        mem.append(mb)
    row["reader first screen"] = median_ms(samples)
    row["peak memory, reader"] = max(mem)
    typing = subprocess.run(
        [sys.executable, "-c", KEYSTROKES, str(folder), str(cache_path), str(data), TYPED,
         str(max(2, runs))],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    keys = json.loads(typing.stdout.strip().splitlines()[-1])
    row["reader keystroke → results"] = median_ms(keys["to_frame"])
    row["reader keystroke → results, slowest"] = max(keys["to_frame"]) * 1000
    row["reader keystroke → results, through Pilot"] = median_ms(keys["pilot"])
    row["reader longest event-loop stall while typing"] = keys["stall"] * 1000
    return row


def table(rows: dict[str, dict], args) -> str:
    labels = list(rows)
    lines = [
        f"{os.cpu_count()} cores · Python {platform.python_version()} · {date.today()} · "
        f"medians of {args.runs} runs (cold build: {args.build_runs}; search, rg, grep and "
        f"python: {max(args.runs, args.quick_runs)}, in turn) · "
        f"`python benchmarks/run.py --runs {args.runs}`",
        "",
        "| | " + " | ".join(labels) + " | target at ×1000; ×10000 |",
        "|---|" + "---:|" * len(labels) + "---|",
    ]

    def line(what: str, cell, target: str = "") -> None:
        lines.append(f"| {what} | " + " | ".join(cell(rows[k]) for k in labels) + f" | {target} |")

    def ms(key: str):
        return lambda r: f"{r[key]:,.0f} ms" if key in r else "—"

    def mb(key: str):
        return lambda r: f"{r[key]:,.0f} MB"

    line("files · articles · MB", lambda r: f"{r['files']:,} · {r['articles']:,} · {r['MB']:.1f}")
    line("cold build", ms("cold build"), TARGETS["cold build"])
    line(
        "rebuild after one changed file (`lcreader build`, every file checked)",
        ms("rebuild after one changed file"),
        TARGETS["rebuild after one changed file"],
    )
    line(
        "rebuild after one changed file, by the next `lcreader search 统战`",
        ms("rebuild after one changed file, by the next search"),
        TARGETS["rebuild after one changed file"],
    )
    line(
        "build again from the cache (catalog lost)", ms("build again from the cache (catalog lost)")
    )
    line("library open, lazy model (in process)", ms("library open (lazy model)"))
    line("index open, catalog and segments (in process)", ms("index open (catalog and segments)"))
    for what in rows[labels[0]]["queries"]:
        line(
            f"search {what} (in process; hits)",
            lambda r, w=what: f"{r['queries'][w][0]:.1f} ms; {r['queries'][w][1]:,}",
            TARGETS["search, in process"],
        )
    key = "lcreader search 统战 (whole process)"
    line("`lcreader search 统战` (whole process)", ms(key), TARGETS[key])
    line("`rg -c 统战 DIR`", ms("rg -c 统战 DIR"))
    line("`grep -rc 统战 DIR`", ms("grep -rc 统战 DIR"))
    if args.rg:
        line("lcreader ÷ rg", lambda r: f"{r[key] / r['rg -c 统战 DIR']:.1f}×")
    line("lcreader ÷ grep", lambda r: f"{r[key] / r['grep -rc 统战 DIR']:.1f}×")
    line(
        "`python -c pass`; lcreader ÷ it",
        lambda r: f"{r['python -c pass']:.0f} ms; {r[key] / r['python -c pass']:.1f}×",
        "≤ 3× on the seeds",
    )
    line(
        "reader first screen (whole process)",
        ms("reader first screen"),
        TARGETS["reader first screen"],
    )
    line(
        f"reader keystroke → results on screen, typing {TYPED}",
        ms("reader keystroke → results"),
        TARGETS["reader keystroke → results"],
    )
    line("  slowest keystroke", ms("reader keystroke → results, slowest"))
    line("  the same keys through Pilot's press", ms("reader keystroke → results, through Pilot"))
    line(
        "  longest event-loop stall while typing",
        ms("reader longest event-loop stall while typing"),
        "never blocks",
    )
    for what in ("cold build", "rebuild", "build again from the cache", "search", "reader"):
        line(f"peak memory, {what}", mb(f"peak memory, {what}"), TARGETS["peak memory"])
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", type=float, nargs="+", default=[0, 100, 1000])
    parser.add_argument(
        "--x10000", action="store_true", help="also ×10000 (20,000 files, 90k articles)"
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--build-runs", type=int, default=3, help="cold builds per size")
    parser.add_argument(
        "--quick-runs", type=int, default=21, help="runs of the quick whole-process commands"
    )
    parser.add_argument("--no-install", action="store_true", help="never install ripgrep")
    parser.add_argument("--out", type=Path, help="also write the table to this file")
    args = parser.parse_args()
    args.rg = ensure_ripgrep(not args.no_install)
    if args.x10000 and 10000 not in args.scales:
        args.scales.append(10000)
    import lcreader

    # Bytecode as an installed package has it: the whole-process times include imports.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(Path(lcreader.__file__).parent)],
        check=False, capture_output=True,
    )  # fmt: skip
    rows: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="lcreader-bench-") as scratch:
        scratch = Path(scratch)
        for scale in args.scales:
            label = "seeds" if scale == 0 else f"×{scale:g}"
            folder = scratch / f"library-{label}"
            if scale == 0:
                shutil.copytree(ROOT.parent / "seeds", folder)
            else:
                generate(scale, folder)
            print(f"benchmarking {label}…", file=sys.stderr)
            rows[label] = bench_library(label, folder, scratch, args)
    output = table(rows, args)
    print(output)
    if args.out:
        args.out.write_text(output + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
