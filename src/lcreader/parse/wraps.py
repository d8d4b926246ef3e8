"""A closing credit that a hard wrap cut in two.

In a narrow column the wrap falls anywhere, also inside the credit that closes a
paragraph: `…活动圆满结束。（东湖` / `居民区供稿）`. Read line by line, neither half
is a credit, and the credit is lost in the paragraph. When a wrapped line ends a
sentence and opens a bracket it does not close, and the next line closes it and ends
there, the bracket's opening moves down to the line that closes it: the paragraph's
text is the same, and the credit is a line of its own again, read as any other.
"""

from __future__ import annotations

import re

from .credits import credit_line, lead_credit
from .dates import JUMP_IN, JUMP_OUT
from .text import HAN, HAN_CHAR, is_terminated
from .threads import thread_tails
from .words import is_unit

# `。（东湖`: a finished sentence, then an opened bracket with a few characters.
_OPENED = re.compile(r"[。！？!?”」]\s*(?P<opened>[（(][^（）()。，,；;！？!?]{0,8})$")
_LAST_WORD = re.compile(r"[\s\u3000（(：:]+")
# `居民区供稿）`: the rest of the bracket, and nothing after it.
_CLOSED = re.compile(r"^[^（）()。，,；;！？!?]{1,30}[）)]$")


def rejoin_split_credits(raw_lines: list[str], skipped, gap: str = "") -> list[str]:
    """`raw_lines` with each bracket cut at a wrap moved down to the line that closes
    it; `skipped` holds the indices of lines that are not text (page furniture). `gap`:
    what the cut took out (a space, where lines were broken only at spaces)."""
    lines = list(raw_lines)
    for k in range(len(lines) - 1):
        if "（" not in lines[k] and "(" not in lines[k]:
            continue  # the cheap test first: most lines open no bracket
        if k in skipped or k + 1 in skipped:
            continue
        opened = _OPENED.search(lines[k].rstrip())
        below = lines[k + 1]
        if not opened or not below.strip() or below[:1].isspace():
            continue  # the next line is a new paragraph (blank or indented)
        if not _CLOSED.match(below.strip()):
            continue
        cut = lines[k].rstrip()
        lines[k] = cut[: opened.start("opened")]
        head = opened.group("opened")
        # (a cut inside a word took no space out, `（第` / `四网格　庄楠）`; after a body's
        # name it did, `（供稿：居委会` / `马小雨）`)
        inside = bool(HAN_CHAR.match(head[-1:])) and bool(HAN_CHAR.match(below[:1]))
        inside = inside and not is_unit(_LAST_WORD.split(head)[-1])
        lines[k + 1] = head + ("" if inside else gap) + below
    return lines


# `本报讯（记者 范晓彤 通讯员`: a paper's credit opening a story, its bracket left open at
# the line's end (`邝仁杰）3月21日，…` under it).
_OPENED_LEAD = re.compile(r"^\s*(?:[\u4e00-\u9fff]{1,6}讯)?\s*[（(][^（）()。，,；;！？!?]{2,40}$")
# A report's opening credit whole on a line of its own: `本报讯（记者 X 通讯员 Y）`.
_WHOLE_LEAD = re.compile(
    r"^\s*[\u4e00-\u9fff]{1,6}讯\s*[（(][^（）()。，,；;！？!?]{2,40}[）)]\s*$"
)
# Most characters of the credit the next line may hold before it closes the bracket.
_MAX_CREDIT_REST = 12


