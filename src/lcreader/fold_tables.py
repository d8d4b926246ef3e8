"""Precomputed folding tables shipped as package data, so folding a query never
imports OpenCC: `data/t2s.txt` holds every CJK character OpenCC's `t2s` turns into
another single character, one `繁简` pair a line.

`tools/make_tables.py` writes the file from OpenCC (`opencc_pairs`); a test checks that
the file agrees with OpenCC on every character of the CJK ranges folding converts.
"""

from __future__ import annotations

T2S_FILE = "t2s.txt"
# The code points folding converts from traditional to simplified (textkey._is_cjk).
CJK_RANGES = ((0x3400, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F))
HEADER = (
    "# Traditional → simplified, one character each: every CJK character OpenCC's t2s\n"
    "# converts to another single character. Written by tools/make_tables.py; do not edit.\n"
)


def opencc_pairs() -> list[tuple[str, str]]:
    """(traditional, simplified) for every character OpenCC's t2s converts, one at a
    time as folding asks it, to one other character."""
    import opencc

    converter = opencc.OpenCC("t2s")
    pairs = []
    for first, last in CJK_RANGES:
        for code in range(first, last + 1):
            ch = chr(code)
            simplified = converter.convert(ch)
            if simplified != ch and len(simplified) == 1:
                pairs.append((ch, simplified))
    return pairs


def table_text(pairs: list[tuple[str, str]]) -> str:
    return HEADER + "".join(f"{a}{b}\n" for a, b in pairs)


def read_t2s() -> dict[str, str]:
    """The shipped table: traditional character → simplified character."""
    from .data import read_text

    return {
        line[0]: line[1]
        for line in read_text(T2S_FILE).splitlines()
        if len(line) == 2 and not line.startswith("#")
    }
