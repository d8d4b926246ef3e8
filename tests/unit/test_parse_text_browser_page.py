"""A school–community paper's page on an education site, saved with `lynx -dump`
(issue #17, round zk): numbered links, the page's title naming the issue, its post bar,
and headlines and the masthead centred on the page, where a deep margin is no
signature's. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

LINES = [
    "   [1]桂溪区教育局",
    "",
    "   [2]首页 [3]机构概况 [4]政务公开 [5]教育动态 [6]共建简报",
    "",
    "   当前位置：[7]首页 > [8]共建简报 > 正文",
    "",
    "                           《桂园共建》2024年第2期",
    "",
    "   发布时间：2024-06-20 09:10  来源：桂园小学  浏览次数：128  【字体：[9]大 [10]中 [11]小】",
    "",
    "                                   桂园共建",
    "                         桂园小学\u3000桂园社区\u3000联合主办",
    "                      2024年第2期（总第8期）\u30002024年6月",
    "",
    "                                 【共建课堂】",
    "                         退休教师走进课堂讲述老街故事",
    "",
    "   \u3000\u30006月12日，社区退休教师孔令华走进桂园小学三年级课堂，用一张张老照片，给孩",
    "   子们讲述桂园老街几十年来的变化。孩子们听得入了迷，不时举手提问。",
    "",
    "   \u3000\u3000课后，孩子们围着孔老师问个不停。（桂园小学\u3000严春雨）",
    "",
    "                                  小作者园地",
    "                               我眼中的桂园社区",
    "                              三（1）班\u3000戚小雨",
    "",
    "   \u3000\u3000我家住在桂园社区，社区不大，却有很多让我喜欢的地方。我最喜欢社区的小花园，",
    "   春天有迎春花，夏天有荷花，秋天有桂花，冬天还有一排腊梅。",
    "",
    "   \u3000\u3000我想快点长大，也像社区里的叔叔阿姨一样，为大家做点事情。",
]
PAGE = "\n".join(LINES) + "\n"


def test_a_page_title_naming_the_issue_its_post_bar_and_a_centred_masthead_are_furniture():
    issue = parse_all(PAGE)
    assert "《桂园共建》2024年第2期" in issue.furniture
    assert any(line.startswith("发布时间") for line in issue.furniture)
    assert "桂园小学　桂园社区　联合主办" in issue.furniture
    assert issue.articles[0].title == "退休教师走进课堂讲述老街故事"


def test_centred_headlines_start_stories_and_are_no_signatures():
    issue = parse_all(PAGE)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("共建课堂", "退休教师走进课堂讲述老街故事"),
        ("小作者园地", "我眼中的桂园社区"),
    ]
    essay = issue.articles[1]
    assert essay.paragraphs[0].startswith("我家住在桂园社区")


# A text browser's dump of a story in parts (round ym): its kicker, headline and credit
# centred, then part headings centred as its headline is, each over its text; the next
# story's headline carries its own credit.
PARTS = "\n".join(
    [
        "                                 【社区治理】",
        "                         楼道里的自行车有了新家",
        "                               文/费婉清　图/祁东",
        "",
        "   \u3000\u3000东湖里小区的楼道里常年停着自行车和电动车，老人上下楼只能侧着身子走，",
        "   消防通道也被占了一半。",
        "",
        "                                三轮商量出方案",
        "",
        "   \u3000\u3000居委会先后召集三次楼组长会议，大家一起在小区里找空地，最后选定东门",
        "   旁的一块闲置绿地建车棚。",
        "",
        "                                车棚建好之后",
        "",
        "   \u3000\u3000车棚建好后，楼组长挨家挨户上门劝说，一个月里楼道停车减少了九成。",
        "",
        "                                 【邻里之间】",
        "                           菜场门口的修鞋摊",
        "                                 通讯员　殷芳",
        "",
        "   \u3000\u3000菜场门口的修鞋摊摆了十五年，摊主老宋每天早上六点就出摊。",
        "",
    ]
)


def test_centred_part_headings_in_a_story_credited_under_its_headline_are_its_intertitles():
    shed, cobbler = parse_all(PARTS).articles
    assert (shed.kicker, shed.title) == ("社区治理", "楼道里的自行车有了新家")
    assert [shed.paragraphs[n] for n in shed.intertitles] == ["三轮商量出方案", "车棚建好之后"]
    assert shed.paragraphs[-1].startswith("车棚建好后")
    assert (cobbler.kicker, cobbler.title) == ("邻里之间", "菜场门口的修鞋摊")
