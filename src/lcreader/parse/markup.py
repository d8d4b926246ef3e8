"""A bulletin kept as XML or HTML (a newsroom system's dump of an issue: elements per
field, each article's text as HTML inside CDATA): read as the labelled fields an export
writes (`【标题】…`, `【正文】` over its paragraphs), which the parser reads already.
The tags are markup, not text: an attribute's value is the issue's (its paper, date and
number), an element's text is the field its name says, a paragraph or a line break in
the text starts a line. Text that is not markup is left as it is."""

from __future__ import annotations

import re

from .html_text import entity_text
from .tagged_text import tagged_story, untagged

# A file of markup: an XML declaration, or this many elements before much text.
MIN_ELEMENTS = 12
_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml\b")
_TOKEN = re.compile(
    r"<!\[CDATA\[(?P<cdata>.*?)\]\]>|<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^>]*>"
    r"|<(?P<close>/)?(?P<name>[A-Za-z][\w:.-]*)(?P<attrs>(?:\s+[^<>]*?)?)(?P<empty>/)?>",
    re.S,
)
_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
# Attributes that name or place, never say: an element's id, a picture's file, a style.
_NOT_SAID = {"id", "src", "href", "style", "class", "width", "height", "type", "lang", "xmlns"}
# What an element's name says its text is, lower-cased (English, pinyin, Chinese).
FIELD_NAMES = {
    "title": "标题", "headline": "标题", "biaoti": "标题", "maintitle": "标题", "标题": "标题",
    "introtitle": "引题", "kicker": "引题", "leadtitle": "引题", "yinti": "引题",
    "uptitle": "引题", "引题": "引题",
    "subtitle": "副题", "subhead": "副题", "futi": "副题", "副题": "副题", "副标题": "副题",
    "author": "作者", "byline": "作者", "zuozhe": "作者", "作者": "作者",
    "content": "正文", "body": "正文", "text": "正文", "zhengwen": "正文", "正文": "正文",
    "desc": "图片说明", "caption": "图片说明", "picdesc": "图片说明", "图片说明": "图片说明",
}  # fmt: skip
# Elements that hold records: a blank line before each (an article, a page).
_RECORDS = {"article", "page", "item", "record", "doc", "story", "稿件", "文章", "版面"}
# Tags inside a text that end a line of it.
_BREAKS = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}


def unmarked(text: str) -> str:
    """The text of a bulletin kept as XML or HTML, as labelled lines; other text with
    the HTML a Markdown export leaves in it read (inline_markup)."""
    head = text[:2000]
    if "<" not in head:
        # (a Markdown export's table may stand further down: its tags are read)
        return inline_markup(text) if "<t" in text or "<T" in text else text
    if tagged_story(head):
        return untagged(text)
    # (a document of markup opens with its first tag; Markdown with anchors and line
    # breaks in it opens with its text)
    if not head.lstrip("\ufeff \t\r\n").startswith("<") or (
        not _DECLARATION.match(head) and len(_TOKEN.findall(head)) < MIN_ELEMENTS
    ):
        return inline_markup(text)
    lines: list[str] = []
    field: str | None = None  # the field whose element is open
    pending: list[str] = []  # the open field's text so far
    at = 0
    for match in _TOKEN.finditer(text):
        between = text[at : match.start()]
        at = match.end()
        if between.strip():
            pending.append(between)
        if match["cdata"] is not None:
            pending.append(match["cdata"])
            continue
        name = (match["name"] or "").lower()
        if not name:
            continue
        if match["close"]:
            if field and FIELD_NAMES.get(name) == field:
                _put(lines, field, pending)
                field, pending = None, []
            continue
        values = [
            a or b
            for key, a, b in _ATTRIBUTE.findall(match["attrs"] or "")
            if (a or b).strip() and key.lower().split(":")[-1] not in _NOT_SAID
        ]
        if name in _RECORDS:
            _flush(lines, pending)
            pending = []
            lines.append("")
        if values and name not in FIELD_NAMES:
            _flush(lines, pending)
            pending = []
            lines.append("\u3000".join(entity_text(v).strip() for v in values))
        if name in FIELD_NAMES and not match["empty"]:
            _flush(lines, pending)
            field, pending = FIELD_NAMES[name], []
    _flush(lines, [*pending, text[at:]])
    return "\n".join(lines) + "\n"


