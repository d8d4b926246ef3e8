"""Command palette (ctrl+p): jump to any article, person or department by name."""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from ..kinds import KINDS
from ..safe_text import clean


class LibraryCommands(Provider):
    def _entries(self):
        app = self.app
        library = app.library
        for article in library.articles():
            title = clean(article.title)
            yield f"文章 {title}", partial(app.jump_to_article, article.id), f"article {article.id}"
        for kind in KINDS:
            for entry in kind.entries(library):
                command = partial(app.apply_filter, kind.name, entry.name)
                yield f"{kind.label} {clean(entry.name)}", command, f"filter by {kind.name}"

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, command, help_text in self._entries():
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, Text(label), command, text=label, help=help_text)

    async def discover(self) -> Hits:
        for label, command, help_text in self._entries():
            if label.startswith("文章"):
                yield DiscoveryHit(Text(label), command, text=label, help=help_text)
