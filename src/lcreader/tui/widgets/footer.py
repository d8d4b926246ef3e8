"""The reader's footer: the keys that answer where the focus is, drawn as one line.

Textual's footer is a row of widgets, rebuilt (unmounted, mounted, laid out with the
whole screen) each time the focus moves and its keys change: at ×1000, closing the
search bar with escape spent two extra layouts of the screen on it and took over
150 ms. One line of text needs no layout: new keys are a repaint of one row. It looks
as Textual's does (the same component styles) and a click on a key presses it.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget

# Keys a narrow footer keeps: how to get help and how to leave.
_ALWAYS_SHOWN = frozenset({"help", "quit"})


@dataclass(frozen=True)
class FooterEntry:
    """One key as the footer shows it."""

    key: str
    display: str
    description: str
    enabled: bool
    palette: bool = False  # the command palette's key, at the line's right end
    action: str = ""


class ReaderFooter(Widget, can_focus=False):
    COMPONENT_CLASSES = {
        "footer-key--key",
        "footer-key--description",
        "footer-key--disabled",
        "footer-key--hover",
        "footer--palette-edge",
    }
    DEFAULT_CSS = """
    ReaderFooter {
        dock: bottom;
        height: 1;
        width: 1fr;
        color: $footer-foreground;
        background: $footer-background;
        & > .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .footer-key--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .footer-key--disabled {
            text-style: dim;
        }
        & > .footer-key--hover {
            background: $block-hover-background;
        }
        & > .footer--palette-edge {
            color: $foreground 20%;
        }
    }
    """

    show_command_palette = reactive(True)
    _hover: reactive[str | None] = reactive(None)

    def __init__(self, *, show_command_palette: bool = True, id: str | None = None) -> None:
        super().__init__(id=id)
        self.set_reactive(ReaderFooter.show_command_palette, show_command_palette)
        self.entries: tuple[FooterEntry, ...] = ()
        self._cells: list[tuple[int, int, FooterEntry]] = []  # where each key was drawn

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)
        self.bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen) -> None:
        if not self.is_attached or screen is not self.screen:
            return
        entries = self._entries()
        if entries != self.entries:
            self.entries = entries
            self.refresh()

    def watch_show_command_palette(self) -> None:
        if not self.is_attached:
            return
        self.entries = self._entries()
        self.refresh()

    def _entries(self) -> tuple[FooterEntry, ...]:
        app = self.app
        active = self.screen.active_bindings
        shown: dict[str, FooterEntry] = {}  # one per action, as Textual's footer shows them
        for _, binding, enabled, _ in active.values():
            if binding.show and binding.action not in shown:
                shown[binding.action] = FooterEntry(
                    binding.key,
                    app.get_key_display(binding),
                    binding.description,
                    enabled,
                    action=binding.action,
                )
        entries = list(shown.values())
        if self.show_command_palette and app.ENABLE_COMMAND_PALETTE:
            palette = active.get(app.COMMAND_PALETTE_BINDING)
            if palette is not None:
                _, binding, enabled, _ = palette
                entries.append(
                    FooterEntry(
                        binding.key,
                        app.get_key_display(binding),
                        binding.description,
                        enabled,
                        palette=True,
                    )
                )
        return tuple(entries)

    def _entry_text(self, entry: FooterEntry, edge: bool = False) -> Text:
        key_style = self.get_component_rich_style("footer-key--key")
        description_style = self.get_component_rich_style("footer-key--description")
        text = Text(end="")
        if edge:  # the palette's key: a rule on its left, in its padding's place
            text.append("▏", style=self.get_component_rich_style("footer--palette-edge"))
        text.append(f"{'' if edge else ' '}{entry.display} ", style=key_style)
        if entry.description:
            text.append(f"{entry.description} ", style=description_style)
        if not entry.enabled:
            text.stylize(self.get_component_rich_style("footer-key--disabled", partial=True))
        if entry.key == self._hover:
            text.stylize(self.get_component_rich_style("footer-key--hover", partial=True))
        return text

    def render(self) -> Text:
        width = self.size.width
        keys = [e for e in self.entries if not e.palette]
        palettes = [e for e in self.entries if e.palette]
        right = self._entry_text(palettes[0], edge=True) if palettes else Text(end="")
        room = width - right.cell_len
        line = Text(end="", no_wrap=True, overflow="crop")
        self._cells = []
        drawn_keys = [(entry, self._entry_text(entry)) for entry in keys]
        if sum(text.cell_len for _, text in drawn_keys) > room:
            # Too narrow for all: help and quit stay, at the end; the others as fit.
            kept = [(e, t) for e, t in drawn_keys if e.action in _ALWAYS_SHOWN]
            others = [(e, t) for e, t in drawn_keys if e.action not in _ALWAYS_SHOWN]
            room_for_others = room - sum(t.cell_len for _, t in kept)
            fitting, used = [], 0
            for entry, text in others:
                if used + text.cell_len > room_for_others:
                    break  # a key is shown whole or not at all
                fitting.append((entry, text))
                used += text.cell_len
            drawn_keys = [*fitting, *kept]
        for entry, drawn in drawn_keys:
            if line.cell_len + drawn.cell_len > room:
                break
            self._cells.append((line.cell_len, line.cell_len + drawn.cell_len, entry))
            line.append_text(drawn)
        if palettes and room >= 0:
            line.append(" " * (room - line.cell_len))
            self._cells.append((room, width, palettes[0]))
            line.append_text(right)
        return line

    def drawn(self) -> list[tuple[int, int, FooterEntry]]:
        """The keys in view, left to right (the palette's last), with the columns each
        takes: from, to (past its end)."""
        return list(self._cells)

    def shown(self) -> list[FooterEntry]:
        """The keys in view, left to right."""
        return [entry for _, _, entry in self._cells]

    def _entry_at(self, x: int) -> FooterEntry | None:
        return next((entry for start, end, entry in self._cells if start <= x < end), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        entry = self._entry_at(event.x)
        self._hover = entry.key if entry is not None else None

    def on_leave(self) -> None:
        self._hover = None

    def on_click(self, event: events.Click) -> None:
        entry = self._entry_at(event.x)
        if entry is None:
            return
        if entry.enabled:
            self.app.simulate_key(entry.key)
        else:
            self.app.bell()
