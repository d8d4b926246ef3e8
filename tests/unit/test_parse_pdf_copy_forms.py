"""A street paper copied page by page from a PDF reader into a 13-character column: a
jump's marker after the continuation's headline, a credited caption inside a cut
sentence, a page's editor line with the desk's phone, a letter under a column's name
in display type, signed by the reader's name alone. Every sample is invented."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

PAGES = """\
溪桥街道报
2024年10月11日　第10期（总第88期）
重阳敬老
银 龄 食 堂 开 新 店
——街道第三家社区长者食堂开张
10月8日，溪桥街道第三家
社区长者食堂在南苑小区开张，
首日就有二百多位老人前来就
餐。食堂由社区闲置用房改
造而成，可同时容纳八十人。
街道民生办主任钱立群介绍，
食堂的菜单由居民代表一起
▲老人们在新开的长者食堂用餐。　尤小舟　摄
商定，每月调整一次。
（下转第2版）
本版编辑：郑岚　　电话：6218 5507
2024年10月11日　星期五　　社区·来信　　2
邻 里 来 信
小区的健身器材能不能修一修？
我家住北苑小区，小区里的健
身器材好几件都坏了，老人们
锻炼很不方便。希望有关部门
能来看一看、修一修。
邬德明
编者：记者从街道城建办了解
到，北苑小区的健身器材已列
入本月维修计划，预计下旬完
成。
银龄食堂开新店（上接第1版）
下一步，街道还将在北苑、西
苑两个小区各建一家长者食堂，
让更多老人在家门口吃上热饭。
"""


def test_a_pdf_readers_pages_read_as_their_stories():
    issue = parse_all(PAGES)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("重阳敬老", "银龄食堂开新店"),
        ("邻里来信", "小区的健身器材能不能修一修？"),
    ]
    first, letter = issue.articles
    # the jump's headline after its marker joins the story; the caption is whole
    assert first.captions == ["老人们在新开的长者食堂用餐。　尤小舟　摄"]
    assert first.paragraphs[-1] == (
        "下一步，街道还将在北苑、西苑两个小区各建一家长者食堂，让更多老人在家门口吃上热饭。"
    )
    assert "本版编辑：郑岚　　电话：6218 5507" in issue.furniture
    assert [b.author for b in letter.bylines] == ["邬德明"]
    assert letter.paragraphs[-1].startswith("编者：")
    assert_nothing_lost(PAGES, issue)


def test_a_picture_under_a_photo_columns_name_credited_text_and_picture_is_a_caption():
    text = (
        "图片新闻\n"
        "家门口的“口袋公园”开园\n"
        "8月30日，溪桥新村旁的“口袋公园”开园，园内新设健身步道和休憩长廊，成了居民饭后散步的好去处。\n"
        "文/图　伍小舟\n"
    )
    issue = parse_all(text)
    (article,) = issue.articles
    assert (article.kicker, article.title) == ("图片新闻", "家门口的“口袋公园”开园")
    assert article.paragraphs == []
    assert len(article.captions) == 1 and article.captions[0].startswith("8月30日，")
    assert {(b.role, b.author) for b in article.bylines} == {("文", "伍小舟"), ("图", "伍小舟")}
