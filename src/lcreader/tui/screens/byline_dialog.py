"""The byline dialog of the structure view: a line's author and department."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from ...messages import message
from ...safe_text import clean
from .. import keymap
from ..guards import ClosesOnce
from ..textual_words import LocalInput, LocalizedBindings


class BylineDialog(ClosesOnce, LocalizedBindings, ModalScreen[tuple[str, str] | None]):
    """Dismissed with (author, department), or None (escape)."""

    BINDINGS = keymap.BYLINE

    def __init__(self, line: int, author: str | None, department: str | None) -> None:
        super().__init__()
        keymap.localize(self)
        self.line = line
        self.author = clean(author or "")
        self.department = clean(department or "")

    def compose(self) -> ComposeResult:
        with Vertical(id="byline-dialog"):
            yield Static(Text(message("byline.heading", line=self.line), style="bold"))
            yield Label(message("byline.author"), markup=False)
            yield LocalInput(self.author, id="byline-author")
            yield Label(message("byline.department"), markup=False)
            yield LocalInput(self.department, id="byline-department")
            yield Static(Text(message("byline.hint"), style="dim"))

    def on_mount(self) -> None:
        self.query_one("#byline-author", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        author = self.query_one("#byline-author", Input).value.strip()
        department = self.query_one("#byline-department", Input).value.strip()
        self.dismiss((clean(author), clean(department)))

    def action_cancel(self) -> None:
        self.dismiss(None)
