"""An e-paper system's export: each article's parts under bracketed field labels
(`【标题】…`, `【引题】…`, `【副标题】…`, `【作者】…`, `【正文】`, `【图片说明】…`,
`【责任编辑】…`, `【版次】…`). The labels say what each line is; they only point, as a
markdown `#` does, and are not part of the text. A file is read this way only when it
labels both a title and a body: elsewhere `【链接】` or `【小贴士】` heads a box."""

from __future__ import annotations

import functools
import re

from ..model import Byline
from .bylines import parse_byline
from .credits import META_LABELS, credit_line
from .labels import ROLES
from .markup import FIELD_NAMES
from .words import titled_name

# A program's own column, as a scraper's export names it (`web-scraper-order`, `版面-href`):
# a field's label however long, the program's bookkeeping.
_PROGRAM = r"[A-Za-z][A-Za-z0-9_-]{1,29}|[^【】\s-]{1,6}-[A-Za-z]{1,10}"
FIELD = re.compile(rf"^【(?P<label>[^【】]{{1,6}}|{_PROGRAM})】\s*(?P<value>.*)$")


# `标题：加装电梯…`: a title as a labelled field, as a newsroom's script or a form gives
# each item's; taken so where it labels two items or more (one alone may be a line of
# text about a headline).
_COLON_TITLE = re.compile(r"^(?P<label>标题|题目|稿件标题|新闻标题)\s*[:：]\s*(?P<value>\S.*)$")
_MIN_COLON_TITLES = 2


def colon_titles(raw_lines: list[str]) -> dict[int, tuple[str, str]]:
    """Each `标题：…` line's (label, value) by index, where two or more label titles."""
    found = {
        k: (m.group("label"), m.group("value").strip())
        for k, line in enumerate(raw_lines)
        if "：" in line or ":" in line
        if (m := _COLON_TITLE.match(line.strip()))
    }
    return found if len(found) >= _MIN_COLON_TITLES else {}


# A CMS's export heads each article with labelled lines (`标题：…`, `作者：…`,
# `发布时间：…`), a colon after each label: the same fields as bracketed ones, and
# the labels a site adds about the page.
_COLON_FIELD = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,5})\s*[:：]\s*(?P<value>.*)$")
# A feed reader's saved item or a mail program's export heads each item with English
# labels (newsboat: `Feed:`, `Title:`, `Author:`, `Date:`, `Link:`): the same head.
ENGLISH_ROLES = {
    "Title": "title", "Subject": "title", "Author": "author",
    "Feed": "page", "Date": "page", "Link": "page", "URL": "page",
}  # fmt: skip
_ENGLISH_FIELD = re.compile(rf"^(?P<label>{'|'.join(ENGLISH_ROLES)}):\s*(?P<value>.*)$")


def _role(label: str) -> str | None:
    return ROLES.get(label) or ENGLISH_ROLES.get(label)


_PAGE_META = (
    "发布时间", "发布日期", "浏览次数", "阅读次数", "点击数", "点击次数", "原标题",
    "文章来源", "信息来源",
)  # fmt: skip
# Labelled lines in a record's head, the title's among them, at least; and records.
_MIN_HEAD_FIELDS = 3
_MIN_RECORDS = 2


# A line a record's head gives its title on (`标题：…`).
# (`[^\S\n]`, not `\s`: from each line's start `\s*` ran on through every blank line
# after it, 240,000 blank lines took minutes)
_TITLE_LINE = re.compile(
    rf"^[^\S\n]*(?:{'|'.join(label for label, role in ROLES.items() if role == 'title')})\s*[:：]"
    rf"|^(?:{'|'.join(label for label, role in ENGLISH_ROLES.items() if role == 'title')}):",
    re.M,
)


def colon_export(raw_lines: list[str], text: str | None = None) -> dict[int, tuple[str, str, str]]:
    """(label, role, value) by index of each labelled line heading a record, where two
    records or more head their articles so (a title among three labelled lines in a
    run with no blank line), or {}; an empty field's role is "empty"."""
    # The cheap test first: a record's head names its title (`text`: the lines joined,
    # where the caller holds them so, not copied again)
    joined = "\n".join(raw_lines) if text is None else text
    if len(_TITLE_LINE.findall(joined)) < _MIN_RECORDS:
        return {}
    found: dict[int, tuple[str, str, str]] = {}
    records = 0
    block: list[int] = []
    for k in range(len(raw_lines) + 1):
        if k < len(raw_lines) and raw_lines[k].strip():
            block.append(k)
            continue
        fields = {}
        for j in block:
            if ":" not in raw_lines[j] and "：" not in raw_lines[j]:
                continue  # the cheap test first: most lines are no field
            line = raw_lines[j].strip()
            match = _COLON_FIELD.match(line) or _ENGLISH_FIELD.match(line)
            if not match:
                continue
            label, value = match.group("label"), match.group("value").strip()
            role = _role(label) or ("meta" if label in _PAGE_META else None)
            if role is not None:
                fields[j] = (label, role if value else "empty", value)
        titled = any(_role(label) == "title" for label, _, _ in fields.values())
        if titled and len(fields) >= _MIN_HEAD_FIELDS:
            records += 1
            found.update(fields)
        block = []
    return found if records >= _MIN_RECORDS else {}


