"""Bulletin text cut to what a row can show, before Rich measures it.

A title or a paragraph may be megabytes on one line. Rich measures a Text it crops
or wraps (cell widths, graphemes) over its whole length, and the reader redraws a
label on every frame: a 10 MB title in the issue tree kept the reader at 100% CPU,
its first screen never drawn. Labels are cut here first; the widgets' own cropping
(the Chinese rules, the `…` marker) then works on a few hundred characters.
"""

from __future__ import annotations

from ...safe_text import clean

# No row shows more than this many characters: at two cells a character, a terminal
# 800 cells wide. Cut here, a label ends in `…`, as a cropped one does.
LABEL_CHARS = 400
ELLIPSIS = "…"


def label_text(text: str, limit: int = LABEL_CHARS) -> str:
    """`text` cleaned (safe_text.clean), cut to `limit` characters and `…` when longer.
    Only the part kept is read: a label costs the same whatever the text's length."""
    if len(text) <= limit:
        return clean(text)
    return clean(text[:limit]) + ELLIPSIS
