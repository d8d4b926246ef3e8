"""`pdftotext -layout` pages (issue #17): paragraphs marked only by an indent past a
margin, a page whose two stories stand side by side (read apart, they lose the margin),
a centred headline that says what happened. Each test is a small text of its own; none
of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

M = " " * 6
P = " " * 10
WIDE = (
    f"{M}青山镇报                    2024年4月12日\n\n"
    f"{P}本报讯 青山镇今年新建高标准农田三千亩，全部在春耕前完工交付，\n"
    f"{M}灌溉、机耕条件明显改善，种粮大户纷纷表示今年的收成有了底。\n"
    f"{M}                                                    （下转第4版）\n\n"
    f"{M}        ────────────────────────────────\n\n"
    f"{' ' * 24}青山镇召开春耕生产推进会\n\n"
    f"{P}4月10日，青山镇召开春耕生产推进会，部署全镇春耕备耕工作，镇村两\n"
    f"{M}级干部和种粮大户代表共八十余人参加会议，会上还发放了良种和农资。\n"
    f"{P}会议要求，各村要抓紧组织农机检修，做好育秧准备，确保春耕生产不\n"
    f"{M}误农时，同时做好农资市场监管，严防假冒伪劣农资坑农害农。\n"
    f"{P}会后，与会人员实地察看了两处育秧工厂，听取了技术人员的介绍，并\n"
    f"{M}就机插秧推广工作进行了交流。\n"
)


def test_a_centred_headline_that_says_what_happened_is_no_signature():
    issue = parse_all(WIDE)
    article = issue.articles[1]
    assert article.title == "青山镇召开春耕生产推进会"
    assert not article.bylines
    assert article.paragraphs[0].endswith("会上还发放了良种和农资。")
    assert_nothing_lost(WIDE, issue)


def _side_by_side(left: list[str], right: list[str]) -> str:
    width = 44
    rows = []
    for a, b in zip(left, right, strict=True):
        pad = width - sum(2 if ord(ch) > 0x2E7F else 1 for ch in a)
        rows.append(f"{a}{' ' * pad}{b}".rstrip())
    return "\n".join(rows) + "\n"


LEFT = [
    "    社区食堂开进老小区",
    "",
    "        3月5日，桃园社区长者食堂在",
    "    老小区里开张，每天中午供应两荤",
    "    两素，八十岁以上老人用餐享受补",
    "    贴。开张当天有六十多位老人前来",
    "    就餐。",
    "        居委会主任说，食堂由社区和企",
    "    业合作运营，菜价比外面便宜，老",
    "    人们吃得放心。",
]
RIGHT = [
    "垃圾分类积分兑换火热",
    "",
    "    3月9日，桃园社区举行垃圾分类",
    "积分兑换活动，居民们用平时攒下的",
    "积分兑换了洗衣液、纸巾等日用品，",
    "现场排起了长队。",
    "    社区工作人员介绍，积分兑换每",
    "月举行一次，参与分类的居民越来越",
    "多，小区环境也越来越整洁。",
    "",
]


def test_two_stories_side_by_side_keep_their_paragraphs_read_apart():
    # after a page of the wide column: the file as a whole keeps no one margin
    text = WIDE + f"\f{M}青山镇报     第2版     2024年4月12日\n\n" + _side_by_side(LEFT, RIGHT)
    issue = parse_all(text)
    stories = {a.title: a.paragraphs for a in issue.articles}
    assert stories["社区食堂开进老小区"] == [
        "3月5日，桃园社区长者食堂在老小区里开张，每天中午供应两荤两素，八十岁以上老人用餐享受补贴。"
        "开张当天有六十多位老人前来就餐。",
        "居委会主任说，食堂由社区和企业合作运营，菜价比外面便宜，老人们吃得放心。",
    ]
    assert len(stories["垃圾分类积分兑换火热"]) == 2
    # the wide page keeps its margin, though the file as a whole does not
    assert [p[-6:] for p in stories["青山镇召开春耕生产推进会"]] == [
        "良种和农资。",
        "严防假冒伪劣农资坑农害农。"[-6:],
        "工作进行了交流。"[-6:],
    ]
    assert_nothing_lost(text, issue)
