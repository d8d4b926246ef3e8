"""Chinese line breaking: 禁则 and alignment of wide characters."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from lcreader.typeset import break_lines, can_break, text_width
from lcreader.typeset import wrap as wrap_lines


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
    alphabet="一二三四五六七八九十，。、；：？！“”（）《》AB12 …—", min_size=1, max_size=200
)


@given(texts, st.integers(2, 60), st.booleans())
def test_lines_fit_cover_the_text_and_respect_the_rules(text, width, loose):
    spans = break_lines(text, width, loose=loose)
    assert "".join(text[s:e] for s, e in spans) == text
    for start, end in spans[:-1]:
        assert cell_len(text[start:end]) <= width or end - start == 1
        if not can_break(text, end):
            # Only when no cut in this line would have kept the rules.
            assert not any(can_break(text, k) for k in range(start + 1, end + 1)), [
                text[s:e] for s, e in spans
            ]


def test_kept_ranges_such_as_names_stay_whole():
    text = "一二三四史萍五"
    assert wrap(text, 10) == ["一二三四史", "萍五"]
    assert [text[s:e] for s, e in break_lines(text, 10, keep=[(4, 6)])] == ["一二三四", "史萍五"]


def test_dashes_and_ellipses_are_never_split():
    assert wrap("一二——三四", 5) == ["一二", "——三", "四"]
    assert wrap("一二三……四", 7) == ["一二", "三……四"]
    for width in range(4, 12):
        for line in wrap("他说——我们……走吧——好", width):
            assert not line.startswith(("—", "…")) or line.startswith(("——", "……")), line


def test_the_first_line_may_be_narrower_and_continuations_indented():
    assert wrap_lines("一二三四五六七八", 8, indent="  ") == ["一二三四", "  五六七", "  八"]


def test_widths_agree_with_rich_on_the_seeds():
    from tests.conftest import SEEDS

    text = "".join(path.read_text(encoding="utf-8") for path in SEEDS.glob("*.txt"))
    for char in set(text) - {"\n", "\t"}:
        assert text_width(char) == cell_len(char), repr(char)


def test_a_notice_breaks_at_a_pause_near_the_lines_end_not_inside_a_word():
    said = "要退出吗？按 q 或 Ctrl+Q 退出阅读器（Ctrl+C 在这里用来复制选中的文字）"
    lines = [said[s:e] for s, e in break_lines(said, 30, loose=True)]
    assert lines == [
        "要退出吗？按 q 或 Ctrl+Q ",
        "退出阅读器（Ctrl+C ",
        "在这里用来复制选中的文字）",
    ]
    # An article's paragraph is not loose: its lines stay full.
    assert next(said[s:e] for s, e in break_lines(said, 30)) == "要退出吗？按 q 或 Ctrl+Q 退出"
    # A cut at a pause already (before `（`) stays where it is.
    assert next(said[s:e] for s, e in break_lines(said, 40, loose=True)).endswith("退出阅读器")
