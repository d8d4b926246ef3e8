"""Bylines: `(党建办 杜嵩)`, `(党建办 刘冬萌、自治办 张琳璘)`, `（党群中心）`."""

from __future__ import annotations

import re

from ..model import Byline
from .text import HAN, POSITION_MARK, is_terminated

# Endings that make a word an organisation rather than a person.
ORG_SUFFIXES = (
    "办公室", "委员会", "联合会", "服务社", "居民区", "中心", "工会", "党委", "支部", "总支",
    "街道", "居委", "协会", "学会", "基地", "公司", "学校", "医院", "商会", "办", "会", "所",
    "站", "部", "局", "委", "科", "组", "室", "队", "院", "校", "处", "社", "馆", "厅", "署",
    "团", "行",
)  # fmt: skip

_NAME = re.compile(rf"[{HAN}]{{2,4}}|[{HAN}]{{1,6}}·[{HAN}]{{1,8}}")
_ORG = re.compile(rf"[{HAN}A-Za-z0-9（）()]{{2,30}}")
# Newspaper end marks that look like a two-character name in parentheses.
_NOT_NAMES = frozenset({"完", "待续", "未完", "未完待续", "续完", "全文完", "图片", "资料图"})
_ENTRY_SPLIT = re.compile(r"[、，,；;／/]+")
_FORBIDDEN = re.compile(r"[。！？!?：:“”\"《》…]|简称|以下|下同|注")
_PARENS = re.compile(r"^[(（]([^()（）\n]{1,60})[)）]$")
_INLINE = re.compile(r"^(?P<body>.*\S)\s*[(（](?P<content>[^()（）\n]{1,60})[)）]\s*$")


def is_department(word: str) -> bool:
    return len(word) >= 3 and word.endswith(ORG_SUFFIXES) and bool(_ORG.fullmatch(word))


def is_name(word: str) -> bool:
    return bool(_NAME.fullmatch(word)) and word not in _NOT_NAMES and not is_department(word)


def parse_byline(content: str) -> list[Byline] | None:
    """The entries of a byline's inner text, or None if it is not a byline."""
    content = content.strip()
    if not content or _FORBIDDEN.search(content) or POSITION_MARK.fullmatch(f"({content})"):
        return None
    entries: list[Byline] = []
    for entry in _ENTRY_SPLIT.split(content):
        parts = entry.split()
        if not parts:
            return None
        parsed = _parse_entry(parts, entries[-1].department if entries else None)
        if parsed is None:
            return None
        entries.extend(parsed)
    return entries or None


def _parse_entry(parts: list[str], inherited: str | None) -> list[Byline] | None:
    if len(parts) == 1:
        word = parts[0]
        if is_department(word):
            return [Byline(department=word)]
        if is_name(word):
            return [Byline(department=inherited, author=word)]
        return _split_joined(word)
    department, authors = parts[0], parts[1:]
    if not _ORG.fullmatch(department) or not all(is_name(a) for a in authors):
        return None
    return [Byline(department=department, author=a) for a in authors]


def _split_joined(word: str) -> list[Byline] | None:
    """`党建办杜嵩`: a department and a name written without a space."""
    for cut in range(len(word) - 2, 2, -1):
        head, tail = word[:cut], word[cut:]
        if is_department(head) and is_name(tail):
            return [Byline(department=head, author=tail)]
    return None


def byline_line(text: str) -> tuple[str, list[Byline]] | None:
    """A whole line that is a byline: (inner text, entries)."""
    match = _PARENS.match(text.strip())
    if not match:
        return None
    entries = parse_byline(match.group(1))
    return (match.group(1), entries) if entries else None


def split_inline_byline(text: str) -> tuple[str, str, list[Byline]] | None:
    """`……表率作用。（党建办）`: (paragraph text, byline inner text, entries)."""
    match = _INLINE.match(text)
    if not match or not is_terminated(match.group("body")):
        return None
    entries = parse_byline(match.group("content"))
    if not entries:
        return None
    return match.group("body"), match.group("content"), entries