def _put(lines: list[str], field: str, pieces: list[str]) -> None:
    """A field's text as its labelled line (the body: its label over its lines)."""
    body = _text_lines("".join(pieces))
    if not body:
        return  # an empty field (`<SubTitle><![CDATA[]]></SubTitle>`) says nothing
    if field == "正文":
        lines.append("【正文】")
        lines.extend(body)
    else:
        lines.append(f"【{field}】" + "　".join(line.strip() for line in body))


def _flush(lines: list[str], pieces: list[str]) -> None:
    lines.extend(_text_lines("".join(pieces)))


_INNER_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^<>]*?>")


def _text_lines(markup: str) -> list[str]:
    """HTML's text, a line for each paragraph or break, its entities read."""
    text = _INNER_TAG.sub(lambda m: "\n" if m[2].lower() in _BREAKS else "", markup)
    text = entity_text(text)
    return [line.rstrip() for line in text.split("\n") if line.strip()]


# An HTML tag as a Markdown export writes one: `<a name="Tm8Rs"></a>`, `<br />`, `</div>`
# (`<关于…的通知>` is no tag: a tag's name is Latin).
_HTML_TAG = r"</?[A-Za-z][\w:-]*(?:\s[^<>\n]*)?/?>"
_TAG_LINE = re.compile(rf"^[ \t]*(?:{_HTML_TAG}[ \t]*)+$", re.M)
_LINE_BREAK = re.compile(r"<br\s*/?>", re.I)
_INLINE_TAG = re.compile(
    r"</?(?:summary|details|span|font|b|i|u|em|strong|mark|small|sup|sub)(?:\s[^<>\n]*)?>",
    re.I,
)
# A Markdown container's fences (`:::tips` … `:::`, 语雀's and many sites' callouts).
_FENCE_OPEN = re.compile(r"^[ \t]*:::[ \t]*[A-Za-z][\w-]*[ \t]*$")
_FENCE_CLOSE = re.compile(r"^[ \t]*:::[ \t]*$")
# A table a PDF-to-Markdown converter writes as HTML, on one line (MinerU's `full.md`):
# `<html><body><table><tr><td>序号</td>…</tr>…</table></body></html>`.
_HTML_TABLE = re.compile(
    r"(?:<(?:html|body)>\s*)*<table\b[^<>]*>(?P<rows>.*?)</table>(?:\s*</(?:body|html)>)*",
    re.S | re.I,
)
_TABLE_ROW = re.compile(r"<tr\b[^<>]*>(.*?)</tr>", re.S | re.I)
_TABLE_CELL = re.compile(r"<t[dh]\b[^<>]*>(.*?)</t[dh]>", re.S | re.I)
# Cells of a row as a table set in text parts them: a wide gap.
_CELL_GAP = "\u3000\u3000"


def inline_markup(text: str) -> str:
    """Markdown's HTML read as the page shows it: a line of tags alone (an anchor) is a
    blank line, `<br />` ends a line, a container's fences are blank lines; the text
    itself is left as it is."""
    if "<" in text:
        if "<table" in text or "<TABLE" in text:
            text = _HTML_TABLE.sub(_table_rows, text)
        text = _TAG_LINE.sub("", text)
        # (a toggle's head, `<summary>问：…？</summary>`, and such tags round a line's
        # words: the words are the text)
        text = _INLINE_TAG.sub("", text)
        text = _LINE_BREAK.sub("\n", text)
    if ":::" in text:
        lines = text.split("\n")
        opened = None
        for k, line in enumerate(lines):
            if _FENCE_OPEN.match(line):
                opened = k
            elif opened is not None and _FENCE_CLOSE.match(line):
                lines[opened] = lines[k] = ""
                opened = None
        text = "\n".join(lines)
    return text


def _table_rows(table: re.Match) -> str:
    """An HTML table as the rows it shows, a line each, its cells set apart."""
    rows = []
    for row in _TABLE_ROW.finditer(table["rows"]):
        cells = [" ".join(_text_lines(cell)) for cell in _TABLE_CELL.findall(row.group(1))]
        if any(cells):
            rows.append(_CELL_GAP.join(cell or "－" for cell in cells))
    return "\n" + "\n".join(rows) + "\n"
