"""Bulletin text made safe to print: terminal control characters removed.

Stored text keeps everything as written; this runs only on the way to a screen.
Escape sequences lose their ESC (so `ESC[2J` shows as the harmless text `[2J`),
and bidi overrides and zero-width characters, which can disguise text, go too.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]"
)


def clean(text: str) -> str:
    """Text with control, bidi and zero-width characters removed; tabs become spaces."""
    return _UNSAFE.sub("", text.replace("\t", " "))
