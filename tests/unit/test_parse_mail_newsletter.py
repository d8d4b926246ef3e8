"""A 居委 newsletter sent as a mail and copied out of the mail client's reading pane
(issue #17): the subject over the header's fields (a label spaced to the others' width:
`时　间：`), the sender's note over the newsletter's masthead, sections between dashes,
a resident's question under its column. Each test is a small text of its own; none of a
corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all, roles

MAIL = (
    "竹溪里通讯（2025年4月·第7期）\n"
    "发件人：竹溪里居委会<zhuxili@example.com>\n"
    "时　间：2025年4月3日(星期四) 上午10:15\n"
    "收件人：各楼组长\n\n"
    "各位楼组长：\n"
    "本期通讯已编好，请转发到楼组群里，家里没有手机的老人麻烦上门读一读。谢谢！\n\n"
    "竹溪里通讯\n"
    "2025年4月 第7期\n"
    "竹溪里居民委员会 编\n\n"
    "—— 本月关注 ——\n"
    "小区东门改造下周开工\n"
    "东门改造方案经居民代表会议通过，下周一开工，工期一个月，施工期间请走南门。\n\n"
    "—— 居民之声 ——\n"
    "楼下的路灯能不能早点亮？\n"
    "冬天五点多天就黑了，小区的路灯要六点半才亮，老人下楼散步看不清台阶。\n"
)


def test_a_mails_subject_fields_and_note_are_the_mails():
    found = roles(MAIL)
    for line in (
        "竹溪里通讯（2025年4月·第7期）",
        "时　间：2025年4月3日(星期四) 上午10:15",
        "各位楼组长：",
        "本期通讯已编好，请转发到楼组群里，家里没有手机的老人麻烦上门读一读。谢谢！",
    ):
        assert found[line] == "furniture", line
    issue = parse_all(MAIL)
    assert issue.articles[0].title == "小区东门改造下周开工"


def test_when_the_mail_was_sent_is_not_the_issues_date():
    issue = parse_all(MAIL)
    assert issue.date == "2025-04"
    assert issue.number == "第7期"


def test_a_question_under_a_columns_banner_is_the_letters_headline():
    issue = parse_all(MAIL)
    letter = issue.articles[-1]
    assert (letter.kicker, letter.title) == ("居民之声", "楼下的路灯能不能早点亮？")
