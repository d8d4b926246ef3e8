"""When the reader fails: one line in the user's language on the terminal, the traceback
in a log file under the user's state folder, and a non-zero exit code.

Textual prints a failure's traceback (with the locals of every frame) over the
terminal, and the process still exits 0: a user reads neither, and a script that runs
the reader cannot tell that it failed.
"""

from __future__ import annotations

import tempfile
import time
import traceback
from pathlib import Path

from .. import __version__
from ..cli.errors import EXIT_CRASH

CRASH_LOG = "crash.log"


def write_crash_log(error: BaseException, folder: Path) -> Path:
    """The traceback in `folder`/crash.log (the temporary folder's if that is not
    writable); returns where it went. The newest failure replaces the one before."""
    text = f"lcreader {__version__}  {time.strftime('%Y-%m-%d %H:%M:%S')}\n" + "".join(
        traceback.format_exception(error)
    )
    for place in (folder, Path(tempfile.gettempdir()) / "lcreader"):
        path = place / CRASH_LOG
        try:
            place.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        except OSError:
            continue
        return path
    return path  # nowhere writable: the message still names where it would be


class CrashHandling:
    """Mixed into `ReaderApp`; needs `data_dir` and Textual's App."""

    crash_log: Path | None = None

    def _handle_exception(self, error: Exception) -> None:
        # Textual's own handling renders the traceback to print it over the terminal at
        # exit; here it goes to the log, and the app closes as Textual's would.
        if self.crash_log is None:
            self.crash_log = write_crash_log(error, self.data_dir)
        self._return_code = EXIT_CRASH
        if self._exception is None:  # Pilot raises it again at the end of a test
            self._exception = error
            self._exception_event.set()
        self._close_messages_no_wait()
