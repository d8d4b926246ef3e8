"""Lines an extraction repeats or lists that are no article's text: the navigation a web
or app version prints again and again (`上一篇　下一篇`, `【打印本页】`), and contents lists
(`本期看点`, `本版标题导航`, `本期要目`) whose entries are the headlines printed later.

Both are known by their place in the file, not by their words: a short line printed
three times or more, the same each time; a run of lines each naming a headline that
stands later in the issue, and the short head over such a run.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from itertools import pairwise

from .bylines import byline_line
from .credits import credit_line, field_line, meta_line
from .dates import JUMP_IN, ONLY_DATE
from .text import (
    CONTINUED_HEAD,
    FULL_STOP,
    LOST_PICTOGRAPH,
    char_pairs,
    shared_pairs,
    without_space,
)
from .words import is_unit

# Printed this often, the same each time, a short line is the page's, not an article's.
MIN_REPEATS = 3
_MAX_REPEATED = 50
_SENTENCE = re.compile(r"[。！？!?；;，,]")
_SENTENCE_END = re.compile(r"[。！？!?；;，,、：:]\s*$")
# How no entry under a contents box's head ends: a headline may ask
# (`共享单车乱停放，该找谁？`).
_ENTRY_END = re.compile(r"[。！!；;，,、：:]\s*$")
# An entry's decoration: a bullet or a number before it, a page after it.
_ENTRY_HEAD = re.compile(
    r"^(?:第?\s*[\d０-９]{1,2}\s*版[\s\u3000：:]*|[●○◎◆◇■□▪•·►▶▸★☆\-*]\s*"
    # (`01｜…`, `1 …`, `1…`; not a date's or a count's figures: `5月工作数据一览`)
    # (`12条背街小巷…`: a count's measure word after it)
    r"|\d{1,2}(?:[\s.、．)）｜|]+|(?=[^\d月日号年期版届周个名人户次条项件家所座栋幢位岁米万千百余多支批场处类台辆元天%％]))"
    r"|#+\s*)"
)
_ENTRY_TAIL = re.compile(r"(?:[.…·\s]{2,}\d{1,3}\s*版?|\s+\d{1,2}\s*版)$")
_MARKS = re.compile(r"^#+\s*")
# A numbered section's number: `一、`, `（二）`, `3.`.
_SECTION_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])"
)
_NOTE = 30  # characters of a note in brackets after a headline
_MAX_COLUMN_ENTRY = 8  # a column's name before a headline's colon, listed alone
_TRAILING_NOTE = re.compile(rf"[（(][^（）()]{{1,{_NOTE}}}[)）]$")
_SPACE = re.compile(r"\s+")
# A contents entry is a line of at most this many characters: no longer key names one,
# nor a longer line's once its note is taken off.
_MAX_ENTRY_LINE = 80
_MAX_KEYED = _MAX_ENTRY_LINE + _NOTE + 2
# Characters of a line looked at a time for its key (_later_lines).
_STEP = 256
_MAX_HEAD = 8
MIN_ENTRIES = 2


def repeated_lines(
    texts: list[str], taken: set[int], counted: frozenset[int] = frozenset()
) -> list[int]:
    """Short lines printed MIN_REPEATS times or more, the same each time but for their
    digits (a post's `👍 点赞 23　💬 评论 4`); no credit, byline or label (a department
    may sign many articles), nor a signature over its date."""
    # Counts that stand apart (`点赞 23`) vary from print to print; a number in the words
    # (`第2篇`, a date) is the line's own.
    every = {
        k: _DIGITS.sub("#", t) if _COUNTS_ONLY.search(t) and not _GLUED.search(t) else t
        for k, t in enumerate(texts)
        if t and (k not in taken or k in counted)
    }
    # (printed so often, the prints `counted` among them though a pass before took them:
    # the first page's head read as the masthead)
    counts = Counter(shape for k, shape in every.items() if _short_line(texts[k]))
    shapes = {k: shape for k, shape in every.items() if k not in taken}
    often = {shape for shape, n in counts.items() if n >= MIN_REPEATS}
    places: dict[str, list[int]] = {}
    for k, shape in shapes.items():
        if shape in often:
            places.setdefault(shape, []).append(k)
    places.update(_noted_sentences(texts, shapes, often))
    # A part's label each section of a form opens with (`项目目标`, `下一步`): every time
    # between finished text (or a headline) and the part's text, never inside a sentence.
    labels = {
        shape
        for shape, at in places.items()
        if all(_opens_a_part(texts, k) for k in at) and _texts_under(texts, at)
    }
    return [
        k
        for shape, at in places.items()
        if shape not in labels
        for k in at
        if not closing_like(texts[k]) and not _over_a_date(texts, k) and not signs_text(texts, k)
    ]


def _noted_sentences(texts: list[str], shapes: dict[int, str], often: set[str]):
    """A short sentence printed MIN_REPEATS times or more, each time right under lines
    printed as often: the last line of a block said again and again (a reading app's
    note under each excerpt, `此材料可能受版权保护。`), not an article's."""
    if not often:
        return {}
    counts = Counter(
        shape
        for k, shape in shapes.items()
        if len(texts[k]) <= _MAX_REPEATED and _SENTENCE.search(texts[k])
    )
    places: dict[str, list[int]] = {}
    for k, shape in shapes.items():
        if counts.get(shape, 0) >= MIN_REPEATS:
            places.setdefault(shape, []).append(k)
    return {
        shape: at
        for shape, at in places.items()
        if all(
            (above := _line_before(texts, k)) is not None and shapes.get(above) in often for k in at
        )
    }


