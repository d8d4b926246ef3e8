"""Links' addresses written after their words: a browser's page saved as text.

Firefox's "save as text" writes each link as its words and then its address in angle
brackets (`下一篇 <http://…/content_4402.htm>`, `大 <javascript:fontZoom(18)>`), and a
long line of them wraps, an address alone on the next line. The addresses are the
page's, none of the bulletin's words: where a file writes them so, lines are read
without them (furniture keeps them as written).
"""

from __future__ import annotations

import re

# A link's address in angle brackets, the space before it.
_ADDRESS = re.compile(r"[ \t]?<(?:https?|ftp|mailto|javascript):[^<>\s]*>")
# Lines with an address a file must have for the habit to be its.
_MIN_ADDRESSED = 3


def addressed_lines(raw_lines: list[str]) -> dict[int, str]:
    """Each line that carries a link's address → the line without it; empty unless the
    file writes addresses so on three lines or more."""
    found = {
        k: _ADDRESS.sub("", raw)
        for k, raw in enumerate(raw_lines)
        if "<" in raw and _ADDRESS.search(raw)
    }
    return found if len(found) >= _MIN_ADDRESSED else {}
