"""Read marks and bookmarks follow an article whose structure a correction changed.

Marks are keyed by the file and the article's title (reading.py). A correction can
change a title (a new title, a split, a join), so the key an article had is no longer
found. An article is followed by its first line: after the change, the article that
holds that line is the one the mark was on (after a join, the article it joined).
"""

from __future__ import annotations

from .parse import Layout
from .reading import Reading, title_key


def _keys_and_first_lines(source: str, layout: Layout) -> list[tuple[str, int]]:
    """(stable key, first source line) of each article of a layout, in order."""
    first: dict[int, int] = {}
    for placement in layout.placements:
        if placement.role != "furniture":
            number = layout.lines[placement.line].number
            first[placement.article] = min(number, first.get(placement.article, number))
    seen: dict[str, int] = {}
    found = []
    for article, draft in enumerate(layout.drafts):
        occurrence = seen.get(draft.title, 0)
        seen[draft.title] = occurrence + 1
        found.append((title_key(source, draft.title, occurrence), first.get(article, 0)))
    return found


def article_of_line(layout: Layout, number: int) -> int | None:
    """The 0-based article holding source line `number`, or None (furniture, blank)."""
    return next(
        (
            p.article
            for p in layout.placements
            if p.role != "furniture" and layout.lines[p.line].number == number
        ),
        None,
    )


def moves(source: str, before: Layout, after: Layout) -> dict[str, tuple[str, int]]:
    """Old key → (new key, 0-based article) for each article whose key changed."""
    new_keys = _keys_and_first_lines(source, after)
    found = {}
    for key, line in _keys_and_first_lines(source, before):
        article = article_of_line(after, line)
        if article is not None and new_keys[article][0] != key:
            found[key] = (new_keys[article][0], article)
    return found


def move_marks(
    reading: Reading, moved: dict[str, tuple[str, int]], issue_id: str, titles: list[str]
) -> list[str]:
    """Move the read marks and bookmarks; the titles of the articles bookmarks moved to."""
    said = []
    for old, (new, article) in moved.items():
        if old in reading.read:
            reading.read.discard(old)
            reading.read.add(new)
        for bookmark in reading.bookmarks:
            if bookmark.key == old:
                bookmark.key, bookmark.article = new, f"{issue_id}/{article + 1}"
                bookmark.title = titles[article]
                said.append(bookmark.title)
    kept: set[str] = set()  # two bookmarked articles joined: one bookmark
    reading.bookmarks[:] = [b for b in reading.bookmarks if not (b.key in kept or kept.add(b.key))]
    return said