def signs_text(texts: list[str], k: int) -> bool:
    """A body's name right under a finished sentence: it signs that text, however often
    it signs others (`广灵居委会` under each of its posts)."""
    above = _line_before(texts, k)
    return above is not None and is_unit(texts[k]) and texts[above].endswith(("。", "！", "？"))


# A line that names its page: `【第2页/共4页】`, `第3页`, `共4页`, `Page 2`, `2/4页`.
_PAGE_REFERENCE = re.compile(
    r"第\s*\d{1,4}\s*[页頁]|共\s*\d{1,4}\s*[页頁]|\b[Pp]age\s*\d{1,4}|\d{1,4}\s*/\s*\d{1,4}\s*[页頁]"
)
_MAX_BANNER = 160


def page_banners(texts: list[str], taken: set[int]) -> list[int]:
    """Lines that name their page (`【第2页/共4页】影像：…-0002.jpg　识别：…`), printed
    on two pages or more the same but for their digits, glued to words or not: each
    page's banner, however long (a scan's file name and how it was read)."""
    shapes: dict[str, list[int]] = {}
    for k, text in enumerate(texts):
        if not ("页" in text or "頁" in text or "age" in text):
            continue  # (the cheap test first: most lines name no page)
        if k not in taken and len(text) <= _MAX_BANNER and _PAGE_REFERENCE.search(text):
            shapes.setdefault(_DIGITS.sub("#", text), []).append(k)
    return [
        k
        for at in shapes.values()
        if len(at) >= 2 and len({texts[k] for k in at}) == len(at)  # (each its page's)
        for k in at
    ]


def _texts_under(texts: list[str], at: list[int]) -> bool:
    """Whether most of the lines under a label's places read as sentences (a list of
    headlines under a head printed on every page does not)."""
    under = [texts[j] for k in at if (j := _line_after(texts, k)) is not None]
    return 2 * sum(1 for text in under if _IN_TEXT.search(text)) >= len(under)


_IN_TEXT = re.compile(r"[。！？!?；;，,、：:]")


_MAX_PART_LABEL = 8
_MAX_HEADLINE_ABOVE = 24


def _opens_a_part(texts: list[str], k: int) -> bool:
    """Whether the line at k reads as a part's label here: a few words, no digits, under
    finished text or a headline and over text that begins there."""
    text = texts[k]
    if len(text) > _MAX_PART_LABEL or _COUNTS_ONLY.search(text) or _SENTENCE.search(text):
        return False
    above = _line_before(texts, k)
    below = _line_after(texts, k)
    if above is None or below is None:
        return False
    before, after = texts[above], texts[below]
    finished = bool(_SENTENCE_END.search(before)) and not before.endswith(("，", ","))
    headline = len(before) <= _MAX_HEADLINE_ABOVE * 2 and not _SENTENCE.search(before)
    return (finished or headline) and (
        len(after) > _MAX_HEADLINE_ABOVE // 2 or bool(_IN_TEXT.search(after))
    )