# An office system's structured-text export (Lotus Notes: `BiaoTi: …`, `ZuoZhe: …`,
# `Body: …`, a form feed before each document): every item on a line under its name, the
# names in English or spelled in the pinyin of the labels above, `$` before the system's
# own. A document's text is its body item's, on and under its name's line.
_ASCII_FIELD = re.compile(r"^(?P<label>\$?[A-Za-z][A-Za-z0-9_]{1,30}):[ \t]*(?P<value>.*)$")
_ASCII_LABEL = re.compile(r"^\f?\$?[A-Za-z][A-Za-z0-9_]{1,30}:", re.M)
# Labels naming the unit an article comes from: with its writer's name, one credit.
DEPARTMENT_LABELS = ("单位", "部门", "供稿单位", "作者单位", "来稿单位", "供稿部门")
# Named items in a file of documents, and names each document repeats, at least.
_MIN_NAMED_ITEMS = 8
_MIN_REPEATED_NAMES = 3


@functools.cache
def _spelled_labels() -> dict[str, str]:
    """The labels the parser knows, by their pinyin (`biaoti` → 标题) and English names."""
    from pypinyin import lazy_pinyin

    labels = [*ROLES, *_PAGE_META, *DEPARTMENT_LABELS, *META_LABELS]
    spelled = {"".join(lazy_pinyin(label)): label for label in labels}
    # (the element names a newsroom's XML gives its fields, and a few more English ones)
    english = {
        "subject": "标题", "department": "单位", "dept": "单位", "column": "栏目",
        "editor": "编辑", "source": "来源",
    }  # fmt: skip
    return {**spelled, **FIELD_NAMES, **english}


def spelled_label(label: str) -> str | None:
    """The Chinese label an ASCII item name spells (`ShenHe` → 审核), or None."""
    if not label.isascii() or label.startswith("$"):
        return None
    return _spelled_labels().get(label.lower())


def _label_role(label: str) -> str | None:
    """The role of a Chinese label's value, a unit's among them."""
    if label in DEPARTMENT_LABELS:
        return "department"
    return _role(label) or ("meta" if label in _PAGE_META or label in META_LABELS else None)


def labelled_heads(
    raw_lines: list[str], text: str | None = None
) -> dict[int, tuple[str, str, str]]:
    """Each labelled line heading a record, a structured-text export's or a CMS's."""
    joined = "\n".join(raw_lines) if text is None else text
    return structured_export(raw_lines, joined) or colon_export(raw_lines, joined)


def structured_export(raw_lines: list[str], joined: str) -> dict[int, tuple[str, str, str]]:
    """A structured-text export's items by line: (label, role, value) as colon_export
    gives them, every item of no role the export's own ("page"); {} for other files."""
    if len(_ASCII_LABEL.findall(joined)) < _MIN_NAMED_ITEMS:
        return {}
    names: dict[str, int] = {}
    for raw in raw_lines:
        if (match := _ASCII_FIELD.match(raw.strip())) is not None:
            names[match.group("label")] = names.get(match.group("label"), 0) + 1
    if sum(1 for count in names.values() if count >= _MIN_RECORDS) < _MIN_REPEATED_NAMES:
        return {}
    first = next(
        (m.group("label") for raw in raw_lines if (m := _ASCII_FIELD.match(raw.strip()))), ""
    )
    found: dict[int, tuple[str, str, str]] = {}
    records = 0
    block: dict[int, tuple[str, str, str]] = {}
    in_body = False
    for k, raw in enumerate([*raw_lines, "\f"]):
        match = _ASCII_FIELD.match(raw.strip())
        if in_body and not raw.startswith("\f") and (match is None or match["label"] != first):
            continue  # a line of the body, whatever it reads as, till the next document
        if match is None and not raw.startswith("\f"):
            continue
        if raw.startswith("\f") or (match is not None and match.group("label") == first):
            records += _close_record(block, found)
            block, in_body = {}, False
            if match is None:
                continue
        label, value = match.group("label"), match.group("value").strip()
        meaning = spelled_label(label)
        role = _label_role(meaning) if meaning else None
        if role == "body":
            in_body = True
        block[k] = (label, (role or "page") if value else "empty", value)
    return found if records >= _MIN_RECORDS else {}


