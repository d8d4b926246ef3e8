"""Chinese line breaking: 禁则 and alignment of wide characters."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from lcreader.tui.linebreak import NO_LINE_END, NO_LINE_START, break_lines


def wrap(text: str, width: int) -> list[str]:
    return [text[s:e] for s, e in break_lines(text, width)]


def test_plain_han_text_fills_each_line():
    assert wrap("一二三四五六七八", 6) == ["一二三", "四五六", "七八"]


def test_closing_punctuation_never_starts_a_line():
    # 三 cells of width 2 fit in 6; the 。 would start line two, so 三 moves down with it.
    assert wrap("一二三。四五", 6) == ["一二", "三。四", "五"]


def test_opening_punctuation_never_ends_a_line():
    assert wrap("一二“三四”", 6) == ["一二", "“三四”"]


def test_latin_words_and_numbers_are_not_cut():
    assert wrap("人民GDP增长", 7) == ["人民GDP", "增长"]
    assert wrap("人民GDP增长", 6) == ["人民", "GDP增", "长"]
    assert wrap("中GDP2010年", 8) == ["中", "GDP2010", "年"]
    # Wider than the line: cut, but still not before closing punctuation.
    assert wrap("中GDP2010年", 6) == ["中", "GDP201", "0年"]


def test_an_unbreakable_run_is_cut_rather_than_overflowing():
    assert wrap("。。。。。。", 4) == ["。。", "。。", "。。"]


texts = st.text(
    alphabet="一二三四五六七八九十，。、；：？！“”（）《》AB12 …", min_size=1, max_size=200
)


@given(texts, st.integers(2, 60))
def test_lines_fit_cover_the_text_and_respect_the_rules(text, width):
    spans = break_lines(text, width)
    assert "".join(text[s:e] for s, e in spans) == text
    for (start, end), (next_start, _) in itertools.pairwise(spans):
        assert cell_len(text[start:end]) <= width or end - start == 1
        broken = text[next_start] in NO_LINE_START or text[end - 1] in NO_LINE_END
        if broken:
            # Only when no cut in this line would have kept the rules.
            assert not any(
                text[k] not in NO_LINE_START and text[k - 1] not in NO_LINE_END
                for k in range(start + 1, end + 1)
            ), [text[s:e] for s, e in spans]


def test_kept_ranges_such_as_names_stay_whole():
    text = "一二三四史萍五"
    assert wrap(text, 10) == ["一二三四史", "萍五"]
    assert [text[s:e] for s, e in break_lines(text, 10, keep=[(4, 6)])] == ["一二三四", "史萍五"]
