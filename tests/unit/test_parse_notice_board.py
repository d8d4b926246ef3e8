"""A 居委 notice board photographed and read by a phone's OCR (issue #17, round zh): no
blank lines and no indents, notices one after another, a table set with single spaces
(its rows numbered, its figures last, a total under them), a roll of families one a line,
signatures with and without a date (a day with no year). Each text is my own; none of a
corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

BOARD = (
    "2025年第一季度社区微基金使用情况公示\n"
    "根据社区微基金管理办法，现将今年1月至3月微基金使用情况\n"
    "公示如下，请居民监督：\n"
    "序号 项目 金额(元)\n"
    "1 楼道扶手加装 5200\n"
    "2 独居老人春节慰问 3600\n"
    "3 儿童阅览角图书 1850\n"
    "合计 10650\n"
    "如对公示内容有疑问，可到社区居务监督委员会查阅明细。\n"
    "松柏里社区居务监督委员会\n"
    "2025年4月2日\n"
    "2025年度“文明家庭”推荐人选公示\n"
    "经楼组推荐、居民代表评议，拟推荐以下4户家庭为街道“文明\n"
    "家庭”，现予以公示：\n"
    "单立群家庭（3幢）\n"
    "符秀兰家庭（9幢）\n"
    "焦国平家庭（14幢）\n"
    "祝海燕家庭（22幢）\n"
    "公示期为4月2日至4月8日。如有异议，请向社区党委反映。\n"
    "中共松柏里社区委员会\n"
    "2025年4月2日\n"
    "春季防火提醒\n"
    "①不在楼道堆放杂物，保持消防通道畅通；\n"
    "②电动自行车不进楼道、不入户充电。\n"
    "松柏里物业服务中心\n"
    "失物招领\n"
    "4月1日上午，保洁员在5幢门口拾到钱包一个，请失主到社区服务站认领。\n"
    "社区服务站\n"
    "4月1日\n"
)


def test_a_table_of_numbered_rows_and_its_total_are_rows_of_their_own():
    fund = parse_all(BOARD).articles[0]
    assert fund.paragraphs[1:6] == [
        "序号 项目 金额(元)",
        "1 楼道扶手加装 5200",
        "2 独居老人春节慰问 3600",
        "3 儿童阅览角图书 1850",
        "合计 10650",
    ]


def test_a_roll_of_families_one_a_line_keeps_each_family_apart():
    roll = parse_all(BOARD).articles[1]
    assert roll.paragraphs[1:5] == [
        "单立群家庭（3幢）",
        "符秀兰家庭（9幢）",
        "焦国平家庭（14幢）",
        "祝海燕家庭（22幢）",
    ]


def test_each_notice_ends_with_its_signer_and_the_next_one_starts():
    issue = parse_all(BOARD)
    heads = [(a.title, [b.department for b in a.bylines]) for a in issue.articles]
    assert heads[2:] == [
        ("春季防火提醒", ["松柏里物业服务中心"]),
        ("失物招领", ["社区服务站"]),
    ]
    assert issue.articles[-1].meta.get("日期") == "4月1日"


LETTER = (
    "居民来信\n"
    "一个电话　楼道灯当晚就亮了\n"
    "  居委会的同志们：\n"
    "  我是8号楼的住户。上周三晚上，我们楼道\n"
    "的灯全坏了，我打了居委会的“邻里帮”电话，\n"
    "不到半小时电工师傅就来了。\n"
    "  师傅换好灯泡，又把楼道的开关检查了一\n"
    "遍，忙到九点多才走。\n"
    "  我要给他钱，他说什么也不肯收。\n"
    "  社区民警提醒大家，遇到以下情况请及时\n"
    "报告居委会：\n"
    "1.“楼道灯不亮，老人摸黑上下楼。”\n"
    "2.“楼道里堆了纸箱，挡住了通道。”\n"
    "  在这里，我要谢谢电工师傅，也谢谢居委\n"
    "会为我们想得这么周到。\n"
    "8号楼居民 庞月华\n"
    "2025年4月3日\n"
)


def test_numbered_items_under_a_colon_start_their_own_paragraphs():
    letter = parse_all(LETTER).articles[0]
    assert "1.“楼道灯不亮，老人摸黑上下楼。”" in letter.paragraphs
    assert "2.“楼道里堆了纸箱，挡住了通道。”" in letter.paragraphs


def test_a_paragraphs_last_line_over_a_signature_is_no_verse():
    letter = parse_all(LETTER).articles[0]
    assert letter.paragraphs[-1] == "在这里，我要谢谢电工师傅，也谢谢居委会为我们想得这么周到。"
    assert [b.author for b in letter.bylines] == ["庞月华"]
