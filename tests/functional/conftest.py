from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lcreader.library import open_library
from tests.conftest import SEEDS
from tests.functional.reader_helpers import TWO_ISSUES

ENTRY_POINT = Path(sys.executable).parent / "lcreader"


@pytest.fixture
def run(tmp_path):
    """Run the installed `lcreader` entry point; returns the CompletedProcess."""
    if not ENTRY_POINT.exists():
        pytest.fail(f"lcreader is not installed next to {sys.executable}: pip install -e '.[test]'")

    def _run(*args, env=None, stdin=None):
        full_env = {**os.environ, **(env or {})}
        return subprocess.run(
            [str(ENTRY_POINT), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=full_env,
            input=stdin,
            timeout=120,
        )

    return _run


@pytest.fixture
def small_library(tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "2019_01.txt").write_text(
        "# 2019年社区运动会举行\n\n2019年，社区举办运动会。街道党工委书记王建国出席。2019年运动会圆满结束。\n\n(自治办 张琳璘)\n",
        encoding="utf-8",
    )
    (lib / "2020_01.txt").write_bytes(
        "# 社区统战工作座谈会召开\r\n\r\n2020年，街道召开统战工作座谈会。2020年统战工作成效显著。\r\n\r\n(党建办 杜嵩)\r\n".encode(
            "gb18030"
        )
    )
    return lib


PTY_RUNNER = """
import os, pty, sys
pid, fd = pty.fork()
if pid == 0:
    os.execvpe(sys.argv[1], sys.argv[1:], os.environ)
out = b""
while True:
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
os.waitpid(pid, 0)
sys.stdout.buffer.write(out)
"""


@pytest.fixture
def run_on_terminal():
    """Run the entry point on a pseudo-terminal; returns what it wrote, decoded."""

    def _run(*args, env=None) -> str:
        result = subprocess.run(
            [sys.executable, "-c", PTY_RUNNER, str(ENTRY_POINT), *args],
            capture_output=True,
            timeout=120,
            env={**os.environ, **(env or {})},
        )
        return result.stdout.decode("utf-8", "replace")

    return _run


# Libraries for the reader tests.


@pytest.fixture
def seeds(tmp_path):
    return open_library(SEEDS, tmp_path / "cache.json")


@pytest.fixture
def small(tmp_path):
    folder = tmp_path / "small"
    folder.mkdir()
    for name, text in TWO_ISSUES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return open_library(folder, tmp_path / "small-cache.json")


@pytest.fixture
def large(tmp_path):
    """More issues than EXPAND_ALL_LINES lines: 3 years of 30 issues of 3 articles."""
    folder = tmp_path / "large"
    folder.mkdir()
    for year in (2019, 2020, 2021):
        for number in range(30):
            text = "".join(
                f"# {year}年第{number}期第{k}篇报道\n\n{year}年，社区举办第{number}期活动{k}。\n\n(自治办)\n\n"
                for k in range(3)
            )
            (folder / f"{year}_{number:02d}.txt").write_text(text, encoding="utf-8")
    return open_library(folder, tmp_path / "large-cache.json")
