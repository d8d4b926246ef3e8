"""A layout program's dump of its page items, each as `name: text` (Scribus's
ExtractText: `文本5: 湖畔书房开张了`, `图像6: /…/shufang-01.jpg`): the item's name is
the program's, not the paper's, a mark like a mail's `> `. Each text item is read
without it, a blank line before it as between a page's boxes; a picture's item (a
file's path or nothing after its name) stays whole, the place a picture stood (the
issue's furniture).
"""

from __future__ import annotations

import re
from collections import Counter

# An item's name: one word and its number, then a colon (`文本12:`, `Text12:`, `图像6：`).
_NAMED_ITEM = re.compile(r"^(?P<name>(?P<word>[^\W\d_]{1,8})(?P<number>\d{1,4})[:：])[ \t\u3000]*")
_ANY_NAMED_ITEM = re.compile(_NAMED_ITEM.pattern, re.M)
# Fewest items named with one word that make the text such a dump.
MIN_ITEMS = 4
# A picture's item: the file it shows (`/home/…/a.jpg`, `C:\…\a.png`) or nothing.
_PICTURE_FILE = re.compile(
    r"^(?:|\S*[\\/]\S*|\S+\.(?:jpe?g|png|gif|tiff?|bmp|eps|psd|pdf|svg|webp))[ \t\u3000]*$", re.I
)


def item_names(lines: list[str]) -> str | None:
    """The word naming the dump's text items, where the text is such a dump."""
    words: Counter[str] = Counter()
    numbers: dict[str, set[str]] = {}
    for line in lines:
        named = _NAMED_ITEM.match(line)
        if named:
            words[named["word"]] += 1
            numbers.setdefault(named["word"], set()).add(named["number"])
    for word, count in words.most_common():
        # each item named once: numbers a list's items share are no names
        if count >= MIN_ITEMS and len(numbers[word]) == count:
            return word
    return None


def split_named_items(text: str) -> str:
    """The text with each named item set apart, its name on a line of its own."""
    if not _ANY_NAMED_ITEM.search(text):
        return text  # (the cheap test first, in one pass: most texts name no item)
    lines = text.split("\n")
    if item_names(lines) is None:
        return text
    out: list[str] = []
    for line in lines:
        named = _NAMED_ITEM.match(line)
        if named is None:
            out.append(line)
            continue
        if out and out[-1].strip():
            out.append("")
        rest = line[named.end() :]
        # (a picture's place, its file named, stays whole)
        out.append(line if _PICTURE_FILE.match(rest) else rest)
    return "\n".join(out)


def picture_items(texts: list[str]) -> list[int]:
    """The lines that are a dumped picture's item: its name and the file it shows
    (`图像6: /…/a.jpg`), or its name alone where the same word names such an item."""
    found: dict[int, tuple[str, str]] = {}  # line -> (the item's word, what follows it)
    for k, text in enumerate(texts):
        named = _NAMED_ITEM.match(text)
        if named and _PICTURE_FILE.match(rest := text[named.end() :]):
            found[k] = (named["word"], rest)
    shown = {word for word, rest in found.values() if rest}
    return sorted(k for k, (word, _) in found.items() if word in shown)
