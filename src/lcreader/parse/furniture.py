"""Page furniture: running headers and footers, and the issue facts they carry.

A printed page repeats the paper's name, the page (`第2版`, `- 3 -`) and the date or
issue number (`2023年5月18日`, `2022年第3期`) at its top or bottom. Extraction puts those
lines wherever the page broke, even inside a sentence. A line is furniture when it is
short, has no sentence punctuation, and either names a page, is nothing but a date or
an issue number, or repeats (digits aside) with a date or issue number in it; a short
line repeated beside such lines (the paper's name) is furniture too. Furniture leaves
the body and is kept, as written, in the issue.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

_MAX_FURNITURE = 50
_SENTENCE = re.compile(r"[。！？!?；;，,“”\"]")
_DIGITS = "0-9０-９"
_CN_DIGITS = "一二三四五六七八九十"
_PAGE = re.compile(rf"第\s*([{_DIGITS}{_CN_DIGITS}]{{1,3}})\s*[版页]")
_BARE_PAGE = re.compile(rf"^[-—–－―─·•=\s]*([{_DIGITS}]{{1,3}})[-—–－―─·•=\s]*$")
_PAGE_WORD = re.compile(rf"(?:^|\s)(?:page|p\.?)\s*([{_DIGITS}]{{1,3}})\s*$", re.I)
_NUMBER = re.compile(rf"(?<!总)第\s*[{_DIGITS}]{{1,4}}\s*期")
_ANY_NUMBER = re.compile(rf"第\s*[{_DIGITS}]{{1,4}}\s*期")
_DATE = re.compile(
    rf"([12][{_DIGITS}]{{3}})\s*[年.\-/／]\s*([{_DIGITS}]{{1,2}})\s*(?:月|[.\-/／])"
    rf"(?:\s*([{_DIGITS}]{{1,2}})\s*日?)?"
)
_ONLY_DATE = re.compile(
    rf"^\s*{_DATE.pattern}\s*(?:[(（]?(?:星期|周)[一二三四五六日天][)）]?)?\s*$"
)
# A bracketed line is a byline or a label, never the paper's name.
_BRACKETED = re.compile(r"[()（）]")
# An issue number beside the paper's name: `杨浦融媒周刊　第24期（总第1186期）`.
_MASTHEAD = re.compile(r"总第|(?:报|刊|通讯|简报|快讯)[\s\u3000]*(?:第|[（(]|\d)")
_CN_NUMBERS = {ch: k for k, ch in enumerate(_CN_DIGITS, start=1)}


@dataclass
class Furniture:
    """The furniture lines of an issue (by line index) and what they say."""

    lines: dict[int, str] = field(default_factory=dict)
    # Line index -> the rule that made it furniture, for `doctor --explain`.
    rules: dict[int, str] = field(default_factory=dict)
    date: str | None = None
    number: str | None = None
    pages: list[int] = field(default_factory=list)


def _digits(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _page_number(text: str) -> int | None:
    for pattern in (_PAGE, _BARE_PAGE, _PAGE_WORD):
        match = pattern.search(text)
        if match:
            value = _digits(match.group(1))
            if value.isdigit():
                return int(value)
            if value in _CN_NUMBERS:
                return _CN_NUMBERS[value]
            if len(value) == 2 and value[0] == "十":
                return 10 + _CN_NUMBERS.get(value[1], 0)
    return None


def _candidate(text: str) -> bool:
    return 0 < len(text) <= _MAX_FURNITURE and not _SENTENCE.search(text) and "#" not in text[:1]


def _shape(text: str) -> str:
    """A line with its digits and spacing made alike, so page 2's header matches page 3's."""
    return re.sub(rf"[{_DIGITS}{_CN_DIGITS}]+", "#", re.sub(r"\s+", "", text))


def find_furniture(raw_lines: list[str]) -> Furniture:
    """The furniture among an issue's lines (stripped, blank ones included)."""
    texts = [line.strip() for line in raw_lines]
    candidates = [k for k, t in enumerate(texts) if _candidate(t)]
    shapes = Counter(_shape(texts[k]) for k in candidates)
    found: dict[int, str] = {}
    rules: dict[int, str] = {}
    for k in candidates:
        text = texts[k]
        if text.startswith("#"):
            continue  # a marked heading is the paper's own text, whatever it says
        rule = _furniture_rule(text, shapes)
        if rule:
            found[k], rules[k] = text, rule
    for k in _add_companions(texts, found, candidates):
        rules[k] = "furniture.name"
    furniture = _facts(found)
    furniture.rules = rules
    return furniture


def _furniture_rule(text: str, shapes: Counter) -> str | None:
    """Why a short unpunctuated line is a running header or footer, or None."""
    dated = bool(_DATE.search(text))
    numbered = bool(_ANY_NUMBER.search(text))
    if _page_number(text) is not None:
        return "furniture.page"
    if _ONLY_DATE.match(text):
        return "furniture.date"
    if dated and numbered:
        return "furniture.date_number"
    if dated and shapes[_shape(text)] >= 2:
        return "furniture.repeated_date"
    if numbered and _MASTHEAD.search(text):
        return "furniture.masthead_number"
    if numbered and shapes[_shape(text)] >= 2:
        return "furniture.repeated_number"
    return None


def _neighbours(texts: list[str], k: int) -> tuple[int | None, int | None]:
    before = next((j for j in range(k - 1, -1, -1) if texts[j]), None)
    after = next((j for j in range(k + 1, len(texts)) if texts[j]), None)
    return before, after


def _add_companions(texts: list[str], found: dict[int, str], candidates: list[int]) -> list[int]:
    """The paper's name beside its page line: repeated, short, always next to furniture,
    on two pages at least."""
    added: list[int] = []
    # The paper's name repeats exactly, unlike a page line.
    by_text: dict[str, list[int]] = {}
    for k in candidates:
        text = texts[k]
        if k not in found and len(text) <= 20 and not _BRACKETED.search(text):
            by_text.setdefault(text, []).append(k)
    for places in by_text.values():
        beside = [
            {j for j in _neighbours(texts, k) if j is not None and j in found} for k in places
        ]
        # On two pages at least: beside two different page lines, and beside one each time.
        if len(places) >= 2 and all(beside) and len(set().union(*beside)) >= 2:
            found.update((k, texts[k]) for k in places)
            added.extend(places)
    return added


def _facts(found: dict[int, str]) -> Furniture:
    furniture = Furniture(lines=dict(sorted(found.items())))
    pages = {p for text in found.values() if (p := _page_number(text)) is not None}
    # The pages the text names: an extract may hold pages 3 and 4 alone.
    furniture.pages = sorted(pages)
    dates = [m for text in furniture.lines.values() for m in _DATE.finditer(text)]
    full = [m for m in dates if m.group(3)]
    if full or dates:
        year, month, day = (int(_digits(g)) if g else None for g in (full or dates)[0].groups())
        if 1 <= month <= 12:
            furniture.date = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    numbers = [m.group(0) for text in furniture.lines.values() for m in _NUMBER.finditer(text)]
    if numbers:
        furniture.number = numbers[0]
    return furniture
