"""Whole-process timings of the command line on a library (default: the bundled seeds).

    python benchmarks/cli_timings.py [--library DIR] [--runs N]

Prints medians of N runs: `python -c pass`, a cold `lcreader build` (empty cache),
a warm `lcreader search 统战`, and the same with `-X importtime` summed per package.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--library", default=str(ROOT / "seeds"))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    lcreader = [sys.executable, "-m", "lcreader", "--library", args.library]
    rows = []
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "LCREADER_CACHE_DIR": cache}
        rows.append(
            (
                "python -c pass",
                [timed([sys.executable, "-c", "pass"], env) for _ in range(args.runs)],
            )
        )
        cold = []
        for _ in range(args.runs):
            for leftover in Path(cache).glob("library-*"):
                leftover.unlink()
            cold.append(timed([*lcreader, "build"], env))
        rows.append(("lcreader build (cold cache)", cold))
        timed([*lcreader, "build"], env)
        rows.append(
            (
                "lcreader search 统战 (warm)",
                [timed([*lcreader, "search", "统战"], env) for _ in range(args.runs)],
            )
        )
    print(f"library: {args.library}   cores: {os.cpu_count()}   runs: {args.runs}")
    print(f"{'what':<32}{'median ms':>12}{'min ms':>10}")
    for name, samples in rows:
        print(f"{name:<32}{statistics.median(samples) * 1000:>12.1f}{min(samples) * 1000:>10.1f}")


if __name__ == "__main__":
    main()
