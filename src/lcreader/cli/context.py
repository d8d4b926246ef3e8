"""What every command needs: the opened library and a way to write to the terminal."""

from __future__ import annotations

import os
import sys
from functools import cached_property

from .. import paths
from ..library import BuildReport, open_index, open_library, open_library_and_index
from ..messages import message
from ..sources import MB, ScanRules
from .terminal import terminal_width

# typing.TYPE_CHECKING without importing typing, which costs a search 5 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from argparse import Namespace  # or quick.py's SimpleNamespace, alike
    from pathlib import Path

    from ..model import Library, SourceProblem  # a search from the index never loads it
    from ..search import SearchIndex

# Above this many files to parse, a build shows a progress bar on a terminal.
PROGRESS_THRESHOLD = 20
# More skipped files than this are one line, but in `build` and `doctor`: said again
# before every search, a list of them buries what was asked for.
SKIPPED_LISTED = 2
# The commands whose work is to say what the library holds and why.
LISTS_SKIPPED = ("build", "doctor")
# The commands that say which corrections files were ignored, unreadable (`doctor`
# lists them among each file's notes; `fix` refuses to change one).
SAYS_IGNORED_CORRECTIONS = ("build", "search")


def notice(text: str) -> None:
    """One cleaned line on stderr: file names and values in it may hold anything."""
    from ..safe_text import clean

    print(message("notice", message=clean(text)), file=sys.stderr)


def use_color(choice: str = "auto", stream=sys.stdout) -> bool:
    """`--color`: always, never, or auto: on a terminal, unless NO_COLOR is set."""
    if choice != "auto":
        return choice == "always"
    return stream.isatty() and not os.environ.get("NO_COLOR")


class Context:
    def __init__(self, args: Namespace) -> None:
        self.args = args
        if args.data_dir:
            # The data dir holds read-only folders' corrections too, which every part
            # (a scan, a build's workers) finds through the environment.
            os.environ[paths.DATA_ENV] = args.data_dir
        # As text: a search opens the index without pathlib (paths.py).
        self.library_folder = paths.library_folder(args.library)
        self.cache_file = paths.cache_file_path(
            paths.cache_folder(args.cache_dir), self.library_folder
        )
        self.report = BuildReport()
        self._said_corrections = False  # the ignored corrections files, said once
        self.color = use_color(getattr(args, "color", "auto"))
        # Commands set their lines to the terminal's width; in a pipe, one line each.
        self.width = terminal_width() if sys.stdout.isatty() else None
        self.rules = ScanRules(follow=args.follow)
        if args.max_file_size is not None:
            self.rules = ScanRules(args.follow, int(args.max_file_size * MB))

    @cached_property
    def library_dir(self) -> Path:
        from pathlib import Path

        return Path(self.library_folder)

    @cached_property
    def cache_path(self) -> Path:
        from pathlib import Path

        return Path(self.cache_file)

    def _open(self, how, as_text: bool = False):
        """`how` on the library; `as_text`: given the folders as text (open_index)."""
        progress = _Progress() if sys.stderr.isatty() else None
        folder, cache = (
            (self.library_folder, self.cache_file)
            if as_text
            else (self.library_dir, self.cache_path)
        )
        try:
            return how(folder, cache, notice, progress, self.report, self.rules)
        finally:
            if progress is not None:
                progress.close()

    def _tell(self, problems: list[SourceProblem]) -> None:
        command = getattr(self.args, "command", None)
        if len(problems) > SKIPPED_LISTED and command not in LISTS_SKIPPED:
            notice(message("skipped_files", count=len(problems)))
        else:
            for problem in problems:
                notice(message("skipped_file", path=problem.path, reason=problem.reason))
        if command in SAYS_IGNORED_CORRECTIONS and not self._said_corrections:
            self._said_corrections = True
            from ..corrections_stamps import none_found

            if none_found(self.library_folder):
                return
            from ..corrections_file import ignored

            for problem in ignored(self.library_dir, self.rules.follow):
                notice(problem)

    @cached_property
    def library(self) -> Library:
        library = self._open(open_library)
        self._tell(library.problems)
        return library

    @cached_property
    def index(self) -> SearchIndex:
        """The search index; from the snapshot alone when it is fresh."""
        index, problems = self._open(open_index, as_text=True)
        self._tell(problems)
        return index

    @cached_property
    def library_and_index(self) -> tuple[Library, SearchIndex]:
        library, index = self._open(open_library_and_index)
        self._tell(library.problems)
        return library, index

    def expanded(self, query):
        """The query with its words' synonyms and pinyin spellings, unless `--exact`:
        the office's synonyms file, when it cannot be used, is said in one line."""
        if getattr(self.args, "exact", False):
            return query
        from ..expansions.searching import index_expander

        config = paths.config_folder(getattr(self.args, "config_dir", None))
        expander = index_expander(self.index, self.library_folder, config, self.cache_file)
        for problem in expander.synonyms.problems:
            notice(problem)
        return expander(query)

    def built(self) -> tuple[Library, SearchIndex]:
        """The library and index with every file of the store checked whole first and
        whatever fails rebuilt (`build`)."""

        def verified(*args):
            return open_library_and_index(*args, verify=True)

        library, index = self._open(verified)
        self._tell(library.problems)
        return library, index

    @cached_property
    def console(self):
        from rich.console import Console

        return Console(
            highlight=False,
            markup=False,
            emoji=False,
            no_color=not self.color,
            force_terminal=self.color or None,
        )


class _Progress:
    """A rich progress bar on stderr, started only when there is much to parse."""

    def __init__(self) -> None:
        self._bar = None
        self._task = None
        self._stage = ""

    def __call__(self, done: int, total: int, name: str, stage: str = "build.parsing") -> None:
        if self._bar is not None and stage != self._stage:
            self.close()  # parsed, now indexing what the cache holds: a bar of its own
            self._bar = None
        if self._bar is None:
            if total < PROGRESS_THRESHOLD or done > 1:
                return
            from rich.console import Console
            from rich.progress import Progress

            self._bar = Progress(console=Console(stderr=True), transient=True)
            self._bar.start()
            self._task = self._bar.add_task(message(stage), total=total)
            self._stage = stage
        self._bar.update(self._task, completed=done)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
