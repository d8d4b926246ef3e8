"""A layout program's text exported a story at a time and the stories run together
(issue #17): each paragraph a line, no blank line between stories, and a headline that
was a story of its own printed wherever the clerk clicked it, sometimes after its text.
A second `本报讯` opens another report; a contents box names its pages, a question among
its headlines; a letter's kicker and headline after the letter, the next piece's headline
under them. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

TWO_REPORTS = (
    "东湖里完成雨污分流改造\n"
    "本报讯（记者　乔文涛）东湖里雨污分流改造工程近日完工，小区里的十二条老管道全部换新。\n"
    "改造期间，施工队分段开挖，每段完工后当天回填，居民出行基本没有受到影响。\n"
    "本报讯　10月9日，东湖里老年大学秋季班开课，今年开设了摄影、葫芦丝和智能手机三个班。\n"
    "老年大学负责人说，智能手机班的名额最紧张，报名第一天就满了。\n"
    "老年大学秋季班开课\n"
    "简讯\n"
    "●社区食堂推出午间套餐　10月10日起，东湖里社区食堂推出两荤一素的午间套餐。\n"
    "●楼组长培训会举行　10月12日，街道为四十多名新任楼组长举办培训会。\n"
)


def test_a_second_paper_lead_opens_another_report_its_headline_after_it():
    works, school, canteen, training = parse_all(TWO_REPORTS).articles
    assert works.title == "东湖里完成雨污分流改造"
    assert len(works.paragraphs) == 2
    assert school.title == "老年大学秋季班开课"
    assert school.paragraphs[0].startswith("本报讯　10月9日")
    assert school.paragraphs[1].startswith("老年大学负责人说")
    assert (canteen.title, training.title) == ("社区食堂推出午间套餐", "楼组长培训会举行")


def test_the_briefs_head_under_a_headline_printed_after_its_text_is_furniture():
    issue = parse_all(TWO_REPORTS)
    assert "简讯" in issue.furniture
    assert all(article.title != "简讯" for article in issue.articles)


CONTENTS_AND_LETTER = (
    "第21期\n"
    "本期导读\n"
    "楼下的修车铺……2版\n"
    "加装电梯怎么投票？……2版\n"
    "重阳登高活动报名开始……3版\n"
    "\n"
    "楼下的修车铺\n"
    "东湖里五号楼下有一间修车铺，老师傅在这里修了二十年自行车，补一次胎只收三块钱。\n"
    "每天早上七点，他准时拉开卷帘门，给赶着上班的居民打气、紧链条，从不收钱。\n"
    "（东湖里居委会　邵月华）\n"
    "编辑同志：\n"
    "我们楼准备加装电梯，可是一楼和二楼的邻居意见不一，请问投票要多少户同意才算通过？\n"
    "东湖里七号楼居民　葛树林\n"
    "编辑回复：按照有关规定，应当由本单元三分之二以上业主参与表决，并经参与表决业主的四分之三以上同意。\n"
    "居民来信\n"
    "加装电梯怎么投票？\n"
    "冬季用电安全提示\n"
    "1．不要私拉电线给电动自行车充电。\n"
    "2．电暖器不要靠近窗帘、被褥等易燃物。\n"
    "（东湖里居委会）\n"
)


def test_a_contents_box_naming_pages_is_furniture_every_entry():
    issue = parse_all(CONTENTS_AND_LETTER)
    for entry in ("楼下的修车铺……2版", "加装电梯怎么投票？……2版", "重阳登高活动报名开始……3版"):
        assert entry in issue.furniture
    texts = [p for article in issue.articles for p in article.paragraphs]
    assert not any("重阳登高" in p for p in texts)


def test_a_letters_kicker_and_headline_after_it_then_the_next_pieces_headline():
    shop, letter, safety = parse_all(CONTENTS_AND_LETTER).articles
    assert shop.title == "楼下的修车铺"
    assert (letter.kicker, letter.title) == ("居民来信", "加装电梯怎么投票？")
    assert letter.paragraphs[0] == "编辑同志："
    assert letter.paragraphs[-1].startswith("编辑回复：")
    assert safety.title == "冬季用电安全提示"
    assert safety.paragraphs == [
        "1．不要私拉电线给电动自行车充电。",
        "2．电暖器不要靠近窗帘、被褥等易燃物。",
    ]


NAMED_THEN_UNNAMED = (
    "第22期\n"
    "本期导读\n"
    "楼下的修车铺……2版\n"
    "小区来了流动图书车……2版\n"
    "重阳登高活动报名开始……3版\n"
    "身边好人\n"
    "楼下的修车铺\n"
    "东湖里五号楼下有一间修车铺，老师傅在这里修了二十年自行车，补一次胎只收三块钱。\n"
    "（东湖里居委会　邵月华）\n"
    "小区来了流动图书车\n"
    "每周三下午，区图书馆的流动图书车开进东湖里，居民凭社保卡就能借书。\n"
    "（东湖里居委会）\n"
)


def test_an_entry_for_a_page_this_file_lacks_is_one_of_the_box_when_it_names_its_page():
    issue = parse_all(NAMED_THEN_UNNAMED)
    assert "重阳登高活动报名开始……3版" in issue.furniture
    shop, library = issue.articles
    assert (shop.kicker, shop.title) == ("身边好人", "楼下的修车铺")
    assert library.title == "小区来了流动图书车"
