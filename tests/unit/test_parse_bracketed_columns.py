"""A community paper sent as text messages (issue #17, round ys's 飞信 file): the paper's
name in brackets opening its head line, each story's column in brackets before its
headline on one line (`【办事指南】…怎么申领`), the text under it. Each text is my own;
none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

MESSAGE = "\n".join(
    [
        "【枫湾社区手机报】2013年第12期(1/3)　3月18日　星期一",
        "【今日导读】雨污分流开工｜居家养老申请｜春季保暖",
        "【头条】枫湾新村二期雨污分流改造开工",
        "3月15日，枫湾新村二期雨污分流改造工程开工，预计6月底完工，施工期间部分道路分段封闭。",
        "",
        "【办事指南】居家养老服务怎么申请",
        "申请对象：本市户籍、年满60周岁、有照护需求的老人。",
        "办理地点：街道社区事务受理服务中心3号窗口。",
        "",
        "【温馨提示】春季气温多变，老人注意保暖",
        "近期早晚温差大，老人外出请添加衣物，有慢性病的按时服药。",
        "（社区卫生服务中心）",
        "如不需要接收，请回复“退订”。",
    ]
)


def test_a_column_in_brackets_before_a_headline_is_its_kicker():
    issue = parse_all(MESSAGE)
    heads = [(a.kicker, a.title) for a in issue.articles]
    assert heads == [
        ("头条", "枫湾新村二期雨污分流改造开工"),
        ("办事指南", "居家养老服务怎么申请"),
        ("温馨提示", "春季气温多变，老人注意保暖"),
    ]


def test_the_papers_name_in_brackets_over_its_number_heads_the_issue():
    issue = parse_all(MESSAGE)
    assert "【枫湾社区手机报】2013年第12期(1/3)　3月18日　星期一" in issue.furniture
    assert issue.number == "第12期"


def test_the_contents_in_brackets_and_the_way_to_stop_the_messages_are_no_text():
    issue = parse_all(MESSAGE)
    assert "【今日导读】雨污分流开工｜居家养老申请｜春季保暖" in issue.furniture
    assert "如不需要接收，请回复“退订”。" in issue.furniture
    assert len(issue.articles) == 3
