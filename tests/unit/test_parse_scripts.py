"""A broadcast station's script (issue #17): who reads each line in brackets before it,
the studio's directions in 【】, each item's number in 〔〕, a spoken list of the
stories. Each test is a small text of its own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.parse.scripts import unscript
from tests.helpers import assert_nothing_lost, parse_all

SCRIPT = (
    "柳溪镇广播站播出稿\n"
    "==============================\n"
    "【片头音乐】\n"
    "（男）各位听众，晚上好！\n"
    "（女）今天节目的主要内容有：\n"
    "（男）柳溪老街修缮完工；\n"
    "（女）冬季用电安全提示。\n"
    "【垫乐】\n\n"
    "〔稿件一〕\n"
    "柳溪老街修缮完工\n"
    "（男）本台消息（通讯员　孔德明）11月5日，柳溪老街修缮工程通过验收，青石板路重新铺好。\n"
    "（女）修缮期间，施工队保留了老街原有的木门窗和石拱桥。\n"
    "（孔秀兰）以前下雨路滑，现在走着踏实多了。\n\n"
    "〔稿件二〕\n"
    "冬季用电安全提示\n"
    "（女）入冬以来用电量增加，镇供电所提醒大家：\n"
    "（男）一是不私拉乱接电线；\n"
    "（女）二是取暖器远离可燃物。\n"
)


def test_the_readers_cues_come_off_the_lines():
    lines = unscript(SCRIPT).split("\n")
    assert "各位听众，晚上好！" in lines
    assert "以前下雨路滑，现在走着踏实多了。" in lines  # a speaker named once, a cue too
    assert "（男）" not in unscript(SCRIPT)


def test_a_bracket_at_a_lines_start_elsewhere_is_the_texts_own():
    text = "（一）加强组织领导\n（二）落实工作责任\n（三）做好宣传引导\n（记者 韩明）\n"
    assert unscript(text) == text
    listing = "（注）本表数据截至10月底。\n（注）以上为初步统计。\n（注）如有出入以正式文件为准。\n"
    assert unscript(listing) == listing  # three cues of one word are no script: no quarter


def test_the_scripts_stories_its_directions_and_numbers():
    issue = parse_all(SCRIPT)
    stories = {a.title: a for a in issue.articles}
    first = stories["柳溪老街修缮完工"]
    assert [(b.role, b.author) for b in first.bylines] == [("通讯员", "孔德明")]
    assert first.paragraphs[0].startswith("11月5日，柳溪老街")
    assert stories["冬季用电安全提示"].paragraphs[1] == "一是不私拉乱接电线；"
    assert {"【片头音乐】", "【垫乐】", "〔稿件一〕", "〔稿件二〕"} <= set(issue.furniture)
    assert_nothing_lost(SCRIPT, issue)


def test_an_unbracketed_item_number_parts_a_tv_scripts_items():
    text = (
        "稿件01\n标题：社区菜场改造完工\n记者：祁凡　　摄像：董一\n\n"
        "【导语】从今天起，社区菜场结束改造，重新开门迎客。\n\n"
        "稿件02\n标题：社区书场重新开张\n记者：祁凡　　摄像：董一\n\n"
        "【导语】本周起，社区书场每周三下午开讲评弹，欢迎居民前来。\n"
    )
    issue = parse_all(text)
    assert [a.title for a in issue.articles] == ["社区菜场改造完工", "社区书场重新开张"]
    assert {"稿件01", "稿件02"} <= set(issue.furniture)
    assert not any("稿件" in p for a in issue.articles for p in a.paragraphs)
