"""Tables by terminal cells: Chinese columns line up on a terminal and in a pipe."""

from __future__ import annotations

import pytest

from lcreader.cli.table import GAP, table_lines
from lcreader.typeset import text_width
from tests.helpers import cells, column_starts

HEADERS = ["姓名", "最新职务", "文章数", "期"]
ROWS = [
    ["乐跃明", "街道党工委书记", "4", "000_a74f4656124ffe3f 003_17d9481db0f4d0a8"],
    ["陈懿", "街道党工委副书记、办事处主任、区人大常委会副主任", "12", "003_17d9481db0f4d0a8"],
    ["Ｊｏｈｎ Ｓｍｉｔｈ", "", "1", "x"],
    ["王五", "ＧＤＰ统计员", "123", ""],
]


@pytest.mark.parametrize("width", [None, 120, 80, 60, 44])
def test_columns_start_at_the_same_cell_on_every_line(width):
    lines = table_lines(HEADERS, ROWS, width)
    starts = column_starts(lines[0], HEADERS)
    for line in lines:
        if width is not None:
            assert text_width(line) <= width, line
        for start in starts[1:]:  # the gap before each column is blank on every line
            assert cells(line, start - len(GAP), start).strip() == "", (line, start)
    if width is None:  # a pipe: one line a row, every cell whole
        assert len(lines) == 1 + len(ROWS)
        for line, row in zip(lines[1:], ROWS, strict=True):
            assert all(cell in line for cell in row)


def test_wrapped_lists_keep_their_items_whole():
    lines = table_lines(HEADERS, ROWS[:2], 60)
    text = "\n".join(lines)
    for item in ("000_a74f4656124ffe3f", "003_17d9481db0f4d0a8", "办事处主任"):
        assert item in text


LONG_ITEMS = [
    [
        "赵明",
        "区委宣传部副部长、区文化和旅游局党组书记",
        "1",
        "2021年 · 头条：胡广杰在凉城新村街道调研",
    ],
    [
        "胡军",
        "虹口区人大常委会副主任、区总工会主席",
        "1",
        "2020年 · 头条：凉城新村街道与工会联席会议",
    ],
]


@pytest.mark.parametrize("width", range(36, 80, 4))
def test_an_item_too_wide_for_its_column_leaves_no_character_alone(width):
    lines = table_lines(HEADERS, LONG_ITEMS, width)
    starts = [*column_starts(lines[0], HEADERS), None]
    for column in (1, 3):
        pieces = [
            cells(line, starts[column], starts[column + 1] or 999).strip() for line in lines[1:]
        ]
        for piece in filter(None, pieces):
            assert len(piece.strip("、")) > 1, (width, pieces)
