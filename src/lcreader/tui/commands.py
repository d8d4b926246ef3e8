"""Command palette (ctrl+p): jump to any article, person or department by name.

Labels are matched through the search's folding, so `統戰` finds `统战` and `ＡＢ`
finds `ab`: the folded label has the original's offsets, so the marks land right.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import weakref
from collections.abc import Callable
from functools import partial
from typing import NamedTuple

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from ..expansions.pinyin import find, is_latin
from ..issue_names import issue_names
from ..kinds import KINDS
from ..messages import message
from ..textkey import fold, fold_query
from .widgets.shown_text import label_text

MATCH_STYLE = "reverse"


# Entries matched between two moments the palette gives the screen back: the typed
# character is drawn at once, not after every entry of a large library is matched.
MATCHED_AT_ONCE = 2000
# Entries listed at most: the best matches of a query, the first articles before one.
LISTED = 200


class Entry(NamedTuple):
    label: str
    folded: str  # the label as search folds it (統戰 -> 统战), offset for offset
    command: Callable[[], object]
    help: str


# (the app, its library, the library's issue count, the entries): the entries' commands
# are the app's, so they are made again for another app on the same library.
_last: tuple[weakref.ref, weakref.ref, int, list[Entry]] | None = None


def palette_entries(app) -> list[Entry]:
    """Every article, person and department of the app's library as a palette entry,
    made once for the library as it is (×1000: 36,000 entries, a few tenths of a
    second to make; a keystroke then only matches them)."""
    global _last
    library = app.library
    known = _last
    if known and known[0]() is app and known[1]() is library and known[2] == len(library.issues):
        return known[3]
    entries = [Entry(label, fold(label), command, help) for label, command, help in _made(app)]
    _last = (weakref.ref(app), weakref.ref(library), len(library.issues), entries)
    return entries


def _made(app):
    library = app.library
    article_label = message("palette.article")
    names = issue_names(library)
    for issue in library.issues:
        name = names.name(issue)
        issue_name = name.full  # as printed, never the file's name
        # An issue named by its headline: the place said as the issue's (本期第 2 篇).
        help_key = "palette.article_help_lead" if name.lead else "palette.article_help"
        for number, article in enumerate(issue.articles, 1):
            title = label_text(article.title)
            help_text = message(help_key, issue=issue_name, number=number)
            command = partial(app.jump_to_article, article.id)
            yield f"{article_label} {title}", command, help_text
    for kind in KINDS:
        help_text = message("palette.page_help", kind=message(f"entity.{kind.name}"))
        for entry in kind.entries(library):
            command = partial(app.open_entity_page, kind.name, entry.name)
            yield f"{kind.label} {label_text(entry.name)}", command, help_text


def _match(
    search, folded_query: str, label: str, folded: str | None = None
) -> tuple[float, list[int]]:
    """The fuzzy match of the folded query on the folded label; failing that, for a
    query of Latin letters, its pinyin spelling a run of the name after the label's
    kind (`tz` finds 统战, `ly` 乐跃明): (score, offsets), (0, []) for none."""
    score, offsets = search.match(folded_query, fold(label) if folded is None else folded)
    if score > 0:
        return score, list(offsets)
    if not is_latin(folded_query):
        return 0, []
    name_at = label.find(" ") + 1
    found = find(folded_query, label[name_at:])
    if found is None:
        return 0, []
    start, end = found
    # As many points as characters spelled, more where the name starts with them.
    return (end - start) * (2 if start == 0 else 1), list(range(name_at + start, name_at + end))


class LibraryCommands(Provider):
    async def startup(self) -> None:
        # Made in a thread: the palette opens, and takes typed characters, meanwhile.
        self._listed = await asyncio.to_thread(palette_entries, self.app)

    def _entries(self):
        """(label, command, help) of every entry."""
        return [(e.label, e.command, e.help) for e in self._all()]

    def _all(self) -> list[Entry]:
        listed = getattr(self, "_listed", None)
        return listed if listed is not None else palette_entries(self.app)

    async def search(self, query: str) -> Hits:
        search = self.matcher(query).fuzzy_search
        folded_query = fold_query(query)
        found = []
        for number, entry in enumerate(self._all()):
            if number % MATCHED_AT_ONCE == 0:
                await asyncio.sleep(0)  # the screen's turn: the typed character drawn
            score, offsets = _match(search, folded_query, entry.label, entry.folded)
            if score > 0:
                found.append((score, number, offsets))
        # The best only: the palette measures every row it lists (×1000, `乐` matches
        # 1,153 entries: most of a second), and no one reads past the first screens.
        for score, number, offsets in heapq.nlargest(LISTED, found):
            entry = self._all()[number]
            prompt = Text(entry.label)
            for offset in offsets:
                prompt.stylize(MATCH_STYLE, offset, offset + 1)
            # The help line is read as Textual markup: bulletin text must not be.
            yield Hit(score, prompt, entry.command, text=entry.label, help=_plain(entry.help))

    async def discover(self) -> Hits:
        """What the palette lists before a key is typed: the first articles (all of a
        large library's were measured as the list was made, seconds at ×1000)."""
        article_label = message("palette.article")
        articles = (e for e in self._all() if e.label.startswith(article_label))
        for entry in itertools.islice(articles, LISTED):
            label = entry.label
            yield DiscoveryHit(Text(label), entry.command, text=label, help=_plain(entry.help))


def _plain(help_text: str | None) -> str | None:
    """A help line as text: its brackets escaped, so Textual reads no markup in it."""
    from textual.markup import escape

    return escape(help_text) if help_text else help_text