def rejoin_split_lead_credits(raw_lines: list[str], skipped, gap: str = "") -> list[str]:
    """`raw_lines` with each story's opening credit cut at a wrap (`本报讯（记者 X 通讯员` /
    `Y）3月21日，…`) moved down onto the line that closes it, so that it opens that
    line's text as a credit does; the line it left is blank, as a drop cap's is."""
    lines = list(raw_lines)
    for k in range(len(lines) - 1):
        if "（" not in lines[k] and "(" not in lines[k]:
            continue
        if k in skipped or k + 1 in skipped:
            continue
        below = lines[k + 1].strip()
        if _WHOLE_LEAD.match(lines[k]) and below and lead_credit(lines[k].strip() + below):
            # `本报讯（记者 X 通讯员 Y）` alone, the text opening on the next line
            lines[k], lines[k + 1] = "", lines[k].strip() + below
            continue
        if not _OPENED_LEAD.match(lines[k]):
            continue
        close = min((below.find(c) for c in "）)" if c in below), default=-1)
        if not 0 < close <= _MAX_CREDIT_REST:
            continue
        joined = lines[k].strip() + gap + below
        if lead_credit(joined) is None:
            continue  # (a bracket that holds no one's credit: the text's own)
        lines[k], lines[k + 1] = "", joined
    return lines


# `●荷塘里社区开展学雷锋便民`: a brief's marked headline alone on its line, no stop in it,
# over `服务　3月5日，…`: the rest of the headline, the wide space that ends it, the text.
_MARKED_HEAD = re.compile(r"^\s*[◆◇●■□★☆▶►]\s*[^，。！？；：,.!?;:\s]{4,24}$")
# (a quote the cut left open closes in the rest: `■…开设“冬` / `病夏治”门诊　7月至8月，…`)
_HEAD_REST = re.compile(r"^[^，。！？；：,.!?;:\s“「（(]{1,8}(?:\u3000+|\s{2,})\S.{3,}$")


def join_wrapped_run_in_heads(raw_lines: list[str], skipped) -> list[str]:
    """`raw_lines` with each brief's marked headline that the wrap cut before the wide
    space ending it moved down onto the line that holds its rest and its text, so that
    the line reads as a run-in headline does; the line it left is blank."""
    lines = list(raw_lines)
    for k in range(len(lines) - 1):
        if k in skipped or k + 1 in skipped or not _MARKED_HEAD.match(lines[k]):
            continue
        below = lines[k + 1].strip()
        # (an indented line opens the text: `■…文明校园` / `　　本报讯　日前，…`)
        if _HEAD_REST.match(below) and not _PARAGRAPH_INDENT.match(lines[k + 1]):
            lines[k], lines[k + 1] = "", lines[k].strip() + below
    return lines


_PARAGRAPH_INDENT = re.compile(r"^(?:\u3000|\s{2})")


# `…5道。　彭一鸣` over `摄`: a caption's photographer, the wrap cut before the word
# that credits them (a name a space apart after the caption's text, or after a role).
_CUT_BEFORE_SHOT = re.compile(
    rf"(?:[。！？!?”）)]|[\s\u3000])[\s\u3000]*(?:(?:本报)?(?:记者|通讯员)[\s\u3000]*)?"
    rf"[{HAN}]{{2,4}}[\s\u3000]*$"
)


# A photographer's credit alone on its line: `　邱振华 摄`, `本报记者 何平 摄`.
_LONE_SHOT = re.compile(
    rf"^(?:(?:本报)?(?:记者|通讯员)[\s\u3000]*)?[{HAN}·]{{2,4}}[\s\u3000]*摄(?:影)?$"
)
# A caption's words by their form: `图为…`, `▲…`, `上图：…`, ending its sentence.
_CAPTION_WORDS = re.compile(r"^(?:图为|上图|下图|左图|右图|[▲△])\S.*[。！!）)]$")


