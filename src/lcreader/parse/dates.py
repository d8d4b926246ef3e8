"""Dates, page numbers and issue numbers as a printed page writes them.

Running headers and mastheads are made of a few kinds of pieces: the date (in Arabic or
Chinese numerals, with the weekday and the lunar date beside it), the page (`第2版`,
`－3－`, `第四版`), the issue number (`第5期`, `总第186期`, `2024年第3期`) and the paper's
name. This module recognises the pieces; furniture.py decides which lines are made of them.
"""

from __future__ import annotations

import re
import unicodedata

_DIGITS = "0-9０-９"
_CN = "〇○零一二三四五六七八九十"
_CN_VALUES = {ch: k for k, ch in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}
# (OCR reads 〇 as a letter O or a zero: `二O二三年`)
_OCR_ZERO = str.maketrans(dict.fromkeys("Oo0０", "〇"))

# 2024年3月15日, 2024.3.15, 2024-03-15, 2024/3/15, 2024年3月
# (a PDF viewer may write 月 and 日 twice, their Kangxi radicals first: `9⽉月8⽇日`)
DATE = re.compile(
    rf"([12１２][{_DIGITS}]{{3}})\s*[年.\-/／]\s*([{_DIGITS}]{{1,2}})\s*(?:\u2f49?月|[.\-/／])"
    rf"(?:\s*([{_DIGITS}]{{1,2}})\s*(?:\u2f47?日|曰)?)?"  # (曰: OCR's 日, after a day's figures)
)
# 二〇二四年三月十五日, 二〇二四年三月
CN_DATE = re.compile(
    r"((?=[^年]*[一二三四五六七八九])[〇○零Oo0０一二三四五六七八九]{4})\s*年\s*(十[一二]?|[一二三四五六七八九])\s*月"
    r"(?:\s*(三十一?|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])\s*日)?"
)
# 中華民國113年3月20日 (the Republic's years, a Taiwanese paper's), 民国113年3月
ROC_DATE = re.compile(
    rf"(?:中華民國|中华民国|民國|民国)\s*([{_DIGITS}]{{2,3}})\s*年\s*([{_DIGITS}]{{1,2}})\s*月"
    rf"(?:\s*([{_DIGITS}]{{1,2}})\s*[日曰])?"
)
# `113年3月18日` alone (a notice's date under its signature): the Republic's years, 民國
# left unsaid.
ROC_YEAR_DATE = re.compile(
    r"^\s*[0-9０-９]{2,3}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*[日曰]\s*$"
)
_ROC_FIRST_YEAR = 1911
_WEEKDAY = r"(?:[(（]?(?:星期|周|礼拜|週|禮拜)[一二三四五六日天][)）]?)"
# 农历甲辰年二月初六, 农历二月初六, 甲辰年正月十五
_LUNAR = (
    r"(?:(?:农历|夏历|農曆)\s*)?(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]\s*[(（]?[鼠牛虎兔龙龍蛇马馬羊猴鸡雞狗猪豬]?[)）]?年\s*)?"
    r"(?:闰|閏)?(?:正|冬|腊|臘|十[一二]?|[一二三四五六七八九])月\s*"
    r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)"
)
LUNAR = re.compile(_LUNAR)
PAGE = re.compile(rf"第\s*([{_DIGITS}{_CN}]{{1,3}})\s*[版页頁]")
BARE_PAGE = re.compile(
    rf"^[-—–－―─·•=\s]*([{_DIGITS}]{{1,3}})[-—–－―─·•=\s]*$"
    # (OCR reads the dashes around a page's number as `一`: `一 4 一`)
    rf"|^一\s+([{_DIGITS}]{{1,3}})\s+一$"
)
PAGE_WORD = re.compile(rf"(?:^|\s)(?:page|p\.?)\s*([{_DIGITS}]{{1,3}})\s*$", re.I)
# A page named at a line's start, its section's name after it: `二版·邻里时光`, `3版 文化`.
PAGE_AHEAD = re.compile(rf"^([{_DIGITS}{_CN}]{{1,3}})\s*版(?=\s*[·•|｜]|\s|$)")
# A line that is only a date (and its weekday): `2024年3月15日　星期五`.
ONLY_DATE = re.compile(rf"^\s*{DATE.pattern}\s*(?:[(（]?(?:星期|周)[一二三四五六日天][)）]?)?\s*$")
# An issue number that is the issue's own: not 总第…期 (the running count since the first).
NUMBER = re.compile(rf"(?<!总)(?<!總)第\s*[{_DIGITS}]{{1,4}}\s*期")
ANY_NUMBER = re.compile(rf"第\s*[{_DIGITS}{_CN}]{{1,4}}\s*期")
# Where an article cut by the page goes on, and where it comes from: `（下转第4版）`,
# `(转3版)`, `（上接第1版）`, `（接第2版）`; on a line of their own or glued to the text.
# (or the page before or after, unnumbered: `（接上页）`, `（转下页）`)
# (or a forum's floor, a story posted over two: `（未完，接楼下）` … `（接上楼）`)
_PAGE_REF = (
    r"(?:第?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[版页頁]|[上下前后]一?[版页頁楼]|楼下|楼上)"
)
JUMP_OUT = re.compile(
    rf"[（(]\s*(?:下转|轉|下轉|转至|转到|转|续转|未完[，,]?\s*(?:接|转|见|续))\s*({_PAGE_REF})"
    r"\s*[)）]\s*$"
)
JUMP_IN = re.compile(rf"^\s*[（(]\s*(?:上接|接上|承上|接|承|续)\s*({_PAGE_REF})\s*[)）]")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)"
)
# A date written in English: `May 10, 2024`, `10 May 2024`, `Friday, May 10, 2024`.
ENGLISH_DATE = re.compile(
    rf"(?:[A-Z][a-z]+day,?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+|\d{{1,2}}\s+{_MONTH},?\s+)"
    r"(?:19|20)\d{2}"
)


