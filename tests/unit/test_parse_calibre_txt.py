"""A 镇报 PDF converted to TXT by an e-book converter with its defaults (issue #17,
round yk's calibre file): each line of the PDF's narrow columns a paragraph of its own,
a blank line after every line, the sentences cut across them. There a single blank line
parts nothing: no line of a paragraph is a picture's caption or a heading. Each text is
my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

COLUMN = [
    "青禾镇新建三座粮食烘干中心",
    "",
    "",
    "今年夏收前，青禾镇在湖",
    "西、塘北、东桥三个村新建",
    "了粮食烘干中心，日烘干能",
    "力达到六百吨。",
    "镇农业服务中心主任介绍，",
    "烘干中心实行先登记、后排",
    "队、按序烘干，对小农户免",
    "收排队费，有效缓解了种粮",
    "大户和散户的晒粮难题。",
    "下一步，镇里还将在西片",
    "再建一座烘干中心，确保今",
    "年秋粮颗粒归仓、应收尽收。",
    "（镇农业服务中心　柏然）",
    "",
    "",
    "镇卫生院开设夜间门诊",
    "",
    "",
    "本周起，青禾镇卫生院开设",
    "夜间门诊，每天开诊到晚上",
    "九点，方便白天上班的居民",
    "看病配药，首周接诊病人八",
    "十多人次。",
    "（镇卫生院　柯宁）",
]
# Every line a paragraph of its own: a blank line after each.
TEXT = "\n\n".join(COLUMN)


def test_a_blank_line_after_every_line_parts_no_paragraph():
    issue = parse_all(TEXT)
    dryers = issue.articles[0]
    assert dryers.title == "青禾镇新建三座粮食烘干中心"
    assert dryers.captions == [] and dryers.intertitles == []
    assert dryers.paragraphs[0] == (
        "今年夏收前，青禾镇在湖西、塘北、东桥三个村新建了粮食烘干中心，日烘干能力达到六百吨。"
    )
    assert [a.title for a in issue.articles] == [
        "青禾镇新建三座粮食烘干中心",
        "镇卫生院开设夜间门诊",
    ]
