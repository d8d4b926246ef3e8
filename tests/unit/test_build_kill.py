"""A parallel build killed (kill -9, SIGTERM, SIGHUP, Ctrl-C) leaves no worker and no resource
tracker, and says nothing in English: SIGTERM and SIGHUP end it as Ctrl-C does, and
after kill -9 Python's resource tracker no longer warns of leaked semaphores."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import generate  # noqa: E402

from lcreader.messages import message  # noqa: E402


def children(pid: int) -> set[int]:
    """The live processes whose parent is `pid`."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _parent_and_state(int(entry.name))[0] == pid:
            found.add(int(entry.name))
    return found


def _parent_and_state(pid: int) -> tuple[int | None, str]:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None, "gone"
    fields = stat.rsplit(")", 1)[1].split()
    return int(fields[1]), fields[0]


def alive(pid: int) -> bool:
    _, state = _parent_and_state(pid)
    return state not in ("gone", "Z", "X")  # a zombie has ended; nobody may reap it here


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
@pytest.mark.parametrize(
    "kill",
    [signal.SIGKILL, signal.SIGTERM, signal.SIGHUP, signal.SIGINT],
    ids=["kill-9", "term", "hup", "ctrl-c"],
)
def test_workers_and_the_resource_tracker_die_with_a_killed_build(tmp_path, kill):
    library = tmp_path / "lib"
    generate(150, library)  # 300 files: batches for two workers
    env = {
        **os.environ,
        "LCREADER_CACHE_DIR": str(tmp_path / "cache"),
        "LCREADER_JOBS": "2",
    }
    build = subprocess.Popen(
        [sys.executable, "-m", "lcreader", "--library", str(library), "build"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    try:
        started: set[int] = set()
        deadline = time.monotonic() + 60
        # Two workers and the resource tracker.
        while len(started) < 3 and build.poll() is None and time.monotonic() < deadline:
            started |= children(build.pid)
            time.sleep(0.05)
        assert len(started) >= 3, "the build did not start its workers"
        build.send_signal(kill)
        build.wait(timeout=30)
        time.sleep(5)
        left = sorted(pid for pid in started if alive(pid))
        assert left == []
        if kill != signal.SIGKILL:
            assert build.returncode == 128 + kill
        said = build.stderr.read().decode()
        if kill == signal.SIGINT:
            # (a new user's trial: Ctrl+C ended a build without a word) said, in the
            # user's language, once
            stopped = message("notice", message=message("interrupted")) + "\n"
            assert said.endswith(stopped)
            said = said.removesuffix(stopped)
        # Nothing in English from Python's resource tracker, even after kill -9.
        assert said == ""
    finally:
        for pid in started:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
        if build.poll() is None:
            build.kill()
        build.stderr.close()
