"""A 公众号 post read through a browser's reading-mode extension and exported as
Markdown (issue #17, round yj's 简悦 SimpRead file): each story under its column's name
and its headline, each a bold line of its own; a picture's caption a paragraph of its
own under the picture; a notice signed under its QR code's picture. Each text is my own;
none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

PICTURE = "![](https://example.com/mmbiz_jpg/a1b2c3/640?wx_fmt=jpeg)"
POST = "\n\n".join(
    [
        "**枫溪邻里周报**",
        "2024年5月10日　第8期  ",
        "  ",
        "**党建引领**",
        "**党员楼组长“认领”楼道微心愿**",
        "5月6日，枫溪社区党委组织二十名党员楼组长认领居民微心愿，当天就有十二个心愿找到了主人。",
        "居民们说，这些心愿虽小，却都是家门口的实事。",
        "（社区党建办　柳芸）",
        "  ",
        "**为老服务**",
        "**老年助浴点开门了**",
        PICTURE,
        "助浴点的淋浴间装上了扶手",
        "本周起，枫溪社区老年助浴点正式开放，行动不便的老人可以预约上门接送服务。",
        "助浴点每周开放三天，每次洗浴收费十元。",
        "（社区为老服务站　葛丹）",
        "  ",
        "**志愿招募**",
        "**暑期“护学岗”志愿者招募**",
        "暑假将至，社区继续在小学门口设立“护学岗”，现面向辖区居民招募志愿者。",
        "招募对象：年满18周岁的居民",
        "报名截止：6月10日",
        PICTURE,
        "枫溪社区志愿者服务站  \n2024年5月10日",
    ]
)


def test_a_bold_columns_name_over_a_bold_headline_starts_a_story():
    issue = parse_all(POST)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("党建引领", "党员楼组长“认领”楼道微心愿"),
        ("为老服务", "老年助浴点开门了"),
        ("志愿招募", "暑期“护学岗”志愿者招募"),
    ]


def test_a_line_alone_under_a_markdown_picture_is_its_caption():
    bath = parse_all(POST).articles[1]
    assert bath.captions == ["助浴点的淋浴间装上了扶手"]
    assert bath.paragraphs[0].startswith("本周起")


def test_a_notice_signed_under_a_picture_keeps_its_signer_and_date():
    notice = parse_all(POST).articles[-1]
    assert [b.department for b in notice.bylines] == ["枫溪社区志愿者服务站"]
    assert notice.meta.get("日期") == "2024年5月10日"
