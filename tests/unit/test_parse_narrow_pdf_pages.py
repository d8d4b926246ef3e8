"""A town paper's PDF read to plain text by a desktop tool that adds its own page footer
(issue #17, round yr's Automator file): a narrow column, no indents and no blank lines;
a picture's caption set inside the text, its last words cut onto its credit's line; a
picture and its credit under a story's byline at the page's foot; a poem under its
title; a call for contributions after an essay signed at its head. Each text is my own;
none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

PAGES = "\n".join(
    [
        "第3版　乡土",
        "2024年7月4日　星期四",
        "镇里开办暑期托管班",
        "本报讯　7月1日，镇文化",
        "站暑期托管班开班，首批招收",
        "小学生60名，由大学生志愿者",
        "和退休教师轮流授课。",
        "“孩子放假没人管，现在",
        "有地方去了。”家长周丽说。",
        "志愿者带孩子们做手工",
        "灯。　记者　陶然　摄",
        "托管班每天开放到下午五",
        "点，午餐由镇中心食堂配送。",
        "（记者　陶然）",
        "孩子们在托管班里读书。",
        "陶然　摄",
        "第 3 页",
        "",
        "第4版　副刊",
        "2024年7月4日　星期四",
        "稻花",
        "七月的风吹过田埂，",
        "稻花落在父亲肩上，",
        "他弯下腰数着稻穗，",
        "像在数一年的日子。",
        "退休教师　孙立",
        "老屋的门槛",
        "□顾晴",
        "老屋的门槛是一根青石条，",
        "被几代人的脚磨得发亮。小",
        "时候我常坐在上面等母亲回",
        "家，一等就是一个傍晚。",
        "如今老屋翻修了，门槛却",
        "留了下来，母亲说那是家的",
        "根。",
        "《稻乡》副刊征稿",
        "副刊常年征集反映本镇风土",
        "人情的散文、诗歌，来稿请",
        "注明姓名和联系电话。",
        "第 4 页",
    ]
)


def test_a_caption_set_in_the_text_takes_its_first_line_back():
    story = parse_all(PAGES).articles[0]
    assert story.title == "镇里开办暑期托管班"
    assert story.captions[0].replace("\u3000", "") == "志愿者带孩子们做手工灯。记者陶然摄"


def test_a_picture_under_the_byline_at_the_pages_foot_is_the_storys():
    issue = parse_all(PAGES)
    story = issue.articles[0]
    assert story.captions[-1].startswith("孩子们在托管班里读书。")
    assert "孩子们在托管班里读书。" not in [article.title for article in issue.articles]


def test_a_poems_first_line_is_no_headline():
    poem = parse_all(PAGES).articles[1]
    assert (poem.kicker, poem.title) == (None, "稻花")
    assert poem.paragraphs[0].startswith("七月的风吹过田埂，")


def test_a_call_for_contributions_named_whole_starts_a_notice():
    titles = [article.title for article in parse_all(PAGES).articles]
    assert titles[-2:] == ["老屋的门槛", "《稻乡》副刊征稿"]
