"""The reader ends with its terminal: a hang-up or SIGTERM ends it as `q` does.

Run as a user runs it, on a pseudo-terminal. Before, a reader whose terminal was gone
(SIGHUP ignored, as under nohup) spun at full CPU for as long as nobody killed it, and
a SIGHUP or SIGTERM ended it without saving what it had.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import sys
import time

import pytest

from lcreader.tui.state import STATE_FILE
from lcreader.tui.terminal_watch import HANGUP_EXIT, TERMINATED_EXIT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX terminals")


def start_reader(tmp_path, ignore_hangup: bool = False) -> tuple[int, int]:
    """The reader on the seeds in a pseudo-terminal, once its first screen is drawn."""
    env = dict(
        os.environ,
        TERM="xterm-256color",
        LCREADER_CACHE_DIR=str(tmp_path / "cache"),
        LCREADER_DATA_DIR=str(tmp_path / "data"),
    )
    env.pop("LCREADER_LIBRARY", None)
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes the reader
        if ignore_hangup:
            signal.signal(signal.SIGHUP, signal.SIG_IGN)
        os.execvpe(sys.executable, [sys.executable, "-m", "lcreader"], env)
    seen = b""
    deadline = time.monotonic() + 60
    while "凉城".encode() not in seen and time.monotonic() < deadline:
        if select.select([fd], [], [], 0.2)[0]:
            seen += os.read(fd, 65536)
    assert "凉城".encode() in seen, "the reader never drew its first screen"
    return pid, fd


def exit_code_within(pid: int, seconds: float) -> int | None:
    """The reader's exit code, or None (killed) if it was still running after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return None


def drain(fd: int, pid: int, seconds: float) -> None:
    """Read what the reader writes while it closes (a full pty would block it)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if select.select([fd], [], [], 0.05)[0] and not os.read(fd, 65536):
                return
        except OSError:
            return
        if os.waitpid(pid, os.WNOHANG)[0]:
            return


def test_a_reader_whose_terminal_is_gone_ends_even_with_hangup_ignored(tmp_path):
    pid, fd = start_reader(tmp_path, ignore_hangup=True)
    os.close(fd)  # the window is closed: the terminal hangs up
    assert exit_code_within(pid, 10) == HANGUP_EXIT
    assert (tmp_path / "data" / STATE_FILE).exists(), "ended as q does: settings saved"


@pytest.mark.parametrize(
    ("sent", "code"),
    [(signal.SIGHUP, HANGUP_EXIT), (signal.SIGTERM, TERMINATED_EXIT)],
    ids=["hangup", "sigterm"],
)
def test_a_hangup_or_sigterm_ends_the_reader_as_q_does(tmp_path, sent, code):
    pid, fd = start_reader(tmp_path)
    os.kill(pid, sent)
    drain(fd, pid, 10)
    assert exit_code_within(pid, 10) == code
    os.close(fd)
    assert (tmp_path / "data" / STATE_FILE).exists()


def test_a_busy_reader_whose_terminal_is_gone_ends_all_the_same(monkeypatch):
    # The reader's loop busy (a long search): the watch does not wait for it.
    from lcreader.tui import terminal_watch

    ended = []
    monkeypatch.setattr(terminal_watch, "EXIT_GRACE_SECONDS", 0.05)
    monkeypatch.setattr(terminal_watch.os, "isatty", lambda fd: False)
    monkeypatch.setattr(terminal_watch.os, "_exit", ended.append)

    class BusyLoop:
        def call_soon_threadsafe(self, *args):
            pass  # never run: the loop is busy

    terminal_watch.watch_until_lost(0, BusyLoop(), lambda code: None, check=0.01)
    assert ended == [HANGUP_EXIT]
