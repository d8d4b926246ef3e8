"""A village's or a community's 简报 as OCR or a long image's text extractor gives it
(issue #17): a paragraph a line, no blank line between; a notice's title cut after its
`的`; a section's banner after an honour roll; a credited story's intertitles; a poem
run straight into a notice; the issuing office's line with an OCR'd year. Each text is
my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all, roles

STORY = (
    "桂湾村“晒谷场课堂”开课了\n"
    "通讯员 麦秋禾\n"
    "5月以来，桂湾村每逢周三晚上在晒谷场边的活动室开课，讲果树修剪、网上卖货等村民"
    "想学的本事，已开课6次，来听的村民累计200余人次。\n"
    "修剪师傅进橘园\n"
    "“白天要干活，晚上才有空来听。”村委会主任祁永安说。镇里的修剪师傅把大家领进橘园，"
    "在橘树下一棵一棵比着讲，哪根枝该剪、哪根该留。\n"
    "直播青年回村教\n"
    "在外做直播的青年邵小满回村当起老师，手把手教乡亲们拍视频、写介绍，当场就有三户开了网店。\n"
)


def test_a_credited_storys_headings_of_one_length_are_its_parts():
    issue = parse_all(STORY)
    assert len(issue.articles) == 1
    story = issue.articles[0]
    assert story.title == "桂湾村“晒谷场课堂”开课了"
    assert [story.paragraphs[k] for k in story.intertitles] == ["修剪师傅进橘园", "直播青年回村教"]


POEM = (
    "田边小唱\n"
    "橘园的夜\n"
    "文/龙春芽\n"
    "月亮挂在橘树梢\n"
    "虫儿在草里弹琴\n"
    "看园的老黄狗\n"
    "把影子趴成一团\n"
    "风一吹\n"
    "满园都是甜的\n"
)
NOTICE = (
    "关于做好雨季山塘安全防范的提醒\n"
    "各位村民：\n"
    "近期雨水偏多，山塘水位上涨，为保障大家安全，现提醒如下：\n"
    "1.雨天不到山塘边钓鱼、洗衣。\n"
    "2.看管好孩子，不让孩子独自到水边玩耍。\n"
    "桂湾村村民委员会\n"
    "2024年5月20日\n"
)


def test_a_notice_over_its_greeting_after_a_poem_is_an_article_of_its_own():
    issue = parse_all(POEM + NOTICE)
    poem, notice = issue.articles
    assert poem.title == "橘园的夜"
    assert poem.paragraphs[-1] == "满园都是甜的"
    assert notice.title == "关于做好雨季山塘安全防范的提醒"
    assert notice.paragraphs[0] == "各位村民："


def test_a_notices_title_cut_after_its_de_under_a_banner_heads_the_notice():
    text = (
        "【社区动态】\n"
        "楼道里的“共享工具箱”开箱了\n"
        "5月18日，枫林社区在每个楼道放了一只共享工具箱，螺丝刀、扳手、电笔都有，"
        "谁家要用自己取，用完放回。\n"
        "（枫林社区居委会）\n"
        "\n"
        "【通知公告】\n"
        "关于开展2024年度老年人意外伤害保险集中参保的\n"
        "通知\n"
        "各位居民：\n"
        "2024年度老年人意外伤害保险参保工作已经开始，有关事项通知如下：\n"
        "参保对象：本社区60周岁以上的居民。\n"
        "枫林社区居民委员会\n"
        "2024年5月20日\n"
    )
    issue = parse_all(text)
    assert [a.title for a in issue.articles] == [
        "楼道里的“共享工具箱”开箱了",
        "关于开展2024年度老年人意外伤害保险集中参保的通知",
    ]
    assert issue.articles[1].kicker == "通知公告"
    assert issue.articles[1].paragraphs[0] == "各位居民："


def test_a_banner_set_apart_after_an_honour_rolls_last_row_begins_the_next_item():
    text = (
        "【光荣榜】\n"
        "5月“最美庭院”\n"
        "经村民推荐、村两委研究，以下4户被评为5月“最美庭院”：\n"
        "一组　龙春芽\n"
        "三组　麦金根\n"
        "四组　祁桂英\n"
        "六组　邵长顺\n"
        "\n"
        "【图片新闻】\n"
        "端午龙舟下水了\n"
        "6月2日，桂湾村的龙舟队在村口河道试划新龙舟。麦小禾 摄\n"
    )
    issue = parse_all(text)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("光荣榜", "5月“最美庭院”"),
        ("图片新闻", "端午龙舟下水了"),
    ]
    assert issue.articles[0].paragraphs[-1].replace("\u3000", "") == "六组邵长顺"


def test_the_issuing_offices_line_with_an_ocr_year_is_the_masthead():
    text = "桂湾村文明实践简报\n第3期\n桂湾村新时代文明实践站编 二O二四年五月二十八日\n" + STORY
    issue = parse_all(text)
    assert roles(text)["桂湾村新时代文明实践站编 二O二四年五月二十八日"] == "furniture"
    assert issue.date == "2024-05-28"
    assert issue.articles[0].kicker is None
