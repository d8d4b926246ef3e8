"""Habits of a whole file's layout, read off all its lines at once.

How one extraction sets its text holds for the whole file: lines hard-wrapped at one
width; paragraphs begun by an indent rather than a blank line; a signature set flush
right; a table's cells or a list of names set apart by spaces; a poem's short lines.
Each habit is measured on the file, never assumed from a paper's name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import pairwise

from ..model import Byline
from .authors import author_line, unit_and_name
from .bilingual import named_in_english
from .bylines import parse_byline
from .dates import CN_DATE, DATE, ENGLISH_DATE, ROC_YEAR_DATE
from .ocr_spaces import HAN_SPACE_HAN
from .text import (
    ANY_STOP,
    COMMA,
    CONTACT_NUMBER_END,
    DIARY_DAY,
    ENTRY_OPENING,
    EVENT,
    MAX_KIND_ALONE,
    NOTICE_KINDS,
    REPLY,
    ROLL_HEAD,
    SALUTATION,
    SENTENCE_INSIDE,
    SIGN_OFF,
    TERMINAL,
    WIDE_GAPS,
    is_terminated,
    unclosed_brackets,
)
from .words import (
    SCHOOL_OR_CLASS,
    bare_name,
    has_surname,
    is_department,
    is_name,
    is_unit,
    titled_name,
    titled_name_unparted,
)

# The lines are lines.Line objects; lines.py imports this module, so it is not imported here.
Line = object


def width(text: str) -> int:
    """Columns on the printed line: a Chinese character is two, a Latin one.

    GB18030 spends two bytes on a Chinese character or full-width mark and one on
    ASCII: its length is the width, counted in C.
    """
    return len(text.encode("gb18030", "replace"))


def page_width(raw_lines: list[str]) -> int:
    """The columns of the page a text browser or a layout export set its lines on: what
    the wrapped lines fill (a tenth of the lines may run past it, a link bar, a URL)."""
    widths = sorted(width(raw.rstrip()) for raw in raw_lines if raw.strip())
    return widths[int(len(widths) * 0.9)] if widths else 0


# Columns a line's margins may differ by and still be centred; least margin that shows it.
_CENTRE_SLACK = 4
_MIN_CENTRE_MARGIN = 8


def centred(raw: str, page: int) -> bool:
    """A line set in the middle of the page (`lynx -dump` centres headlines and a
    masthead): its left margin about its right, neither small. A signature set flush
    right has no right margin."""
    text = raw.strip()
    if not text:
        return False
    left = width(raw[: len(raw) - len(raw.lstrip())])
    right = page - left - width(text)
    return left >= _MIN_CENTRE_MARGIN and abs(left - right) <= _CENTRE_SLACK


def indent_depth(raw: str) -> int:
    """Leading white space in full-width spaces (two ASCII spaces or a tab make one)."""
    depth = 0.0
    for ch in raw:
        if ch == "\u3000" or ch == "\t":
            depth += 1
        elif ch == " ":
            depth += 0.5
        else:
            break
    return int(depth)


def wrap_width(raw_lines: list[str]) -> int | None:
    """The width a hard-wrapped file was cut at, or None when lines run whole.

    Text extracted line by line from a column has most lines at one width (give or
    take a half-width character); text extracted by paragraph has no such width.
    """
    head = raw_lines[:2000]  # enough to see a habit
    # A wrapped line goes straight on in the next line: no blank line after it.
    sample = [
        (raw, k + 1 < len(head) and bool(head[k + 1].strip()))
        for k, raw in enumerate(head)
        if raw.strip()
    ][:400]
    widths = [(w, on) for raw, on in sample if (w := width(raw.rstrip())) >= 20]
    if len(widths) < 8:
        return None
    common = Counter(w for w, _ in widths).most_common(1)[0][0]
    near = [on for w, on in widths if common - 3 <= w <= common + 1]
    if len(near) >= 0.4 * len(widths) and sum(near) >= 0.5 * len(near):
        return common
    # Justified in a PDF, a full line holds more characters where digits and Latin
    # letters are narrow: its width varies by a few characters. The widest band of
    # an eighth of the width that holds most lines is the column.
    top = _widest_band_top(sorted(w for w, _ in widths))
    near = [on for w, on in widths if top - max(4, top // 8) <= w <= top]
    # (measured: wrapped PDF copies 0.7 and up; verse, tables and layout text 0.55 and under)
    wrapped = len(near) >= 0.65 * len(widths) and sum(near) >= 0.8 * len(near)
    return top if wrapped else None


def local_wraps(raw_lines: list[str]) -> dict[int, int]:
    """Where no one width shows, the width each line's own column was cut at, by line
    index: a paper converted page by page sets its stories in columns of several widths
    (15 characters on one page, 12 in a commentary's box), each wrapped as one column is.
    A line gets the width most of its neighbours run to, where they go straight on."""
    if len(raw_lines) > _MAX_LOCAL_LINES:
        return {}
    rows = [
        (k, width(raw.rstrip()), k + 1 < len(raw_lines) and bool(raw_lines[k + 1].strip()))
        for k, raw in enumerate(raw_lines)
        if raw.strip()
    ]
    found: dict[int, int] = {}
    for at, (k, _, _) in enumerate(rows):
        near = rows[max(0, at - _LOCAL_REACH) : at + _LOCAL_REACH + 1]
        widths = [(w, on) for _, w, on in near if w >= 20]
        if len(widths) < _LOCAL_LINES:
            continue
        common = Counter(w for w, _ in widths).most_common(1)[0][0]
        band = [on for w, on in widths if common - 3 <= w <= common + 1]
        if len(band) >= max(_LOCAL_LINES, 0.6 * len(widths)) and sum(band) >= 0.8 * len(band):
            found[k] = common
    return found


# How many lines on each side a line's column is measured over, the fewest wide lines
# that show a width, and the longest file measured so (each line looks at its
# neighbours: linear, but not free).
_LOCAL_REACH = 8
_LOCAL_LINES = 6
_MAX_LOCAL_LINES = 20000


def _widest_band_top(ordered: list[int]) -> int:
    """The top edge of the band (an eighth of its width, four at least) holding most
    of the widths; the narrowest edge among equals."""
    best, top = 0, ordered[0]
    for edge in sorted(set(ordered)):
        band = bisect_right(ordered, edge) - bisect_left(ordered, edge - max(4, edge // 8))
        if band > best:
            best, top = band, edge
    return top


def mark_habits(
    lines: list[Line], raw_lines: list[str], wrap: int | None, column: int | None = None
) -> None:
    """Set each line's habit flags (rows, verse, signatures, paragraph starts); `column`:
    the width of a column each line of which is a paragraph of its own (no wrap)."""
    _keep_field_runs(lines)
    _mark_rows(lines)
    _mark_grouped_names(lines)
    _mark_verse(lines, wrap)
    _mark_credited_poems(lines, wrap)
    _mark_signatures(lines)
    _mark_run_ons(lines, wrap)
    _mark_lost_indents(lines, wrap or column)
    _mark_enumerations(lines)
    _mark_boxes(lines)


def _mark_boxes(lines: list[Line]) -> None:
    """A short stopless line set apart by a blank line over lines all well short of the
    wrapped column, up to the next blank line (four lines at least): a sidebar's box, read
    after the page's main column (`6月活动日历` over its rows)."""
    k = 1
    while k < len(lines):
        line = lines[k]
        if not (
            line.gap_before
            and line.short_in_wrap
            and not ANY_STOP.search(line.text)
            # (under ended text, or under the box before it)
            and (_ends_sentence(lines[k - 1].text) or lines[k - 1].boxed)
        ):
            k += 1
            continue
        end = k + 1
        while end < len(lines) and not lines[end].gap_before and not lines[end].after_furniture:
            if not lines[end].short_in_wrap or end - k > _MAX_BOX_LINES:
                break
            if lines[end].credit:
                break  # (`记者 X` under a headline set apart: the headline's block, no box)
            end += 1
        boxed = (
            end - k >= _MIN_BOX_LINES
            and not lines[end - 1].closes
            and (end == len(lines) or lines[end].gap_before or lines[end].after_furniture)
        )
        if boxed:
            line.box_head = True
            # (a kicker over the box's title: `猜一猜` / `灯谜小园地`, words alone)
            under = lines[k + 1].text
            titled = len(under) <= _MAX_BOX_TITLE and not _BOX_TEXT.search(under)
            for j in range(k + 2 if titled else k + 1, end):
                lines[j].boxed = True
        k = end


# Fewest lines of a sidebar's box, its head among them, and the most it holds; the
# longest title under its kicker, and what no such title holds (a stop, a figure).
_MIN_BOX_LINES = 4
_MAX_BOX_LINES = 30
_MAX_BOX_TITLE = 10
_BOX_TEXT = re.compile(r"[\d，,。：:；;！!？?、（）()]")


# Width (in half-width columns) of the indent an OCR engine or a copy dropped: two
# Chinese characters.
_INDENT_WIDTH = 4
# A mark that parts a sentence's clauses: a line with none, no longer than a
# paragraph's first, is a heading.
_CLAUSE_MARK = re.compile(r"[，,；;：:、。！？!?]")
# How far a paragraph's first line may fall short of the column less an indent.
_WAVER = 3
# Fewest paragraphs opened at the column's width less an indent that show the habit.
_MIN_LOST_INDENTS = 5
# ... and the least share of them (one in this many) among the lines under a sentence's
# end (the rest: headings, a sentence ended at a line's end).
_LOST_INDENT_SHARE = 3


def _mark_lost_indents(lines: list[Line], wrap: int | None) -> None:
    """A hard-wrapped column whose indents were dropped (a scan read by OCR) still shows
    where paragraphs begin: their first line stops an indent short of the column, the
    text going on under it. Where most lines under a finished sentence do, such a line
    (over text that runs on) opens a paragraph, whatever stands over it: no headline."""
    if not wrap:
        return
    first = wrap - _INDENT_WIDTH

    def opens(k: int) -> bool:
        line = lines[k]
        # (a line's width wavers with its marks and figures: `“` takes two columns, a
        # figure one, the printed line the same)
        if line.indented or not first - _WAVER <= width(line.text) <= first:
            return False
        # (under a finished sentence, a heading shorter than any line of text, or set
        # apart: a line a paragraph runs on into is no paragraph's first, however short
        # its marks left it)
        above = lines[k - 1] if k else None
        if not (
            above is None
            or line.gap_before
            or above.closes
            or _ends_sentence(above.text)
            or (width(above.text) <= first and not _CLAUSE_MARK.search(above.text))
        ):
            return False
        under = lines[k + 1] if k + 1 < len(lines) else None
        if under is None or under.gap_before or under.caption:
            return False  # (over a picture's caption: its headline, a picture news's)
        # (the line under it goes on as wide as the column, or ends the paragraph; a
        # line an indent short under it opens one itself: this is a brief's headline)
        return width(under.text) > first or (
            is_terminated(under.text) and not is_terminated(line.text)
        )

    # (a poem's lines, a credit's or a signature's: no paragraph's)
    after_stop = [
        k
        for k in range(1, len(lines))
        if lines[k].gap_before == 0
        and _ends_sentence(lines[k - 1].text)
        and lines[k].text
        and not (lines[k].verse or lines[k].closes or lines[k].caption or lines[k - 1].verse)
    ]
    opening = [opens(k) for k in range(len(lines))]
    shown = [k for k in after_stop if opening[k]]
    if len(shown) < _MIN_LOST_INDENTS or _LOST_INDENT_SHARE * len(shown) < len(after_stop):
        return
    for k in range(len(lines)):
        if opening[k]:
            lines[k].lost_indent = True
            lines[k].__dict__.pop("prose", None)  # (asked before: it reads as text now)
        elif (
            k > 0
            and lines[k].gap_before == 0
            and width(lines[k].text) > first
            and not (lines[k].closes or lines[k].caption or lines[k].verse)
            and (lines[k - 1].prose or lines[k - 1].lost_indent)
            and not lines[k - 1].closes
        ):
            # (a line wider than a paragraph's first under text: the paragraph goes on,
            # though a sentence ended at the line's end or narrow figures left it short)
            lines[k].after_short, lines[k].runs_on = False, True


_NUMERALS = "一二三四五六七八九十"
_ENUMERATOR = re.compile(
    r"^(?:([一二三四五六七八九十])(?![一二三四五六七八九十百千万])(?=[^\s、.．，,：:）)]{2})"
    r"|(\d{1,2})(?=[^\d\s.．、，,：:）)%]{2}))"
)
# Fewest items in a run told by their numbers alone.
_MIN_ENUMERATED = 3


def _enumerator(text: str) -> int | None:
    match = _ENUMERATOR.match(text)
    if match is None:
        return None
    return _NUMERALS.index(match[1]) + 1 if match[1] else int(match[2])


def _mark_enumerations(lines: list[Line]) -> None:
    """`一不要…；` `二不要…；` `三不要…`: lines that open with numbers counting up from
    one, three or more in a row, are a list's items even where a wrap joins them."""
    k = 0
    while k < len(lines):
        if _enumerator(lines[k].text) != 1:
            k += 1
            continue
        run = [k]
        j = k + 1
        while j < len(lines) and j - run[-1] <= 3:
            if _enumerator(lines[j].text) == len(run) + 1:
                run.append(j)
            j += 1
        if len(run) >= _MIN_ENUMERATED:
            for m in run:
                lines[m].enumerated = True
        k = run[-1] + 1


# A gap between a table's cells: two spaces or more, a full-width space, a tab.
# (or a bar between two cells, as an app's schedule sets them: `10.08 周二｜重阳敬老午宴｜…`)
_CELL_GAP = re.compile(r"\s{2,}|\u3000|\t|\s*[｜│]\s*")
_TAB_CELL = re.compile(r"\S\t+\S")
_WIDE_GAP = re.compile(r"\S(?:\s{2,}|\u3000{2,}|\t)\S")
_NAME_SEPARATORS = re.compile(r"[、，,；;]|\s+")
_SENTENCE = re.compile(r"[。！？!?；;]|，.*，")
_MAX_CELL = 16
# A line of names is short and holds no sentence, number or Latin letter.
_MAX_NAMES_LINE = 80
_NOT_NAMES = re.compile(r"[。，：:！？!?“”\"《》（）()\dA-Za-z]")


def first_cell(text: str) -> str:
    """A row's first cell, as `_cells` parts them (`活动名称` of `活动名称\t…`)."""
    return _CELL_GAP.split(text.strip(), maxsplit=1)[0]


def _cells(text: str) -> list[str]:
    """A row's cells; none for a line longer than a page is wide (its cells are never
    listed: a line of 50 MB may hold millions of gaps)."""
    if len(text) > _MAX_ROW:
        return []
    return [c for c in _CELL_GAP.split(text) if c.strip()]


def header_row(line: Line, below: Line) -> bool:
    """`日期 活动内容 参与人数` over `3月5日 义诊及健康咨询 32人`: the table's head, as many
    cells as the row under it."""
    cells = len(line.text.split()) if len(line.text) <= _MAX_ROW else 0
    return cells >= 3 and cells == len(below.text.split()) and not _SENTENCE.search(line.text)


# The longest line read as a table's row.
_MAX_ROW = 400


def _row_candidate(line: Line) -> bool:
    text = line.text
    if text.count(" ") + text.count("\u3000") + text.count("\t") + text.count("｜") < 2:
        return False  # three cells need two gaps
    cells = _cells(text)
    return (
        len(cells) >= 3
        and all(len(c.strip()) <= _MAX_CELL for c in cells)
        and not _SENTENCE.search(line.text)
        and not line.level
        and not _figures_spaced_in_prose(text)
    )


def _figures_spaced_in_prose(text: str) -> bool:
    """`居民区招募  60岁至70岁的…志愿者  26 名，每人结对 2`: a sentence a justified print
    (or OCR) sets its figures apart in, each gap beside a figure, a clause going on after
    a comma; no row, whose cells never run a clause on."""
    if not _CLAUSE_GOES_ON.search(text):
        return False
    return all(
        text[max(gap.start() - 1, 0) : gap.start()].isdigit()
        or text[gap.end() : gap.end() + 1].isdigit()
        for gap in _CELL_GAP.finditer(text)
    )


_CLAUSE_GOES_ON = re.compile(r"[㐀-鿿]，[㐀-鿿]")


_HAN_WORD = re.compile(r"[\u3400-\u9fff]{2}")
# A schedule's row: the day (and the hour), a gap, what is on then, no sentence.
_DATED_ROW = re.compile(
    r"^\d{1,2}月\d{1,2}日(?:[（(]周[一二三四五六日天][)）])?[^\s。！？；，]{0,12}"
    r"[ \u3000\t]+[^\s。！？；，][^。！？；]{0,30}$"
)


def _single_spaced_row(line: Line) -> bool:
    """`1 书法（楷书）基础班 陶文涛 周一9:00-10:30 三楼书画室 20`: four cells or more set
    apart by one space (Chinese sets no space between words), two of them words."""
    if line.level or line.closes or _SENTENCE.search(line.text) or len(line.text) > 80:
        return False
    cells = line.text.split()
    words = sum(1 for cell in cells if _HAN_WORD.search(cell))
    return len(cells) >= 4 and words >= 2 and all(len(c) <= _MAX_CELL for c in cells)


def _short_cells_row(line: Line) -> bool:
    """`张桂英 3号楼 十年如一日照料…`, `11月18日(周六)上午9:00 旧物置换集市 小区中心广场`:
    three cells set apart by one space (a name, a place, a deed; a time, an event, a
    place), two of them words, no sentence."""
    if " " not in line.text or len(line.text) > 60 or line.level or line.closes:
        return False
    if _SENTENCE_END.search(line.text):
        return False
    cells = line.text.split()
    return (
        len(cells) == 3
        and all(len(c) <= _MAX_DESCRIPTION for c in cells)
        # (OCR sets figures apart in a sentence: `面积 1200 平方米,设有…`)
        and not any(_FIGURE.match(c) for c in cells)
        and not line.text.endswith(("，", ",", "、"))
        and sum(1 for c in cells if len(c) <= _SHORT_CELL) >= 2
        and sum(1 for c in cells if _HAN_WORD.search(c)) >= 2
    )


_SHORT_CELL = 8
_MAX_DESCRIPTION = 40
_SENTENCE_END = re.compile(r"[。！？!?]")
_ALL_OF = re.compile(r"^[\u4e00-\u9fff\d]{2,20}全体[\u4e00-\u9fff]{2,6}$")


def signs_as_group(text: str) -> bool:
    """`木溪镇敬老院全体老人`: everyone of a body or place signs, as a body does (not
    `本简报发至各村民小组及全体党员`, whom a paper went to)."""
    if not _ALL_OF.match(text):
        return False
    place = text[: text.index("全体")]
    return is_unit(place) or place.endswith(_SIGNING_PLACES)


_SIGNING_PLACES = ("村", "楼", "小区", "院", "新村", "弄", "里", "苑", "居民区", "家园")
_FIGURE = re.compile(r"^[\d.,%]+$")


# `1 独居老人夏季送清凉 4860`: a row's number, its item, its figure (a sentence that
# sets figures apart, `面积 1200 平方米`, opens with no row's number); or an item, its
# figure and what it was for (`集体资产租金 42500 鱼塘、厂房出租`), no clause in it.
_INDEXED_ROW = re.compile(
    r"^\d{1,3} [^\s\d][^。！？!?]{0,40} [\d.,]+(?:元|%|％)?$"
    r"|^[^\s\d][^\s，,。；;！？!?：:]{1,15} [\d.,]+(?:元|万元|%|％)?"
    r"(?: [^\s，,。；;！？!?][^，,。；;！？!?]{0,30})?$"
)
_TOTAL_ROW = re.compile(r"^(?:合计|总计|小计|共计)\s*[：:]?\s*[\d.,]+(?:元|万元)?$")
# `汪德胜家庭（7幢）`: a family named by its head, its building after it (or its group
# before it, `▪上坞组　吕桂英户`).
_FAMILY = re.compile(
    r"^(?:[▪▫■□◆◇●○•·]\s*)?(?:[\u4e00-\u9fff]{1,8}[ \u3000]+)?"
    r"([\u4e00-\u9fff]{2,4})(?:家庭|之家|户)(?:[（(][^（）()]{1,10}[)）])?$"
)


def _indexed_row(line: Line) -> bool:
    return len(line.text) <= 60 and bool(_INDEXED_ROW.match(line.text)) and not line.closes


def _family_row(line: Line) -> bool:
    return family_head(line.text) is not None


def family_head(text: str) -> str | None:
    """Who heads the family a roll's entry names (`汪德胜家庭（7幢）`, `▪上坞组　吕桂英户`)."""
    match = _FAMILY.match(text) if len(text) <= 20 else None
    return match[1] if match is not None and has_surname(match[1]) else None


def _two_cells_row(line: Line) -> bool:
    """`星期二茭白肉丝　番茄炒蛋紫菜虾皮汤`: two cells of words set one space apart, no
    stop nor comma in either (a menu's or a schedule's row whose gaps an extraction
    narrowed to one)."""
    if len(line.text) > 2 * _MAX_CELL + 2:
        return False  # (two cells: a longer line is never split into its words)
    if line.level or line.closes or _SENTENCE_END.search(line.text) or COMMA.search(line.text):
        return False
    cells = line.text.split()
    return len(cells) == 2 and all(
        len(cell) <= _MAX_CELL and _HAN_WORD.search(cell) for cell in cells
    )


# Fewest two-cell rows in a row that make a table (one or two are a headline's clauses).
_TWO_CELL_RUN = 4


def _in_run(flags: list[bool], k: int, size: int = 3) -> bool:
    """Whether flag k stands in a run of `size` set flags at least."""
    for start in range(max(0, k - size + 1), k + 1):
        if start + size <= len(flags) and all(flags[start : start + size]):
            return True
    return False


def _pair_row(line: Line) -> bool:
    cells = _cells(line.text)
    return (
        len(cells) == 2
        and bool(_WIDE_GAP.search(line.text))
        and all(len(c.strip()) <= _MAX_CELL for c in cells)
        and not _SENTENCE.search(line.text)
        and not line.level
    )


def names_in_row(text: str, least: int = 3, families: bool = False) -> list[str] | None:
    """The names of a line that is only people's names (`王　芳　李建国、张　敏`), with a
    two-character name's padding taken out; None if the line is anything else or names
    fewer than `least`. `families`: a family's entry (`贺永年家庭`) gives its head."""
    if len(text) > _MAX_NAMES_LINE or _NOT_NAMES.search(text):
        return None
    tokens = [t for t in _NAME_SEPARATORS.split(text) if t]
    names: list[str] = []
    k = 0
    while k < len(tokens):
        token = tokens[k]
        # `王　芳`: a two-character name padded to a three-character one's width.
        if len(token) == 1 and k + 1 < len(tokens) and len(tokens[k + 1]) == 1:
            token, k = token + tokens[k + 1], k + 1
        # (`贺永年家庭`, `吕桂英户`: a family's entry names its head)
        family = _FAMILY.match(token) if families else None
        names.append(family[1] if family and is_name(family[1]) else token)
        k += 1
    if len(names) < least:
        return None
    good = sum(1 for n in names if 2 <= len(n) <= 4 and is_name(n) and has_surname(n))
    return names if good >= 0.8 * len(names) and good >= least else None


# A roll's family entry set among others on one line: `金永福家庭　顾雪芬家庭`.
_FAMILY_ENTRY = re.compile(r"^([\u4e00-\u9fff?？]{2,4})(?:家庭|户)$")


def family_heads_in_row(text: str) -> list[str] | None:
    """The heads of a line of families' entries only (`金永福家庭　顾雪芬家庭`), two or
    more: each entry's name that reads as one; None if the line is anything else."""
    if len(text) > _MAX_NAMES_LINE or ("家庭" not in text and "户" not in text):
        return None
    tokens = [t for t in _NAME_SEPARATORS.split(text) if t]
    entries = [_FAMILY_ENTRY.match(t) for t in tokens]
    if len(tokens) < 2 or not all(entries):
        return None
    return [m[1] for m in entries if m and is_name(m[1]) and has_surname(m[1])] or None


# An honour roll's entry: a name and the body it comes from, `王建国（枣阳路居民区）`.
# (a family's entry names its head: `严国栋家庭（碧溪苑社区）`)
_ROLL_ENTRY = re.compile(r"^([^\s（()）]{2,4}?)(?:家庭|户)?[（(]([^（()）]{2,24})[）)]$")
_ROLL_CELLS = re.compile(r"\s{2,}|\u3000+|[、；;]")


def names_with_units(text: str) -> list[str] | None:
    """The names of a line of roll entries, each a name with its body in brackets
    (`王建国（枣阳路居民区）　　李秀英（北石路居民区）`); None if the line is anything else."""
    if len(text) > _MAX_NAMES_LINE or text[-1:] not in "）)":
        return None
    names = []
    for cell in roll_cells(text):
        entry = _ROLL_ENTRY.match(cell)
        if not entry or not (is_name(entry[1]) and has_surname(entry[1])):
            return None
        names.append(entry[1])
    return names or None


# A roll's row of a building (or a group) and the name of its person: `9号楼　柯美华`, or
# run together where OCR set a space between every character (`9号楼柯美华`).
_UNIT_AND_NAME = re.compile(
    r"^(?:[\d０-９]+(?:号楼|号|栋|幢|单元)|[\d０-９一二三四五六七八九十]+(?:组|楼组))\s*([^\s\d]{2,4})$"
)


def name_after_unit(text: str) -> str | None:
    """The name of a roll's row that is a building's number and a name, or None."""
    row = _UNIT_AND_NAME.match(text)
    name = row[1] if row else None
    return name if name and is_name(name) and has_surname(name) else None


_NAME_LIST = re.compile(r"^[^\s、]{2,4}(?:、[^\s、]{2,4})+$")


def names_in_cells(text: str) -> list[str]:
    """Names of a table row's cells that list people (`9月23日 7:00 值守 徐某某、陶某某`):
    each such cell two names or more set apart by 、, every one a name."""
    if len(text) > _MAX_NAMES_LINE * 2:
        return []
    found: list[str] = []
    # (a row with a phone number lists whom to call: `5月10日—11日	诸葛明月	138 5712 6031`)
    contact = _GAPPED.search(text) is not None and any(
        _PHONE_CELL.match(cell.strip()) for cell in _CELL_GAP.split(text.strip())
    )
    for cell in text.split():
        if contact and is_name(cell) and has_surname(cell):
            found.append(cell)
            continue
        if not _NAME_LIST.match(cell):
            continue
        names = cell.split("、")
        if all(is_name(n) and has_surname(n) for n in names):
            found.extend(names)
    return found


# A gap a table's cells stand apart by (the cheap test before splitting a line).
_GAPPED = re.compile(r"\t|\u3000|\s\s")
# A phone number as a table's cell: `138 5712 6031`, `0510-8266 3412`, `58826603`.
_PHONE_CELL = re.compile(r"^(?:1\d{2}[ -]?\d{4}[ -]?\d{4}|0\d{2,3}-?\d{3,4}[ -]?\d{4}|\d{8})$")


# A table's head cell over a column of people's names.
_NAME_COLUMN = frozenset({"姓名", "姓 名", "姓\u3000名", "名字"})


def names_in_column(paragraphs: list[str]) -> list[str]:
    """The names in a table's column headed `姓名` (`排名\t姓名\t积分` over
    `1\t戚秋萍\t480`): each row's cell under it, while the rows have as many cells."""
    found: list[str] = []
    column = width = None
    for text in paragraphs:
        if len(text) > _MAX_NAMES_LINE * 2 or _GAPPED.search(text) is None:
            column = width = None  # (no table's row: never split a long text into cells)
            continue
        # (cells parted by tabs may hold names a full-width space apart: `谢某　蒋某`)
        gap = _TAB if "\t" in text else _CELL_GAP
        cells = [c.strip() for c in gap.split(text.strip())]
        if column is not None and len(cells) == width:
            names = _NAMES_IN_CELL.split(cells[column])
            if all(is_name(n) and has_surname(n) for n in names):
                found.extend(names)
            continue
        column = width = None
        if 2 <= len(cells) <= _MAX_COLUMNS:
            column = next((n for n, c in enumerate(cells) if _names_head(c)), None)
            width = len(cells) if column is not None else None
    return found


_TAB = re.compile(r"\t+")
_NAMES_IN_CELL = re.compile(r"[、，,\s\u3000]+")
# A head cell over people's names besides `姓名`: `接待代表`, `值班人员`, `联系人`.
_PEOPLE_HEAD = re.compile(
    r"^[\u4e00-\u9fff]{0,4}(?:代表|人员|负责人|责任人|联系人|值班人|主讲人|经办人)$"
)


def _names_head(cell: str) -> bool:
    return cell in _NAME_COLUMN or bool(_PEOPLE_HEAD.match(cell))


_MAX_COLUMNS = 12


_FIELD_LABEL = re.compile(r"^[^\s：:，。]{2,6}[：:]\s*")
_BRACKET_NOTE = re.compile(r"[（(][^（）()]{1,12}[)）]")


def names_in_field(text: str, least: int = 3) -> list[str]:
    """The names a field lists (`出席：顾某某　孟某某　丁某某（居民代表）`), the notes in
    brackets after them aside; at least `least` of them (a roll's group may list one)."""
    label = _FIELD_LABEL.match(text)
    if label is None:
        return []
    return names_in_row(_BRACKET_NOTE.sub("", text[label.end() :]), least, families=True) or []


# The marks before a roll's entry: a name, a note in brackets, a colon, what they did
# (`◆蔡国栋（见义勇为）：5月12日…`).
_ENTRY_MARKS = re.compile(r"^[◎○●◆◇■□★☆▶►•·\-\s]*")


def name_opening_entry(text: str) -> str | None:
    """The person a roll's entry opens with (`◆欧阳慧（孝老爱亲）：…`), if a name."""
    match = ENTRY_OPENING.match(text, _ENTRY_MARKS.match(text).end())
    name = match.group("name") if match else None
    return name if name and bare_name(name) else None


def roll_cells(text: str) -> list[str]:
    """The entries of a roll's row, set apart by wide gaps or 、."""
    return [cell for cell in _ROLL_CELLS.split(text.strip()) if cell]


def _keep_field_runs(lines: list[Line]) -> None:
    """`办理地点：…` lines are a box's or a notice's fields where two or more stand
    together; one alone may be a headline (`百禧公寓：“一梯一议”跑出加速度`)."""
    fields = [line.field for line in lines]
    for k, line in enumerate(lines):
        if fields[k]:
            line.field = (
                (k > 0 and fields[k - 1])
                or (k + 1 < len(lines) and fields[k + 1])
                # (or a line between: the field before wrapped in a narrow column,
                # `时间：10月12日（周三）上午` / `9:00—10:30` / `地点：…`)
                or (k > 1 and fields[k - 2] and _wrapped_value(lines[k - 2], lines[k - 1]))
                or (k + 2 < len(lines) and fields[k + 2] and _wrapped_value(line, lines[k + 1]))
            )


def _wrapped_value(field: Line, line: Line) -> bool:
    """The rest of a field's value the column cut (the field as wide as the column):
    short, no sentence in it, set in no place of its own."""
    return (
        field.full_width
        and 0 < len(line.text) <= _MAX_WRAPPED_VALUE
        and not line.gap_before
        and not _VALUE_STOP.search(line.text)  # (a clock's colon stops nothing)
        and not line.field
    )


# Longest rest of a field's value on the line under it, and what it never holds.
_MAX_WRAPPED_VALUE = 12
_VALUE_STOP = re.compile(r"[，,。．、；;！!？?]|[：:](?!\d)")


def _mark_grouped_names(lines: list[Line]) -> None:
    """A roll set out by group, each group's label on its own line (`见义勇为：`) over
    its names: each line of names a row, one name or two, where two groups or more are
    set so one after another."""
    groups = [
        k
        for k in range(1, len(lines))
        # (or the group's count, `九十周岁(3人)`, set apart as every block of an OCR
        # engine's text is)
        if (
            (GROUP_LABEL.match(lines[k - 1].text) and not lines[k].gap_before)
            or (ROLL_HEAD.match(lines[k - 1].text) and lines[k].gap_before <= 1)
        )
        and names_in_row(lines[k].text, least=1)
    ]
    if len(groups) >= _MIN_GROUPS:
        for k in groups:
            line = lines[k]
            line.row = True
            line.__dict__.pop("prose", None)
    # A roll's row that names fewer, right under a row of its names: `张可欣 周子墨 许嘉禾`
    # / `蒋乐乐 韩一诺`, the group's last names
    for above, line in pairwise(lines):
        if (
            above.row
            and not line.row
            and not line.gap_before
            and names_in_row(above.text, least=3)
            and names_in_row(line.text, least=2)
        ):
            line.row = True
            line.__dict__.pop("prose", None)


# A group's label over its names in a roll (`助人为乐：`), and fewest groups set so.
GROUP_LABEL = re.compile(r"^[^\s：:，。,、]{2,8}[：:]$")
_MIN_GROUPS = 2


def _mark_rows(lines: list[Line]) -> None:
    """Table rows (three cells or more, one of them set apart widely, or next to such a
    row) and lines of names: each a line of its own, never a headline."""
    candidates = [_row_candidate(line) for line in lines]
    wide = [
        c and bool(_WIDE_GAP.search(line.text)) for c, line in zip(candidates, lines, strict=True)
    ]
    # `社区网格站        028-8553 1219`: a label and its value set widely apart, line
    # after line, are a two-column table.
    pairs = [_pair_row(line) for line in lines]
    single = [_single_spaced_row(line) for line in lines]
    short_cells = [_short_cells_row(line) or _indexed_row(line) for line in lines]
    two_cells = [_two_cells_row(line) for line in lines]
    families = [_family_row(line) for line in lines]
    dated = [bool(_DATED_ROW.match(line.text)) and not line.closes for line in lines]
    # A table saved from a word processor as text: its cells set apart by tabs.
    tabbed = ["\t" in line.text and _TAB_CELL.search(line.text) is not None for line in lines]
    for k, line in enumerate(lines):
        if line.closes or line.level:
            continue
        if DIARY_DAY.match(line.text):
            line.row = True  # `7月1日 晴`: a diary's day, a line of its own
            continue
        if tabbed[k] and ((k > 0 and tabbed[k - 1]) or (k + 1 < len(lines) and tabbed[k + 1])):
            line.row = True  # each row a paragraph of its own, however long its cells
            continue
        if pairs[k] and ((k > 0 and pairs[k - 1]) or (k + 1 < len(lines) and pairs[k + 1])):
            line.row = True
            continue
        beside = (k > 0 and wide[k - 1]) or (k + 1 < len(lines) and wide[k + 1])
        text = line.text
        spaced = " " in text or "\u3000" in text or "、" in text
        # (or a roll's row of names each with its unit: `章美玲（东村3号）　傅国庆（东村11号）`)
        named = spaced and (
            names_in_row(text) or names_with_units(text) or family_heads_in_row(text)
        )
        if wide[k] or (candidates[k] and beside) or named:
            line.row = True
        elif single[k] and _in_run(single, k):
            line.row = True  # a table set with single spaces: three such rows together
        elif short_cells[k] and _in_run(short_cells, k, 3):
            line.row = True  # a table of three cells a row: three such rows together
        elif two_cells[k] and _in_run(two_cells, k, _TWO_CELL_RUN):
            line.row = True  # a table of two cells a row: four such rows together
        elif candidates[k] and _in_run(candidates, k, 3):
            # cells set apart by one full-width space (`7月　重温入党誓词　社区党群服务中心`):
            # three such rows together
            line.row = True
        elif (
            k >= 3
            and lines[k - 1].row
            and _in_run(short_cells, k - 1, 3)
            and len(text.split()) >= 2
            and not _SENTENCE_END.search(text)
        ):
            line.row = True  # the roll's last row, a cell left empty (a group has no 楼号)
        elif k >= 1 and lines[k - 1].row and _TOTAL_ROW.match(text):
            line.row = True  # `合计 19180` under the table's rows
        elif families[k] and _in_run(families, k, 3):
            line.row = True  # `汪德胜家庭（7幢）`, one a line: a roll of families
        elif dated[k] and _in_run(dated, k, 3):
            # `3月9日（周六）上午9:00　手机挂号怎么用`, one a line: a schedule's rows
            line.row = True


# A run of this many short lines at least, each this short, is verse.
_VERSE_RUN = 4
_VERSE_LONG_RUN = 6
_VERSE_LINE = 16
# A poem's lines end without a stop, mostly: at most one in this many ends with one.
_STOP_SHARE = 2


def _before_next_headline(lines: list[Line], start: int, end: int) -> int:
    """Where a run of short lines ends once the next story's headline block is left out:
    a line or two set apart by a blank line at its end, over text (`网格故事` /
    `一只走失的柯基` / a paragraph, under a table's cells a line each)."""
    last = max((j for j in range(start + 1, end + 1) if lines[j].gap_before), default=None)
    after = lines[end + 1] if end + 1 < len(lines) else None
    if last is None or end - last + 1 > _HEADLINE_LINES or after is None:
        return end
    # (or one line set apart right over the text: `九旬寿星名录` / `今年，…`)
    # (or a headline's lines straight over the text: `好人好事` / `七旬老人…` / `每天…`)
    over_text = after.gap_before or last == end or _headline_over_text(lines, end)
    texty = after.prose or after.has_comma or _headline_over_text(lines, end + 1)
    texty = texty or _headline_over_paragraph(lines, end + 1)
    texty = texty or after.listed  # (the next story's headline, a contents list names)
    if not (over_text and texty and not after.verse):
        return end
    # (each line of the block set apart: `七律·…` / `郝文彬（退休教师）` over the poem)
    while last - 1 > start and lines[last - 1].gap_before and end - last + 2 <= _HEADLINE_LINES:
        last -= 1
    # (no headline ends on a comma or a full stop: `夏夜很长，邻里很近，` is the poem's)
    if any(line.text.endswith(("，", ",", "。")) for line in lines[last : end + 1]):
        return end
    return last - 1


def _headline_over_text(lines: list[Line], k: int) -> bool:
    """A line with no stop right over text or a caption (`八旬老人剪出“百福图”` over
    its picture's caption): a headline, under a blank line, after a poem."""
    under = lines[k + 1] if k + 1 < len(lines) else None
    return (
        under is not None
        and not ANY_STOP.search(lines[k].text)
        and not under.gap_before
        and (under.prose or under.caption or under.has_comma)
    )


# Fewest characters of the paragraph a headline stands over, a blank line between.
_LEAD_PARAGRAPH = 30
# A sentence's end or a clause's (a headline may ask or exclaim at its end only).
_SENTENCE_END_INSIDE = re.compile(r"[。；;！!]")


def _headline_over_paragraph(lines: list[Line], k: int) -> bool:
    """A line that is no clause, a blank line under it, then a long paragraph (`楼道
    “微改造”：扶手装到了三楼` / `本报讯　9月下旬，…`): a headline, after a poem."""
    under = lines[k + 1] if k + 1 < len(lines) else None
    return (
        under is not None
        and not lines[k].has_comma
        and not _SENTENCE_END_INSIDE.search(lines[k].text)
        and under.prose
        and under.has_comma
        and len(under.text) >= _LEAD_PARAGRAPH
    )


# Most lines of a headline block (kicker, title, subtitle).
_HEADLINE_LINES = 3


def _mark_credited_poems(lines: list[Line], wrap: int | None) -> None:
    """Under one writer's credit (`□ 苗禾`), a run of short lines that mostly end
    with no stop, a line or a stanza's blank between them: a poem's lines, though a
    comma stands inside some (free verse: `栗树下，爷爷的藤椅吱呀吱呀`)."""
    if wrap:
        return  # (a column cuts every line short: no telling verse from text)
    for k, credit in enumerate(lines[:-1]):
        if not (credit.is_byline_only and len(credit.byline) == 1 and credit.byline[0].author):
            continue
        run: list[Line] = []
        for j in range(k + 1, len(lines)):
            line = lines[j]
            parted = j > k + 1 and line.numbered  # (under a section's number: another's)
            # (a document of its own under its properties, or a headline a list names)
            parted = parted or line.opens_document or line.listed
            if _signed(lines, j) or _opens_letter(lines, j) or parted:
                break  # (the next piece's title, over its own credit or its greeting)
            free = not (line.closes or line.row or line.caption or line.list_item or line.level)
            free = free and not line.column_wide
            if not (free and 0 < len(line.text) <= _VERSE_LINE and line.gap_before <= 1):
                break
            if SENTENCE_INSIDE.search(line.text[:-1]) or line.indented:
                break  # (a sentence ended inside it, or a paragraph's indent: prose)
            if _breaks_couplets(run, line):
                break
            run.append(line)
        # (set apart over the text under it: the next story's headline, which never ends
        # on a full stop)
        last = run[-1] if run else None
        if last and last.gap_before and k + len(run) + 1 < len(lines) and last.text[-1:] != "。":
            run.pop()
        # A poem set in stanzas of several lines does not end on lines standing alone
        # (`图片新闻` / `小小志愿者上岗啦` after it): the next section's banner.
        stanzas = any(not line.gap_before for line in run[1:])
        while stanzas and len(run) > _VERSE_RUN and run[-1].gap_before:
            below = lines[k + len(run) + 1] if k + len(run) + 1 < len(lines) else None
            if below is not None and not below.gap_before:
                break
            run.pop()
        ended = sum(1 for line in run if is_terminated(line.text))
        if len(run) >= _VERSE_RUN and (
            ended <= len(run) / _STOP_SHARE / 2 or _comma_and_stop_pairs(run)
        ):
            for line in run:
                line.verse = True


def _comma_and_stop_pairs(run: list[Line]) -> bool:
    """Lines in pairs, the first of each ending on a comma, the second on a stop
    (`晚风从蕴藻浜上吹来，` / `把白天的暑气一页页翻过。`): a poem's couplets, each
    line its own, though half of them end a sentence."""
    return len(run) % 2 == 0 and all(
        line.text.endswith(("，", ",") if k % 2 == 0 else ("。", "！", "？", "!", "?", "；"))
        for k, line in enumerate(run)
    )


# The marks a classical poem's line ends on.
_LINE_ENDS = ("，", ",", "。", "！", "!", "？", "?", "；", ";", "、")


def _breaks_couplets(run: list[Line], line: Line) -> bool:
    """Every line of the run so far ends on its mark (`…天气凉,`, a classical poem's
    couplets) and `line` ends on none (`读者来信`): no line of that poem. Only the run's
    last few lines are asked, so that asking stays cheap however long the run."""
    return (
        len(run) >= _VERSE_RUN
        and not line.text.endswith(_LINE_ENDS)
        and all(verse.text.endswith(_LINE_ENDS) for verse in run[-_VERSE_RUN:])
    )


def _verse_like(line: Line, wrap: int | None, one_clause: bool = True) -> bool:
    text = line.text
    return (
        0 < len(text) <= _VERSE_LINE
        and not line.level
        and not line.closes
        and not line.row
        and not line.caption
        and not line.list_item
        and not line.intertitle
        and not SIGN_OFF.match(text)  # a letter's `此致　敬礼！` closes it: no poem's line
        and not line.subtitle_dash  # a `——subtitle`, a headline's English under it
        and line.gap_before <= 1
        and not (wrap and not line.short_in_wrap)
        and not line.column_wide
        and not line.listed  # (a headline a contents list or its properties name)
        and (_one_clause(text) or not one_clause)
    )


def _bridging_verse(lines: list[Line], start: int, k: int, wrap: int | None) -> bool:
    """`傍晚，助餐点飘出饭香，` amid a poem's lines: a line a little long for two clauses,
    three lines of the poem over it and one under it."""
    line = lines[k]
    text = line.text
    if k - start < _BRIDGED or k + 1 >= len(lines) or len(text) > _BRIDGING_LINE:
        return False
    inside = text[:-1]
    # (each clause ended by its mark, the line's last too: no column's wrap)
    two_clauses = (
        text.endswith(("，", "。", "！", "？"))
        and inside.count("，") == 1
        and not re.search(r"[。；;：:,]", inside)
    )
    return two_clauses and _verse_like(lines[k + 1], wrap) and _verse_like(line, wrap, False)


# Lines of a poem over a line that bridges, and the longest such line.
_BRIDGED = 3
_BRIDGING_LINE = 14


def _one_clause(text: str) -> bool:
    """No clause ends inside the line: a sentence has more (a short line may pair two
    at a comma, `早上浇水，傍晚捉虫`)."""
    inside = text[:-1]
    if len(text) > _PAIRED_VERSE:
        return not re.search(r"[，,。；;：:]", inside)
    return not re.search(r"[。；;：:]", inside) and inside.count("，") + inside.count(",") <= 1


# Longest verse line that may pair two short clauses at a comma.
_PAIRED_VERSE = 10


def _signed(lines: list[Line], k: int) -> bool:
    """A line over a credit (`◎沈芸`, `文／X`) or over the line that signs it
    (`银杏苑社区　贺立群`): the next piece's title, not a verse line."""
    if k + 1 >= len(lines):
        return False
    below = lines[k + 1]
    if below.credit:
        return True
    # (a stanza's line, no blank line over it, over `居民　殷若水` and a blank line: the
    # poem's last line over who wrote it, the next piece's headline under them)
    return author_line(below) and not (
        lines[k].gap_before == 0 and k > 0 and _signed_under(lines, k + 1)
    )


# A classical poem's couplet on one line: two lines of five or seven characters each
# (`湖光潋滟接晴空，十里残荷韵未穷。`).
_COUPLET = re.compile(
    r"^([\u4e00-\u9fff]{5}|[\u4e00-\u9fff]{7})[，,]([\u4e00-\u9fff]{5,7})[。！？.!?]$"
    # a pact's or a rhyme's short measures (`爱祖国，守法纪，`), the line ending on its
    # comma or semicolon as often as on a stop
    r"|^([\u4e00-\u9fff]{3,4})[，,]([\u4e00-\u9fff]{3,4})[，,；;。！？.!?]$"
)
_MIN_COUPLETS = 2
# Of three or four characters a clause, this many lines at least make a rhyme.
_MIN_SHORT_COUPLETS = 4


def _measure(text: str) -> int:
    """A couplet's measure (characters a clause), both clauses alike; else 0."""
    if len(text) > 16:
        return 0
    match = _COUPLET.match(text)
    if match is None:
        return 0
    first, second = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
    return len(first) if len(first) == len(second) else 0


def _couplets(lines: list[Line]) -> None:
    """Runs of couplets of one measure (five or seven), one after another: a poem."""
    measures = [_measure(line.text) for line in lines]
    k = 0
    while k < len(lines):
        end = k
        while measures[k] and end + 1 < len(lines) and measures[end + 1] == measures[k]:
            end += 1
        least = _MIN_COUPLETS if measures[k] >= 5 else _MIN_SHORT_COUPLETS
        if measures[k] and end - k + 1 >= least:
            for line in lines[k : end + 1]:
                line.verse = True
        k = end + 1


_POEM_END = ("。", "！", "!")
# A file of this many lines at least, at most one in this many of them straight under
# the line over it: a blank line after every line (an e-book's or a web page's copy).
_SPACED_OUT_LINES, _SPACED_OUT_SHARE = 20, 20


def _mark_verse(lines: list[Line], wrap: int | None) -> None:
    """Runs of short one-clause lines, one after another: the lines of a poem."""
    _couplets(lines)
    # (a run of couplets is a poem already: the short lines over it are its headline's)
    paired = [line.verse for line in lines]
    straight = sum(1 for line in lines[1:] if not (line.gap_before or line.after_furniture))
    spaced_out = len(lines) >= _SPACED_OUT_LINES and straight <= len(lines) / _SPACED_OUT_SHARE
    k = 0
    while k < len(lines):
        if paired[k] or not _verse_like(lines[k], wrap):
            k += 1
            continue
        end = k
        while (
            end + 1 < len(lines)
            and not paired[end + 1]
            and (
                _verse_like(lines[end + 1], wrap)
                or _bridging_verse(lines, k, end + 1, wrap)
                # (`其二` between a set's poems: the set goes on under it)
                or (
                    lines[end + 1].series_part
                    and end + 2 < len(lines)
                    and _verse_like(lines[end + 2], wrap)
                )
            )
            and not _signed(lines, end + 1)
            and not _opens_letter(lines, end + 1)
            and not lines[end + 1].numbered  # (a section's number parts pieces)
            and (lines[end + 1].series_part or not _next_poem_head(lines, end + 1))
            and not _notice_over_text(lines, end + 1)
            and not _signed_under(lines, end + 1)  # (who wrote the lines over it)
            and (
                lines[end + 1].series_part
                or not _breaks_couplets(lines[k : end + 1], lines[end + 1])
            )
            # (a line ending the poem with its stop, the page's furniture under it: what
            # the next page opens with is another piece's)
            and not (lines[end + 1].after_furniture and lines[end].text.endswith(_POEM_END))
        ):
            end += 1
        # A headline's short lines over the poem stand apart from it and from each other
        # (`桑榆诗苑` / `七律·荷塘晚照` / `周家麟（柳塘诗社）`): the poem begins where its
        # lines follow each other. (Counted, not sliced off one by one: a run of 60,000
        # short lines set apart by blank lines was copied 60,000 times.)
        start = k
        while not spaced_out and end - start + 1 > _VERSE_RUN and lines[start + 1].gap_before:
            start += 1
        # `冬 日 的 弄 堂` letter-spaced over `居民　屠美玲`: display type, the poem's
        # headline, and its writer, no lines of it
        if lines[start].spaced and start + 1 < end and author_line(lines[start + 1]):
            start += 1
        # `秋日登高` (or `诗苑` / `咏菊`) over `银杏苑社区　贺立群`: the poem's headline
        # and its writer, the poem under them
        writer = next(
            (j for j in range(start + 1, min(start + 3, end)) if author_line(lines[j])), None
        )
        # (or right under the poem's headline a contents list names, no line of it)
        titled = start > 0 and (lines[start - 1].spaced or lines[start - 1].listed)
        if writer is None and titled and author_line(lines[start]):
            writer = start
        if writer is not None and end - writer >= _VERSE_RUN:
            start = writer + 1
        elif (bare := _bare_writer(lines, start, end)) is not None:
            start = bare + 1
            writer = bare
        if start > 0 and _BRACKETED_COLUMN.match(lines[start - 1].text) and end > start:
            start += 1  # `【数据通报】` over `1—5月…得分`: the column's headline, no verse line
        if start < end and lines[start + 1].series_part:
            start += 1  # `迎春杂咏（三首）` over `其一`: the set's headline, no line of it
        end = _before_next_headline(lines, start, end)
        start += _unmarked_head(lines[start : end + 1])
        if start > 0 and _wrapped_tail(lines[start - 1], lines[start]):
            start += 1  # `…也谢谢居委` / `会为我们老人想得这么周到。`: a paragraph's last line
        run = lines[start : end + 1]
        if not run:
            k = end + 1
            continue
        sizes = [len(line.text) for line in run]
        # Under a poem's credit four lines make a poem; elsewhere (a headline block is a
        # run of short lines too) it takes six.
        signed = (k > 0 and lines[k - 1].is_byline_only) or writer is not None
        # (or who wrote it under its last line, `居民　费婉清`, the block ending there)
        signed = signed or _signed_under(lines, end + 1)
        # (or the next poem's, under its own short head, is: `（外一首）`, one writer's two)
        signed = signed or _next_poem_signed(lines, end + 1, wrap)
        # (or under its writer's bare name, a blank line between: `雷秀英` over the poem)
        signed = signed or (
            start > 0 and bool(lines[start].gap_before) and bare_name(lines[start - 1].text)
        )
        enough = len(run) >= (_VERSE_RUN if signed else _VERSE_LONG_RUN)
        # A poem's lines follow each other (a blank line between stanzas, not between
        # lines) and mostly end without a full stop.
        # (where a blank line follows every line of the file, it parts nothing)
        packed = (
            spaced_out or sum(1 for line in run[1:] if not line.gap_before) >= (len(run) - 1) / 2
        )
        stops = sum(1 for line in run if line.text.endswith(("。", "！", "？", ".")))
        enough = enough and packed and stops <= len(run) / _STOP_SHARE
        if enough and sum(sizes) / len(sizes) <= 12 and min(sizes) <= 10:
            for line in run:
                line.verse = not line.series_part
        k = end + 1


# Longest title of a second poem under the first (`外一首`).
_MAX_POEM_HEAD = 8


def _next_poem_signed(lines: list[Line], k: int, wrap: int | None) -> bool:
    """Line k heads the next poem (`晨练`, a few words), whose lines under it are signed at
    their end."""
    if k >= len(lines) or not 0 < len(lines[k].text) <= _MAX_POEM_HEAD:
        return False
    if ANY_STOP.search(lines[k].text) or lines[k].closes:
        return False
    end = k + 1
    while end < len(lines) and _verse_like(lines[end], wrap) and not _signed_under(lines, end):
        end += 1
    return end - (k + 1) >= _VERSE_RUN and _signed_under(lines, end)


def _unmarked_head(run: list[Line]) -> int:
    """How many lines open the run with no mark at their end, over lines that each end
    on one (`温馨提示` / `防范电信诈骗　牢记“三不一多”` / `未知链接不点击；` …): a box's
    headline over its rhymed items, no lines of a poem."""
    lead = 0
    while lead < _MAX_HEAD_LINES and lead < len(run) and not run[lead].text.endswith(_ITEM_ENDS):
        lead += 1
    items = run[lead:]
    if lead and len(items) >= _MIN_ITEMS and all(line.text.endswith(_ITEM_ENDS) for line in items):
        return lead
    return 0


_ITEM_ENDS = ("；", ";", "。", "！", "？", "，", ",", "、")
_MAX_HEAD_LINES, _MIN_ITEMS = 2, 3


def _greeting(line: Line) -> bool:
    return line.text.endswith(("：", ":")) and bool(SALUTATION.match(line.text))


def _opens_letter(lines: list[Line], k: int) -> bool:
    """A notice's or a letter's greeting (`各位村民：`), or the title over it (`关于做好
    夏季防溺水工作的提醒`): a piece begins, no line of a poem."""
    return _greeting(lines[k]) or (k + 1 < len(lines) and _greeting(lines[k + 1]))


def _signed_under(lines: list[Line], k: int) -> bool:
    """Line k signs the lines over it (`居民　费婉清`), the last of its block: the next
    piece's headline under it, not text (a headline's writer stands over the text)."""
    if k >= len(lines) or not author_line(lines[k]):
        return False
    if k + 1 == len(lines):
        return True
    under = lines[k + 1]
    if under.level or under.after_furniture:
        return True
    # (a headline set apart under it, over text: `小区新事` / `车棚装上了…` / `本报讯…`;
    # the lines of a poem under it are the poem it heads)
    below = lines[k + 2 : k + 1 + _HEADLINE_LINES + 1]
    return (
        bool(under.gap_before)
        and not (under.prose or under.has_comma)
        and any(line.prose for line in below)
    )


def _notice_over_text(lines: list[Line], k: int) -> bool:
    """`停水通知` over its text (`因…，7月20日将暂停`): a notice begins, no line of a poem."""
    under = lines[k + 1] if k + 1 < len(lines) else None
    return (
        under is not None
        and lines[k].text.endswith(NOTICE_KINDS)
        and (under.prose or under.has_comma)
        and not under.gap_before
    )


def _next_poem_head(lines: list[Line], k: int) -> bool:
    """`菜园小记` / `冉德芳` between blank lines after a poem: the next poem's title
    and its writer's bare name, not a stanza of two lines."""
    if k + 2 >= len(lines) or not lines[k].gap_before or lines[k + 1].gap_before:
        return False
    return (
        bool(lines[k + 2].gap_before)
        and bare_name(lines[k + 1].text)
        and not ANY_STOP.search(lines[k].text)
    )


# A column's name in square brackets alone on its line: `【数据通报】`.
_BRACKETED_COLUMN = re.compile(r"^【[^【】]{2,10}】$")


def _bare_writer(lines: list[Line], start: int, end: int) -> int | None:
    """`诗苑` / `老街的黄昏` / `严松年`, a blank line, then the poem: a headline block
    whose last line is its writer's bare name, set apart over the poem's first stanza
    (at a page's or a column's head, or under a blank line). The name's index, or None."""
    # (no blank line anywhere, a printed line a line: the block right over the poem,
    # under a finished piece)
    blankless = not any(line.gap_before for line in lines[start : end + 1]) and (
        start > 0 and (lines[start - 1].caption or is_terminated(lines[start - 1].text))
    )
    if not (start == 0 or lines[start].after_furniture or lines[start].gap_before or blankless):
        return None
    for name in range(start + 1, min(start + 3, end)):
        if (lines[name + 1].gap_before == 0 and not blankless) or any(
            lines[j].gap_before for j in range(start + 1, name + 1)
        ):
            continue  # the block's lines follow each other, a blank line under it
        if bare_name(lines[name].text) and end - name >= _VERSE_RUN:
            return name
    return None


def _wrapped_tail(above: Line, line: Line) -> bool:
    """`line` ends the paragraph the wrap cut `above` from (no blank line between, the
    cut inside a clause)."""
    return (
        line.gap_before == 0
        and not above.gap_after
        and bool(above.text)
        and not above.verse
        and not above.caption  # (`写生作画。方立　摄`: a credit ends a caption)
        and not is_terminated(above.text)
        and len(above.text) > len(line.text)
        and bool(_SENTENCE_MARK.search(above.text))
    )


# A signature set flush right is indented this deep at least (in full-width spaces).
_RIGHT = 4
_MAX_SIGNATURE = 40
# A signature is no sentence: none of these in it.
_SENTENCE_MARK = re.compile(r"[。！？!?；;，,]")


def _mark_signatures(lines: list[Line]) -> None:
    """A notice's or letter's signature set flush right after its text: the body or bodies
    that sign it (bylines), and the date under them (`日期`)."""
    for k, line in enumerate(lines):
        if k == 0 or not line.text or len(line.text) > _MAX_SIGNATURE or line.caption:
            continue  # (a line read as a picture's caption already signs nothing)
        if line.closes or line.level or _SENTENCE_MARK.search(line.text):
            continue
        if line.row and ROLL_HEAD.match(lines[k - 1].text):
            continue  # (a roll's one name under its group's count: `九十五周岁(1人)` / `陆金凤`)
        above = lines[k - 1]
        if above.signature and any(b.author for b in above.byline) and not _signed_date(line.text):
            continue  # (a writer's name signs alone: under it, the next piece's headline)
        if (
            not line.gap_before
            and above.field
            and len(line.text) <= _MAX_VALUE_REST
            and not _ends_sentence(above.text)
            and not (k + 1 < len(lines) and _only_date(lines[k + 1].text))
        ):
            continue  # (`地点:街道社区文化活动中心三` / `楼报告厅`: the field's value, wrapped)
        # `越泉村村务监督委员会 2023年6月25日`: who signs and the day, on one line
        one_line = _signer_and_date(line.text)
        # Signed as letters and notices sign, set flush right or not: under `此致　敬礼！`,
        # the issuing body over its date after the last sentence, and that date.
        signed_off = (
            any(SIGN_OFF.match(lines[j].text) for j in range(max(0, k - 2), k))
            or _issuer_over_date(lines, k)
            or _issuers_at_end(lines, k)
            or (k > 0 and lines[k - 1].signature and _signed_date(line.text))
            or _titled_signature(lines, k)
            or _schools_signature(lines, k)
            or bool(_SIGNED_FORM.search(line.text) and len(line.text) <= _MAX_SIGNATURE)
            # (or the signer and the day on one line under the last sentence)
            or (one_line is not None and _ends_sentence(lines[k - 1].text))
            # (or a body signing with its full date, whatever stands above: a roll's
            # names, `越泉村妇联 2023年6月28日`)
            or (one_line is not None and _body_signs_dated(*one_line))
        )
        if (line.depth < _RIGHT or line.centred) and not signed_off:
            continue  # (a centred line's margin is no signature's)
        before = lines[k - 1]
        flush_right = line.depth >= 2 * _RIGHT
        placed = flush_right or before.depth >= _RIGHT or _ends_sentence(before.text)
        if not (placed or signed_off):
            continue
        text = line.text
        if one_line is not None:
            line.byline, line.byline_text, date = one_line
            line.text, line.meta, line.signature = "", {"日期": date}, True
        elif _only_date(text) or ((before.signature or signed_off) and _signed_date(text)):
            line.meta = {"日期": text}
            line.signature = True
        elif signers := _signers(text, line.gaps_lost):
            line.byline, line.byline_text, line.text = signers, text, ""
            line.signature = True
        if line.signature and k + 1 < len(lines) and _english_twin(lines[k + 1]):
            _sign_twin(lines[k + 1])
        # It closes its article now: what was worked out of it before no longer holds.
        for cached in ("closes", "prose", "question_head"):
            line.__dict__.pop(cached, None)


def _signer_and_date(text: str) -> tuple[list[Byline], str, str] | None:
    """Who signs and the day signed, on one line (`越泉村村务监督委员会 2023年6月25日`):
    (their bylines, the signer as written, the date), or None."""
    dated = _SIGNER_AND_DATE.match(text)
    if dated is None or not _signed_date(dated["date"]):
        return None
    signers = _signers(dated["signer"])
    return (signers, dated["signer"], dated["date"]) if signers else None


def _body_signs_dated(signers: list[Byline], _written: str, date: str) -> bool:
    """Only bodies sign, none a person, and the day is whole (year, month and day)."""
    whole = bool(re.search(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$", date))
    return whole and all(b.department and not b.author for b in signers)


# A signer and the day signed on one line, a space or more between them.
_SIGNER_AND_DATE = re.compile(r"^(?P<signer>\S.*?\S)[ \t\u3000]+(?P<date>\S*\d\S*日)$")
# A letter's writer signs with a word of respect after the name (`里長　陳明輝　敬上`).
_SIGNED_FORM = re.compile(r"[\s\u3000]*(?:敬上|謹上|谨上|敬啟|敬启|拜上|敬書|敬书)$")


def _schools_signature(lines: list[Line], k: int) -> bool:
    """`五（1）班　石悦然` under a poem's or an essay's last line, the last line of its
    block: a pupil signs with the class (or school) and name."""
    line = lines[k]
    if k == 0 or line.gap_before or not (k + 1 == len(lines) or lines[k + 1].gap_before):
        return False
    above = lines[k - 1]
    if not (above.verse or _ends_sentence(above.text)):
        return False
    signed = unit_and_name(line)
    return signed is not None and bool(_SCHOOL.search(signed[0]))


_SCHOOL = re.compile(rf"(?:{SCHOOL_OR_CLASS})$")


def _stanza_above(lines: list[Line], k: int) -> bool:
    """A stanza's lines right above line k, a blank line between: three or more short
    lines one under the other, none a sentence's end (verse set with no stops)."""
    if not lines[k].gap_before:
        return False
    block = []
    for j in range(k - 1, -1, -1):
        block.append(lines[j])
        if lines[j].gap_before or lines[j].after_furniture:
            break
    return len(block) >= _MIN_STANZA and all(
        0 < len(line.text) <= _MAX_STANZA_LINE and not _ends_sentence(line.text) for line in block
    )


_MIN_STANZA, _MAX_STANZA_LINE = 3, 16


def _titled_signature(lines: list[Line], k: int) -> bool:
    """`金杨街道党工委书记　唐立` alone under a finished sentence, the last line of its
    block: a foreword signed by its writer's post and name, set flush left (or a poem
    by who wrote it, `居民　殷若水` under its last line)."""
    line = lines[k]
    above = lines[k - 1] if k else None
    if above is None or line.gap_before > 1:
        return False
    if not (_ends_sentence(above.text) or above.verse or _stanza_above(lines, k)):
        return False
    titled = titled_name(line.text, residents=True) or (
        line.gaps_lost and titled_name_unparted(line.text, residents=True)
    )
    if not titled:
        # (or the name alone over the date or the editor's reply: `方德顺` / `6月5日`, a
        # reader's letter)
        below = lines[k + 1].text if k + 1 < len(lines) else ""
        return bare_name(line.text) and (_signed_date(below) or bool(REPLY.match(below)))
    last = k + 1 == len(lines) or lines[k + 1].gap_before > 0 or lines[k + 1].after_furniture
    # (or, where indents open paragraphs, over the next story's headline at the margin
    # and its first paragraph indented: `澹湖苑　居民　陶亦舒` / `社区学校…` / `　　…`)
    last = last or (
        not line.indented
        and k + 2 < len(lines)
        and not lines[k + 1].indented
        and not _ends_sentence(lines[k + 1].text)
        and lines[k + 2].indented
        and _ends_sentence(above.text)
    )
    # (or, no blank line anywhere, over the next piece's headline and its text:
    # `社工　蒋一帆` / `我家的垃圾分类日记` / `7月1日 晴`)
    last = last or (
        k + 2 < len(lines)
        and 0 < len(lines[k + 1].text) <= _MAX_NEXT_HEAD
        and not ANY_STOP.search(lines[k + 1].text)
        and not lines[k + 1].closes
        and (
            lines[k + 2].prose
            or lines[k + 2].has_comma
            or lines[k + 2].credit
            or lines[k + 2].intertitle  # (its first numbered item: `1.千里相逢（打一字）`)
            or bool(_DAY_LINE.match(lines[k + 2].text))
            # (or a column's name over the next piece's title and its text: `夕 阳 红` /
            # `九旬学员的“笔墨缘”` / `社区老年大学…`)
            or (
                k + 3 < len(lines)
                and 0 < len(lines[k + 2].text) <= _MAX_NEXT_HEAD
                and not ANY_STOP.search(lines[k + 2].text)
                and (lines[k + 3].prose or lines[k + 3].has_comma)
            )
        )
    )
    # (or over the date it was written: `8号楼居民　汪秀英` / `2024年3月20日`, or over the
    # editor's reply to the letter: `编者：…`)
    return last or _signed_date(lines[k + 1].text) or bool(REPLY.match(lines[k + 1].text))


# Longest headline of the next piece (or notice) right under a signature, no blank line.
_MAX_NEXT_HEAD = 20
# A diary's day line: `7月1日 晴`.
_DAY_LINE = re.compile(r"^\d{1,2}月\d{1,2}日(?:\s|$)")


def _note_closed(above: Line, line: Line) -> bool:
    """The line closes the brackets a contact line or a field above it left open."""
    return (
        (above.closes_notice or above.field)
        and unclosed_brackets(above.text) > 0
        and line.text.endswith(("）", ")"))
        and not line.gap_before
    )


# Most lines a narrow column wraps a field's value over.
WRAPPED_FIELD_LINES = 3


def _in_wrapped_field(lines: list[Line], k: int) -> bool:
    """Line k ends a field's value the column wrapped (`慰问方式：各分会会长` /
    `带队上门，送上慰问品并了` / `解老人生活需求`), no blank line between."""
    for j in range(k - 1, max(-1, k - WRAPPED_FIELD_LINES), -1):
        if lines[j + 1].gap_before:
            return False
        if lines[j].field:
            return True
        if _ends_sentence(lines[j].text):
            return False
    return False


def _issuer_over_date(lines: list[Line], k: int) -> bool:
    """Line k is a unit's name between a finished sentence and a date alone, alone or
    among the bodies, one to a line, that issued a notice together."""
    if not (0 < k < len(lines) - 1 and _units(lines[k].text)):
        return False
    first = k
    while first > 0 and k - first < _MAX_ISSUERS and _issuer(lines[first - 1]):
        first -= 1
    last = k
    while last + 1 < len(lines) and last - first < _MAX_ISSUERS and _issuer(lines[last + 1]):
        last += 1
    return (
        first > 0
        and last + 1 < len(lines)
        # (the notice's text ends on its sentence or on its contact line, `联系电话：…`)
        and (
            _ends_sentence(lines[first - 1].text)
            or lines[first - 1].closes_notice
            or lines[first - 1].field  # `地点：…`, a notice's last field
            or _in_wrapped_field(lines, first - 1)  # (its value wrapped in a column)
            # (or an item ending on the number to call: `…村应急队电话：5877 2310`)
            or bool(CONTACT_NUMBER_END.search(lines[first - 1].text))
            or lines[first - 1].row  # a roll's or a table's last row
            or bool(_ATTACHMENT.match(lines[first - 1].text))  # `附件：…认领表`
            # (or the rest of its contact line's note: `…（村务监督委` / `员会）`)
            or (first > 1 and _note_closed(lines[first - 2], lines[first - 1]))
        )
        and (
            _signed_date(lines[last + 1].text)  # (`11月2日`: a board's notice, its year left out)
            # (the bodies' names in English between, in a paper printed in two languages)
            or (
                _english_twin(lines[last + 1])
                and last + 2 < len(lines)
                and _only_date(lines[last + 2].text)
            )
        )
    )


# A document's attachments named under its text, over its signature: `附件：…`, `附件1：…`.
_ATTACHMENT = re.compile(r"^附件\s*\d{0,2}\s*[:：]")


def _issuers_at_end(lines: list[Line], k: int) -> bool:
    """Line k is among the bodies, one to a line, that sign a text's end with no date:
    under its last sentence and over the page's furniture (a post's counters) or the
    end of the file (`广灵居委会` / `广灵社区志愿者服务站`)."""
    if not _units(lines[k].text):
        return False
    first = k
    while first > 0 and k - first < _MAX_ISSUERS and _issuer(lines[first - 1]):
        first -= 1
    last = k
    while last + 1 < len(lines) and last - first < _MAX_ISSUERS and _units(lines[last + 1].text):
        last += 1
    if first == 0 or lines[first].gap_before > 1:
        return False
    above = lines[first - 1]
    if above.inline_byline or above.closes:
        return False  # (signed already: `…。（党建办 王丽）`)
    # (or a roll's last row of names: `范小妹  韦德明  汤丽华`)
    ended = _ends_sentence(above.text) or above.closes_notice or above.field or above.row
    # (or the end of its block, a blank line under it, where blank lines part articles)
    at_end = (
        last + 1 == len(lines)
        or lines[last].before_furniture
        or lines[last + 1].after_furniture
        or (lines[last + 1].gap_before > 0 and lines[first].gap_before == 0)
        # (under a roll's last names, set apart on its own: the roll's issuer)
        or (lines[last + 1].gap_before > 0 and above.row and names_in_row(above.text, least=2))
        or _heads_text(lines, last + 1)
        # (or over the next notice's kind alone: `街道老龄办` / `更正`)
        or (
            len(lines[last + 1].text) <= MAX_KIND_ALONE
            and lines[last + 1].text.endswith(NOTICE_KINDS)
        )
    )
    return ended and at_end and all(not lines[j].gap_before for j in range(first + 1, last + 1))


# Longest rest of a field's value the column put on the next line, with no date under.
_MAX_VALUE_REST = 5


def _english_twin(line: Line) -> bool:
    """The line above again in English, right under it: a body's name, or a date."""
    text = line.text
    return (
        line.gap_before == 0
        and not line.signature
        and (named_in_english(text) or bool(ENGLISH_DATE.fullmatch(text)))
    )


def _sign_twin(line: Line) -> None:
    """A signature's or its date's English: the signature's, written as it stands."""
    line.byline, line.byline_text, line.text = [], line.text, ""
    line.signature = True
    for cached in ("closes", "prose", "question_head"):
        line.__dict__.pop(cached, None)


def _issuer(line: Line) -> bool:
    """A body's name alone on its line (or one read as a signature already)."""
    return (line.signature and bool(line.byline)) or _units(line.text)


_DEED = re.compile("建成|落成|开通|开放|投用|建立|新建|改造|上线|亮相|揭晓")
_NO_BODY = re.compile("[我你他她的了]")


def _stray_space_out(text: str) -> str:
    """`街 道老龄办` read as `街道老龄办`: one single space between two Chinese characters,
    a character or two on one side of it (an OCR engine's slip); else the text as is."""
    if text.count(" ") != 1 or not HAN_SPACE_HAN.search(text):
        return text
    left, right = text.split(" ")
    return text if min(len(left), len(right)) > 2 else left + right


def _units(text: str) -> bool:
    """A body's name, or the names of bodies set apart on one line (`甲办公处　乙卫生所`)."""
    if len(text) > _MAX_SIGNATURE:
        return False  # (never split a long line: a file at the size cap may be one)
    if EVENT.search(text) or _DEED.search(text) or _NO_BODY.search(text):
        # `东岸村建成村史馆`: what a body did; `我眼中的砚池社区`: what someone saw. A
        # headline, not who signs.
        return False
    if "\u3000" not in text and "  " not in text:
        # the cheap test first: one body's name (or a place's everyone, `…全体老人`)
        text = _stray_space_out(text)
        return is_unit(text) or signs_as_group(text)
    pieces = WIDE_GAPS.split(text.strip())
    return 0 < len(pieces) <= _MAX_ISSUERS and all(is_unit(piece) for piece in pieces)


# Most bodies issuing one notice together, one to a line.
_MAX_ISSUERS = 4


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip("”’」』）)》】\"'")
    return bool(stripped) and stripped[-1] in TERMINAL


def _heads_text(lines: list[Line], k: int) -> bool:
    """Line k is a short headline over text (`失物招领` / `11月2日上午，…`), no body's
    name and no sentence: the next notice begins, where no blank line parts them."""
    if k + 1 >= len(lines):
        return False
    line, below = lines[k], lines[k + 1]
    return (
        len(line.text) <= _MAX_NEXT_HEAD
        and not ANY_STOP.search(line.text)
        and not _units(line.text)
        and bool(below.text)
        and len(below.text) > 2 * len(line.text)
        and bool(ANY_STOP.search(below.text))
    )


def _only_date(text: str) -> bool:
    return not DATE.sub("", CN_DATE.sub("", text)).strip() or bool(ROC_YEAR_DATE.match(text))


# A letter's day under its writer's name, its year left out (`5月20日`), or the part of
# the day it was written in after it (`2025年3月28日夜`).
_DAY_OF_YEAR = re.compile(r"^\d{1,2}\s*月\s*\d{1,2}\s*日$")
_DAY_PART = re.compile(r"(?<=日)(?:夜|晚|早|上午|下午|凌晨|清晨|深夜)$")


def _signed_date(text: str) -> bool:
    """A date alone, as a signature's date is written (with or without its year, with
    the part of the day)."""
    text = _DAY_PART.sub("", text)
    return _only_date(text) or bool(_DAY_OF_YEAR.match(text))


# What a resident who writes is, between where they live and their name.
_RESIDENT = re.compile(
    r"^(?:居民|村民|老党员|党员|读者|学生|家长|志愿者|退休[\u4e00-\u9fff]{1,4})$"
)


def _signers(text: str, gaps_lost: bool = False) -> list[Byline] | None:
    """`江宁路街道办事处`, `湖南居民区　韩美玲`: who signs, or None if the line is other text
    (`gaps_lost`: an OCR engine's spaces taken out, `退休职工倪守田` is a post and a name)."""
    text = _SIGNED_FORM.sub("", text)
    words = [w for w in re.split(r"[\s\u3000]+", text) if w]
    if not words or any(EVENT.search(w) for w in words):
        return None  # `镇人大主席团召开…联络会` says what happened: a headline, centred
    if all(is_department(w) for w in words):
        return [Byline(department=w) for w in words]
    joined = _stray_space_out(text)
    if joined != text and is_department(joined):
        # `街 道老龄办`, `本 报编辑部`: one body, an OCR engine's stray space in its name
        return [Byline(department=joined)]
    if len(words) == 1 and _ALL_OF.match(words[0]):
        return [Byline(department=words[0])]  # `梅园新村9号楼全体居民`: a group signs
    if len(words) == 2 and is_unit(words[0]) and is_name(words[1]) and has_surname(words[1]):
        return [Byline(department=words[0], author=words[1])]
    if len(words) == 2 and _SCHOOL.search(words[0]) and is_name(words[1]) and has_surname(words[1]):
        return [Byline(department=words[0], author=words[1])]  # `五（1）班　石悦然`
    resident = len(words) == 3 and is_unit(words[0]) and _RESIDENT.match(words[1])
    if resident and is_name(words[2]) and has_surname(words[2]):
        # `柳岸居民区 居民 单秋禾`, `葑泾村 退休教师 左念慈`: where a resident who writes
        # lives and who they are; no body signs
        return [Byline(author=words[2])]
    if len(words) == 3 and is_unit(words[0]) and (entries := parse_byline(" ".join(words))):
        return entries  # `镇卫生院 全科医生 施晓岚`: the body, the writer's post, the writer
    if name := titled_name(text, residents=True):
        # `镇党委副书记　郑国华` under a foreword, `12号楼居民　俞秀珍` under a letter
        # (first: `居民　孔德明` is no two names)
        return [Byline(author=name)]
    if all(is_name(w) and has_surname(w) for w in words):
        return [Byline(author=w) for w in words]
    if gaps_lost and (name := titled_name_unparted(text, residents=True)):
        return [Byline(author=name)]
    return None


# Longest unindented line read as a heading where indents begin paragraphs.
_MAX_OUTDENTED = 40
_WHOLE_SHARE = 0.8


# An item's number at a line's start: `1.`, `2、`, `（3）`, `④`.
_ITEM_START = re.compile(r"^(?:\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[)）]|[①-⑳])")
# How the line over an item ends: its lead's colon, or the item before it finished.
_ITEM_LEAD_END = ("：", ":", "。", "；", ";", "！", "？", "”", "」")


def _item_after(previous: Line, line: Line) -> bool:
    """A numbered line under a lead that ends with its colon, or under a finished item."""
    return bool(_ITEM_START.match(line.text)) and previous.text.endswith(_ITEM_LEAD_END)


def _turn_after(previous: Line, line: Line) -> bool:
    """A question's or an answer's label opening the line, the line above a finished
    sentence: the next turn of an interview, never the run of the one before."""
    return bool(TURN.match(line.text)) and is_terminated(previous.text)


# An interview's turn: `问：`, `答：`, `记者：`.
TURN = re.compile(r"^(?:问|答|记者|主持人)[：:]")


def _flush_blocks(body: list[Line]) -> set[int]:
    """The places in `body` of the lines of blocks (parted by blank lines) in which no
    line is indented."""
    flush: set[int] = set()
    block: list[int] = []
    indents = False
    for k, line in enumerate([*body, None]):
        if line is None or (line.gap_before and block):
            if not indents:
                flush.update(block)
            block, indents = [], False
        if line is not None:
            block.append(k)
            indents = indents or (line.indented and line.depth < _RIGHT)
    return flush


def _mark_run_ons(lines: list[Line], wrap: int | None) -> None:
    """Where indents begin paragraphs, an indented line starts one and every unindented
    body line with no blank line before it runs on, unless (in a wrapped file) the line
    before it stopped short: then its paragraph ended there.

    Indents begin paragraphs where at least five lines are indented, and a quarter of
    the body lines are, or most lines have no blank line between them."""
    body = [line for line in lines if not line.level and not line.closes]
    indented = sum(1 for line in body if line.indented and line.depth < _RIGHT)
    packed = sum(1 for line in body if line.gap_before == 0)
    if indented < 5 or (indented < 0.25 * len(body) and packed < 0.6 * len(body)):
        return
    # Each indented line a whole paragraph (not a column's wrapped pieces)?
    whole = [is_terminated(line.text) for line in body if line.indented and line.depth < _RIGHT]
    one_a_line = not wrap and sum(whole) >= _WHOLE_SHARE * len(whole)
    # One paragraph a line: a block between blank lines that indents none of its lines
    # sets its paragraphs flush (a story typed another way), one a line as well.
    flush = _flush_blocks(body) if one_a_line else set()
    previous = None
    hanging: int | None = None  # the depth a marked item's wrapped lines are set at
    for k, line in enumerate(body):
        if line.pictograph:
            hanging = line.depth + max(1, len(line.pictograph) // 2)
        elif previous is None or not previous.inline_head:
            if line.depth == hanging and line.indented and not is_terminated(previous.text):
                # `? 健康讲座进小区。…睦邻` / `  中心，为…`: the item's text set under its
                # text, past its mark (a hanging indent), the sentence going on: no
                # paragraph's indent
                line.indented = False
            elif line.depth != hanging:
                hanging = None
        if line.indented and line.depth < _RIGHT:
            line.indent_starts = True
        short = previous is not None and previous.short_in_wrap
        line.after_short = bool(wrap) and short
        line.runs_on = not line.indented and line.gap_before == 0 and not line.after_short
        line.runs_on = line.runs_on and k not in flush
        if line.runs_on and previous is not None and _item_after(previous, line):
            line.runs_on = False  # `…提高警惕：` / `1.“您的快递丢失了…”`: a list's item
        if line.runs_on and previous is not None and _turn_after(previous, line):
            line.runs_on = False  # `问：…？` / `答：…`: each turn of an interview its own
        if one_a_line and not line.indented and not is_terminated(line.text):
            # One paragraph a line, each indented: an unindented line that does not end
            # a sentence stands out of the text (a headline, a label, a speaker's line).
            line.runs_on = False
            line.outdented = line.gap_before == 0 and len(line.text) <= _MAX_OUTDENTED
        elif one_a_line and previous is not None and is_terminated(previous.text):
            # (under a whole paragraph, a line of its own: `问：…？` under the lead, each
            # answer under its question; no wrap cut the paragraph above)
            line.runs_on = False
        previous = line
