"""Output lines fitted to a terminal: in cells, by the Chinese rules, nothing lost."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lcreader.cli.terminal import fitted
from lcreader.typeset import text_width

LINE = st.text(
    alphabet="凉城新村街道，。：（）——$LCREADER_DATA_DIR /ab12 ", min_size=1, max_size=120
)


@given(st.lists(LINE, min_size=1, max_size=4), st.integers(min_value=20, max_value=100))
def test_fitted_lines_fit_keep_the_rules_and_lose_nothing(lines, width):
    out = fitted(lines, width)
    # Only a run of ASCII wider than the line may overrun it: it is never cut.
    assert all(text_width(line) <= width or line.strip().isascii() for line in out)
    assert "".join("".join(line.split()) for line in out) == "".join(
        "".join(line.split()) for line in lines
    )


def test_a_doctor_line_keeps_a_hanging_indent_and_its_variable_whole():
    line = (
        "  第 4 篇（凉城新村街道为求职者增加就业）：默认读 $LCREADER_DATA_DIR，否则为用户数据目录"
    )
    out = fitted([line], 30)
    assert len(out) > 1 and all(piece.startswith("    ") for piece in out[1:])
    assert any("$LCREADER_DATA_DIR" in piece for piece in out)
    assert all(text_width(piece) <= 30 for piece in out)
    assert fitted([line], None) == [line]


def test_a_line_that_fits_whole_once_its_spaces_are_one_is_not_left_wider():
    """(found by the property test above: two spaces inside a line that fits with one)"""
    assert fitted(["11111111  。。。。。。。。。。"], 29) == ["11111111 。。。。。。。。。。"]
