"""Bylines: `(党建办 杜嵩)`, `(党建办 刘冬萌、自治办 张琳璘)`, `（党群中心）`."""

from __future__ import annotations

import re

from ..model import Byline
from .credits import field_line, role_credit, supplied_credit
from .text import POSITION_MARK, is_terminated
from .words import ORG, ROLES, has_double_surname, has_surname, is_department, is_name, is_unit

_DESCRIBED = ("作者系", "作者为", "作者是")
_ENTRY_SPLIT = re.compile(r"[、，,；;／/]+")
_FORBIDDEN = re.compile(r"[。！？!?：:“”\"《》…]|简称|以下|下同|注")
_PARENS = re.compile(r"^[(（]([^()（）\n]{1,60})[)）]$")
_INLINE = re.compile(r"^(?P<body>.*\S)\s*[(（](?P<content>[^()（）\n]{1,60})[)）]\s*$")
# A writer's credit after the last sentence, a space apart (`…回到院子里。 文/冯岚`): an
# OCR's paragraph view runs the signature into the text it signs.
_INLINE_SLASHED = re.compile(
    r"^(?P<body>.*[。！？!?”])[ \u3000]+"
    r"(?P<content>(?:文|图|撰文|摄影)\s*[/／]\s*[^\W\d_]{2,4}"
    r"(?:[ \u3000]+(?:文|图|摄影)\s*[/／]\s*[^\W\d_]{2,4})*)$"
)


def parse_byline(content: str) -> list[Byline] | None:
    """The entries of a byline's inner text, or None if it is not a byline."""
    content = content.strip()
    if not content or _FORBIDDEN.search(content) or POSITION_MARK.fullmatch(f"({content})"):
        return None
    credited = role_credit(content) or supplied_credit(content)
    if credited:
        return credited  # `钮家巷社区供稿`: supplied by, not 钮家巷社 and a 区供稿
    entries: list[Byline] = []
    for entry in _ENTRY_SPLIT.split(content):
        parts = entry.split()
        if len(parts) >= 2 and parts[-1] in _DONE_WORDS:
            parts = parts[:-1]  # `樊静　制表`, `宣传办　综合`: what was done, no one's name
        if not parts:
            return None
        parsed = _parse_entry(parts, entries[-1].department if entries else None)
        if parsed is None:
            return None
        entries.extend(parsed)
    return entries or None


# What the credited did, after the names: compiled the table, gathered the briefs.
_DONE_WORDS = frozenset(
    {"制表", "综合", "整理", "汇编", "辑", "编", "供稿", "报道", "采写", "执笔"}
)


def _parse_entry(parts: list[str], inherited: str | None) -> list[Byline] | None:
    if len(parts) == 1:
        word = parts[0]
        if is_department(word):
            return [Byline(department=word)]
        if is_name(word) and (len(word) <= 3 or has_double_surname(word)):
            # (four characters alone are a name after a two-character surname only:
            # `（周末除外）` under a field is its note)
            return [Byline(department=inherited, author=word)]
        return _split_joined(word)
    if all(is_department(word) for word in parts):
        return [Byline(department=word) for word in parts]  # `(玉林派出所 社区网格站)`
    department, authors = parts[0], parts[1:]
    if len(parts) >= 3 and parts[1] in ROLES and is_department(department):
        # `(镇社区服务中心　通讯员　邹敏)`: the department, the role, then the names
        if all(is_name(a) for a in parts[2:]):
            return [Byline(department, a, ROLES[parts[1]]) for a in parts[2:]]
        return None
    if (
        len(parts) == 3
        and is_department(department)
        and (_POST.search(parts[1]) or not (is_name(parts[1]) and has_surname(parts[1])))
        and len(parts[1]) <= _MAX_POST
        and is_name(parts[2])
        and has_surname(parts[2])
    ):
        # `(柳塘派出所 民警 方志远)`: the department, the writer's post, the writer
        return [Byline(department=department, author=parts[2])]
    described = department.startswith(_DESCRIBED) and not is_department(department)
    if described and all(is_name(a) for a in authors):
        # `(作者系芳华街8号院居民 胡小曼)`: who the author is, not a department
        return [Byline(author=a) for a in authors]
    if not ORG.fullmatch(department) or not all(is_name(a) for a in authors):
        return None
    if is_name(department) and not is_unit(department):
        # `(王某 李某)`: two names and no department.
        return [Byline(department=inherited, author=a) for a in parts]
    return [Byline(department=department, author=a) for a in authors]


# Longest post named between a credit's department and its writer, and how posts end.
_MAX_POST = 6
_POST = re.compile(
    r"(?:民警|警官|辅警|医生|医师|护士|社工|干事|网格员|志愿者|律师|教师|老师|调解员|专干"
    r"|书记|主任|会长|队长|组长|站长|所长|科长|委员|经理)$"
)


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


def split_inline_byline(
    text: str,
) -> tuple[str, str, list[Byline], dict[str, str]] | None:
    """`……表率作用。（党建办）`, `……说。（文/X 编辑/Y）`: (paragraph text, the credit as
    written, entries, labels)."""
    match = _INLINE.match(text) or _INLINE_SLASHED.match(text)
    if not match or not is_terminated(match.group("body")):
        return None
    content = match.group("content")
    entries = parse_byline(content) or supplied_credit(content)
    if entries:
        return match.group("body"), content, entries, {}
    fields = field_line(content)
    if fields and fields[0]:
        # a credit among the editors' labels: the labels are the article's
        return match.group("body"), fields[2], fields[0], fields[1]
    return None