def _close_record(block: dict[int, tuple[str, str, str]], found: dict) -> int:
    """Put one document's items in found; 1 where it is an article's (a title, a body)."""
    roles = {role for _, role, _ in block.values()}
    titled = {"title", "body"} <= roles
    department = next((k for k, f in block.items() if f[1] == "department"), None)
    author = next((k for k, f in block.items() if f[1] == "author"), None)
    for k, (label, role, value) in block.items():
        if not titled and role not in ("empty", "page"):
            role = "page"  # a document of no article's (the head): the export's
        elif role == "department" and author is not None:
            role = "joined"  # the unit, with the writer's name: one credit
        elif role == "department":
            role = "author"
        elif k == author and department is not None:
            value = f"{block[department][2]}\u3000{value}"
        found[k] = (label, role, value)
    return int(titled)


def head_field(text: str) -> tuple[str, str, str] | None:
    """A field of another label in a record's head, over its body: the record's meta."""
    match = FIELD.match(text)
    if not match or not match.group("value").strip():
        return None
    return match.group("label"), "meta", match.group("value").strip()


def is_export(raw_lines: list[str]) -> bool:
    """Whether the file labels its articles' titles and bodies."""
    roles = {
        ROLES.get(m.group("label"))
        for line in raw_lines
        if "【" in line and (m := FIELD.match(line.strip()))
    }
    return {"title", "body"} <= roles


# An export's own bookkeeping under a label it alone uses (`【序号】1`, `【字数】1126`):
# a short value of figures, the export's, not the article's.
_BOOKKEEPING = re.compile(r"^[\d\s,，./:：\-]{1,20}$")


def field_of(text: str) -> tuple[str, str, str] | None:
    """(label, role, value) of a labelled line of an export, or None."""
    match = FIELD.match(text)
    if not match:
        return None
    label, value = match.group("label"), match.group("value").strip()
    if _FILE_NAME.match(value):
        return label, "page", value  # `【图片】HX1106-01.jpg`: where the picture was kept
    if label not in ROLES:
        # (or a page's address, or a scraping program's own column: `web-scraper-order`)
        own = _BOOKKEEPING.match(value) or _ADDRESS.match(value) or _PROGRAM_LABEL.match(label)
        return (label, "page", value) if own else None
    return label, ROLES[label], value


_ADDRESS = re.compile(r"^https?://\S+$")
_PROGRAM_LABEL = re.compile(rf"^(?:{_PROGRAM})$")


# A picture's file name as a field's value: the export's, no words of the article.
_FILE_NAME = re.compile(r"^[\w\-. /\\]{1,80}\.(?:jpe?g|png|gif|bmp|tiff?|webp|heic)$", re.I)
# Longest value of a field of another label read as the record's meta among its fields.
_MAX_OTHER_FIELD = 60
_SENTENCE_END = re.compile(r"[。！？!?；;]")


def other_field(text: str) -> tuple[str, str, str] | None:
    """`【稿件编号】HX-01`, `【刊发情况】待刊`: a field of a label the export alone uses, with
    a short value that is no sentence: the record's meta, where it stands among fields."""
    match = FIELD.match(text)
    if not match:
        return None
    value = match.group("value").strip()
    if len(value) > _MAX_OTHER_FIELD or _SENTENCE_END.search(value):
        return None
    return match.group("label"), ("meta" if value else "empty"), value


_CREDIT_LIST = re.compile(r"[;；]")


def author_entries(value: str) -> list[Byline]:
    """`通讯员　许凌云`, `新泾镇团委　曹一鸣`, `新泾镇平安办`: who wrote it (a database's
    field lists each credit apart: `记者 许嘉楠;通讯员 戴一鸣`)."""
    parts = [part.strip() for part in _CREDIT_LIST.split(value) if part.strip()]
    if len(parts) > 1:
        return [entry for part in parts for entry in author_entries(part)]
    credited = credit_line(value)
    if credited:
        return credited[1]
    if named := titled_name(value, residents=True):
        return [Byline(author=named)]  # `居民　宋家宝`: who the writer is, then the name
    return parse_byline(value) or []