_DIGITS = re.compile(r"\d+")
_COUNTS_ONLY = re.compile(r"\d")
_GLUED = re.compile(r"[^\s\d]\d|\d[^\s\d]")
_CLAUSE = re.compile(r"[，,；;]")


def _over_a_date(texts: list[str], k: int) -> bool:
    """A line right over a date alone: a notice's signature, however often it signs; a
    body's name, or a line under a finished sentence (a page's album or account over the
    day it was posted, under its title, is the page's)."""
    for j in range(k + 1, min(len(texts), k + 1 + _SIGNERS)):
        if not texts[j]:
            return False
        if ONLY_DATE.match(texts[j]):
            above = _line_before(texts, k)
            signs = above is not None and bool(_SENTENCE_END.search(texts[above]))
            return signs or is_unit(texts[k])
    return False


# Most lines of signers over a notice's date.
_SIGNERS = 3


def contents_lines(texts: list[str], taken: set[int]) -> tuple[list[int], set[int]]:
    """Contents lists: runs of MIN_ENTRIES lines or more that each name a headline
    printed further on (alone, or with the line above or below it), and the short head
    right over such a run; and the headlines they name (the first line of each)."""
    later = _later_lines(texts)
    # Where each text stands as a headline a list may name: not printed again over
    # `（上接第1版）` (a jump's headline). Sorted, so that each line finds the next one
    # by bisection: a line printed n times costs log n, not n (n² for the file).
    unjumped = {
        key: kept
        for key, places in later.items()
        if (kept := [at for at in places if at not in taken and not _jumped_to(texts, at)])
    }
    entries = []
    names: dict[int, int] = {}  # entry -> the headline it names
    for k, text in enumerate(texts):
        if not text or k in taken or len(text) > _MAX_ENTRY_LINE:
            continue
        # (a spoken list's items end at a semicolon: `…专题学习会；`)
        key = entry_key(text[:-1] if text.endswith(("；", ";")) else text)
        # (a headline may ask, `楼道灯坏了谁来修？`: its entry asks as well)
        if len(key) < 4 or _SENTENCE_END.search(key.rstrip("？?")) or closing_like(text):
            continue
        if "。" in text:  # a full stop inside: sentences, never a headline named
            continue
        note = _TRAILING_NOTE.search(text)
        if note and is_unit(note.group().strip()[1:-1].strip()):
            continue  # `…！（社区办）`: a sentence and its credit, not an entry and its note
        # The headline it names stands further on, not on the next line: a kicker that
        # repeats its title is no contents list.
        # `听党课有感（外一篇）`: the entry's note is the list's, not the headline's
        after = _line_after(texts, k)
        at = _named_later(unjumped.get(key), k, after)
        bare = _TRAILING_NOTE.sub("", key)
        if at is None and len(bare) >= 4:
            at = _named_later(unjumped.get(bare), k, after)
        if at is None and ("｜" in key or "|" in key):
            # `1版　X｜Y`: a page's entry names each of its headlines, set apart by bars
            parts = [p for p in re.split(r"[｜|]", key) if len(p) >= 4]
            named = [_named_later(unjumped.get(p), k, after) for p in parts]
            if len(parts) >= 2 and all(at is not None for at in named):
                at, key = named[0], parts[0]
        if at is None and "：" in key:
            # `网格故事：一只走失的柯基`: a column's name and the headline printed under it
            column, _, title = key.partition("：")
            if len(column) <= _MAX_COLUMN_ENTRY and len(title) >= 4:
                at = _named_later(unjumped.get(title), k, after)
                key = title
        if at is not None:
            entries.append(k)
            names[k] = _headline_named(texts, at, key, " " in entry_key(text, spaced=True))
    found: list[int] = []
    run: list[int] = []
    for k in [*entries, None]:
        if run and (k is None or not _next_to(texts, run[-1], k)):
            head = _line_before(texts, run[0])
            # One entry is enough under a head that is furniture already, if it reads
            # as a headline does (no clause: `一一一，一` repeated is text, not a list).
            alone = head is not None and head in taken and not _CLAUSE.search(texts[run[0]])
            # (marked as an entry, or with nothing right under it: a section's name over
            # a headline is its kicker, though the same name heads another article later)
            end = run[-1] + 1
            alone = alone and (
                bool(_entry_mark(texts[run[0]]))
                or end >= len(texts)
                or not texts[end]
                or end in taken
            )
            if len(run) >= MIN_ENTRIES or alone:
                run.extend(_same_form_after(texts, run, taken))
                run = _numbered_around(texts, run, taken)
                head = _line_before(texts, run[0])
                if head is not None and _CONTENTS_HEAD.match(_SPACE.sub("", texts[head])):
                    run.extend(_abridged_after(texts, run, taken))
                found.extend(run)
                if head is not None and head not in taken and _is_head(texts[head]):
                    found.append(head)
                    # the list's first section (`卷首语`) under the list's own head (`目录`)
                    top = _line_before(texts, head)
                    if top is not None and top not in taken and _list_word(texts[top]):
                        found.append(top)
            run = []
        if k is not None:
            run.append(k)
    listed = {names[k] for k in found if k in names}
    headed, named = _headed_lists(texts, taken | set(found), set(found))
    return sorted([*found, *headed]), listed | named


