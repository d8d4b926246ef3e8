"""What one structure correction costs: the library brought up to date after it.

    python benchmarks/corrections.py                  # ×1000 (2,000 files), 5 runs
    python benchmarks/corrections.py --scale 100 --runs 3

A library from generate.py is built once (cold). Then, run after run, one correction
is added to (or taken out of) one file's corrections, `NAME.txt.corrections`, as `lcreader
fix` or the structure view does, and the library is opened again: in process, as the
reader's rebuild after a correction does (`open_library_and_index`), and as a whole
`lcreader build` process. Only that file is parsed again (the report says so). Times
are medians; the goal is under a second at ×1000.
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

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from generate import generate  # noqa: E402

from lcreader import corrections_file  # noqa: E402
from lcreader.cache_entries import BuildReport  # noqa: E402
from lcreader.library import open_library_and_index  # noqa: E402
from lcreader.parse.corrections import Correction, normalise  # noqa: E402
from lcreader.paths import cache_file  # noqa: E402


def a_correction(path: Path, run: int) -> Correction:
    """A split at some line of the file, a different one each run."""
    lines = path.read_text(encoding="utf-8").split("\n")
    filled = [k for k, line in enumerate(lines) if line.strip()]
    k = filled[(run * 7 + 3) % len(filled)]
    return Correction(k + 1, normalise(lines[k]), "split")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder, caches = Path(scratch) / "lib", Path(scratch) / "cache"
        paths = generate(args.scale, folder)
        cache = cache_file(caches, folder)
        start = time.perf_counter()
        open_library_and_index(folder, cache)
        cold = time.perf_counter() - start
        target = paths[len(paths) // 2]
        in_process, whole, parsed = [], [], []
        env = {**os.environ, "LCREADER_CACHE_DIR": str(caches)}
        for run in range(args.runs):
            correction = a_correction(target, run)
            corrections_file.add(target, correction)
            report = BuildReport()
            start = time.perf_counter()
            open_library_and_index(folder, cache, report=report)
            in_process.append(time.perf_counter() - start)
            parsed.append(report.parsed)
            corrections_file.remove(target, correction)
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "lcreader", "--library", str(folder), "build"],
                env=env,
                check=True,
                capture_output=True,
            )
            whole.append(time.perf_counter() - start)
        print(f"×{args.scale:g}: {len(paths)} files; cold build {cold:.1f} s")
        print(
            f"after one correction, in process (the reader's rebuild): "
            f"median {statistics.median(in_process) * 1000:.0f} ms "
            f"(files parsed again: {sorted(set(parsed))})"
        )
        print(f"after one correction, `lcreader build`: median {statistics.median(whole):.2f} s")


if __name__ == "__main__":
    main()
