"""A PDF's text layer as a document site shows it (issue #17, round y): one printed line
a line, paragraphs begun by an indent, no blank lines, a page's foot and head between
pages; a letter with the paper's reply, a roll, a run of briefs. Each test is a small
text of its own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all, roles

STORY = (
    "柳湾社区报\n"
    "  本报讯 6月3日上午，柳湾街道在社区广场举办夏季消防安全宣传活动，消防员为居民\n"
    "演示了灭火器的使用方法。\n"
    "  据介绍，今年以来街道已组织消防演练十二场，参与居民一千余人次。\n"
)
PAGE_FOOT = "本版编辑：邬蕾　美编：房立\n第 1 页 共 2 页\n柳湾社区报　2024年6月7日　第2版　人物\n"


def test_a_headline_over_its_dash_subtitle_after_a_caption_and_a_pages_head():
    picture = (
        "图片新闻\n荷塘边学写生\n▲6月2日，柳湾街道老年大学学员在社区公园荷塘边写生，画下初夏的\n"
    )
    profile = "修鞋三十年，守着老街坊\n——记柳湾二村修鞋匠邰福生\n文/庞悦\n"
    body = "  每天早上七点，邰福生准时在二村门口支起修鞋摊，一干就是三十年。\n"
    issue = parse_all(STORY + picture + "景色。　苗振华　摄\n" + PAGE_FOOT + profile + body)
    last = issue.articles[-1]
    assert (last.title, last.subtitle) == ("修鞋三十年，守着老街坊", "记柳湾二村修鞋匠邰福生")
    assert [b.author for b in last.bylines] == ["庞悦"]


def test_a_readers_letter_its_question_headline_signature_and_the_papers_reply():
    letter_text = "\n".join(
        [
            "来信选登",
            "小区的路灯什么时候能修好？",
            "编辑同志：",
            "  我住在柳湾三村，小区东门的两盏路灯坏了快一个月，晚上出门很不方便。",
            "希望有关部门尽快修一修。",
            "居民　费雅琴",
            "  编者：接到来信后，本报联系了物业公司，两盏路灯已于6月5日修复。",
        ]
    )
    issue = parse_all(STORY + letter_text + "\n")
    letter = issue.articles[-1]
    assert (letter.kicker, letter.title) == ("来信选登", "小区的路灯什么时候能修好？")
    assert [(b.author, b.department) for b in letter.bylines] == [("费雅琴", None)]
    assert letter.paragraphs[0] == "编辑同志："
    assert letter.paragraphs[-1].startswith("编者：接到来信后")  # one article, two voices
    assert len(issue.articles) == 2


def test_a_rolls_title_at_a_pages_top_after_finished_text_is_a_headline_not_a_caption():
    text = (
        STORY
        + PAGE_FOOT
        + "2024年度“好邻居”名单\n"
        + "  经居民推荐和居委会评议，以下八户家庭获评柳湾街道2024年度“好邻\n"
        + "居”：\n"
        + "桂永兴　章　慧　郜明亮　岳　琳\n"
        + "卜国强　蔺小敏　温建平　付　萍\n"
    )
    issue = parse_all(text)
    assert issue.articles[-1].title == "2024年度“好邻居”名单"
    assert not any(a.captions for a in issue.articles)


def test_a_run_of_briefs_under_its_head_after_a_roll_begins_with_its_first_brief():
    text = (
        STORY
        + "  经居民推荐，以下八户家庭获评2024年度“好邻居”：\n"
        + "桂永兴　章　慧　郜明亮　岳　琳\n"
        + "卜国强　蔺小敏　温建平　付　萍\n"
        + "简讯\n"
        + "◆“小候鸟”暑期托管班开班\n"
        + "  7月8日，柳湾街道暑期托管班开班，六十名小学生将在这里度过五周假期，\n"
        + "课程涵盖书法、科普和游泳。（团工委）\n"
        + "◆睦邻点添了图书角\n"
        + "  柳湾一村睦邻点新添图书角，藏书三百余册，每天上午开放。\n"
    )
    issue = parse_all(text)
    assert [a.title for a in issue.articles[-2:]] == ["“小候鸟”暑期托管班开班", "睦邻点添了图书角"]
    assert issue.articles[0].paragraphs[-1].startswith("卜国强")


def test_a_caption_cut_inside_a_word_goes_on_in_the_line_that_credits_it():
    text = (
        STORY
        + "图片新闻\n"
        + "荷塘边学写生\n"
        + "▲6月2日，柳湾街道老年大学学员在社区公园荷塘边写生，画下初夏的\n"
        + "景色。　苗振华　摄\n"
    )
    issue = parse_all(text)
    assert issue.articles[-1].captions == [
        "6月2日，柳湾街道老年大学学员在社区公园荷塘边写生，画下初夏的景色。　苗振华　摄"
    ]


def test_a_document_sites_facts_about_the_file_are_furniture():
    text = "文档中心\n柳湾社区报2024年第6期\n2024-06-09上传 · 2页 · 0.86MB\n\n" + STORY
    assert roles(text)["2024-06-09上传 · 2页 · 0.86MB"] == "furniture"


def test_a_banners_mark_is_left_out_of_the_kicker_it_makes():
    text = (
        "柳湾社区报\n第6期（总第48期）　2024年6月7日　星期五\n"
        "中共柳湾街道工作委员会　柳湾街道办事处　主办\n"
        "■ 社区治理\n夏季消防宣传进广场\n"
        "——消防员手把手教居民用灭火器\n"
        "  6月3日上午，柳湾街道在社区广场举办夏季消防安全宣传活动，消防员为居民\n"
        "演示了灭火器的使用方法。\n"
        "  据介绍，今年以来街道已组织消防演练十二场，参与居民一千余人次。\n"
    )
    issue = parse_all(text)
    article = issue.articles[-1]
    assert (article.kicker, article.title) == ("社区治理", "夏季消防宣传进广场")
