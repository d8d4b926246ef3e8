"""Compile from the reader: the current search's articles or the 收藏 tab into a Word
document (or Markdown, HTML: the file's suffix says which), from the command palette.

A small dialog asks where to save it (a default in the user's Documents folder, else
home); the document is written in a thread, with a progress bar when it takes more
than a moment. A file that exists is replaced only when Enter is pressed again.
"""

from __future__ import annotations

import re
import time
from datetime import date
from functools import partial
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, ProgressBar, Static

from ..compilation import SUFFIXES, Compilation, in_issue_order, matching_ids, render
from ..messages import message, system_error
from ..safe_text import clean
from .guards import ClosesOnce
from .textual_words import LocalInput, LocalizedBindings
from .widgets.shown_text import label_text

# The progress bar shows only when writing has taken this long.
PROGRESS_AFTER = 0.3
_UNSAFE_IN_NAME = re.compile(r"[^\w\u3400-\u9fff-]+")


def default_path(heading: str, made: date | None = None) -> Path:
    """`~/Documents/统战-2026-11-30.docx` (home when there is no Documents folder)."""
    from platformdirs import user_documents_dir

    folder = Path(user_documents_dir())
    if not folder.is_dir():
        folder = Path.home()
    stem = _UNSAFE_IN_NAME.sub("_", clean(heading)).strip("_")[:40] or message("compile.title")
    return folder / f"{stem}-{(made or date.today()).isoformat()}.docx"


class CompileScreen(ClosesOnce, LocalizedBindings, ModalScreen[None]):
    """Where to save; Enter writes (again, to replace a file that exists); escape cancels."""

    DEFAULT_CSS = """
    CompileScreen { align: center middle; }
    #compile-box {
        width: 76; height: auto; padding: 1 2; border: thick $accent; background: $surface;
    }
    #compile-progress { display: none; }
    #compile-note { color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "cancel", message("compile.cancel"))]

    def __init__(self, heading: str, article_ids) -> None:
        super().__init__()
        self.heading = heading
        self.article_ids = article_ids  # a list, or a function giving it (run in the thread)
        self._confirmed: Path | None = None  # a path that exists, Enter pressed once on it
        self._writing = False

    def compose(self) -> ComposeResult:
        with Vertical(id="compile-box"):
            yield Static(
                Text(message("compile.dialog", heading=label_text(self.heading)), style="bold")
            )
            yield LocalInput(str(default_path(self.heading)), id="compile-path")
            yield Static(Text(message("compile.dialog_hint")), id="compile-note", markup=False)
            yield ProgressBar(id="compile-progress", show_eta=False)

    def _note(self, text: str, style: str = "") -> None:
        self.query_one("#compile-note", Static).update(Text(text, style=style))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self._writing:
            return
        path = Path(event.value.strip()).expanduser()
        if not event.value.strip():
            return
        force = self._confirmed == path
        if path.exists() and not force:
            self._confirmed = path
            self._note(message("compile.replace", path=clean(str(path))), "bold")
            return
        self._writing = True
        self._write(path, force, time.monotonic())

    @work(thread=True, exclusive=True, group="compile")
    def _write(self, path: Path, force: bool, started: float) -> None:
        from ..compilation.output import write_new

        app = self.app
        ids = self.article_ids() if callable(self.article_ids) else self.article_ids
        compilation = Compilation(self.heading, in_issue_order(app.library, ids))
        form = next((f for f, suffix in SUFFIXES.items() if path.suffix.lower() == suffix), "docx")
        progress = partial(app.call_from_thread, self._progress, started)
        try:
            data = render(compilation, form, progress)
            write_new(path, data, force)
        except (OSError, ValueError) as err:
            app.call_from_thread(
                self._failed, system_error(err) if isinstance(err, OSError) else str(err)
            )
            return
        app.call_from_thread(self._done, path, len(compilation.articles))

    def _progress(self, started: float, done: int, total: int) -> None:
        bar = self.query_one("#compile-progress", ProgressBar)
        if not bar.display and time.monotonic() - started >= PROGRESS_AFTER:
            bar.display = True
        bar.update(total=total, progress=done)

    def _failed(self, reason: str) -> None:
        self._writing = False
        self._note(message("compile.failed", error=clean(reason)), "bold")

    def _done(self, path: Path, count: int) -> None:
        self.dismiss(None)
        self.app.notify(
            message("compile.written", path=clean(str(path)), count=count), markup=False
        )

    def action_cancel(self) -> None:
        if not self._writing:
            self.dismiss(None)


class CompileCommands(Provider):
    """The palette's entries: compile the current search's articles, or the 收藏 tab."""

    def _commands(self):
        app = self.app
        result = getattr(app, "search_result", None)
        if result is not None and result.total:
            query = result.query
            ids = partial(matching_ids, app.index, query)
            yield (
                message("compile.command_search", query=clean(query.text), count=result.total),
                query.text,
                ids,
            )
        bookmarked = [
            a.id for _, a in app.reading.bookmarked_articles(app.library) if a is not None
        ]
        if bookmarked:
            yield (
                message("compile.command_bookmarks", count=len(bookmarked)),
                message("compile.bookmarks"),
                bookmarked,
            )

    def _open(self, heading: str, ids) -> None:
        self.app.push_screen(CompileScreen(heading, ids))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, heading, ids in self._commands():
            score = matcher.match(label)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(label), partial(self._open, heading, ids), text=label
                )

    async def discover(self) -> Hits:
        for label, heading, ids in self._commands():
            yield DiscoveryHit(label, partial(self._open, heading, ids), text=label)