# Pieces a header line is made of, each whole between spaces.
_PIECE = re.compile(
    "|".join(
        (
            rf"(?:{DATE.pattern})",
            rf"(?:{CN_DATE.pattern})",
            rf"(?:{ROC_DATE.pattern})",
            _WEEKDAY,
            _LUNAR,
            rf"(?:[{_DIGITS}]{{4}}\s*年\s*)?[(（]?(?:总|總)?第\s*[{_DIGITS}{_CN}]{{1,4}}\s*期[)）]?",
            rf"第\s*[{_DIGITS}{_CN}]{{1,3}}\s*[版页頁]",
            # a page number alone (`－1－`), not a piece of a phone number (`028-8553`)
            rf"(?<![{_DIGITS}])[-—–－―─·•=]*\s*[{_DIGITS}]{{1,3}}\s*[-—–－―─·•=]*(?![{_DIGITS}])",
            rf"(?:[A-Da-d]|[{_DIGITS}]{{1,2}})\s*版",
            # the page's editor beside its number and name: `责任编辑：黄佩玲`
            r"(?:责任编辑|本版编辑|本版责编|美术编辑|编辑|美编)\s*[:：]\s*[\u4e00-\u9fff·]{2,8}",
            # how often it comes out, and when this issue did: `双月刊`, `2024年5月出版`
            r"(?:[双半]?月刊|季刊|旬刊|周刊|[双半]?月报|周报|旬报)",
            # how many pages the issue has: `今日四版`, `本期8版`, `共4版`
            rf"(?:今日|本期|共)\s*[{_DIGITS}{_CN}]{{1,2}}\s*版",
            r"(?<=[日曰月])\s*(?:出版|出刊|印发|编印|發行|印發|編印)",
            # a bilingual paper's: `Issue 2, 2024`, `May 2024`, `No. 58`
            r"(?:Issue|No\.?|Vol\.?|Volume|Edition)",
            r"\b(?:January|February|March|April|May|June|July|August|September|October"
            r"|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)(?![a-z])",
            r"(?<![\d])(?:19|20)\d{2}(?![\d年])",
        )
    )
)
_SEPARATORS = re.compile(r"[\s\u3000|｜/／·•、，,]+")
# A middle dot between two words of a name (`文化·副刊`), not between a date's numbers.
_NAME_DOT = re.compile(r"(?<=[\u4e00-\u9fff])[·・](?=[\u4e00-\u9fff])")


