"""A contents box whose entries abridge the headlines, an editor's note over the headline
it introduces, a headline that asks and answers (issue #17). Each test is a small text of
its own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

GUIDE = (
    "某某社区通讯\n2024年第5期\n\n"
    "本期导读\n"
    "◎ 加装电梯进展\n"
    "◎ 办事指南：医保怎么转\n"
    "◎ 夜校秋季班开课\n\n"
    "编者按：今年社区加装电梯提速，本期刊登进展，欢迎居民监督。\n\n"
    "某某街道2024年加装电梯进展通报\n\n"
    "　　今年以来，街道新增加装电梯十二台。\n\n"
    "（自治办）\n\n"
    "办事指南\n"
    "医保怎么转？这些材料要备齐\n\n"
    "问：外省医保能转到本市吗？\n\n"
    "答：可以，带身份证到受理中心办理。\n\n"
    "（受理中心）\n\n"
    "夜校秋季班开课\n\n"
    "　　社区夜校秋季班本周开课，共开设八门课程。\n\n"
    "（文化站）\n"
)


def test_a_contents_box_whose_entries_abridge_the_headlines_is_furniture():
    issue = parse_all(GUIDE)
    for line in ("本期导读", "◎ 加装电梯进展", "◎ 办事指南：医保怎么转", "◎ 夜校秋季班开课"):
        assert line in issue.furniture
    assert [a.title for a in issue.articles] == [
        "某某街道2024年加装电梯进展通报",
        "医保怎么转？这些材料要备齐",
        "夜校秋季班开课",
    ]
    assert_nothing_lost(GUIDE, issue)


def test_entries_that_name_nothing_later_are_no_contents_box():
    text = GUIDE.replace("◎ 办事指南：医保怎么转", "◎ 养犬文明公约发布")
    assert "本期导读" not in parse_all(text).furniture


def test_an_editors_note_over_a_headline_opens_that_article():
    first = parse_all(GUIDE).articles[0]
    assert first.paragraphs[0].startswith("编者按：")
    assert first.paragraphs[1] == "今年以来，街道新增加装电梯十二台。"


def test_a_headline_that_asks_and_answers_starts_an_article_after_a_byline():
    issue = parse_all(GUIDE)
    second = issue.articles[1]
    assert second.kicker == "办事指南"
    assert second.paragraphs[0] == "问：外省医保能转到本市吗？"


def test_a_sentence_cut_after_a_question_is_no_headline():
    text = "社区议事会\n\n　　居民问，停车难怎么办？大家\n　　一起想办法。\n\n（自治办）\n"
    [article] = parse_all(text).articles
    assert article.title == "社区议事会"


COLUMNS = (
    "健康大讲堂\n"
    "老人夜里腿抽筋，只是缺钙吗？\n"
    "记者　韩立新　整理\n"
    "　　入冬以来，不少老人夜里腿抽筋。本期请来全科主任医师魏秀兰答疑。\n"
    "【专家简介】\n"
    "魏秀兰　全科主任医师，从事慢病管理二十年。\n"
    "问：抽筋是不是一定缺钙？\n"
    "答：不一定，受凉也会引起抽筋。\n\n"
    "法律门诊\n"
    "楼上漏水不修，楼下能自己找人修吗？\n"
    "本期嘉宾：律师龚德明\n"
    "问：能不能自己上楼维修？\n"
    "答：不能擅自进入他人房屋。\n\n"
    "医保小贴士\n"
    "签了家庭医生，配药有哪些便利？\n"
    "问：慢性病的药能多配一些吗？\n"
    "答：病情稳定的可以一次配足十二周。\n"
    "（社区卫生服务中心供稿）\n"
)


def test_each_qa_columns_name_and_question_head_an_article():
    issue = parse_all(COLUMNS)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("健康大讲堂", "老人夜里腿抽筋，只是缺钙吗？"),
        ("法律门诊", "楼上漏水不修，楼下能自己找人修吗？"),
        ("医保小贴士", "签了家庭医生，配药有哪些便利？"),
    ]
    assert_nothing_lost(COLUMNS, issue)


def test_what_the_credited_did_is_no_name():
    first = parse_all(COLUMNS).articles[0]
    assert [(b.role, b.author) for b in first.bylines] == [("记者", "韩立新")]


def test_a_title_read_back_stops_at_the_verb_that_invited_the_person():
    from lcreader.entities.people import find_mentions

    first = parse_all(COLUMNS).articles[0]
    people = {m.name: m.titles for m in find_mentions(first)}
    assert people["魏秀兰"] == ("全科主任医师",)
    assert "简介" not in people


def test_a_question_with_a_comma_in_the_text_stays_text():
    text = COLUMNS.replace("问：抽筋是不是一定缺钙？\n", "那么，抽筋是不是一定缺钙呢？\n")
    first = parse_all(text).articles[0]
    assert "那么，抽筋是不是一定缺钙呢？" in first.paragraphs


def test_items_numbered_counting_up_stay_apart_where_a_wrap_joins_them():
    text = (
        "冬季用电“三不要”\n"
        "一不要使用老化破损的电热毯；\n"
        "二不要在取暖器上烘烤衣物和毛巾以及其他物；\n"
        "三不要人离开家时让取暖设备继续通电。\n"
        "（平安办供稿）\n"
    )
    [article] = parse_all(text).articles
    assert [p[:3] for p in article.paragraphs] == ["一不要", "二不要", "三不要"]


def test_lines_that_only_begin_with_a_number_word_are_no_list():
    from lcreader.parse.lines import split_lines

    text = "社区敬老\n一位老人来到社区；\n二十年前这里是农田；\n三天后他又来了。\n"
    lines, _ = split_lines(text)
    assert not any(line.enumerated for line in lines)


def test_a_contents_box_naming_pages_runs_into_the_first_headline():
    text = (
        "东园镇报\n2024年4月12日　星期五\n第7期\n"
        "本期导读\n"
        "2版　春耕时节农技员下田头\n"
        "3版　第二批“东园好人”名单出炉\n"
        "投资2.3亿元　惠及沿线1.2万居民\n"
        "东园路综合改造\n"
        "工程全线开工\n"
        "——预计年底完成主体施工\n"
        "□本报记者　韩晓燕\n"
        "　　4月8日上午，东园路综合改造工程在东段起点举行开工仪式。\n"
    )
    issue = parse_all(text)
    assert {"本期导读", "2版　春耕时节农技员下田头", "3版　第二批“东园好人”名单出炉"} <= set(
        issue.furniture
    )
    [article] = issue.articles
    assert (article.kicker, article.title, article.subtitle) == (
        "投资2.3亿元　惠及沿线1.2万居民",
        "东园路综合改造工程全线开工",
        "预计年底完成主体施工",
    )


def test_text_printed_again_further_on_is_no_contents_list():
    """Found by the property test (long profile): two lines of text with a full stop
    inside, printed again later in the issue, were read as a contents list naming them."""
    repeated = (
        "居民议事会讨论了停车难题，大家各抒己见。会后，居委会整理意见，形成方案，下周公示\n\n"
        "有居民问：夜间停车位能否错时开放？（自治办）\n\n"
    )
    text = (
        "# 议事会商量停车难\n\n本周三晚，锦苑居民区召开议事会。\n\n" + repeated
        + "# 停车方案下周公示\n\n方案征求意见如下。\n\n" + repeated
    )  # fmt: skip
    issue = parse_all(text)
    assert issue.furniture == []
    assert [a.title for a in issue.articles] == ["议事会商量停车难", "停车方案下周公示"]
    assert_nothing_lost(text, issue)
