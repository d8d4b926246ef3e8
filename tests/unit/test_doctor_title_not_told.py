"""Doctor points at a headline none of whose words its text holds (issue #17, round
zy's e-paper copy that prints each headline after its story): the headline is most
likely the article before's or after's. Each text is my own; none of a corpus file's
words."""

from __future__ import annotations

from tests.helpers import parse_all

SHIFTED = (
    "老旧楼房加装电梯按下快进键\n"
    "\n"
    "4月23日，街道召开平安建设工作推进会，总结一季度治安、消防和交通安全情况，部署节前隐患排查。"
    "会议要求各居民区组织楼组长和志愿者，对楼道堆物、消防通道占用开展拉网式排查。\n"
    "（平安办　钱卫东）\n"
)
TOLD = (
    "街道召开平安建设工作推进会\n"
    "\n"
    "4月23日，街道召开平安建设工作推进会，总结一季度治安、消防和交通安全情况，部署节前隐患排查。"
    "会议要求各居民区组织楼组长和志愿者，对楼道堆物、消防通道占用开展拉网式排查。\n"
    "（平安办　钱卫东）\n"
)


def _codes(text: str) -> set[str]:
    return {note.code for note in parse_all(text).notes}


def test_a_headline_its_text_never_speaks_of_is_pointed_at():
    assert "title_not_in_text" in _codes(SHIFTED)
    assert "title_not_in_text" not in _codes(TOLD)
