"""A 老年报's special issue through a PDF-to-text converter (issue #17, round zi): a
cover with its contents (entries abridging the headlines), running heads that facing
pages mirror, a headline in two lines, a notice's title in two lines, a poem and a
roll under it. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

SPECIAL = (
    "松 年\n"
    "松园街道老年协会　主办\n"
    "2025年10月（重阳特刊）\n"
    "总第18期\n\n"
    "目　　录\n"
    "金秋寄语………………………………2\n"
    "银龄课堂开课满百场……………………2\n"
    "免费健康体检通知……………………3\n"
    "寿星名录………………………………3\n"
    "· 1 ·\n"
    "松年·重阳特刊　2025年10月\n"
    "金秋寄语\n"
    "愿老人们都有一个幸福的晚年\n"
    "又是一年重阳。街道新建了两个老年食堂，老年大学也新开了三个班。\n"
    "祝全街道的老人们健康长寿！\n\n"
    "为老服务\n"
    "银龄课堂开办一年\n"
    "开课满百场\n"
    "本刊讯 10月8日，松园街道银龄课堂迎来开办一周年，一年来共开课102场。\n"
    "课堂的老师大多是退休教师，讲手机使用、讲防诈骗、讲养生。\n"
    "· 2 ·\n"
    "2025年10月　松年·重阳特刊\n"
    "关于开展2025年老年人免费\n"
    "健康体检的通知\n"
    "各社区、辖区65周岁以上老年居民：\n"
    "中心将于10月下旬为老年人免费体检，请带好身份证和医保卡。\n"
    "松园街道社区卫生服务中心\n"
    "2025年10月10日\n\n"
    "九九重阳\n"
    "□ 松园社区　单秋霞\n"
    "九月风清雁字长，\n"
    "携孙同上小山岗。\n"
    "白头相对言欢处，\n"
    "一树黄花满地香。\n\n"
    "寿星名录\n"
    "今年，松园街道新增九十周岁老人6位，现将名单刊登如下：\n"
    "松园社区　陶阿娣　许根宝　冯巧珍\n"
    "荷花社区　蒋福生　蔡阿妹　施桂芳\n"
    "· 3 ·\n"
    "松年·重阳特刊　2025年10月\n"
)


def test_running_heads_that_facing_pages_mirror_are_both_furniture():
    furniture = set(parse_all(SPECIAL).furniture)
    assert {"松年·重阳特刊\u30002025年10月", "2025年10月\u3000松年·重阳特刊"} <= furniture


def test_a_headline_in_two_lines_the_contents_abridge_is_one_title():
    titles = [a.title for a in parse_all(SPECIAL).articles]
    assert "银龄课堂开办一年开课满百场" in titles


def test_a_notices_title_in_two_lines_is_one_title():
    titles = [a.title for a in parse_all(SPECIAL).articles]
    assert "关于开展2025年老年人免费健康体检的通知" in titles


def test_a_poem_ends_before_a_headline_right_over_text():
    issue = parse_all(SPECIAL)
    poem = next(a for a in issue.articles if a.title == "九九重阳")
    assert poem.paragraphs[-1] == "一树黄花满地香。"
    assert issue.articles[-1].title == "寿星名录"