def join_cut_photo_credits(raw_lines: list[str], skipped) -> list[str]:
    """`raw_lines` with each `摄` that the wrap left alone on its line moved up onto
    the line whose photographer it credits; the line it left is blank. So with a whole
    credit (`邱振华 摄`) under a caption's finished sentence (`图为…。`): its credit."""
    lines = list(raw_lines)
    for k in range(len(lines) - 1):
        if k in skipped or k + 1 in skipped or "摄" not in lines[k + 1]:
            continue
        below = lines[k + 1].strip()
        if below in ("摄", "摄影"):
            if _CUT_BEFORE_SHOT.search(lines[k]):
                lines[k], lines[k + 1] = lines[k].rstrip() + " " + below, ""
        elif _LONE_SHOT.match(below) and _CAPTION_WORDS.match(lines[k].strip()):
            lines[k], lines[k + 1] = lines[k].rstrip() + "\u3000" + below, ""
    return lines


# A caption marked as a picture's (`▲…`) that the wrap cut, and its rest under it: a
# short line with no mark that ends on the photographer's credit (`行表演。　许嘉 摄`).
_CAPTION_MARKED = re.compile(r"^[▲△]\S")
_CAPTION_REST = re.compile(
    rf"^[^▲△■●◆]\S{{0,30}}[。！）)][\s\u3000]*[{HAN}·]{{2,4}}[\s\u3000]*摄(?:影)?$"
)
_MAX_CUT_CAPTION = 40


def join_wrapped_captions(raw_lines: list[str], skipped) -> list[str]:
    """`raw_lines` with each marked caption the wrap cut moved down onto the line that
    holds its rest and its credit; the line it left is blank."""
    if not any("▲" in line or "△" in line for line in raw_lines):
        return raw_lines  # (the cheap test first)
    lines = list(raw_lines)
    for k in range(len(lines) - 1):
        if k in skipped or k + 1 in skipped:
            continue
        text = lines[k].strip()
        if not _CAPTION_MARKED.match(text) or len(text) > _MAX_CUT_CAPTION:
            continue
        if is_terminated(text) or "摄" in text:
            continue
        below = lines[k + 1].strip()
        if _CAPTION_REST.match(below):
            lines[k], lines[k + 1] = "", text + below
    return lines


# A drop cap: the first character of a story's first paragraph, set large, copied out
# on a line of its own (`东` / `苑小区建成于2003年，…`).
_DROP_CAP = re.compile(rf"^[{HAN}]$")
_TEXT_START = re.compile(rf"^[{HAN}]")
# Shortest paragraph line a drop cap is read as the first character of.
MIN_AFTER_DROP_CAP = 10


def join_drop_caps(raw_lines: list[str], skipped) -> list[str]:
    """`raw_lines` with each drop cap moved onto the line it begins: one character of a
    script alone, over a line of text, under a headline, a credit or a finished sentence
    (never under a line of text it may end, cut by the wrap)."""
    if not any(len(line) <= 4 and len(line.strip()) == 1 for line in raw_lines):
        return raw_lines  # (the cheap test first: most texts set no character alone)
    lines = list(raw_lines)
    above = ""  # the last line of text before this one
    for k in range(len(lines) - 1):
        text = lines[k].strip()
        if not text or k in skipped:
            continue
        if _DROP_CAP.match(text) and k + 1 not in skipped:
            below = lines[k + 1].strip()
            whole_above = not above or is_terminated(above) or 2 * len(above) < len(below)
            # (or under the story's credit: `记者　X　通讯员　Y` / `近` / `日，…`)
            whole_above = whole_above or credit_line(above) is not None
            if len(below) >= MIN_AFTER_DROP_CAP and _TEXT_START.match(below) and whole_above:
                indent = lines[k + 1][: len(lines[k + 1]) - len(lines[k + 1].lstrip())]
                lines[k], lines[k + 1] = "", indent + text + lines[k + 1].lstrip()
                above = ""
                continue
        above = text
    return lines


