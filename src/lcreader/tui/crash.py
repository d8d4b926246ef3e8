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
from ..messages import message

CRASH_LOG = "crash.log"


def write_crash_log(error: BaseException, folder: Path) -> Path:
    """The traceback in `folder`/crash.log (the temporary folder's if that is not
    writable); returns where it went. The newest failure replaces the one before."""
    # A worker's failure names the error it wraps: the wrapped one's traceback is the one
    # that says where it came from.
    errors = [
        error,
        *([inner] if isinstance(inner := getattr(error, "error", None), BaseException) else []),
    ]
    text = f"lcreader {__version__}  {time.strftime('%Y-%m-%d %H:%M:%S')}\n" + "".join(
        line for err in errors for line in traceback.format_exception(err)
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

    # Reloads a changed library may ask for in a row before its failure is a crash.
    _stale_reloads = 0
    MAX_STALE_RELOADS = 3

    def _handle_exception(self, error: Exception) -> None:
        # The library was rebuilt elsewhere and an issue this reader had not loaded yet
        # changed under it: that is no failure, the reader loads the new build.
        if _is_stale(error) and self._stale_reloads < self.MAX_STALE_RELOADS:
            self._stale_reloads += 1
            reload = getattr(self, "action_reload", None)
            if reload is not None:
                self.notify(message("notify.library_changed"), markup=False)
                reload()
                return
        # Textual's own handling renders the traceback to print it over the terminal at
        # exit; here it goes to the log, and the app closes as Textual's would.
        if self.crash_log is None:
            self.crash_log = write_crash_log(error, self.data_dir)
        self._return_code = EXIT_CRASH
        if self._exception is None:  # Pilot raises it again at the end of a test
            self._exception = error
            self._exception_event.set()
        self._close_messages_no_wait()


def _is_stale(error: BaseException) -> bool:
    """Whether the error (or the one a worker's failure wraps) says the library changed
    under the reader."""
    from ..stored_entries import StaleLibrary

    inner = getattr(error, "error", None)
    return isinstance(error, StaleLibrary) or isinstance(inner, StaleLibrary)
