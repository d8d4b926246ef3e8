"""Narrow columns read across the page: page headers with the section's name, a
headline over its `——subtitle` as wide as the column, another story's headline cutting
a sentence, a series of pictures each with its own credit (issue #17). Small texts of
their own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all, roles

WIDTH = 15


def wrap(paragraph: str) -> list[str]:
    """A paragraph as a narrow column prints it: an indent, then lines of WIDTH."""
    text = "\u3000\u3000" + paragraph
    return [text[i : i + WIDTH] for i in range(0, len(text), WIDTH)]


STORY = [
    "社区志愿者每周三上午在活动室为老人测量血压，还耐心讲解慢性病的日常保养知识。",
    "不少老人说，在家门口就能得到专业的健康指导，心里踏实多了。",
    "据了解，这项服务已经坚持了三年，累计服务居民两千多人次。",
    "下一步，社区还将邀请医院的医生定期坐诊，让服务更加专业。",
    "居民可以提前到居委会登记，也可以在微信群里预约时间。",
]
GARDEN = [
    "小区的花园去年改造完成，新种了桂花树和月季，还铺设了环形步道。",
    "每天傍晚，散步的居民络绎不绝，孩子们在草坪上追逐嬉戏。",
]


def column(paragraphs: list[str]) -> list[str]:
    return [line for paragraph in paragraphs for line in wrap(paragraph)]


def test_a_page_header_with_the_sections_and_papers_names_is_furniture():
    header = "2　社区生活　　　　　　某某社区报　　　　　　2024年3月22日"
    text = f"{header}\n\n测血压进社区\n\n{STORY[0]}\n\n（党建办 杜嵩）\n"
    issue = parse_all(text)
    assert header in issue.furniture
    assert [a.title for a in issue.articles] == ["测血压进社区"]


def test_a_header_needs_a_page_number_at_one_end():
    line = "社区生活　　　　　　某某社区报　　　　　　读者来信"
    text = f"测血压进社区\n\n{STORY[0]}\n\n{line}\n"
    assert roles(text)[line] != "furniture"


def test_a_headline_and_subtitle_as_wide_as_the_column_open_the_article():
    lines = [
        "某某社区报　　　　2024年3月22日　　　　3",
        "",
        "测血压：从“不想测”到“天天",
        "——一个居民区的健康小屋故",
        "记者　范一鸣",
        *column(STORY),
    ]
    [article] = parse_all("\n".join(lines)).articles
    assert article.title == "测血压：从“不想测”到“天天"
    assert article.subtitle == "一个居民区的健康小屋故"
    assert [b.author for b in article.bylines] == ["范一鸣"]


def test_another_storys_headline_cutting_a_sentence_starts_it():
    first, second = column(STORY), column(GARDEN)
    # Mid-sentence, a few lines in: the next line goes on with the sentence.
    cut = next(
        k for k in range(4, len(first)) if first[k - 1][-1] != "。" and first[k][0] != "\u3000"
    )
    lines = [
        "测血压进社区",
        *first[:cut],
        "小区花园换新颜",  # the next column's story, read across the page
        *second,
        *first[cut:],
    ]
    issue = parse_all("\n".join(lines))
    assert [a.title for a in issue.articles] == ["测血压进社区", "小区花园换新颜"]


def test_a_short_line_cutting_a_sentence_with_the_storys_words_stays_its_text():
    cut = wrap(STORY[2])
    caption = "志愿者为老人测量血压"
    lines = ["测血压进社区", *column(STORY[:2]), cut[0], caption, *column(STORY[3:]), *cut[1:]]
    issue = parse_all("\n".join(lines))
    assert [a.title for a in issue.articles] == ["测血压进社区"]


def test_each_picture_of_a_series_keeps_its_credit_and_the_text_goes_on():
    text = (
        "邻里节开幕\n\n"
        "本报讯　3月16日上午，某某街道邻里节在广场开幕，居民带来了合唱、腰鼓等节目。\n"
        "小朋友在跳蚤市场上叫卖旧玩具\n摄影：魏某某\n"
        "居民在非遗展台前体验剪纸\n摄影：郑某某\n"
        "据介绍，本届邻里节为期一个月，各社区还将陆续举办百家宴等活动。\n"
    )
    [article] = parse_all(text).articles
    assert article.captions == [
        "小朋友在跳蚤市场上叫卖旧玩具 摄影：魏某某",
        "居民在非遗展台前体验剪纸 摄影：郑某某",
    ]
    assert [b.author for b in article.bylines if b.role == "摄影"] == ["魏某某", "郑某某"]
    assert article.paragraphs[-1].startswith("据介绍")
