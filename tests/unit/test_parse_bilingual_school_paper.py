"""A school and its community's joint paper kept as an online document and saved as
text (issue #17, round zi): columns named in both languages (`安全提醒｜Safety First`),
each headline over its English, a parent's credit with who the parent is, a pupil's
poem signed with class and name, the masthead's English line and its editors named as
mentions (`@X`) after an emoji lost as `??`. Each text is my own; none of a corpus
file's words."""

from __future__ import annotations

from tests.helpers import parse_all

PAPER = (
    "银杏里·启明 校社共育报｜2025年4月（第2期）\n"
    "??本期编辑：@卢晓岚 @华一帆　审核：@贝思远\n"
    "Yinxingli & Qiming School-Community Bulletin · No.2 · April 2025\n"
    "主办：银杏里社区党委　启明小学\n\n"
    "家长护学岗｜Parents on Guard\n"
    "校门口的“早七点半”\n"
    "Half Past Seven at the Gate\n"
    "每个上学日的早上七点半，校门口总有几位穿红马甲的家长。他们是家委会组织的护学岗志愿者。\n"
    "护学岗的任务看似简单，真站上去才知道，二十分钟里要来回走上百趟。\n"
    "文：二（1）班家长　柴立新\n\n"
    "童心诗苑｜Children's Poems\n"
    "春天的银杏里\n"
    "Spring in Yinxingli\n"
    "银杏发芽的时候，\n"
    "爷爷在树下喝茶，\n"
    "奶奶在阳台浇花，\n"
    "小狗在门口打盹。\n"
    "上学的路上，\n"
    "我们像一群小鸟，\n"
    "飞过小石桥，\n"
    "落进银杏里。\n"
    "三（2）班　窦子墨\n\n"
    "安全提醒｜Safety First\n"
    "防触电，记住“四不”\n"
    "Four Don'ts for Electric Safety\n"
    "??天气转暖，请家长和孩子一起牢记防触电“四不”：\n"
    "1. 不用湿手摸开关；\n"
    "2. 不在电线上晾衣服；\n"
    "3. 不私自拆插座；\n"
    "4. 不靠近变压器。\n"
)


def _heads(issue):
    return [(a.kicker, a.title, a.subtitle) for a in issue.articles]


def test_columns_named_in_two_languages_over_a_headline_and_its_english():
    assert _heads(parse_all(PAPER)) == [
        ("家长护学岗｜Parents on Guard", "校门口的“早七点半”", "Half Past Seven at the Gate"),
        ("童心诗苑｜Children's Poems", "春天的银杏里", "Spring in Yinxingli"),
        ("安全提醒｜Safety First", "防触电，记住“四不”", "Four Don'ts for Electric Safety"),
    ]


def test_a_parents_credit_and_a_pupils_signature_name_the_writers():
    guard, poem, _ = parse_all(PAPER).articles
    assert [(b.role, b.author) for b in guard.bylines] == [("文", "柴立新")]
    assert [(b.department, b.author) for b in poem.bylines] == [("三（2）班", "窦子墨")]
    assert poem.paragraphs[0] == "银杏发芽的时候，" and poem.paragraphs[-1] == "落进银杏里。"
    assert len(poem.paragraphs) == 8


def test_the_mastheads_english_line_and_its_editors_as_mentions_are_furniture():
    issue = parse_all(PAPER)
    assert "Yinxingli & Qiming School-Community Bulletin · No.2 · April 2025" in issue.furniture
    assert "??本期编辑：@卢晓岚 @华一帆\u3000审核：@贝思远" in issue.furniture


def test_editors_named_as_mentions_are_the_issues_people():
    people = {(m.name, m.titles) for m in parse_all(PAPER).mentions}
    assert {("卢晓岚", ("本期编辑",)), ("华一帆", ("本期编辑",)), ("贝思远", ("审核",))} <= people
