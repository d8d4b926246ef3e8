"""The README's screenshots draw text as wide as a terminal does (issue 22)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "screenshots"))
from svg_widths import CELL_WIDTH, TEXT_RUN, run_cells, true_widths  # noqa: E402

SCREENSHOTS = sorted((ROOT / "screenshots").glob("*.svg"))


@pytest.mark.parametrize("path", SCREENSHOTS, ids=lambda p: p.name)
def test_every_text_run_is_as_wide_as_its_cells(path):
    runs = TEXT_RUN.findall(path.read_text(encoding="utf-8"))
    assert runs
    wrong = [
        (content, float(length), run_cells(content) * CELL_WIDTH)
        for _, length, _, content, _ in runs
        if abs(float(length) - run_cells(content) * CELL_WIDTH) > 0.01
    ]
    assert not wrong, wrong[:5]


def test_a_chinese_run_is_given_two_cells_a_character():
    svg = '<text class="r1" x="0" y="20" textLength="48.8" clip-path="c">统战&#160;x</text>'
    assert 'textLength="73.2"' in true_widths(svg)  # 2 + 2 + 1 + 1 cells