def _same_form_after(texts: list[str], run: list[int], taken: set[int]) -> list[int]:
    """Lines right under a run of entries, marked as they are (`• 新政速览：…` under
    `• 办事指南：…`): entries too, though one names a section, not one headline."""
    marks = {_entry_mark(texts[k]) for k in run}
    # (or each naming its page, `…？……2版`: one on a page no headline here stands on,
    # `金秋菊展等你来……3版`, is an entry as well)
    form = _PAGE_ENTRY.search if all(_PAGE_ENTRY.search(texts[k]) for k in run) else None
    if len(marks) != 1 or not next(iter(marks)):
        marks = set()
        # (or each a column's name and a tab before its headline: `问答\t…`)
        if all(_COLUMN_TAB.match(texts[k]) for k in run):
            form = _COLUMN_TAB.match
        elif form is None:
            return []
    more: list[int] = []
    k = run[-1] + 1
    while k < len(texts) and texts[k] and k not in taken and len(more) < _MAX_ENTRIES:
        text = texts[k]
        if len(text) > _MAX_ENTRY_LINE:
            break
        if not ((form and form(text)) or (marks and _entry_mark(text) in marks)):
            break
        if _SENTENCE_END.search(text):
            break
        more.append(k)
        k += 1
    return more


# An entry's number before its headline: `01 楼道“微更新”…`, `3. …`.
_ENTRY_NUMBER = re.compile(r"^(\d{1,2})(?:[.．、]\s*|\s+)\S")


def _numbered_around(texts: list[str], run: list[int], taken: set[int]) -> list[int]:
    """A run of entries numbered one after another, with the entries right over and under
    it that carry the numbers before and after (`01 …` / `02 …` over `03 …`): entries too,
    though the headline each names is printed longer, or asks (`02 加装电梯，难在哪儿？`)."""
    numbers = [_ENTRY_NUMBER.match(texts[k]) for k in run]
    if not all(numbers) or len(run) < MIN_ENTRIES:
        return run
    values = [int(m.group(1)) for m in numbers]
    if any(b != a + 1 for a, b in pairwise(values)):
        return run

    def entry(k: int | None, number: int) -> bool:
        if k is None or k in taken or len(texts[k]) > _MAX_ENTRY_LINE or "。" in texts[k]:
            return False
        match = _ENTRY_NUMBER.match(texts[k])
        return bool(match) and int(match.group(1)) == number

    before: list[int] = []
    k, number = _line_before(texts, run[0]), values[0] - 1
    while entry(k, number) and _next_to(texts, k, (before or run)[0]):
        before.insert(0, k)
        k, number = _line_before(texts, k), number - 1
    after: list[int] = []
    k, number = _line_after(texts, run[-1]), values[-1] + 1
    while entry(k, number) and len(after) < _MAX_ENTRIES:
        after.append(k)
        k, number = _line_after(texts, k), number + 1
    return [*before, *run, *after]


# A contents entry's column name, then a tab before the headline it lists.
_COLUMN_TAB = re.compile(r"^[^\s\d]{2,4}\t\S")


def _entry_mark(text: str) -> str:
    """The mark an entry opens with (`•`, `◆`), digits aside; empty when it has none."""
    head = _ENTRY_HEAD.match(text)
    return re.sub(r"[\d\s]", "#", head.group()).rstrip("#") if head else ""


