"""What every command needs: the opened library and a way to write to the terminal."""

from __future__ import annotations

import argparse
import os
import sys
from functools import cached_property

from .. import paths
from ..library import BuildReport, open_index, open_library, open_library_and_index
from ..model import Library, SourceProblem
from ..sources import MB, ScanRules

# typing.TYPE_CHECKING without importing typing, which costs a search 5 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..search import SearchIndex

# Above this many files to parse, a build shows a progress bar on a terminal.
PROGRESS_THRESHOLD = 20


def notice(message: str) -> None:
    """One cleaned line on stderr: file names and values in it may hold anything."""
    from ..safe_text import clean

    print(f"lcreader: {clean(message)}", file=sys.stderr)


def use_color(stream=sys.stdout) -> bool:
    """Styled output only on a terminal, and never when NO_COLOR is set."""
    return stream.isatty() and not os.environ.get("NO_COLOR")


class Context:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.library_dir = paths.library_dir(args.library)
        self.cache_path = paths.cache_file(paths.cache_dir(args.cache_dir), self.library_dir)
        self.report = BuildReport()
        self.rules = ScanRules(follow=args.follow)
        if args.max_file_size is not None:
            self.rules = ScanRules(args.follow, int(args.max_file_size * MB))

    def _open(self, how):
        progress = _Progress() if sys.stderr.isatty() else None
        try:
            return how(self.library_dir, self.cache_path, notice, progress, self.report, self.rules)
        finally:
            if progress is not None:
                progress.close()

    @staticmethod
    def _tell(problems: list[SourceProblem]) -> None:
        for problem in problems:
            notice(f"skipped {problem.path}: {problem.reason}")

    @cached_property
    def library(self) -> Library:
        library = self._open(open_library)
        self._tell(library.problems)
        return library

    @cached_property
    def index(self) -> SearchIndex:
        """The search index; from the snapshot alone when it is fresh."""
        index, problems = self._open(open_index)
        self._tell(problems)
        return index

    @cached_property
    def library_and_index(self) -> tuple[Library, SearchIndex]:
        library, index = self._open(open_library_and_index)
        self._tell(library.problems)
        return library, index

    @cached_property
    def console(self):
        from rich.console import Console

        return Console(highlight=False, markup=False, emoji=False, no_color=not use_color())


class _Progress:
    """A rich progress bar on stderr, started only when there is much to parse."""

    def __init__(self) -> None:
        self._bar = None
        self._task = None

    def __call__(self, done: int, total: int, name: str) -> None:
        if self._bar is None:
            if total < PROGRESS_THRESHOLD or done > 1:
                return
            from rich.console import Console
            from rich.progress import Progress

            self._bar = Progress(console=Console(stderr=True), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("parsing", total=total)
        self._bar.update(self._task, completed=done)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