def plain_digits(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def cn_number(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十三 → 23; None if it is not such a number."""
    if not text or any(ch not in _CN for ch in text):
        return None
    if "十" not in text:
        value = 0
        for ch in text:
            value = value * 10 + _CN_VALUES[ch]
        return value
    tens, _, units = text.partition("十")
    high = _CN_VALUES.get(tens, None) if tens else 1
    low = _CN_VALUES.get(units, None) if units else 0
    return None if high is None or low is None else high * 10 + low


def page_number(text: str) -> int | None:
    for pattern in (PAGE, BARE_PAGE, PAGE_WORD, PAGE_AHEAD):
        match = pattern.search(text)
        if match:
            value = plain_digits(next(g for g in match.groups() if g is not None))
            if value.isdigit():
                return int(value)
            return cn_number(value)
    return None


# A month in figures closing the line, its year before it: `云朗居委会 编  2024.6`.
_MONTH_IN_FIGURES = re.compile(r"(?<![0-9A-Za-z.])((?:19|20)\d{2})[.\-/](1[0-2]|0?[1-9])$")


def dates_in(text: str) -> list[tuple[int, int, int | None]]:
    """(year, month, day or None) of each date written in the text, in order."""
    found: list[tuple[int, int, int, int | None]] = []
    for match in DATE.finditer(text):
        year, month, day = (int(plain_digits(g)) if g else None for g in match.groups())
        found.append((match.start(), year, month, day))
    month_last = _MONTH_IN_FIGURES.search(text)
    if month_last and not DATE.search(text, month_last.start()):
        found.append((month_last.start(), int(month_last[1]), int(month_last[2]), None))
    for match in ROC_DATE.finditer(text):
        year, month, day = (int(plain_digits(g)) if g else None for g in match.groups())
        found.append((match.start(), _ROC_FIRST_YEAR + year, month, day))
    for match in CN_DATE.finditer(text):
        year = cn_number(match.group(1).translate(_OCR_ZERO))
        month, day = cn_number(match.group(2)), cn_number(match.group(3) or "")
        if year is not None and month is not None:
            found.append((match.start(), year, month, day))
    return [(y, m, d) for _, y, m, d in sorted(found) if y is not None and m and 1 <= m <= 12]


def name_pieces(text: str) -> list[str]:
    """The pieces of a header line that are no date, number, page or weekday (the
    paper's name among them), in order."""
    return [p for p in _SEPARATORS.split(text) if p and _PIECE.sub(" ", p).strip() == p]


def only_pieces(text: str) -> tuple[bool, int]:
    """Whether the line is made only of header pieces between separators, with at most
    one other short word (the paper's name), and how many pieces it has."""
    # (a name in parts, `文化·副刊`, `泗泾报·社区`, is one word: the page's section)
    pieces = [p for p in _SEPARATORS.split(_NAME_DOT.sub("", text)) if p]
    kinds = 0
    others = 0
    # Two bare numbers are a table's row (`议题一 8 0 1`): a header has one page number.
    if sum(1 for word in text.split() if word.isdigit() and len(word) <= 3) > 1:
        return False, 0
    for piece in pieces:
        rest = _PIECE.sub(" ", piece).strip()
        if rest == piece:
            others += 1
        elif rest and not _SEPARATORS.fullmatch(rest):
            return False, 0
        else:
            kinds += 1
    return (kinds >= 1 and others <= 1), kinds