# An entry naming its page: `2版　春耕时节农技员下田头`, `春耕时节农技员下田头……2`.
# (or in brackets after it: `楼顶菜园开张了（三版）`)
_PAGE_ENTRY = re.compile(
    # (`居民议事会完成换届　2版`: its page after a wide space)
    r"^\d{1,2}\s*版[\s\u3000]+\S|\S[.…·]{2,}\s*\d{1,2}\s*版?$|\S(?:\u3000+|\s{2,})\d{1,2}\s*版$"
    r"|\S[（(]第?[一二三四五六七八九十\d]{1,3}版[)）]$"
)
# The head of a contents box: `本期导读`, `要目`, `本版看点`; or a whole contents list
# on one line after its head: `本期要目：居民公约表决通过　…`.
_CONTENTS_WORDS = r"(?:本期|本版|今日|本刊)?(?:标题)?(?:导读|要目|目录|看点|导航|提要|速览)"
_CONTENTS_HEAD = re.compile(rf"^{_CONTENTS_WORDS}[:：]?$")
# (or its head in brackets, as a text message sets it: `【今日导读】加装电梯开工｜社区动态`)
# (or after the pictograph a note app's callout opens with: `📌 本期导读：…`)
_CONTENTS_LINE = re.compile(
    r"^(?:[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?\s*)?"
    rf"(?:{_CONTENTS_WORDS}\s*[：:]|【{_CONTENTS_WORDS}】)\s*\S.*[^。！？!?]$"
)


def contents_line(text: str) -> bool:
    """A contents list on one line, its head first."""
    return bool(_CONTENTS_LINE.match(text))


# Most contents boxes an issue prints: more heads than that are no boxes, and looking
# past them would compare each with the whole issue again (quadratic).
_MAX_BOXES = 4
# Longest a contents box's head is printed (letter-spaced: `本 期 导 读`).
_MAX_HEAD_WITH_SPACES = 16
# Most entries a contents box lists, and the longest entry and headline it names.
_MAX_ENTRIES = 12
_MAX_ENTRY = 40
_MAX_NAMED = 60
# An abridged entry (`◎ 政策问答：长护险怎么申请`) shares this much of its words with the
# headline it names (`长护险怎么申请？这些问题一次说清`, under `政策问答`).
_ABRIDGED_SHARE = 0.6


def _headed_lists(
    texts: list[str], taken: set[int], handled: set[int]
) -> tuple[list[int], set[int]]:
    """Under a contents box's head, entries that abridge or extend the headlines they
    name: each must share most of its words with a short line further on."""
    found: list[int] = []
    named: set[int] = set()
    heads = 0
    for k, text in enumerate(texts):
        # (a head taken as furniture by its own form still heads its box; one a list
        # found above heads its entries already)
        if len(text) > _MAX_HEAD_WITH_SPACES or k in handled or heads >= _MAX_BOXES:
            continue
        if not _CONTENTS_HEAD.match(_SPACE.sub("", text)):
            continue
        heads += 1  # each box compares its entries with the whole rest of the issue
        entries = []
        j = k + 1
        if j + 1 < len(texts) and not texts[j]:
            j += 1  # (a blank line under the head, `目　　录` set apart)
        while j < len(texts) and texts[j] and len(entries) < _MAX_ENTRIES:
            entries.append(j)
            j += 1
        # The entries that name a headline further on, up to the first that does not
        # (the box may run straight into the first headline, no blank line between).
        listed, matches = [], []
        for e in entries:
            # (its dot leader and page number aside: `复工复产一线的“店小二”……41`)
            if len(_ENTRY_TAIL.sub("", texts[e])) > _MAX_ENTRY or _ENTRY_END.search(texts[e]):
                break
            if (
                e + 1 < len(texts)
                and _DECK.match(texts[e + 1])
                and not _PAGE_ENTRY.search(texts[e])
            ):
                break  # (over its `——subtitle`: the first story's headline, the box ended)
            match = _best_named(texts, entry_key(texts[e]), j, taken)
            if match is None and k > 0:
                # (a box a word processor floated to the foot: its headlines above)
                match = _best_named(texts, entry_key(texts[e]), 0, taken, end=k)
            if match is None and not (_PAGE_ENTRY.search(texts[e]) or _LINK_ENTRY.match(texts[e])):
                # (an entry that names its page is one, whatever the file holds; so is a
                # text browser's link to another story of the page, `* [10]区政府召开…`)
                break
            listed.append(e)
            if match is not None:
                matches.append(match)
        if len(listed) >= MIN_ENTRIES:
            listed.extend(_same_form_after(texts, listed, taken))
            found.extend([k, *listed])
            named.update(matches)
    return found, named


