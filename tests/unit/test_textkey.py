from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lcreader.textkey import fold, fold_query


def test_traditional_and_simplified_fold_together():
    assert fold("統戰工作") == fold("统战工作") == "统战工作"


def test_full_and_half_width_fold_together():
    assert fold("ＧＤＰ２０１０") == fold("gdp2010")


def test_white_space_kinds_fold_to_a_space():
    assert fold("a\u3000b\tc") == "a b c"
    assert fold_query("  统战\u3000 工作 ") == "统战 工作"


@given(st.text())
def test_a_key_has_one_character_per_source_character(text):
    assert len(fold(text)) == len(text)
