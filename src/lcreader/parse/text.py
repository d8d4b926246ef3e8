"""Character classes and punctuation rules of Chinese bulletin text."""

from __future__ import annotations

import re

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

# A sentence or clause that is complete ends with one of these (after closers).
TERMINAL = frozenset("。！？!?；;…：:")
CLOSERS = "”’」』）)》】〕\"'"
SENTENCE_INSIDE = re.compile(r"[。！？!?；;]")
COMMA = re.compile(r"[，,]")
# A photo caption's position mark: (左三), （右一）, (中), (前排左二), (左起).
POSITION_MARK = re.compile(
    r"[(（](?:前排|后排|第[一二三四五六七八九十\d]+排)?(?:从?左(?:起|至右)?|右(?:起)?|中)"
    r"[一二三四五六七八九十\d]*[)）]"
)


def is_terminated(text: str) -> bool:
    """Whether the text ends a sentence or clause (closing quotes and brackets allowed)."""
    stripped = text.rstrip().rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in TERMINAL


def join_pieces(left: str, right: str) -> str:
    """Join two halves of a paragraph cut by a page or column break."""
    if left and right and _latin(left[-1]) and _latin(right[0]):
        return f"{left} {right}"
    return left + right


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()
