"""A bound volume read in an e-book app and copied piece by piece (issue #17, round ye's
Apple Books file): each copy set in quotation marks, the app's note of its source under
it each time; a blank line after every line; a poem in couplets under its column, its
title (two phrases and a comma) and its writer. Each text is my own; none of a corpus
file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

NOTE = "摘录来自\n《桂园》报·2023年合订本\n桂园街道文化站\n此材料可能受版权保护。\n"


def _copies(*pieces: str) -> str:
    return "\n".join(f"“{piece}”\n\n{NOTE}" for piece in pieces)


STORY = (
    "桂园小区新添助餐点\n\n"
    "3月5日，桂园小区助餐点开门迎客，每天供应午餐两百份，“老人吃饭方便多了”。\n\n"
    "助餐点由居委会与物业共同运营，八十岁以上老人每餐减免三元。\n\n"
    "（文化站　马晓庆）"
)
SECOND = (
    "老年大学春季班开课\n\n"
    "3月8日，街道老年大学春季班开课，书法、合唱、智能手机等十二门课程吸引三百余名学员。\n\n"
    "今年新开的短视频课最受欢迎，报名当天名额就满了。\n\n"
    "学员王阿姨说，学会了拍视频，要把小区的新变化拍给外地的女儿看。\n\n"
    "（文化站）"
)
POEM = (
    "桂园副刊\n\n"
    "春雨，落在老街\n\n"
    "退休教师　邵文清\n\n"
    "细雨敲着青瓦檐，\n\n"
    "老街醒在柳烟里。\n\n"
    "卖花声穿过弄堂，\n\n"
    "一声一声唤春归。\n\n"
    "晾衣竿上挂着晴，\n\n"
    "我们在窗前笑语。"
)
NOTICE = (
    "关于开展春季义诊的通知\n\n"
    "各位居民：\n\n"
    "3月16日上午，社区卫生服务中心医生将在活动室为居民义诊，请携带医保卡。\n\n"
    "桂园居委会\n\n"
    "2023年3月10日"
)
VOLUME = _copies(STORY, SECOND, POEM, NOTICE)


def test_an_e_book_apps_quotes_and_notes_are_not_the_text():
    issue = parse_all(VOLUME)
    assert [a.title for a in issue.articles] == [
        "桂园小区新添助餐点",
        "老年大学春季班开课",
        "春雨，落在老街",
        "关于开展春季义诊的通知",
    ]
    story, _, poem, notice = issue.articles
    assert story.paragraphs[0].startswith("3月5日")
    assert story.bylines[0].author == "马晓庆"
    assert notice.paragraphs[-1].endswith("请携带医保卡。")
    for line in NOTE.split("\n")[:-1]:
        assert line in issue.furniture
    for article in issue.articles:
        for text in (article.title, *article.paragraphs):
            assert not text.startswith("“") and not text.endswith("”")
    assert_nothing_lost(VOLUME, issue)


def test_a_poem_in_couplets_each_line_set_apart_keeps_its_lines():
    issue = parse_all(VOLUME)
    poem = issue.articles[2]
    assert poem.kicker == "桂园副刊"
    assert [b.author for b in poem.bylines] == ["邵文清"]
    assert poem.paragraphs == [
        "细雨敲着青瓦檐，",
        "老街醒在柳烟里。",
        "卖花声穿过弄堂，",
        "一声一声唤春归。",
        "晾衣竿上挂着晴，",
        "我们在窗前笑语。",
    ]


def test_quotes_that_do_not_wrap_every_copy_stay_text():
    """Where one stretch a repeated note closes is not wrapped, no quote is the app's."""
    text = _copies(STORY, NOTICE).replace("“关于开展", "关于开展", 1)
    issue = parse_all(text)
    assert issue.articles[0].title.startswith("“")


PHOTO_SECTION = (
    "图片新闻\n\n"
    "社区运动会开幕\n\n"
    "9月7日，桂园社区第五届邻里运动会开幕，三百多名居民参加了拔河、跳绳等比赛。\n\n"
    "▲居民参加拔河比赛　严立新 摄\n\n"
    "老年合唱团登台演出\n\n"
    "9月9日，桂园社区老年合唱团在文化中心演出，演唱了十首经典歌曲。\n\n"
    "▲合唱团成员在演出中　柴文博 摄\n"
)


def test_a_photo_sections_banner_over_two_pictured_stories_heads_the_section():
    """Each story of the section has a line of text as well as its picture: the banner
    is the section's, not the first story's kicker."""
    issue = parse_all(PHOTO_SECTION)
    assert [a.title for a in issue.articles] == ["社区运动会开幕", "老年合唱团登台演出"]
    assert issue.articles[0].kicker is None
    assert "图片新闻" in issue.furniture
    assert_nothing_lost(PHOTO_SECTION, issue)
