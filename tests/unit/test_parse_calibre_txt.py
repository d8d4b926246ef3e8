"""A 镇报 PDF converted to TXT by an e-book converter with its defaults (issue #17,
round yk's calibre file): each line of the PDF's narrow columns a paragraph of its own,
a blank line after every line, the sentences cut across them. There a single blank line
parts nothing: no line of a paragraph is a picture's caption or a heading. Each text is
my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import indent_lost, parse_all

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


PAGES = [
    "代表进网格听民声",
    *indent_lost(
        "本周起，镇人大代表联络站组织代表走进全镇各个网格，与网格员一起走访企业和农户。",
        "活动中，代表们共收集到道路养护、停车管理等方面的意见建议三十多条，现场答复一批。",
        "对需要部门办理的，联络站将统一交办，一个月内向群众反馈办理结果。",
    ),
    "联络站还将每季度通报",
    "一次办理情况。（镇人",
    "大办　庄宛）",
    "2",
    "要闻",
    "2024年6月14日　责任编辑：葛雨桐　美术编辑：詹立",
    "生态文明",
    "河长的巡河日记",
    *indent_lost(
        "镇河长办的档案柜里，整整齐齐码着十几本蓝皮笔记本，这是河长们这几年的巡河日记。",
    ),
    "一张清单连着销号闭环",
    *indent_lost(
        "去年起，河长办把日记里记下的问题统一录入信息平台，实行发现、交办、整改、复核闭环管理。",
        "截至五月底，今年共发现各类问题一百四十多个，已经销号的占九成以上。",
    ),
    "（镇河长办　尹霁）",
    "村级小微权力清单上墙",
    *indent_lost(
        "本报讯　为推动村级权力规范运行，镇纪委近日指导全镇各村梳理完成村级小微权力清单，并在村务公开栏上墙公示。",
        "群众对照清单就能知道事该怎么办、找谁办、多久办结。",
    ),
    "（镇纪委　苏澈）",
    "镇老年大学秋季班开课",
    *indent_lost(
        "本报讯　九月二日，镇老年大学秋季班开课，本学期开设书法、声乐、太极拳等九个班级。",
        "其中智能手机应用班最受欢迎，两个班八十个名额三天就报满了。",
        "学校还安排了年轻志愿者担任助教，手把手教老人们使用手机挂号和视频通话。",
    ),
    "（镇老年大学）",
]
PAGES_TEXT = "\n\n".join(PAGES)


def test_a_converted_column_with_its_indents_lost_keeps_paragraphs_headings_and_credits():
    issue = parse_all(PAGES_TEXT)
    assert [a.title for a in issue.articles] == [
        "代表进网格听民声",
        "河长的巡河日记",
        "村级小微权力清单上墙",
        "镇老年大学秋季班开课",
    ]
    voices, diary, roll, school = issue.articles
    # (a credit the column cut, its rest two lines down past the blank line)
    assert [(b.department, b.author) for b in voices.bylines] == [("镇人大办", "庄宛")]
    assert voices.paragraphs[-1] == "联络站还将每季度通报一次办理情况。"
    assert len(voices.paragraphs) == 4 and len(school.paragraphs) == 3
    # (the page's number, section and dated editors' line: the page's head)
    assert "2024年6月14日　责任编辑：葛雨桐　美术编辑：詹立" in issue.furniture
    assert diary.kicker == "生态文明"
    assert [diary.paragraphs[k] for k in diary.intertitles] == ["一张清单连着销号闭环"]
    assert diary.paragraphs[2].startswith("去年起，河长办把日记里") and len(diary.paragraphs) == 4
    # (lines as wide as the column under a credit: text, no poem's lines)
    assert roll.paragraphs == [
        "本报讯　为推动村级权力规范运行，镇纪委近日指导全镇各村梳理完成村级小微权力清单，并在村务公开栏上墙公示。",
        "群众对照清单就能知道事该怎么办、找谁办、多久办结。",
    ]
