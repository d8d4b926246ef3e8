"""Peak memory of a build and a search on a library holding one file just under the size limit.

    python benchmarks/size_limit.py             # one issue of 49.9 MB (the limit is 50)
    python benchmarks/size_limit.py --mb 10

Each command runs as a user runs it, in its own process; peak memory is its max RSS.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    from generate import Generator
    from run import child_env, lcreader_command, measure

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=49.9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "lib"
        folder.mkdir()
        generator, chunks, size = Generator(7), [], 0
        while size < args.mb * 1e6 - 20_000:
            chunk = generator.issue(2020)
            chunks.append(chunk)
            size += len(chunk.encode("utf-8")) + 2
        (folder / "big.txt").write_text("\n\n".join(chunks), encoding="utf-8")
        env = child_env(Path(scratch) / "cache", Path(scratch) / "data")
        base = [*lcreader_command(), "--library", str(folder)]
        print(f"one issue of {size / 1e6:.1f} MB")
        for label, command in (("build", ["build"]), ("search 统战", ["search", "统战"])):
            seconds, peak = measure([*base, *command], env)
            print(f"{label:<12}{seconds:>8.1f} s{peak:>8.0f} MB peak")


if __name__ == "__main__":
    main()