# A number set in a font of its own (a 公文's digits), which an extractor writes as a
# run of its own line: `推动辖区` / `12` / `个老旧小区…`.
_NUMBER = r"[0-9０-９]{1,8}(?:[.．][0-9０-９]{1,4})?[%％]?"
_NUMBER_RUN = re.compile(rf"^{_NUMBER}$")
_NUMBER_LINE = re.compile(rf"^{_NUMBER}\r?$", re.M)  # (the same, looked for in the whole text)
_HAN_AT = re.compile(rf"[{HAN}“”（）()《》]")
# A clause going on: the words before a number may end on its comma.
_CLAUSE_MARK = re.compile(r"[，,、：:]")
# Fewest such runs in a file that say its extractor writes a line per run.
MIN_NUMBER_RUNS = 5


def join_vertical_words(text: str) -> str:
    """A word set vertically (a leaflet's tab, `垃` / `圾` / `分` / `类`), one character
    a line in the text: joined back on one line, where MIN_VERTICAL characters or more
    stand so one after another."""
    if not _LONE_HAN.search(text):
        return text  # (the cheap test first: most texts set no character alone)
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and _LONE_HAN_LINE.match(lines[j]):
            j += 1
        if j - k >= MIN_VERTICAL:
            out.append("".join(line.strip() for line in lines[k:j]))
            k = j
        else:
            out.append(lines[k])
            k += 1
    return "\n".join(out)


# Fewest characters a word set vertically has, each alone on its line.
MIN_VERTICAL = 3
_LONE_HAN_LINE = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff][ \t\u3000]*$")
_LONE = r"[ \t\u3000]*[\u4e00-\u9fff][ \t\u3000]*"
_LONE_HAN = re.compile(rf"(?m)^{_LONE}\n{_LONE}$")


def join_number_runs(text: str) -> str:
    """The text with each number written on a line of its own inside a sentence joined
    back to the words around it, where the file does so five times or more: a line of
    text per run of one font (an OFD export). A number joins the words before it unless
    they stand alone as a headline does, and the words after it when it goes on in them
    (`2023` / `年第`, `12` / `个老旧小区…`)."""
    if len(_NUMBER_LINE.findall(text)) < MIN_NUMBER_RUNS:
        return text  # (the cheap test first: most texts set no number alone on a line)
    lines = text.split("\n")
    if thread_tails([line.strip() for line in lines]):
        return text  # (a forum's floors: each poster's level alone under their name)
    numbers = [k for k in range(1, len(lines) - 1) if _NUMBER_RUN.match(lines[k].strip())]
    # Inside a sentence: words before it that go on, words or a unit after it.
    runs = [
        k
        for k in numbers
        if (above := lines[k - 1].strip())
        and (below := lines[k + 1].strip())
        and not is_terminated(above)
        and bool(
            _HAN_AT.match(above[-1:]) or _CLAUSE_MARK.match(above[-1:]) or _NUMBER_RUN.match(above)
        )
        and bool(_HAN_AT.match(below[:1]) or _GOES_ON.match(below))
    ]
    # (most numbers alone on their lines sit so: a counter's figures or a list's dates
    # do not)
    if len(runs) < MIN_NUMBER_RUNS or 5 * len(runs) < 3 * len(numbers):
        return text
    runs_at = set(runs)
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if k not in runs_at or not out:
            out.append(line)
            k += 1
            continue
        above, number, below = out[-1].strip(), line.strip(), lines[k + 1].strip()
        before_above = out[-2].strip() if len(out) > 1 else ""
        joins_above = (
            not is_terminated(above)
            and not _MARK_LINE.match(above)
            and not _stands_alone(above, before_above)
        )
        joins_below = bool(_GOES_ON.match(below)) or (joins_above and not _NUMBER_RUN.match(below))
        joins_below = joins_below and k + 1 not in runs_at and not _MARK_LINE.match(below)
        merged = (above if joins_above else "") + number + (below if joins_below else "")
        if joins_above:
            out[-1] = out[-1][: len(out[-1]) - len(out[-1].lstrip())] + merged
        else:
            out.append(merged)
        k += 2 if joins_below else 1
    return "\n".join(out)


