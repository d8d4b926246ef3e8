"""Parser time and memory on very large and pathological issue files.

    python benchmarks/parse_scaling.py            # includes the 50 MB issue
    python benchmarks/parse_scaling.py --mb 10    # a smaller big file

Each case runs in a fresh process (peak memory is that process's max RSS). The
doubling rows show the parser stays linear: time at 2n is about twice time at n (the
last column: this row's time over the same input's at half the size). Parsing
here bypasses the line limit (sources.MAX_LINES), to see what it would cost.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

MEASURE = """
import json, resource, sys, time
from pathlib import Path
from lcreader.library import build_issue
from lcreader.sources import decode
raw = Path(sys.argv[1]).read_bytes()
start = time.perf_counter()
issue = build_issue("big", "big.txt", decode(raw))
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "articles": len(issue.articles),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(path: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, str(path)], check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout)


def cases(scratch: Path, megabytes: float) -> list[tuple[str, Path]]:
    from generate import Generator

    made = []
    generator = Generator(7)
    chunks, size = [], 0
    while size < megabytes * 1e6:
        chunk = generator.issue(2020)
        chunks.append(chunk)
        size += len(chunk.encode("utf-8"))
    big = scratch / "big.txt"
    big.write_text("\n\n".join(chunks), encoding="utf-8")
    made.append((f"one issue of {size / 1e6:.0f} MB", big))
    from build_memory import tiny_articles

    for n in (10_000, 20_000, 40_000):  # issue #20: 25,000 took 7.1 s, 50,000 27.2 s
        path = scratch / f"tiny{n}.txt"
        path.write_text(tiny_articles(n), encoding="utf-8")
        made.append((f"{n:,} tiny articles", path))
    for n in (100_000, 200_000, 400_000):
        path = scratch / f"line{n}.txt"
        path.write_text("统战工作，" * (n // 5), encoding="utf-8")
        made.append((f"one line of {n:,} chars", path))
    for n in (10_000, 20_000, 40_000):
        path = scratch / f"short{n}.txt"
        path.write_text("\n".join("字" for _ in range(n)), encoding="utf-8")
        made.append((f"{n:,} one-char lines", path))
        path = scratch / f"pieces{n}.txt"
        path.write_text("\n\n".join("一句话，没有结尾" for _ in range(n)), encoding="utf-8")
        made.append((f"{n:,} unpunctuated pieces", path))
    for n in (60_000, 120_000, 240_000):  # the second attack pass: 60,000 took 13.5 s
        path = scratch / f"blank{n}.txt"
        path.write_text("# 标题\n正文。\n" + "\n" * n, encoding="utf-8")
        made.append((f"{n:,} blank lines", path))
    for n in (10_000, 20_000, 40_000):  # the same: lines of 200 spaces, 10,000 took 76 s
        path = scratch / f"spaces{n}.txt"
        path.write_text("# 标题\n正文。\n" + (" " * 200 + "\n") * n, encoding="utf-8")
        made.append((f"{n:,} lines of spaces", path))
    for n in (80_000, 160_000, 320_000):  # the same: 80,000 U+200B in a line took 54 s
        path = scratch / f"zw{n}.txt"
        path.write_text("# 标题\n正文" + "\u200b" * n + "x。\n", encoding="utf-8")
        made.append((f"{n:,} zero-width spaces", path))
    for n in (15_000, 30_000, 60_000):  # issue #20's attack: 60,000 took 19 s, ×4.1
        path = scratch / f"apart{n}.txt"
        path.write_text("".join(f"社区活动{k}\n\n" for k in range(n)), encoding="utf-8")
        made.append((f"{n:,} short lines set apart", path))
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        print(f"{'input':<32}{'seconds':>9}{'articles':>10}{'peak MB':>9}{'×2 →':>7}")
        before: dict[str, tuple[int, float]] = {}  # kind of input -> its last size, time
        for label, path in cases(Path(scratch), args.mb):
            result = measure(path)
            kind, size = re.sub(r"[\d,]+", "N", label), path.stat().st_size
            last_size, last_time = before.get(kind, (0, 0.0))
            doubled = last_size and 1.9 < size / last_size < 2.1
            ratio = f"{result['seconds'] / last_time:.2f}" if doubled else ""
            before[kind] = (size, result["seconds"])
            print(
                f"{label:<32}{result['seconds']:>9.2f}{result['articles']:>10}"
                f"{result['rss_mb']:>9.0f}{ratio:>7}"
            )


if __name__ == "__main__":
    main()
