"""A 简报 as an office types it (found by a newcomer's pass, issue #17): masthead, a
contents list numbered 1. 2. 3., sections headed 一、二、三、 each signed, a 抄送 line
at the foot; and an issue whose masthead prints only its year and number."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

BRIEFING = """\
晨光街道简报
2022年第5期（总第128期）
晨光街道办事处编　　　　2022年5月20日

【本期要目】
1. 街道召开防汛工作推进会
2. 秀水居民区开展垃圾分类宣传
3. 为老服务中心举办健康讲座

一、街道召开防汛工作推进会

5月18日上午，街道召开防汛工作推进会。街道党工委书记乐明出席并讲话。
（办公室 王小明）

二、秀水居民区开展垃圾分类宣传

近日，秀水居民区志愿者在小区门口设摊，向居民发放垃圾分类宣传册200余份。
（秀水居民区）

三、为老服务中心举办健康讲座

5月15日，街道为老服务中心邀请医院专家为社区老人开展健康讲座，60余名老人参加。
（为老服务中心 陈静）

抄送：区委办、区府办
"""


def test_each_numbered_section_of_a_briefing_is_an_article_under_its_contents():
    issue = parse_all(BRIEFING)
    assert [a.title for a in issue.articles] == [
        "街道召开防汛工作推进会",
        "秀水居民区开展垃圾分类宣传",
        "为老服务中心举办健康讲座",
    ]
    assert [[(b.department, b.author) for b in a.bylines] for a in issue.articles] == [
        [("办公室", "王小明")],
        [("秀水居民区", None)],
        [("为老服务中心", "陈静")],
    ]
    assert {"1. 街道召开防汛工作推进会", "抄送：区委办、区府办"} <= set(issue.furniture)
    assert_nothing_lost(BRIEFING, issue)


def test_a_masthead_s_year_and_number_give_the_issue_its_year():
    issue = parse_all(
        "晨光街道简报\n2023年第2期\n\n春节走访慰问\n\n春节前夕，街道走访慰问困难家庭。\n（民政科 周丽）\n"
    )
    assert issue.year == 2023


def test_a_lone_distribution_word_inside_the_text_stays_text():
    text = BRIEFING.replace("抄送：区委办、区府办", "抄送：区委办、区府办。请各单位认真落实。")
    assert "抄送：区委办、区府办。请各单位认真落实。" not in parse_all(text).furniture
