"""A notice board photographed and read by a phone's OCR, photo by photo (issue #17):
each photo's file name, the banner letter-spaced and cut by the next photo, a line read
twice where two photos overlap, a letter to two bodies signed by a building's residents,
a roll of three cells a row. Each test is a small text of its own; none of a corpus
file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

BOARD = (
    "IMG_20240301_090112.jpg\n"
    "竹 园 社 区 居 务 公 开 栏\n"
    "第3期      2024年3月\n"
    "关于3月5日电梯检修的通知\n"
    "各位居民:\n"
    "3月5日上午9:00至11:00,5号楼电梯停运检修,请大家提前安排出行。\n"
    "竹园社区居民委员会\n"
    "2024年3月1日\n"
    "感谢信\n"
    "竹园社区居委会、物业服务中心:\n"
    "上周我楼水管爆裂,物业维修工邹建平冒雨赶来抢修,\n"
    "\n"
    "IMG_20240301_090140.jpg\n"
    "社 区 居 务 公 开 栏\n"
    "上周我楼水管爆裂,物业维修工邹建平冒雨赶来抢修,\n"
    "一直忙到深夜。特此感谢!\n"
    "此致\n"
    "敬礼!\n"
    "竹园新村7号楼全体居民\n"
    "2024年2月28日\n"
    "好人榜\n"
    "姓名 楼号 事迹\n"
    "丁秀梅 2号楼 照顾孤寡老人八年\n"
    "韦国强 6号楼 义务清理楼道杂物\n"
    "史小燕 9号楼 拾金不昧归还失主\n"
)


def test_photos_file_names_a_cut_banner_and_a_line_read_twice_are_no_text():
    issue = parse_all(BOARD)
    furniture = set(issue.furniture)
    assert {
        "IMG_20240301_090112.jpg",
        "IMG_20240301_090140.jpg",
        "社 区 居 务 公 开 栏",
    } <= furniture
    letter = next(a for a in issue.articles if a.title == "感谢信")
    text = "".join(letter.paragraphs)
    assert text.count("物业维修工邹建平冒雨赶来抢修") == 1
    assert_nothing_lost(BOARD, issue)


def test_a_letter_to_two_bodies_after_a_notice_is_its_own_article():
    issue = parse_all(BOARD)
    titles = [a.title for a in issue.articles]
    assert titles[:2] == ["关于3月5日电梯检修的通知", "感谢信"]
    letter = issue.articles[1]
    assert letter.paragraphs[0] == "竹园社区居委会、物业服务中心:"
    assert [b.department for b in letter.bylines] == ["竹园新村7号楼全体居民"]
    assert letter.meta.get("日期") == "2024年2月28日"


def test_a_roll_of_three_cells_a_row_keeps_each_row():
    roll = parse_all(BOARD).articles[-1]
    assert roll.title == "好人榜"
    assert roll.paragraphs == [
        "姓名 楼号 事迹",
        "丁秀梅 2号楼 照顾孤寡老人八年",
        "韦国强 6号楼 义务清理楼道杂物",
        "史小燕 9号楼 拾金不昧归还失主",
    ]


def test_figures_set_apart_in_a_sentence_make_no_table():
    text = (
        "菜场改造完工\n\n"
        "改造后的菜场面积 1200 平方米,设有蔬菜、\n"
        "水产、肉类、熟食等 86 个摊位,地面铺设\n"
        "了防滑地砖,通道由原来的 1.2 米拓宽到\n"
        "2.5 米。\n"
    )
    article = parse_all(text).articles[0]
    assert len(article.paragraphs) == 1
