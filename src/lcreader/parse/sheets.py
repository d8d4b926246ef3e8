"""A spreadsheet saved as text (Excel's CSV or tab-separated text): a table whose
header names a title and a body column (`标题`, `正文`), one article a row, a cell's
lines quoted over several lines of the file.

Read so, line by line, the rows' cells run together. A table like that is read as the
export it is: each row written as an export's labelled fields (`【标题】…`, `【作者】…`,
`【正文】` and the body's lines), which export_fields.py reads. Every cell's text is kept
whole and the rows stay in order; only the table's commas and quotes, which only set the
cells apart, go. Any other text comes back as it was, the same string.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter

from .text import ANY_STOP

# A header's columns, by what their cells hold: the label written for each.
_COLUMNS = {
    "title": ("标题", "题目", "稿件标题", "新闻标题", "信息标题"),
    "body": ("正文", "内容", "稿件内容", "正文内容", "信息内容", "全文"),
    "author": ("作者", "撰稿", "撰稿人", "供稿人", "报送人", "通讯员"),
    "unit": ("报送单位", "供稿单位", "单位", "部门", "来稿单位"),
    "caption": ("图片说明", "图说", "图注"),
    "kicker": ("引题", "栏目"),
    "subtitle": ("副标题", "副题"),
}
_LABELS = {label: role for role, labels in _COLUMNS.items() for label in labels}
# The header is among a table's first rows; it has this many columns at least.
_HEADER_ROWS = 10
_MIN_COLUMNS = 3
_MIN_RECORDS = 2
# A file past this size is read as written (the table is read whole to find its rows).
MAX_SHEET = 5_000_000


def unsheet(text: str) -> str:
    """The text with a spreadsheet's rows written as an export's records, or as it was."""
    if len(text) > MAX_SHEET or ("," not in text and "\t" not in text):
        return text
    delimiter = "\t" if text.count("\t") > text.count(",") else ","
    try:
        # The header first, from the first rows alone: most texts have none, and are
        # not read as a table at all.
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        first = [row for _, row in zip(range(_HEADER_ROWS), reader, strict=False)]
        header_at = next((k for k, row in enumerate(first) if _header(row)), None)
        if header_at is None:
            return _laid_out(text) if delimiter == "\t" else text
        rows = [*first, *reader]
    except csv.Error:
        return text
    header = [cell.strip() for cell in rows[header_at]]
    roles = {k: _LABELS.get(label) for k, label in enumerate(header)}
    if "引题" in header and "栏目" in header:
        # (beside a kicker's column, the column's name is the page's section: written
        # under its own label, never as the kicker)
        roles[header.index("栏目")] = None
    title = next(k for k, role in roles.items() if role == "title")
    body = next(k for k, role in roles.items() if role == "body")
    records = [
        row
        for row in rows[header_at + 1 :]
        if len(row) > max(title, body) and row[title].strip() and row[body].strip()
    ]
    if len(records) < _MIN_RECORDS:
        return text
    out = [_cells_line(row) for row in rows[:header_at]]
    out.append(delimiter.join(rows[header_at]))
    for row in rows[header_at + 1 :]:
        if row in records:
            out.append("")
            out.extend(_record(row, header, roles))
        elif any(cell.strip() for cell in row):
            out.extend(["", *(cell for cell in row if cell.strip())])
    return "\n".join(out) + "\n"


# A sheet laid out as a page pads every row to its widest: most rows this many cells.
_MIN_LAID_ROWS = 10
_LAID_SHARE = 0.7


def _laid_out(text: str) -> str:
    """A bulletin laid out in a sheet's cells and saved as tab-separated text (Excel's
    `Tab Delimited Text`): each row's cells as written, tabs between them, the padding
    after its last filled cell gone, a cell of several lines unquoted onto its lines
    (`"　　10月以来，…` … `…家门口”。"`). Any other text as it was."""
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
    except csv.Error:
        return text
    widths = Counter(len(row) for row in rows if len(row) > 1)
    if len(rows) < _MIN_LAID_ROWS or not widths:
        return text
    width, count = widths.most_common(1)[0]
    if width < _MIN_COLUMNS or count < _LAID_SHARE * len(rows):
        return text
    out = []
    for row in rows:
        while row and not row[-1].strip():
            row = row[:-1]
        out.append("\t".join(row))
    return "\n".join(out) + "\n"


def _header(row: list[str]) -> bool:
    """A row naming a title and a body column, and enough others."""
    labels = {_LABELS.get(cell.strip()) for cell in row}
    filled = sum(1 for cell in row if cell.strip())
    return {"title", "body"} <= labels and filled >= _MIN_COLUMNS


def _cells_line(row: list[str]) -> str:
    """A row over the header (the sheet's title): its filled cells."""
    return "　".join(cell for cell in row if cell.strip())


_EXPORT_LABEL = {"title": "标题", "kicker": "引题", "subtitle": "副标题"}


def _record(row: list[str], header: list[str], roles: dict[int, str | None]) -> list[str]:
    """One row as an export's record: its fields labelled, its body's lines under
    `【正文】`, its captions after."""
    fields: list[str] = []
    body: list[str] = []
    captions: list[str] = []
    unit = next((row[k].strip() for k, r in roles.items() if r == "unit" and k < len(row)), "")
    title = next((row[k].strip() for k, r in roles.items() if r == "title" and k < len(row)), "")
    for k, cell in enumerate(row):
        value = cell.strip()
        # (`null`, a scraper's empty cell; a link's text to the article, its title again)
        if not value or value == "null" or k >= len(header):
            continue
        if roles.get(k) is None and value == title:
            continue
        role = roles.get(k)
        if role in _EXPORT_LABEL:
            fields.append(f"【{_EXPORT_LABEL[role]}】{_one_line(value)}")
        elif role == "body":
            body = _headings_set_flush(
                [line.rstrip() for line in cell.replace("\r\n", "\n").split("\n")]
            )
        elif role == "caption":
            captions = [
                f"【图片说明】{line.strip()}" for line in value.splitlines() if line.strip()
            ]
        elif role == "author":
            # The unit the author reports from goes with the name (`西营社区　包文静`).
            named = _one_line(value)
            with_unit = unit and not named.startswith(unit)
            fields.append(f"【作者】{unit}　{named}" if with_unit else f"【作者】{named}")
        elif role == "unit":
            if not any(roles.get(j) == "author" and row[j].strip() for j in range(len(row))):
                fields.append(f"【作者】{_one_line(value)}")  # a unit alone supplied it
        else:
            fields.append(f"【{header[k]}】{_one_line(value)}")
    # The headline's fields first: the record's title starts it, whatever the columns'
    # order (a `作者` column before `标题` would close the record above).
    heads = [f for f in fields if f.startswith(("【引题】", "【标题】", "【副标题】"))]
    rest = [f for f in fields if f not in heads]
    heads.sort(key=lambda f: ("【引题】", "【标题】", "【副标题】").index(f[: f.index("】") + 1]))
    return [*heads, *rest, "【正文】", *body, *captions]


_MAX_HEADING = 20
_MIN_PARAGRAPH = 30


def _headings_set_flush(lines: list[str]) -> list[str]:
    """A body cell holds one article (a row is one): a short line between its
    paragraphs, no stop at its end, is a heading of the text (`“设计师”是居民自己`), no
    other article's headline; marked so in bold, as a Markdown export sets one."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    out = list(lines)
    for before, k, after in zip(filled, filled[1:], filled[2:], strict=False):
        text = lines[k].strip()
        if (
            len(text) <= _MAX_HEADING
            and not ANY_STOP.search(text[-1:])
            and "：" not in text
            and ":" not in text
            # (between two paragraphs: a list's items or a table's rows stand together)
            and len(lines[before].strip()) >= _MIN_PARAGRAPH
            and len(lines[after].strip()) >= _MIN_PARAGRAPH
        ):
            out[k] = f"**{text}**"
    return out


_BREAKS = re.compile(r"\s*\n\s*")


def _one_line(value: str) -> str:
    return _BREAKS.sub("　", value)
