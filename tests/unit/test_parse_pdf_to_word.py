"""A street's tabloid turned from PDF into Word by an office suite, then saved as text
(issue #17, round zh): paragraphs indented by full-width spaces, a story jumping with
`（转第3版）` / `（接第2版）`, a narrow column whose numbered items the wrap cuts.
Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

JUMPED = (
    "街坊榜样\n"
    "毛秀英：楼道里的“护学岗”\n"
    "本报记者　齐航\n"
    "　　每天下午三点半，毛秀英就搬个小板凳坐到楼道口，等着放学的孩子们回来。\n"
    "　　八年来，她照看过的孩子有三十多个。孩子们都叫她“毛奶奶”。\n"
    "　　孩子们的父母大多在附近的工厂上班，下班要到晚上七点以后。\n"
    "　　今年，居委会给她家挂上了“爱心驿站”的牌子，还请来（转第3版）\n\n"
    "本版编辑：褚青\n\n"
    "桐乡街坊　　　　文明实践　　　　第3版　　　　2025年4月18日\n\n"
    "（接第2版）\n"
    "四名大学生志愿者帮忙。\n"
    "毛秀英说：“孩子们开心，我就开心。”\n\n"
    "文明创建\n"
    "垃圾分类　从我做起\n"
    "　　近来，小区里垃圾混投的现\n"
    "象又多了起来。社区提醒居民\n"
    "做到以下几点：\n"
    "1.厨余垃圾要沥干水分，再投\n"
    "进绿色桶；\n"
    "2.大件垃圾请预约上门回收，\n"
    "不要堆在楼道；\n"
    "3.有害垃圾投放到小区东门的\n"
    "红色桶。\n"
    "（社区居委会供稿）\n"
)


def test_a_paragraph_cut_by_its_jump_is_no_headline_of_the_rest():
    issue = parse_all(JUMPED)
    titles = [a.title for a in issue.articles]
    assert titles == ["毛秀英：楼道里的“护学岗”", "垃圾分类\u3000从我做起"]
    text = "".join(issue.articles[0].paragraphs)
    assert "今年，居委会给她家挂上了“爱心驿站”的牌子，还请来四名大学生志愿者帮忙。" in text


def test_numbered_items_the_column_cuts_are_whole_items_not_headings():
    notice = parse_all(JUMPED).articles[-1]
    assert notice.intertitles == []
    assert notice.paragraphs[1:] == [
        "1.厨余垃圾要沥干水分，再投进绿色桶；",
        "2.大件垃圾请预约上门回收，不要堆在楼道；",
        "3.有害垃圾投放到小区东门的红色桶。",
    ]


def test_doctor_names_an_article_headed_by_an_earlier_ones_headline():
    # (the jump's markers lost: the rest stands under its headline printed again)
    text = (
        "# 楼道里的“护学岗”\n\n每天下午，毛秀英都坐在楼道口等孩子们放学，\n\n"
        "# 社区食堂开张\n\n社区食堂今天开张，老人们排起了长队。\n\n"
        "# 楼道里的“护学岗”\n\n一晃八年过去了，她照看过的孩子有三十多个。\n"
    )
    issue = parse_all(text)
    again = [(n.article, n.detail) for n in issue.notes if n.code == "title_again"]
    assert again == [(3, "1")]
