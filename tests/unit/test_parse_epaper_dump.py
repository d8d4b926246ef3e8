"""An e-paper's article page dumped by a text browser (issue #17, round w's `lynx
-dump`): the page's `本版标题导航` with its numbered links, one naming a story the
file does not hold, and its `【[11]打印本稿】` buttons are the page's; a closing quote
the wrap left alone on a line ends the sentence above it. Each text is my own; none of
a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

DUMP = (
    "[1]首页 | [2]往期回顾\n"
    "\n"
    "桂溪区报 2024年3月8日 星期五 第9期\n"
    "\n"
    "[3]上一版  [4]下一版  第01版：要闻\n"
    "\n"
    "桂溪区推行楼道议事会\n"
    "\n"
    "   本报讯 近日，桂溪区在全区社区推行楼道议事会，楼道里的事由居民\n"
    "   商量着办。“过去是干部定方案，现在是大家一起拿主意，这才叫自己的家。\n"
    "   ”\n"
    "\n"
    "   区里表示，年内将实现楼道议事会全覆盖。\n"
    "\n"
    "本版标题导航\n"
    "\n"
    "   * [5]桂溪区推行楼道议事会\n"
    "   * [6]区政府召开常务会议\n"
    "\n"
    "本版编辑：方远 校对：魏琳\n"
    "\n"
    "【[7]打印本稿】 【[8]关闭窗口】\n"
)


def test_a_dumped_pages_navigation_and_buttons_are_the_pages():
    issue = parse_all(DUMP)
    (story,) = issue.articles
    assert story.title == "桂溪区推行楼道议事会"
    assert story.paragraphs[0].endswith("这才叫自己的家。”")
    assert story.intertitles == []
    for pages_own in ("本版标题导航", "* [6]区政府召开常务会议", "【[7]打印本稿】 【[8]关闭窗口】"):
        assert pages_own in issue.furniture
    assert_nothing_lost(DUMP, issue)


LOST_PICTOGRAPHS = (
    "桃溪邻里｜第3期\n"
    "\n"
    "亲爱的居民朋友们，大家好！本期邻里为大家带来社区新鲜事。\n"
    "\n"
    "??百岁寿星过生日 邻里齐来送祝福\n"
    "\n"
    "10月23日是重阳节，也是桃溪社区罗奶奶的百岁生日，邻居们一早就来送祝福。\n"
    "\n"
    "??“桶长”上岗 分类更精准\n"
    "\n"
    "从10月起，社区在8个垃圾分类投放点推行“桶长制”，每个投放点都有专人值守。\n"
)


def test_pictographs_a_legacy_code_page_lost_still_point_at_their_headlines():
    issue = parse_all(LOST_PICTOGRAPHS)
    titles = [a.title for a in issue.articles]
    assert titles[-2:] == ["百岁寿星过生日 邻里齐来送祝福", "“桶长”上岗 分类更精准"]
