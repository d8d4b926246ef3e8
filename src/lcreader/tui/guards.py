"""Guards against keys that come faster than the reader acts on them.

On a large library a key can wait in a queue while the reader is busy: the second of
two Enters then reaches a screen that is already closing. Textual would pop the screen
a second time (`ScreenStackError: Can't pop screen`, the reader gone), and a key typed
into the palette would run as a reader key once the palette is gone (`r` toggling a
read mark). Each screen here closes once; keys that were typed into a closing palette
are dropped, not handed to the screen beneath.
"""

from __future__ import annotations

from textual import events, on
from textual.await_complete import AwaitComplete
from textual.command import CommandPalette
from textual.screen import Screen
from textual.widgets import Button, Input

from ..messages import message
from .palette import ReaderPalette as LocalPalette
from .palette import ThemeCommands


async def _nothing() -> None:
    return None


class ClosesOnce:
    """A screen that is dismissed once: a repeated Enter or Escape while it closes does
    nothing (its result callback ran already, and the stack is not popped again)."""

    _dismissed = False

    def dismiss(self, result=None) -> AwaitComplete:
        if self._dismissed:
            return AwaitComplete(_nothing())
        self._dismissed = True
        return super().dismiss(result)


class ReaderPalette(ClosesOnce, LocalPalette):
    """The reader's palette (in the user's language) that runs one command and takes no
    keys once it closes."""

    def dismiss(self, result=None) -> AwaitComplete:
        if not self._dismissed:
            # Keys on their way while the palette closes were typed into it.
            self.app.drop_keys_while_closing()
        return super().dismiss(result)

    # Textual calls its own handler of these messages too, after this one (a decorated
    # handler is found by the class it was written in): this one only stops a repeat.
    @on(Input.Submitted)
    @on(Button.Pressed)
    def _select_or_command(self, event: Input.Submitted | Button.Pressed | None = None) -> None:
        if self._dismissed:  # an entry was chosen already: a second Enter does nothing
            if event is not None:
                event.stop()
                event.prevent_default()
        elif event is None:  # called by the palette itself, not as a message's handler
            super()._select_or_command()

    def _action_escape(self) -> None:
        if not self._dismissed:
            super()._action_escape()

    def _action_command_list(self, action: str) -> None:
        if not self._dismissed:
            super()._action_command_list(action)

    async def on_key(self, event: events.Key) -> None:
        # A key bubbles up from the palette's input to the app, which looks it up in the
        # keys of whatever screen is on top by then: marked as the palette's, so that the
        # app drops it once the palette is gone (see `typed_into_closed_palette`).
        event._lcreader_palette = self
        if self._dismissed:
            event.stop()
            event.prevent_default()


class PaletteGuards:
    """The reader's palettes, and keys typed for them kept from the reader. Mixed into
    `ReaderApp`."""

    def action_command_palette(self) -> None:
        """Textual's palette, with its hint in the user's language."""
        if self.use_command_palette and not CommandPalette.is_open(self):
            placeholder = message("palette.placeholder")
            self.push_screen(ReaderPalette(id="--command-palette", placeholder=placeholder))

    def search_themes(self) -> None:
        """The theme list (the palette's 配色), in the user's language, in a palette that
        closes once."""
        placeholder = message("palette.theme_placeholder")
        self.push_screen(ReaderPalette(providers=[ThemeCommands], placeholder=placeholder))

    def drop_keys_while_closing(self) -> None:
        """Keys that arrive while the palette closes and its command runs (building a
        page at a large library) were typed for the palette, not for the reader: dropped
        until the keys queued by then are done with."""
        self._dropping_keys = True

        def take_keys() -> None:
            self._dropping_keys = False

        # Queued behind the palette's command, which is queued right after this call.
        self.call_later(self.call_later, take_keys)

    async def on_event(self, event) -> None:
        dropping = getattr(self, "_dropping_keys", False)
        if dropping and isinstance(event, events.Key) and not event.is_forwarded:
            return
        await super().on_event(event)

    def _on_key(self, event) -> None:
        # A key that bubbled up from a palette that has closed was typed for the
        # palette: not a reader key (it would toggle a read mark unseen). Textual calls
        # App's own handler after this one unless the default is prevented.
        if _typed_into_closed_palette(event, self.screen_stack):
            event.prevent_default()


def _typed_into_closed_palette(event: events.Key, stack: list[Screen]) -> bool:
    """Whether the key was typed into a palette that is no longer on the screen stack."""
    palette = getattr(event, "_lcreader_palette", None)
    return palette is not None and (palette._dismissed or palette not in stack)
