"""数字报 article pages copied from a browser (issue #17): where each picture stood the
page left its word, `图片`, with the caption right under it; a photo item under
`图片新闻` with a title of four characters. Each test is a small text of its own; none
of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

_CHROME = "溪口镇报\n首页 | 往期回顾 | 版面导航\n2024年5月17日 星期五\n第{page}版：{section}\n\n"
_FOOT = "\n<<上一篇　　下一篇>>\n返回目录\n\n"

PAGES = (
    _CHROME.format(page="01", section="要闻") + "溪口镇新增三个村级便民服务站\n■本报记者 汤雨禾\n\n"
    "本月起，溪口镇东坡、南岙、西岭三个村的便民服务站投入使用，村民在家门口就能办理社保、医保等12项业务。\n"
    + _FOOT
    + _CHROME.format(page="03", section="文化")
    + "端午包粽迎佳节\n\n"
    "图片\n老人们在社区食堂包粽子。\n"
    "图片\n志愿者把粽子送到独居老人家中。\n\n"
    "5月15日，溪口镇各村（社区）开展端午包粽活动，200余名居民和志愿者参加，包好的粽子送给了辖区独居老人。\n\n"
    "（溪口镇文化站供图）\n"
    + _FOOT
    + _CHROME.format(page="04", section="综合")
    + "图片新闻\n麦浪翻滚\n\n"
    "图片\n5月14日，溪口镇东坡村的农户在田间收割小麦。\n" + _FOOT
)


def test_a_pictures_word_is_no_text_and_the_line_under_it_its_caption():
    issue = parse_all(PAGES)
    story = issue.articles[1]
    assert story.title == "端午包粽迎佳节"
    assert story.captions == ["老人们在社区食堂包粽子。", "志愿者把粽子送到独居老人家中。"]
    assert story.paragraphs[0].startswith("5月15日")
    assert "图片" in issue.furniture
    assert_nothing_lost(PAGES, issue)


def test_a_photo_items_four_character_title_under_its_runs_word():
    photo = parse_all(PAGES).articles[-1]
    assert (photo.kicker, photo.title, photo.paragraphs) == ("图片新闻", "麦浪翻滚", [])
    assert photo.captions == ["5月14日，溪口镇东坡村的农户在田间收割小麦。"]
