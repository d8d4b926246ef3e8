"""A Word 简报 printed to Windows' Generic / Text Only printer into a file (issue #17,
round yh's file): the page laid on a character grid, margins and indents as spaces, a
run's head set wide and centred, each bullet the code page lacked printed as `?`. Each
text is my own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.parse.words import is_name
from tests.helpers import parse_all

PAGE = "\n".join(
    [
        "                   居民来信：楼道的扶手修好了",
        "           居民区领导：",
        "               我是枫林一村  8号的住户。楼道扶手松动了大半年，这次物业",
        "           终于把它换成了新的不锈钢扶手。在此表示感谢！",
        "                                                       居民　卢桂英",
        "                                                      2024 年6月3日",
        "",
        "                                     简　讯",
        "           ? 社区书场开锣。  6月1 日，社区书场新一季首场演出举行。",
        "           ? 亲子读书会举行。  6月2 日，二十组家庭参加亲子读书会。",
    ]
)


def test_a_runs_head_set_wide_is_no_ones_name():
    assert not is_name("简讯") and is_name("简明")
    letter = parse_all(PAGE).articles[0]
    assert [b.author for b in letter.bylines] == ["卢桂英"]


def test_bullets_the_code_page_lost_are_marks_not_text():
    issue = parse_all(PAGE)
    text = [p for a in issue.articles for p in a.paragraphs]
    assert not any(p.startswith("?") for p in text), text