def _abridged_after(texts: list[str], run: list[int], taken: set[int]) -> list[int]:
    """Lines right under a headed list's entries that abridge a headline further on
    (`各社区开展居民医保参保宣传` for `各社区开展城乡居民医保参保缴费宣传`): entries
    too, up to a line right over text (the first headline, no blank line before it)."""
    more: list[int] = []
    k = run[-1] + 1
    while k < len(texts) and texts[k] and k not in taken and len(run) + len(more) < _MAX_ENTRIES:
        text = texts[k]
        if len(text) > _MAX_ENTRY or _SENTENCE_END.search(text) or _over_text(texts, k + 1, taken):
            break
        if _best_named(texts, entry_key(text), k + 1, taken) is None:
            break
        more.append(k)
        k += 1
    return more


def _over_text(texts: list[str], k: int, taken: set[int]) -> bool:
    """Whether line k holds sentences (a list's entries never stand over one)."""
    return k < len(texts) and bool(texts[k]) and k not in taken and bool(FULL_STOP.search(texts[k]))


_DECK = re.compile(r"^(?:——|--|—)\s*\S")
# A text browser's numbered link as a list's entry: `* [10]区政府召开第32次常务会议`.
_LINK_ENTRY = re.compile(r"^(?:[*•·]\s*)?\[\d{1,4}\]\S")


def _best_named(
    texts: list[str], key: str, start: int, taken: set[int], end: int | None = None
) -> int | None:
    """The short line from `start` on (to `end`) that shares most of the entry's words
    (with the line after it, a kicker's title), if it shares enough."""
    pairs = {p for p in char_pairs(key) if not p.isspace()}
    if len(pairs) < 3:
        return None
    best, best_share = None, _ABRIDGED_SHARE
    stop = len(texts) if end is None else end
    lines = [j for j in range(start, stop) if texts[j] and j not in taken]
    for n, j in enumerate(lines):
        if len(texts[j]) > _MAX_NAMED:
            continue
        # (a headline set letter-spaced, `澄 浦 街 道 2007 年 …`, read as the words it is)
        share = shared_pairs(pairs, without_space(texts[j])) / len(pairs)
        if (
            n + 1 < len(lines)
            and len(texts[lines[n + 1]]) <= _MAX_NAMED
            and not _IN_TEXT.search(texts[j])  # (a kicker holds no clause: text runs on)
        ):
            # `政策问答` over `长护险怎么申请…`: the entry names the title under the kicker
            together = shared_pairs(pairs, without_space(texts[j] + texts[lines[n + 1]])) / len(
                pairs
            )
            if together > share and together >= best_share + 0.1:
                # (over its `——subtitle`, the line is the title the entry names)
                under = lines[n + 1]
                best, best_share = (j if _DECK.match(texts[under]) else under), together
        if share >= best_share + (0.0 if best is None else 0.1):
            best, best_share = j, share
    return best


def _headline_named(texts: list[str], at: int, key: str, spaced: bool) -> int:
    """The headline an entry names at line `at`: that line, or, when the entry lists a
    kicker with its title (`● 以学促知 镇党委召开…`, a space between), the title on the
    next line (with none, one title broken in two lines: its first)."""
    single = without_space(_MARKS.sub("", texts[at]))
    if key in (single, _TRAILING_NOTE.sub("", single)) or not spaced:
        return at
    return next((j for j in range(at + 1, len(texts)) if texts[j]), at)


def _named_later(places: list[int] | None, k: int, after: int | None) -> int | None:
    """The first of these places (sorted) after line k but not right after it."""
    if not places:
        return None
    n = bisect_right(places, k)
    if n < len(places) and places[n] == after:
        n = bisect_right(places, after)
    return places[n] if n < len(places) else None


def _short_line(text: str) -> bool:
    return len(text) <= _MAX_REPEATED and not _SENTENCE.search(text)


