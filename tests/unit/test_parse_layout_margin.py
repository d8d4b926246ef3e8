"""Text laid out with a left margin, as `pdftotext -layout` writes a 简报 (issue #17):
every line four spaces in, a paragraph's first line eight, headlines centred, an
official document's title on two centred lines. Each test is a small text of its own;
none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

LAYOUT = "\n".join(
    [
        "                         情  况  通  报",
        "",
        "                              第 3 期",
        "",
        "                  街道开展夏季消防安全大检查",
        "",
        "        7月 8 日起，街道组织安全办、城管中队和各居民区，对辖区",
        "    内的沿街商铺、群租房和老旧小区开展为期两周的消防安全检查，",
        "    共检查场所 316 处，发现隐患 47 处，已当场整改 39 处。",
        "        检查中，工作人员重点查看灭火器配置、疏散通道和电动自行",
        "    车停放充电情况，并向商户发放安全提示 500 余份。",
        "        下一步，街道将对未整改的隐患逐一建立台账，限期复查，",
        "    确保隐患清零。",
        "                                                   （安全办）",
        "",
        "                   关于上半年居民区自治项目",
        "                        工作开展情况的通报",
        "",
        "        经居民区申报、街道初审和专家评审，共有 12 个自治项目获",
        "    得立项支持，其中“楼道微更新”等 3 个项目被评为优秀项目。",
        "        请各居民区按照项目计划抓紧实施，街道将适时组织中期检查。",
        "                                                   （自治办）",
    ]
)


def test_past_the_margin_an_indent_begins_a_paragraph_and_the_margin_runs_on():
    issue = parse_all(LAYOUT)
    first = issue.articles[0]
    assert first.title == "街道开展夏季消防安全大检查"
    assert len(first.paragraphs) == 3
    assert first.paragraphs[0].startswith("7月") and first.paragraphs[0].endswith("39 处。")
    assert [b.department for b in first.bylines] == ["安全办"]
    assert_nothing_lost(LAYOUT, issue)


def test_an_official_title_on_two_centred_lines_is_one_title():
    issue = parse_all(LAYOUT)
    second = issue.articles[1]
    assert second.title == "关于上半年居民区自治项目工作开展情况的通报"
    assert second.subtitle is None
    assert len(second.paragraphs) == 2


def test_one_indented_paragraph_a_line_keeps_each_paragraph():
    # The margin is every paragraph's own indent: no line past it begins one.
    text = "社区简讯\n\n" + "\n".join(
        f"　　第{n}条消息，居民区组织志愿者开展活动，参与居民反响热烈。" for n in range(1, 7)
    )
    issue = parse_all(text)
    assert len(issue.articles[0].paragraphs) == 6
