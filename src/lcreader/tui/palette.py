"""The command palette in the user's language: Textual's own entries (theme, quit …)
found by their Chinese or English names, its `No matches found`, and the theme picker
(its placeholder, each theme said as dark or light beside its proper name)."""

from __future__ import annotations

from functools import partial

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.system_commands import SystemCommandsProvider
from textual.widgets.option_list import Option

from ..messages import MESSAGES, message

# Textual's palette entries by their English titles -> our message keys.
SYSTEM_COMMANDS = {
    "Theme": "palette.theme",
    "Quit": "palette.quit",
    "Keys": "palette.keys",
    "Maximize": "palette.maximize",
    "Minimize": "palette.minimize",
    "Screenshot": "palette.screenshot",
}


class ReaderPalette(CommandPalette):
    """Textual's palette, saying it found nothing in the user's language."""

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Textual's own (command.py), with its English line in the user's language.
        self._stop_no_matches_countdown()

        def say_no_matches() -> None:
            if search_value:  # else the palette was only listing what it offers
                nothing = Text(message("palette.no_matches"), style="not bold")
                self.query_one(CommandList).add_option(
                    Option(Align.center(nothing), disabled=True, id=self._NO_MATCHES)
                )
            self._list_visible = bool(search_value)

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, say_no_matches)


class ReaderSystemCommands(SystemCommandsProvider):
    """Textual's entries, found by their titles in the user's language or in English
    (`theme` finds 主题, as the docs and the web call it)."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        english = {message(f"{key}.title"): name for name, key in SYSTEM_COMMANDS.items()}
        for name, help_text, callback, *_ in self.app.get_system_commands(self.screen):
            score = matcher.match(name)
            prompt = matcher.highlight(name) if score > 0 else Text(name)
            if score <= 0 and name in english:
                score = matcher.match(english[name])
            if score > 0:
                yield Hit(score, prompt, callback, help=help_text)


def theme_label(name: str, dark: bool) -> str:
    """`深色 · 北境`: a theme's name in the user's language (its proper name where it has
    none there, a theme of the user's own), said as dark or light."""
    kind = message("palette.theme_dark" if dark else "palette.theme_light")
    key = f"theme.{name}"
    return f"{kind} · {message(key) if key in MESSAGES else name}"


class ThemeCommands(Provider):
    """The theme picker's entries, found by their names in the user's language or by
    their proper names (`nord`, as the web calls it)."""

    def _commands(self):
        app = self.app

        def choose(name: str) -> None:
            app.theme = name

        themes = sorted(app.available_themes.values(), key=lambda t: (not t.dark, t.name))
        return [(theme_label(t.name, t.dark), t.name, partial(choose, t.name)) for t in themes]

    async def discover(self) -> Hits:
        for label, _, command in self._commands():
            yield DiscoveryHit(label, command)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, name, command in self._commands():
            if (score := matcher.match(label)) > 0:
                yield Hit(score, matcher.highlight(label), command)
            elif (score := matcher.match(name)) > 0:
                yield Hit(score, Text(label), command)
