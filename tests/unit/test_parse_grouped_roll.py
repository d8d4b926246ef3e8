"""An honour roll set out by group in a word processor's plain text (issue #17, round
zy's XPS copy): each group's label alone on its line (`见义勇为：`) over its names, one
name or more; every name is a person, and a headline under the roll's last names, over
text, starts a piece of its own. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.entities.people import find_mentions
from tests.helpers import assert_nothing_lost, parse_all

ROLL_THEN_NOTICE = (
    "2024年二季度“桂园好人”名单\n"
    "热心公益：\n"
    "范文清　卢雪梅　邵建新\n"
    "见义勇为：\n"
    "戴志强\n"
    "邻里互助：\n"
    "葛秀兰　严伟\n"
    "高温天气安全提示\n"
    "进入夏季，请居民注意以下事项：\n"
    "1.尽量避免中午外出；\n"
    "2.多喝水，注意防暑降温。\n"
    "（桂园居民区平安工作站）\n"
)


def test_every_name_of_a_grouped_roll_is_a_person_and_the_next_piece_starts():
    issue = parse_all(ROLL_THEN_NOTICE)
    roll, tips = issue.articles
    assert roll.paragraphs[:2] == ["热心公益：", "范文清　卢雪梅　邵建新"]
    assert "戴志强" in roll.paragraphs
    assert tips.title == "高温天气安全提示"
    assert tips.paragraphs[0] == "进入夏季，请居民注意以下事项："
    people = {m.name for m in find_mentions(roll)}
    assert {"范文清", "卢雪梅", "邵建新", "戴志强", "葛秀兰", "严伟"} <= people
    assert_nothing_lost(ROLL_THEN_NOTICE, issue)


ROLL_SIGNED_THEN_LETTER = (
    "桂园街道2023年度“银龄之星”名单\n"
    "\n"
    "经各居民区推荐、街道老年协会评议，评出2023年度“银龄之星”6名，现予以表彰。\n"
    "\n"
    "助人为乐之星（3名）\n"
    "\n"
    "范文清  卢雪梅  邵建新\n"
    "\n"
    "文体活动之星（3名）\n"
    "\n"
    "戴志强  葛秀兰  严伟明\n"
    "\n"
    "桂园街道老年协会\n"
    "\n"
    "读者来信\n"
    "\n"
    "小区路灯该修了\n"
    "\n"
    "编辑同志：我家门口的路灯坏了一个多月，晚上出门很不方便，希望有关部门修一修。\n"
    "\n"
    "读者 严秀珍\n"
)


def test_a_body_set_apart_under_a_rolls_last_names_signs_the_roll():
    issue = parse_all(ROLL_SIGNED_THEN_LETTER)
    roll, letter = issue.articles
    assert [b.department for b in roll.bylines] == ["桂园街道老年协会"]
    assert (letter.kicker, letter.title) == ("读者来信", "小区路灯该修了")
    assert_nothing_lost(ROLL_SIGNED_THEN_LETTER, issue)
