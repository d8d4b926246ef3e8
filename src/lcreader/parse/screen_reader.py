"""A screen reader's speech log (NVDA's Speech Viewer, copied): before a line's words
it says what the page marks the line as (`标题 级别 3`, `图形`, `链接`, `列表 有 5 项`,
`主要 界标`). That is the page's markup read aloud, as a markdown `#` is written: a
heading's level becomes its `#` marks, a picture's words get a picture's mark, and a
line that is only the page's own (links, list and region announcements, a rule) is
furniture. Read so only where the log announces two headings or more."""

from __future__ import annotations

import re

_LANDMARK = (
    r"(?:(?:导航|主要|横幅|内容信息|补充|搜索|区域|表单|navigation|main|banner|content\s*info"
    r"|complementary|search|region|form)\s*(?:界标|landmark)\s*)"
)
_LIST = r"(?:(?:列表\s*有\s*\d+\s*项|list\s+with\s+\d+\s+items?)\s*)"
_HEADING = re.compile(
    rf"^{_LANDMARK}?(?:标题\s*级别\s*|heading\s+level\s*)(?P<level>[1-6])\s+(?P<text>\S.*)$", re.I
)
_FIGURE = re.compile(rf"^{_LANDMARK}?(?:图形|图像|graphic)\s+(?P<text>\S.*)$", re.I)
_LINK = re.compile(rf"^{_LANDMARK}?{_LIST}?(?:(?:已访问)?链接|(?:visited\s+)?link)\s+\S", re.I)
_ALONE = re.compile(
    rf"^(?:{_LANDMARK}|{_LIST}|离开列表|out\s+of\s+list|分隔线|separator|文档结尾|end\s+of\s+document"
    r"|.{1,60}\s{2}(?:文档|document))$",
    re.I,
)
MIN_HEADINGS = 2


def announced(raw_lines: list[str]) -> dict[int, tuple[str, str]]:
    """Of a speech log, each announced line's kind and its words as the page shows them:
    ("heading", `### X`), ("figure", `▲X`) or ("chrome", the line); {} for other text."""
    headings = 0
    for raw in raw_lines:
        if ("级别" in raw or "level" in raw) and _HEADING.match(raw.strip()):
            headings += 1
            if headings >= MIN_HEADINGS:
                break
    else:
        return {}
    found: dict[int, tuple[str, str]] = {}
    for k, raw in enumerate(raw_lines):
        text = raw.strip()
        if not text:
            continue
        if heading := _HEADING.match(text):
            found[k] = ("heading", "#" * int(heading.group("level")) + " " + heading.group("text"))
        elif figure := _FIGURE.match(text):
            found[k] = ("figure", "▲" + figure.group("text"))
        elif _LINK.match(text) or _ALONE.match(text):
            found[k] = ("chrome", text)
    return found
