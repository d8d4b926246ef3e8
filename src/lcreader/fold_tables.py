"""Precomputed character tables shipped as package data, so a search never imports
the libraries they come from: `data/t2s.txt` holds every CJK character OpenCC's `t2s`
turns into another single character, one `繁简` pair a line (folding); `data/pinyin.txt`
every CJK character's readings from pypinyin, without tones, `乐 le yue` (pinyin search:
importing pypinyin costs a Latin query a tenth of a second, the table a few ms).

`tools/make_tables.py` writes the files (`opencc_pairs`, `pypinyin_readings`); tests
check that the files agree with the libraries on every character of the CJK ranges.
"""

from __future__ import annotations

T2S_FILE = "t2s.txt"
PINYIN_FILE = "pinyin.txt"
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


def t2s_text() -> str:
    """The shipped table's text, for t2s_lookup."""
    from .data import read_text

    return read_text(T2S_FILE)


def t2s_lookup(text: str, ch: str) -> str:
    """What read_t2s() maps one CJK character to (itself when unlisted), found in the
    table's text: the last line `ch` and one character, as the dict keeps it."""
    found = ch
    at = text.find("\n" + ch)
    while at >= 0:
        end = text.find("\n", at + 1)
        line = text[at + 1 : end if end >= 0 else len(text)]
        if len(line) == 2:
            found = line[1]
        at = text.find("\n" + ch, at + 1)
    return found


PINYIN_HEADER = (
    "# CJK characters' readings without tones, as pypinyin gives them (heteronyms, ü\n"
    "# written v): a line per set of readings, then a tab and every character read so.\n"
    "# Written by tools/make_tables.py; do not edit.\n"
)


def pypinyin_readings() -> list[tuple[str, tuple[str, ...]]]:
    """(character, readings) for every CJK character pypinyin reads: its syllables
    without tones, in pypinyin's order, each once."""
    from pypinyin import Style, pinyin

    found = []
    for first, last in CJK_RANGES:
        for code in range(first, last + 1):
            ch = chr(code)
            read = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")
            syllables = [s for s in (read[0] if read else []) if s.isascii() and s.isalpha()]
            if syllables:
                found.append((ch, tuple(dict.fromkeys(syllables))))
    return found


def pinyin_text(readings: list[tuple[str, tuple[str, ...]]]) -> str:
    """The characters grouped by their readings: a few thousand lines, not forty
    thousand, so reading the table back is quick."""
    grouped: dict[tuple[str, ...], list[str]] = {}
    for ch, syllables in readings:
        grouped.setdefault(syllables, []).append(ch)
    return PINYIN_HEADER + "".join(
        f"{' '.join(syllables)}\t{''.join(chars)}\n" for syllables, chars in grouped.items()
    )


def read_pinyin() -> dict[str, tuple[str, ...]]:
    """The shipped readings: character → its syllables without tones."""
    from .data import read_text

    table: dict[str, tuple[str, ...]] = {}
    for line in read_text(PINYIN_FILE).splitlines():
        syllables, tab, chars = line.partition("\t")
        if tab and not line.startswith("#"):
            table.update(dict.fromkeys(chars, tuple(syllables.split(" "))))
    return table
