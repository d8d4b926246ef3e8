"""Smoke test of the benchmarks: the generator, and one tiny run of the whole benchmark."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import generate  # noqa: E402


def test_the_generator_is_deterministic_and_writes_bulletins(tmp_path):
    first = generate(3, tmp_path / "a")
    second = generate(3, tmp_path / "b")
    assert len(first) == 6
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    text = first[0].read_text("utf-8")
    assert re.search(r"[（(][^()（）]+[)）]\s*$", text, re.M)  # a closing byline


def test_one_tiny_benchmark_run_prints_the_table(tmp_path):
    out = tmp_path / "table.md"
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--scales", "2",
         "--runs", "1", "--build-runs", "1", "--quick-runs", "1", "--no-install", "--out", str(out)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    table = out.read_text("utf-8")
    assert table == result.stdout
    assert re.search(r"^\d+ cores · Python", table)
    for row in (
        "cold build",
        "rebuild after one changed file",
        "search 2-char word",
        "`grep -rc 统战 DIR`",
        "reader first screen",
        "reader keystroke → results",
        "peak memory, reader",
    ):
        line = next(line for line in table.splitlines() if line.startswith(f"| {row}"))
        assert re.search(r"\| [\d,.]+ (ms|MB)", line), line
