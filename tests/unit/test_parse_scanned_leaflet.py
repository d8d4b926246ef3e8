"""A folded leaflet scanned and read by a scanner's own OCR (issue #17, round zy): a
panel's tab set vertically comes out a character a line; a question under its column's
name is the headline; a notice's contact line cut inside its note's brackets goes on
under it, and its signing body and date close the notice. Each text is my own; none of
a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

LEAFLET = (
    "柳塘村务\n"
    "2024年6月　第3期\n"
    "\n"
    "垃\n"
    "圾\n"
    "分\n"
    "类\n"
    "“三色桶”您分对了吗？\n"
    "村里每户发放红、绿、黑三色垃圾桶，请村民分类投放，保洁员每天上门收集。\n"
    "\n"
    "村道修缮项目公示\n"
    "经村民代表会议讨论通过，现将村道修缮项目公示如下。\n"
    "公示期：2024年6月3日至6月12日。\n"
    "监督电话：57230001（村务监督委\n"
    "员会）\n"
    "柳塘村村民委员会\n"
    "2024年6月3日\n"
)


def test_a_vertical_tab_a_question_and_a_cut_contact_note_are_read_as_printed():
    issue = parse_all(LEAFLET)
    sorting, notice = issue.articles
    assert (sorting.kicker, sorting.title) == ("垃圾分类", "“三色桶”您分对了吗？")
    assert notice.title == "村道修缮项目公示"
    assert notice.paragraphs[-1] == "监督电话：57230001（村务监督委员会）"
    assert [b.department for b in notice.bylines] == ["柳塘村村民委员会"]
    assert notice.meta == {"日期": "2024年6月3日"}
    assert_nothing_lost(LEAFLET, issue)


TIPS_BOX = (
    "楼道卫生评比结果公布\n"
    "本月评出“整洁楼道”十二个，名单已在宣传栏张贴。\n"
    "（物业服务中心）\n"
    "\n"
    "温馨提示\n"
    "防范电信诈骗　牢记“四不”\n"
    "陌生链接不点击；\n"
    "来电索钱不轻信；\n"
    "个人信息不透露；\n"
    "转账之前多核实。\n"
    "如遇可疑情况，请拨打反诈专线。\n"
)


def test_a_boxs_headline_over_its_rhymed_items_is_no_line_of_a_poem():
    issue = parse_all(TIPS_BOX)
    tips = issue.articles[-1]
    assert (tips.kicker, tips.title) == ("温馨提示", "防范电信诈骗　牢记“四不”")
    assert tips.paragraphs[0] == "陌生链接不点击；"
