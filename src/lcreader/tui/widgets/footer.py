"""The reader's footer: Textual's, rebuilt only when the keys it shows change.

A move of the focus tells the footer its bindings changed twice (at once, and again
after the next frame); Textual's footer rebuilds all its keys each time, even when
they are the same keys, and at ×1000 the second rebuild kept escape's last frame
past 150 ms.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class ReaderFooter(Footer):
    _rebuild_pending = False
    _shown: tuple | None = None  # the keys shown: what a rebuild would show again

    def _keys(self) -> tuple:
        return tuple(
            (key, binding.action, binding.description, binding.key_display, enabled, tooltip)
            for key, (_, binding, enabled, tooltip) in self.screen.active_bindings.items()
            if binding.show
        )

    def bindings_changed(self, screen: Screen) -> None:
        # Textual's own, once for the changes before the next frame.
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._rebuild_pending:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild)

    async def _rebuild(self) -> None:
        self._rebuild_pending = False
        keys = self._keys()
        if keys != self._shown:
            self._shown = keys
            await self.recompose()
