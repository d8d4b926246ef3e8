"""A newsletter scanned and saved as text by a scanner's own OCR (issue #17, round yn):
each page's main column read first, then the narrow sidebar beside it, a blank line
between; the sidebar's head over lines all well short of the column is a box of its
own, its numbered lines items, not headings. Each text is my own; none of a corpus
file's words."""

from __future__ import annotations

from tests.helpers import cut_at, parse_all

MAIN = [
    "今年春天，东湖里居民区在小区北门旁的空地上建起了一座共享花园，居民认领花池，"
    "自己种花种菜，平时轮流浇水除草。",
    "花园建成三个月，已有四十多户居民认领了花池。居民区还请来园艺师，每月给大家上一次课。",
    "住在八号楼的老杨退休前是中学生物老师，他在花园里挂起了植物名牌，"
    "周末还带着小区里的孩子认识花草，讲怎样堆肥、怎样捉虫。",
    "居民区党总支书记说，下一步要把花园的认领、养护和评比交给居民自己商量，"
    "让共享花园真正成为大家的花园。",
]
PAGE = (
    "共享花园里的邻里情\n"
    "通讯员 庞小敏\n"
    + "".join(
        "  " + line + "\n" if k == 0 else line + "\n"
        for p in MAIN
        for k, line in enumerate(cut_at(20, p).splitlines())
    )
    + "\n"
    + "七月活动日历\n"
    + cut_at(9, "7月5日(周六)9:00 夏季防暑讲座 活动室")
    + cut_at(9, "7月12日(周六)14:00 手机课 睦邻点")
    + cut_at(9, "7月19日(周六)9:30 亲子手工 花园")
    + "\n"
    + "猜一猜\n"
    + "灯谜小园地\n"
    + "1.一口咬掉牛尾巴\n"
    + "2.半个月亮(打一字)\n"
    + "3.千里相逢(打一字)\n"
    + cut_at(9, "猜中的居民可凭答案到居委会领取小礼品。")
)


def test_a_sidebars_head_over_lines_well_short_of_the_column_is_a_box_of_its_own():
    garden, calendar, riddles = parse_all(PAGE).articles
    assert garden.title == "共享花园里的邻里情"
    assert not any("7月5日" in p for p in garden.paragraphs)
    assert calendar.title == "七月活动日历"
    assert calendar.paragraphs[0].startswith("7月5日")


def test_a_boxs_kicker_and_title_then_its_numbered_items_no_headings():
    riddles = parse_all(PAGE).articles[-1]
    assert (riddles.kicker, riddles.title) == ("猜一猜", "灯谜小园地")
    assert riddles.intertitles == []
    assert riddles.paragraphs[:3] == [
        "1.一口咬掉牛尾巴",
        "2.半个月亮(打一字)",
        "3.千里相逢(打一字)",
    ]
