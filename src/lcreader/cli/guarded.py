"""What every command line goes through, argparse's (full.py) and the quick search's
(quick.py) alike: streams that take any text, and every failure as one line.

Kept apart from both so that the two paths cannot drift: they differ only in how they
read the command line.
"""

from __future__ import annotations

import sys

from ..messages import message
from .errors import EXIT_OK, EXIT_USAGE, UsageError


def usable_streams() -> None:
    """stdout and stderr that take any text: what the encoding cannot carry is escaped
    (`PYTHONIOENCODING=ascii`), and a closed one (`>&-`) swallows what is written."""
    import os

    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
        elif hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    if not isinstance(sys.stderr, _Advisory):
        sys.stderr = _Advisory(sys.stderr)


class _Advisory:
    """stderr whose failure to write (`2>/dev/full`, a full disk) fails nothing: what it
    says is advice; the command's answer and exit code stand (a search with hits exited
    1, "nothing found"). After a failure it writes to nowhere, Python's flush at exit too."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError:
            self._to_nowhere()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError:
            self._to_nowhere()

    def _to_nowhere(self) -> None:
        import contextlib
        import os

        with contextlib.suppress(OSError, ValueError, AttributeError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), self._stream.fileno())
        with contextlib.suppress(OSError, ValueError):
            self._stream.flush()  # what was buffered goes nowhere now

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def _quiet_broken_pipe() -> int:
    """The reader of our output went away (`| head`): exit quietly, as grep does. What
    is still buffered goes nowhere, so Python's flush at exit says nothing either."""
    import contextlib
    import os

    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


class Terminated(BaseException):
    """SIGTERM or SIGHUP, raised where the command is, so that it unwinds as Ctrl-C
    does; `code` is the shell's exit code for the signal."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _raise_terminated(signal_number, frame) -> None:
    raise Terminated(128 + signal_number)


def end_on_sigterm() -> None:
    """SIGTERM and SIGHUP (a closed terminal) unwind the command: a parallel build
    shuts its workers down, Python's resource tracker has nothing to warn of. Not
    where the signal was set to be ignored (nohup)."""
    # The C module: `signal` makes enums of every signal number on import (1–2 ms of
    # a search's start); here the handlers are plain ints and functions alike.
    import _signal

    for number in (_signal.SIGTERM, _signal.SIGHUP):
        if _signal.getsignal(number) == _signal.SIG_DFL:
            _signal.signal(number, _raise_terminated)


def run_guarded(args) -> int:
    """Run the command the parsed arguments name; every failure becomes one line on
    stderr (exit 2) unless --debug."""
    end_on_sigterm()
    try:
        code = _dispatch(args)
        sys.stdout.flush()  # here, so a full disk is said in words, not at exit
        return code
    except KeyboardInterrupt:
        # Said, as any stop is (a build stopped by Ctrl+C had ended without a word);
        # what was written stays whole: the cache and the user's files are replaced
        # whole or not at all, and what was not built is built on the next run.
        print(message("notice", message=message("interrupted")), file=sys.stderr)
        return 130
    except Terminated as ended:
        return ended.code
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except OSError as err:
        if args.debug:
            raise
        from ..messages import system_error
        from ..safe_text import clean

        where = clean(str(err.filename)) if err.filename else None
        reason = system_error(err)
        text = message("oserror.at", path=where, reason=reason) if where else reason
        print(message("error", message=clean(text)), file=sys.stderr)
        _quiet_broken_pipe()  # what is still buffered for a failed stdout goes nowhere
        return EXIT_USAGE
    except Exception as err:
        if args.debug:
            raise
        from ..library import LibraryError
        from ..safe_files import NotRegularFile
        from ..safe_text import clean
        from ..search import QueryError

        known = (UsageError, LibraryError, QueryError, NotRegularFile)
        text = (
            str(err)
            if isinstance(err, known)
            else message("unexpected", kind=type(err).__name__, error=err)
        )
        print(message("error", message=clean(text)), file=sys.stderr)
        return EXIT_USAGE


def _dispatch(args) -> int:
    from . import commands

    if args.command is None:
        return commands.reader(args)
    return commands.run(args)
