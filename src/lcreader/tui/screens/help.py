"""The help screen, built from the key bindings themselves."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ...search.query import QUERY_HELP
from .. import keymap

NOTES = (
    f"Search: {QUERY_HELP}",
    "Escape closes the search bar; the highlights and n/N stay until x clears them. "
    "x also clears a person or department filter.",
    "Selecting a person (p) or department (d) in the sidebar shows only their articles "
    "and marks their mentions.",
)


def _key(binding: Binding) -> str:
    return binding.key_display or binding.key.replace("_", " ")


def help_text() -> Text:
    text = Text()
    sections = [
        ("Everywhere", keymap.APP),
        ("Issue tree", keymap.TREE),
        ("Sidebar and result lists", keymap.LIST),
        ("Article", keymap.ARTICLE),
        ("Search bar", keymap.SEARCH),
    ]
    text.append("lcreader keys\n", style="bold underline")
    for title, bindings in sections:
        text.append(f"\n{title}\n", style="bold")
        for binding in bindings:
            text.append(f"  {_key(binding):<16}", style="bold")
            text.append(f"{binding.description}\n")
    text.append("\nTextual\n", style="bold")
    for key, description in keymap.BUILT_IN:
        text.append(f"  {key:<16}", style="bold")
        text.append(f"{description}\n")
    text.append("\n")
    for note in NOTES:
        text.append(f"{note}\n", style="dim")
    text.append("\nescape, q or ? closes this screen", style="italic")
    return text


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "dismiss", "Close"),
        Binding("q", "dismiss", "Close", show=False),
        Binding("question_mark", "dismiss", "Close", show=False),
        Binding("f1", "dismiss", "Close", show=False),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(help_text(), markup=False)
