"""Lines an OCR merged until a sentence's end (a 智能合并 mode starts a new line only
after 。！？): the headline, its deck and the credit run into the first paragraph, a
photo's credit into the next one, one brief's end into the next brief's mark. Each is
set on a line of its own, as it was printed; no character but a space between is dropped."""

from __future__ import annotations

import re

from .lines import NOTICE_KINDS
from .text import PHOTO_COLUMN, is_terminated

# A story's headline block run into its text before `本报讯`: a `【column】`, the
# headline, its `——deck`, then the news agency's mark and the text.
# (glued: a gap before `本报讯` is a run-in headline's, read as such elsewhere)
_HEAD_BEFORE_NEWS = re.compile(
    r"^(?P<column>【[^【】\s]{2,8}】)?"
    r"(?P<title>[^。！？!?；;，,：:【】\s](?:[^。！？!?；;，,：:【】\s]| (?! )){3,39}?)"
    r"(?P<deck>——[^。！？!?；;：:\s]{4,40}?)?"
    r"(?P<news>本报讯.+)$"
)
# A mark that opens an item, after the end of the item before it on the same line
# (`…。(石门村 罗志刚)■镇卫生院…`), or after a section's name (`简讯■…`).
_ITEM_MARKS = "■◆●◎★▲"
# (a space between: `…老蔡笑着说。 ▲蔡永福(右)在…`, a caption glued after its paragraph;
# a wider gap is a column's, columns.py's to read)
_ITEM_AFTER_END = re.compile(rf"(?<=[。！？!?)）])[ \u3000]?(?=[{_ITEM_MARKS}][^\s{_ITEM_MARKS}])")
# Shortest item before a mark on its line: `（女）◆…` is a speaker's tag, not an item.
_MIN_ITEM = 8
_SECTION_BEFORE_ITEM = re.compile(rf"^([^\W\d_]{{2,6}})(?=[{_ITEM_MARKS}][^\s{_ITEM_MARKS}])")
# A text that opens on its day, its first clause short (`6月9曰，…`: an OCR reads 日 as 曰).
_OPENS_ON_DAY = r"(?P<day>\d{1,2}月(?:\d{1,2}[日曰]|[上中下]旬|初|底)[^，,。]{0,6}[，,].*)$"
# An item's headline run into its text (`■石门村“积分超市”开张6月9曰，…`).
_ITEM_HEAD_BEFORE_DAY = re.compile(
    rf"^(?P<head>[{_ITEM_MARKS}][^。！？!?；;，,：:\s]{{4,30}}?)" + _OPENS_ON_DAY
)
# A photo's credit run into the paragraph under its caption: `黎晓楠 摄村民冯玉芝…`.
_CREDIT_BEFORE_TEXT = re.compile(r"^(?P<credit>[^\W\d_]{2,4}[ \u3000]摄)(?P<text>[^\W\d_].{8,})$")
_CAPTION_MARKS = "▲△↑图"
# Where the file shows merging, two more: a photo column's name, a picture's headline and
# its caption on one line (`图片新闻田间课堂开进大棚6月5日，…`); a notice's title and its
# text (`“我和我的村”征文启事为记录…`).
_PHOTO_ITEM = re.compile(r"^(?P<head>[^。！？!?；;，,：:\s]{4,24}?)" + _OPENS_ON_DAY)
# (a kind may end in another, `征文启事`: the title takes both)
_KINDS = "|".join(NOTICE_KINDS)
_NOTICE_TITLE = re.compile(
    rf"^(?P<title>[^。！？!?；;，,：:\s]{{2,28}}?(?:{_KINDS}))(?!{_KINDS})(?P<text>[^\W\d_].{{8,}})$"
)


def split_merged_lines(text: str) -> str:
    """The text with what a merging OCR ran together set on lines of their own."""
    if "本报讯" not in text and not any(mark in text for mark in _ITEM_MARKS) and "摄" not in text:
        return text  # (the cheap test first)
    out: list[str] = []
    for line in text.split("\n"):
        pieces = _head_before_news(line) or [line]
        for piece in pieces:
            for item in _items(piece):
                out.extend(_item_head(item))
    if len(out) > text.count("\n") + 1:  # lines were merged: their heads may be too
        out = [part for k, line in enumerate(out) for part in _merged_heads(out, k, line)]
    # A credit glued to the paragraph under its caption: only right under a caption.
    return "\n".join(
        part
        for k, line in enumerate(out)
        for part in (
            _credit_apart(line) if k and out[k - 1].strip()[:1] in _CAPTION_MARKS else [line]
        )
    )


def _credit_apart(line: str) -> list[str]:
    credit = _CREDIT_BEFORE_TEXT.match(line.strip())
    return [credit.group("credit"), credit.group("text")] if credit else [line]


def _head_before_news(line: str) -> list[str] | None:
    head = _HEAD_BEFORE_NEWS.match(line.strip())
    if head is None:
        return None
    return [part for part in head.group("column", "title", "deck", "news") if part]


def _items(line: str) -> list[str]:
    section = _SECTION_BEFORE_ITEM.match(line.strip())
    rest = line.strip()[section.end() :] if section else line
    items: list[str] = []
    for piece in _ITEM_AFTER_END.split(rest):
        if items and len(items[-1]) < _MIN_ITEM:
            items[-1] += piece
        else:
            items.append(piece)
    out = [section.group(1), *items] if section else items
    return out if len(out) > 1 else [line]


def _item_head(line: str) -> list[str]:
    item = _ITEM_HEAD_BEFORE_DAY.match(line.strip())
    return [item.group("head"), item.group("day")] if item else [line]


def _merged_heads(lines: list[str], k: int, line: str) -> list[str]:
    """A photo item's or a notice's head run into its text, in a file that merges lines,
    under a finished sentence."""
    text = line.strip()
    above = next((lines[j].strip() for j in range(k - 1, -1, -1) if lines[j].strip()), "")
    if not is_terminated(above) and not above.endswith(("）", ")")):
        return [line]
    column = PHOTO_COLUMN.match(text)
    if column:
        item = _PHOTO_ITEM.match(text[column.end() :])
        if item:
            return [column.group(), item.group("head"), item.group("day")]
    notice = _NOTICE_TITLE.match(text)
    if notice:
        return [notice.group("title"), notice.group("text")]
    return [line]
