"""A layout program's dump of its page items, each as `name: text` (issue #17, round
yg's Scribus file): the item's name is the program's, no text of the paper; a picture's
item is the place a picture stood. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.parse.frames import item_names, split_named_items
from tests.helpers import assert_nothing_lost, parse_all

DUMP = (
    "Page 1\n"
    "\n"
    "Text3: 梧桐苑睦邻点开门迎客\n"
    "\n"
    "Image4: /home/user/paper/pics/mulin.jpg\n"
    "Text5: 居民在睦邻点里下棋聊天　贝小禾 摄\n"
    "\n"
    "Text6: 本报记者　卞一鸣\n"
    "5月6日，梧桐苑小区的睦邻点正式开门，老人们在这里下棋、读报、喝茶。\n"
    "睦邻点由楼组长轮流值守，每天上午8时到下午5时开放。\n"
    "\n"
    "Image7: /home/user/paper/pics/qipan.jpg\n"
    "Text7: 老人们在睦邻点下棋　贝小禾 摄\n"
    "\n"
    "Text10: 办事指南\n"
    "老年助餐卡怎么办，一看就明白\n"
    "问：哪些老人可以办理助餐卡？\n"
    "答：年满七十周岁的本街道户籍老人都可以办理。\n"
    "（街道社区服务办供稿）\n"
    "\n"
    "Text8: 邻里文苑\n"
    "\n"
    "Text9: 窗前的桂花\n"
    "梧桐苑居民　褚雅琴\n"
    "我家窗前有一棵桂花树，每到秋天，满屋都是香气。\n"
    "邻居们常来树下坐坐，说说各家的事。\n"
)


def test_the_items_names_are_the_programs_and_its_pictures_are_places():
    assert item_names(DUMP.split("\n")) == "Text"
    issue = parse_all(DUMP)
    first, guide, second = issue.articles
    assert first.title == "梧桐苑睦邻点开门迎客"
    assert first.captions == ["居民在睦邻点里下棋聊天　贝小禾 摄", "老人们在睦邻点下棋　贝小禾 摄"]
    assert first.paragraphs[0].startswith("5月6日")
    assert ("记者", "卞一鸣") in [(b.role, b.author) for b in first.bylines]
    # a column's name over a headline over text, after the credited caption closing the
    # story above: the next story
    assert guide.kicker == "办事指南" and guide.title == "老年助餐卡怎么办，一看就明白"
    assert second.kicker == "邻里文苑" and second.title == "窗前的桂花"
    assert [b.author for b in second.bylines] == ["褚雅琴"]
    assert any("mulin.jpg" in line for line in issue.furniture)
    assert not any("Text" in p for a in issue.articles for p in a.paragraphs)
    assert_nothing_lost(DUMP, issue)


def test_a_list_numbered_with_a_word_is_no_dump():
    # `第1:` … items of one number each, or fewer than four: the text's own
    text = "步骤1: 报名\n步骤2: 领表\n步骤3: 填表\n"
    assert item_names(text.split("\n")) is None
    assert split_named_items(text) == text
    shared = "A1: 甲\nA1: 乙\nA2: 丙\nA2: 丁\nA3: 戊\n"
    assert item_names(shared.split("\n")) is None
