"""A web page laid out in a table and dumped by a text browser (issue #17): a narrow
menu printed beside the first lines of the text, links in brackets, a search box, a
picture's words over its caption, `[返回目录]` after each story, a letter's headline
with a comma over its greeting. Each test is a small text of its own; none of a corpus
file's words."""

from __future__ import annotations

from lcreader.parse.columns import unweave
from tests.helpers import assert_nothing_lost, parse_all

PAD = " " * 20
PAGE = (
    "青禾社区报" + " " * 40 + "2024年3月8日 星期五\n"
    "[首页] [电子报] [往期回顾] [联系我们]\n\n"
    "搜索：[                    ] [搜索]\n\n"
    "本期导读            第1版：要闻\n"
    "· 樱花节开幕        ────────────────────\n"
    "· 修伞的老林\n"
    "· 读者来信          青禾街道樱花节开幕\n"
    "                    　　3月6日上午，青禾街道樱花节在滨河公园开幕，\n"
    "版面导航            近千名居民赏花游园，街道还安排了义诊和非遗展示。\n"
    "第1版 要闻          　　樱花节将持续到月底，每个周末都有文艺演出，\n"
    "第2版 副刊          各居民区的志愿者轮流在园内值守服务。\n\n"
    + PAD
    + "[樱花树下]\n"
    + PAD
    + "林秀兰（右）在为游客讲解剪纸。\n\n"
    + PAD
    + "[返回目录]\n\n"
    + PAD
    + "第2版：副刊\n"
    + PAD
    + "────────────────────\n\n"
    + PAD
    + "读者来信\n\n"
    + PAD
    + "电梯装好了，腿脚也轻了\n"
    + PAD
    + "编辑同志：\n"
    + PAD
    + "　　我家住在青禾小区6号楼，今年楼里装上了电梯，上下楼再也不发愁了。\n"
    + PAD
    + "特地写信谢谢居委会和施工队的同志们！\n"
)


def test_a_narrow_menu_beside_the_text_is_read_apart_from_it():
    text = unweave(PAGE)
    assert "近千名居民赏花游园" in text and "第1版 要闻          　　" not in text
    lines = text.split("\n")
    assert "· 修伞的老林" in lines and "版面导航" in lines
    issue = parse_all(PAGE)
    first = next(a for a in issue.articles if a.title == "青禾街道樱花节开幕")
    assert not any("修伞" in line for line in (first.kicker or "", *first.paragraphs))
    assert first.paragraphs[0] == (
        "3月6日上午，青禾街道樱花节在滨河公园开幕，近千名居民赏花游园，街道还安排了义诊和非遗展示。"
    )
    assert_nothing_lost(PAGE, issue)


def test_links_a_search_box_and_page_controls_in_brackets_are_furniture():
    furniture = set(parse_all(PAGE).furniture)
    assert "[首页] [电子报] [往期回顾] [联系我们]" in furniture
    assert "搜索：[                    ] [搜索]" in furniture
    assert "[返回目录]" in furniture


def test_a_pictures_words_over_its_caption_are_no_text():
    issue = parse_all(PAGE)
    assert "[樱花树下]" in issue.furniture
    first = next(a for a in issue.articles if a.title == "青禾街道樱花节开幕")
    assert first.captions == ["林秀兰（右）在为游客讲解剪纸。"]


def test_a_letters_headline_with_a_comma_over_its_greeting_heads_it():
    letter = parse_all(PAGE).articles[-1]
    assert (letter.kicker, letter.title) == ("读者来信", "电梯装好了，腿脚也轻了")
    assert letter.paragraphs[0] == "编辑同志："


def test_a_block_of_two_prose_columns_is_not_read_as_a_menu():
    # Both sides hold sentences: two columns of text, read one after the other.
    left = [
        "社区食堂开张了，",
        "老人吃饭方便了。",
        "每天供应午餐，",
        "价格实惠可口。",
        "居民纷纷点赞。",
    ]
    right = [
        "垃圾分类有新招，",
        "积分可换礼品。",
        "每月兑换一次，",
        "参与热情高涨。",
        "环境越来越好。",
    ]
    block = "\n".join(f"{a}{' ' * (24 - 2 * len(a))}{b}" for a, b in zip(left, right, strict=True))
    assert unweave(block).split("\n") == [*left, "", *right]
