"""The help screen, built from the key bindings themselves."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.geometry import Size
from textual.screen import ModalScreen
from textual.widget import Widget

from ...messages import message
from ...search.query import query_help
from ...typeset import text_width, wrap
from .. import keymap
from ..guards import ClosesOnce
from ..textual_words import LocalizedBindings
from ..widgets.footer import ReaderFooter
from ..widgets.steady_scroll import scroll_pages, scroll_rows

NOTES = ("help.note_escape", "help.note_sidebar", "help.note_reading", "help.note_research")
KEY_COLUMN = 22


# Key names as keyboards and pagers print them, not as Textual spells them.
_KEY_NAMES = {
    "escape": "Esc", "enter": "Enter", "tab": "Tab", "up": "↑", "down": "↓",
    "left": "←", "right": "→", "pageup": "PgUp", "pagedown": "PgDn", "home": "Home",
    "end": "End", "space": "key.space", "mouse": "key.mouse", "ctrl": "Ctrl",
    "shift": "Shift", "f1": "F1",
}  # fmt: skip


def key_label(keys: str) -> str:
    """`escape,q` → `Esc / q`; `shift+space` → `Shift+空格`: the keys as a user reads them."""
    alternatives = [k.strip() for k in keys.replace(" / ", ",").split(",") if k.strip()]
    return " / ".join(map(_combination, alternatives))


def _combination(keys: str) -> str:
    *modifiers, key = keys.split("+")
    if modifiers and len(key) == 1:
        key = key.upper()  # Ctrl+P, as keyboards print it
    return "+".join(map(_key_name, [*modifiers, key]))


def _key_name(name: str) -> str:
    shown = _KEY_NAMES.get(name, name.replace("_", " "))
    return message(shown) if shown.startswith("key.") else shown


def _key(binding: Binding) -> str:
    return key_label(binding.key_display or binding.key)


def _row(text: Text, key: str, description: str, width: int) -> None:
    text.append("  " + key + " " * max(1, KEY_COLUMN - 2 - text_width(key)), style="bold")
    lines = wrap(description, max(8, width - KEY_COLUMN))
    text.append(("\n" + " " * KEY_COLUMN).join(lines) + "\n")


def help_text(width: int = 86) -> Text:
    """Every binding and note, set to `width` cells with Chinese line breaking."""
    text = Text()
    sections = [
        ("help.everywhere", keymap.APP),
        ("help.tree", keymap.TREE),
        ("help.lists", keymap.LIST),
        ("help.article", keymap.ARTICLE),
        ("help.search", keymap.SEARCH),
        ("help.page", keymap.PAGE),
        ("help.structure", keymap.STRUCTURE),
        ("help.help", keymap.HELP),
    ]
    text.append(message("help.heading") + "\n", style="bold underline")
    for title, bindings in sections:
        text.append(f"\n{message(title)}\n", style="bold")
        for binding in bindings:
            _row(text, _key(binding), keymap.describe(binding), width)
    text.append(f"\n{message('help.textual')}\n", style="bold")
    for key, description in keymap.BUILT_IN:
        _row(text, key_label(key), message(description), width)
    text.append("\n")
    text.append("\n".join(wrap(query_help(), width)) + "\n", style="dim")
    for note in NOTES:
        text.append("\n".join(wrap(message(note), width)) + "\n", style="dim")
    text.append("\n" + message("help.close"), style="italic")
    return text


class HelpScreen(ClosesOnce, LocalizedBindings, ModalScreen[None]):
    BINDINGS = keymap.HELP

    def __init__(self) -> None:
        super().__init__()
        keymap.localize(self)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield HelpText()
        yield ReaderFooter()  # its own keys: the reader's footer below would offer q as quit

    # The pager keys scroll the help, wherever the focus is.

    def _body(self) -> VerticalScroll:
        return self.query_one("#help-body", VerticalScroll)

    def action_scroll_down(self) -> None:
        scroll_rows(self._body(), 1)

    def action_scroll_up(self) -> None:
        scroll_rows(self._body(), -1)

    def action_page_down(self) -> None:
        scroll_pages(self._body(), 1)

    def action_page_up(self) -> None:
        scroll_pages(self._body(), -1)

    def action_scroll_home(self) -> None:
        self._body().scroll_home(animate=False)  # a pager jumps: no glide half-way

    def action_scroll_end(self) -> None:
        self._body().scroll_end(animate=False)


class HelpText(Widget):
    """The help, set to the width it is given. Made as the layout asks its height, not
    set after a resize: set then, each new text laid the screen out again (four times
    as the help opened, at ×1000 over 150 ms)."""

    DEFAULT_CSS = "HelpText { height: auto; }"

    _made: tuple[int, Text] = (-1, Text())

    def _text(self, width: int) -> Text:
        if self._made[0] != width:
            self._made = (width, help_text(width))
        return self._made[1]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return self._text(width).plain.count("\n") + 1

    def render(self) -> Text:
        return self._text(self.size.width)
