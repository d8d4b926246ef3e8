"""A scanned 老年报 archive read by OCR into a sidecar text (issue #17, round yk's
ocrmypdf file): narrow columns cut at one width, a headline that names its subject
before a colon as wide as the column, set apart by blank lines. Each text is my own;
none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

COLUMN = "\n".join(
    [
        "镇老年协会召开会员大会",
        "",
        "本报讯 11月8日，镇老年",
        "协会会员代表大会在镇文化",
        "中心召开，来自全镇各村的",
        "一百多名代表参加会议。",
        "（老年协会）",
        "",
        "银龄互助队：老伙伴帮老伙伴",
        "",
        "在石溪镇，有这样一支特",
        "别的志愿者队伍：队员们大",
        "多六七十岁，服务的对象是",
        "八九十岁的高龄老人。",
        "报名对象：六十岁以上居",
        "民，身体健康，热心公益。",
    ]
)


def test_a_headline_naming_its_subject_before_a_colon_as_wide_as_the_column():
    issue = parse_all(COLUMN)
    assert [a.title for a in issue.articles] == [
        "镇老年协会召开会员大会",
        "银龄互助队：老伙伴帮老伙伴",
    ]
    team = issue.articles[1]
    assert team.paragraphs[0].startswith("在石溪镇，有这样一支特别的志愿者队伍")
    assert any(p.startswith("报名对象：") for p in team.paragraphs)
