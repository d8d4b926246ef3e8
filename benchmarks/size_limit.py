"""Peak memory of a build and a search on a library holding one file just under the size limit.

    python benchmarks/size_limit.py             # one issue of 49.9 MB (the limit is 50)
    python benchmarks/size_limit.py --mb 10

Each command runs as a user runs it, in its own process; peak memory is its max RSS.
The issue is of long paragraphs (3,000 characters a line), so that it stays under the
limit on lines too (sources.MAX_LINES; benchmarks/build_memory.py measures lines).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    from build_memory import long_paragraphs
    from run import child_env, lcreader_command, measure

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=49.9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "lib"
        folder.mkdir()
        text = long_paragraphs(args.mb)
        size = len(text.encode("utf-8"))
        (folder / "big.txt").write_text(text, encoding="utf-8")
        env = child_env(Path(scratch) / "cache", Path(scratch) / "data")
        base = [*lcreader_command(), "--library", str(folder)]
        print(f"one issue of {size / 1e6:.1f} MB")
        for label, command in (("build", ["build"]), ("search 统战", ["search", "统战"])):
            seconds, peak = measure([*base, *command], env)
            print(f"{label:<12}{seconds:>8.1f} s{peak:>8.0f} MB peak")


if __name__ == "__main__":
    main()
