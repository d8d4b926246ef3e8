"""A community's weekly posted as a note on a social app and copied from its web page
(issue #17): each story under a heading a pictograph opens, the post's word to its
readers pointing down, readers' comments under `- THE END -`. Each text is my own; none
of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all, roles

NOTE = (
    "桐湾社区居委会\n"
    "关注\n\n"
    "桐湾周报第8期｜议事会、义诊和六月活动都在这里🌿\n\n"
    "大家好～这里是桐湾社区本周小结👇\n\n"
    "🔸居民议事｜小区南门加装雨棚定了\n"
    "上周三晚上的议事会，三十多位居民代表一起商量，决定在小区南门加装雨棚，6月底前完工。\n\n"
    "🔸志愿服务｜医生志愿者进小区义诊\n"
    "6月1日，社区卫生服务中心的5位医生在中心广场义诊，为80多位居民量血压、测血糖。\n\n"
    "🔸好人好事｜快递小哥扶起摔倒老人\n"
    "6月3日上午，快递员荀小东在送件途中扶起一位摔倒的老人，并一路护送她回家。\n\n"
    "- THE END -\n\n"
    "#社区生活 #邻里互助\n"
    "编辑于 2024-06-05 浙江\n\n"
    "共 2 条评论\n\n"
    "蓝莓不加糖\n"
    "雨棚终于要装了，太好了！\n"
    "06-05 浙江\n"
    "赞\n"
    "回复\n\n"
    "祁门红茶\n"
    "义诊能不能每月都来一次？\n"
    "06-06 浙江\n"
    "赞\n"
    "回复\n"
)


def test_headings_a_pictograph_opens_each_head_a_story():
    issue = parse_all(NOTE)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("居民议事", "小区南门加装雨棚定了"),
        ("志愿服务", "医生志愿者进小区义诊"),
        ("好人好事", "快递小哥扶起摔倒老人"),
    ]


def test_the_posts_word_pointing_down_and_the_comments_under_its_end_are_the_posts():
    found = roles(NOTE)
    assert found["大家好～这里是桐湾社区本周小结👇"] == "furniture"
    assert found["雨棚终于要装了，太好了！"] == "furniture"
    assert found["义诊能不能每月都来一次？"] == "furniture"


def test_a_line_pointing_down_inside_a_paragraph_stays_text():
    text = (
        "社区开设暑期托管班\n"
        "7月起，社区开设暑期托管班，报名方式请往下看\n"
        "↓\n"
        "到居委会一楼登记，名额30个。\n"
    )
    assert roles(text)["7月起，社区开设暑期托管班，报名方式请往下看"] != "furniture"


def test_a_wrapped_credited_caption_read_out_over_the_first_headline_is_its_pictures():
    text = (
        "桐湾社区报\n2024年6月28日　第6期\n"
        "▲开幕式上，桐湾社区舞蹈队进\n"
        "行表演。　蓝小舟 摄\n"
        "首届“桐湾邻里节”开幕\n"
        "6月22日，首届“桐湾邻里节”在中心广场开幕，为期一个月。\n"
    )
    lead = parse_all(text).articles[0]
    assert lead.title == "首届“桐湾邻里节”开幕"
    assert lead.captions == ["开幕式上，桐湾社区舞蹈队进行表演。　蓝小舟 摄"]