# What a number goes on in: its unit, a measure word, a closing mark.
_GOES_ON = re.compile(
    r"^[年月日时分秒个件名人户家处项次期岁元万亿条座所间套台辆只批场届%％）)、，。：；—\-]"
)
# A page's number between dashes (`— 2 —`): no words of a sentence.
_MARK_LINE = re.compile(r"^[—\-－–]")


def _stands_alone(text: str, before: str) -> bool:
    """Whether a line stands alone as a headline does: short, no clause in it, under a
    finished sentence, a credit, a page's mark or nothing."""
    if len(text) >= 24 or re.search(r"[，,、；;：:]", text):
        return False
    return (
        not before
        or is_terminated(before)
        or before.endswith(("）", ")"))
        or bool(_MARK_LINE.match(before))
    )


def split_jump_heads(text: str) -> str:
    """The text with each jump's marker glued before its headline on one line
    (`（上接第1版）社区食堂开张了`, the rest's text under it) set as a printed page sets
    them: the headline over the marker alone, so that the headline is the jump's."""
    if "接" not in text:
        return text  # (the cheap test first: most texts jump nowhere)
    lines = text.split("\n")
    out: list[str] = []
    for k, line in enumerate(lines):
        marker = JUMP_IN.match(line)
        rest = line[marker.end() :].strip() if marker else ""
        behind = None if marker else _JUMP_IN_AFTER.match(line.strip())
        if behind:  # `金秋助学暖人心（上接第1版）`: the headline, then the marker
            rest = behind["head"].strip()
        below = lines[k + 1].strip() if k + 1 < len(lines) else ""
        if (
            (marker or behind)
            and 2 <= len(rest) <= _MAX_JUMP_HEAD
            and not _STOP_OR_CLAUSE.search(rest)
            and len(below) > len(rest)
            and _headed_before(lines, k, rest)
        ):
            jump = line[: marker.end()].strip() if marker else behind["marker"]
            out.extend([rest, jump])
        else:
            out.append(line)
    return "\n".join(out)


_MAX_JUMP_HEAD = 30


def join_cut_jumps(text: str) -> str:
    """The text with each jump's marker the column cut (`…每天（下转` / `第2版）`) set whole
    on the lower line, as a marker printed under its story's last words is."""
    if "转" not in text and "接" not in text:
        return text
    lines = text.split("\n")
    for k in range(len(lines) - 1):
        cut = _OPEN_MARKER.search(lines[k])
        if not cut:
            continue
        below = lines[k + 1].lstrip()
        rest = _MARKER_REST.match(below)
        marker = cut.group() + rest.group() if rest else ""
        if marker and (JUMP_OUT.fullmatch(marker) or JUMP_IN.fullmatch(marker)):
            lines[k] = lines[k][: cut.start()].rstrip()
            lines[k + 1] = cut.group() + below
    return "\n".join(lines)


# A marker's opening at a line's end, its rest opening the next line.
_OPEN_MARKER = re.compile(r"[（(][^（()）\n]{0,6}$")
_MARKER_REST = re.compile(r"^[^（()）\s]{0,8}[)）]")
_JUMP_IN_AFTER = re.compile(
    r"^(?P<head>[^（(]{2,30}?)\s*(?P<marker>[（(]\s*(?:上接|接上|承上|续)\s*第?\s*"
    r"[0-9０-９一二三四五六七八九十]{1,3}\s*[版页]\s*[)）])$"
)


def _headed_before(lines: list[str], k: int, rest: str) -> bool:
    """Whether the words after a jump's marker are a headline's printed further up (the
    jumped story's, all of it or its end), not the rest of a sentence the jump cut."""
    key = "".join(rest.split())
    for line in lines[:k]:
        head = "".join(line.split())
        if key in head and len(head) <= 2 * _MAX_JUMP_HEAD and not _STOP_OR_CLAUSE.search(head):
            return True
    return False


_STOP_OR_CLAUSE = re.compile(r"[，,。！？!?；;：:]")
