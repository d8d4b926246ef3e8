"""The reader ends with its terminal.

When the terminal goes away (a closed window, a killed tmux, a dropped ssh), the
kernel hangs the terminal up: reads return nothing at once, for ever, so Textual's
input thread spins at full CPU, and a reader started with SIGHUP ignored (nohup, some
multiplexers) would spin unseen for hours. The reader checks its terminal once a second
and ends on a hang-up or SIGTERM the way `q` does (read marks and settings saved),
with the shell's exit code for the signal (128 + its number).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import threading
import time

HANGUP_EXIT = 128 + signal.SIGHUP
TERMINATED_EXIT = 128 + signal.SIGTERM
CHECK_SECONDS = 1.0
# Textual's shutdown writes to the terminal; once it has hung up, its writer thread may
# have died and the shutdown waits on it for ever, or the reader is busy: past this,
# the process just ends.
EXIT_GRACE_SECONDS = 2.0


def keys_fd() -> int | None:
    """The descriptor the reader reads keys from, terminal or not."""
    try:
        return sys.__stdin__.fileno()
    except (AttributeError, OSError, ValueError):
        return None


def watch_until_lost(fd: int, loop, end, check: float = CHECK_SECONDS) -> None:
    """Look at the terminal every `check` seconds; once it has hung up (even an ignored
    SIGHUP leaves this trace), ask the reader's loop to `end` as `q` does, and end the
    process outright if the reader has not ended EXIT_GRACE_SECONDS later (busy)."""
    while os.isatty(fd):
        time.sleep(check)
    with contextlib.suppress(RuntimeError):  # a closed loop: the reader is ending already
        loop.call_soon_threadsafe(end, HANGUP_EXIT)
    time.sleep(EXIT_GRACE_SECONDS)
    os._exit(HANGUP_EXIT)


class TerminalWatch:
    """Mixed into `ReaderApp`; needs Textual's App and the app's `keep_state`."""

    ended_by: int | None = None  # the exit code of a hang-up or SIGTERM
    # Set by the command line, which opens the reader only on a terminal: the terminal
    # can hang up while the library loads, before the reader is mounted to see it.
    started_on_terminal = False

    def watch_terminal(self) -> None:
        fd = keys_fd()
        if self.is_headless or not self.started_on_terminal or fd is None:
            return  # a test's headless app, or no terminal to lose
        loop = asyncio.get_running_loop()
        for number, code in ((signal.SIGHUP, HANGUP_EXIT), (signal.SIGTERM, TERMINATED_EXIT)):
            if signal.getsignal(number) is not signal.SIG_IGN:  # nohup's choice is kept
                loop.add_signal_handler(number, self._end_with_terminal, code)
        # In a thread: the reader may be busy for seconds (a long article searched),
        # and a timer of its own event loop would wait for it.
        threading.Thread(
            target=watch_until_lost, args=(fd, loop, self._end_with_terminal), daemon=True
        ).start()

    @property
    def terminal_lost(self) -> bool:
        return self.ended_by == HANGUP_EXIT

    def _end_with_terminal(self, code: int) -> None:
        if self.ended_by is None:
            self.ended_by = code
            self.keep_state()  # first: the exit below may not get as far as unmounting
            stuck = threading.Timer(EXIT_GRACE_SECONDS, os._exit, (code,))
            stuck.daemon = True
            stuck.start()
            self.exit(return_code=code)
