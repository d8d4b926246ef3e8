"""Invisible and control characters are removed by category, on the way to any surface."""

from __future__ import annotations

import json
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lcreader import safe_text
from lcreader.safe_text import clean, clean_block, escape_json, removed

# Each of these survived the old hand list (issue #11).
INVISIBLE = ["\u061c", "\u00ad", "\u034f", "\u180e", "\u3164", "\ufe0f", "\U000e0001"]
INVISIBLE += [chr(c) for c in range(0xE0020, 0xE0080)]  # tag characters
CONTROLS = ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9b", "\u2028", "\u2029"]
BIDI = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"]
BIDI += ["\u2066", "\u2067", "\u2068", "\u2069"]


@pytest.mark.parametrize("ch", INVISIBLE + CONTROLS + BIDI, ids=lambda ch: f"U+{ord(ch):04X}")
def test_invisible_and_control_characters_are_removed(ch):
    assert clean(f"统{ch}战") == "统战"
    assert clean_block(f"统{ch}战\n") == "统战\n"


def test_the_common_ranges_hold_nothing_that_would_be_removed():
    ranges = re.findall(r"(.)-(.)", safe_text._COMMON)
    assert ranges
    kept = [chr(c) for start, end in ranges for c in range(ord(start), ord(end) + 1)]
    assert [f"U+{ord(ch):04X}" for ch in kept if removed(ch)] == []


def test_every_character_of_a_removed_category_is_removed():
    for code in range(0x110000):
        ch = chr(code)
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") and ch not in "\t\u200d":
            assert clean(f"a{ch}b") == "ab", f"U+{code:04X}"


def test_a_zero_width_joiner_stays_only_between_emoji():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert clean(family) == family
    assert clean("\u2764\ufe0f\u200d\U0001f525") == "\u2764\u200d\U0001f525"
    assert clean("统\u200d战") == "统战"
    assert clean("\u200d\U0001f468") == "\U0001f468"


def test_one_line_and_block_cleaning():
    assert clean("甲\t乙\n丙\r丁") == "甲 乙丙丁"
    pasted = "正文\x1b[201~rm -rf ~\n\t第二段\r\n\x9b31m完"
    assert clean_block(pasted) == "正文[201~rm -rf ~\n\t第二段\n31m完"


def test_visible_text_is_left_alone():
    text = "凉城新村街道 ＧＤＰ 《统战》——“社区”…… café ① ★ 한국 かな 😀 \u3000"
    assert clean(text) == text


@given(st.text())
def test_json_escaping_keeps_the_data_and_hides_the_controls(text):
    dumped = escape_json(json.dumps({"t": text}, ensure_ascii=False))
    assert json.loads(dumped) == {"t": text}
    assert not any(removed(ch) for ch in dumped if ch not in "\n")


def test_short_and_long_text_are_judged_alike():
    import re

    from lcreader import safe_text

    for code in range(0x110000):
        ch = chr(code)
        assert (code in safe_text._IGNORABLE_CODES) == bool(re.match(safe_text._IGNORABLE, ch))
    for text in ("统战工作", "a\u034fb", "组\ufe0f", "x\U000e0100", "\u3164", "正常文字。"):
        long = text * (safe_text._SHORT // len(text) + 1)
        assert safe_text._plain(text) == safe_text._plain(long)