def closing_like(text: str) -> bool:
    """A byline, a credit, a label or a line of labelled fields: an article's, however
    often it is printed."""
    return bool(byline_line(text) or credit_line(text) or meta_line(text) or field_line(text))


def entry_key(text: str, spaced: bool = False) -> str:
    """A contents entry's headline: its mark, number and page taken off, no spaces (or,
    `spaced`, each run of them one space: `以学促知 以学促行 镇党委召开…` lists a
    kicker and its title)."""
    text = _ENTRY_TAIL.sub("", _ENTRY_HEAD.sub("", text, count=1))
    return _SPACE.sub(" " if spaced else "", text).strip()


def _later_lines(texts: list[str]) -> dict[str, list[int]]:
    """Each line's text (and each two neighbouring lines' together, a kicker and its
    title), without marks and spaces, with where it stands: those short enough for an
    entry to name (the lines of a file, alone and in pairs, were the file three times)."""
    where: dict[str, list[int]] = {}
    before: tuple[int, str] | None = None  # the line before, if short enough to pair
    for k, t in enumerate(texts):
        if not t:
            continue
        text = _line_key(t)
        if text is None:  # too long to be named, with or without a note
            before = None
            continue
        if before is not None and len(before[1]) + len(text) <= _MAX_ENTRY_LINE:
            where.setdefault(before[1] + text, []).append(before[0])
        if len(text) <= _MAX_ENTRY_LINE:
            where.setdefault(text, []).append(k)
        bare = _TRAILING_NOTE.sub("", text)
        if bare != text and len(bare) <= _MAX_ENTRY_LINE and not CONTINUED_HEAD.search(text):
            # (`…（续）` is the headline printed again where its text goes on: it names
            # the headline above it, no list does)
            # `各社区医保征缴进度（截至10月14日）`, listed without its note
            where.setdefault(bare, []).append(k)
        unnumbered = _SECTION_NUMBER.sub("", text, count=1)
        if unnumbered != text and len(unnumbered) >= 4:
            # `一、街道召开…`: a 简报's numbered section, listed as `1. 街道召开…`
            where.setdefault(unnumbered, []).append(k)
        column, colon, _rest = unnumbered.partition("：")
        if colon and 4 <= len(column) <= _MAX_COLUMN_ENTRY:
            # `五、居民来信：楼下的那棵广玉兰`, listed by its column's name (`居民来信`)
            where.setdefault(column, []).append(k)
        before = (k, text) if len(text) <= _MAX_ENTRY_LINE else None
    return where


def _line_key(text: str) -> str | None:
    """The line without its marks and white space, or None when that is longer than
    _MAX_KEYED: read a little at a time, so a line of 50 MB is not copied for it."""
    marks = _MARKS.match(text)
    at = marks.end() if marks else 0
    parts: list[str] = []
    size = 0
    while at < len(text):
        part = "".join(text[at : at + _STEP].split())
        size += len(part)
        if size > _MAX_KEYED:
            return None
        parts.append(part)
        at += _STEP
    return "".join(parts)


def _next_to(texts: list[str], k: int, j: int) -> bool:
    """Whether nothing but blank lines stands between lines k and j."""
    return all(not texts[m] for m in range(k + 1, j))


def _jumped_to(texts: list[str], at: int) -> bool:
    after = _line_after(texts, at)
    return after is not None and bool(JUMP_IN.match(texts[after]))


def _line_after(texts: list[str], k: int) -> int | None:
    return next((j for j in range(k + 1, min(len(texts), k + 3)) if texts[j]), None)


def _line_before(texts: list[str], k: int) -> int | None:
    return next((j for j in range(k - 1, max(-1, k - 3), -1) if texts[j]), None)


def _list_word(text: str) -> bool:
    """A word or two heading a list: no digit, no mark, no clause."""
    return len(text.replace(" ", "").replace("\u3000", "")) <= _MAX_LIST_WORD and not (
        _SENTENCE.search(text) or _COUNTS_ONLY.search(text)
    )


_MAX_LIST_WORD = 4


def _is_head(text: str) -> bool:
    # (`? 本期导读`: a pictograph a legacy code page could not hold, saved as `?`)
    text = LOST_PICTOGRAPH.sub("", text)
    return len(text) <= _MAX_HEAD and not _SENTENCE.search(text)
