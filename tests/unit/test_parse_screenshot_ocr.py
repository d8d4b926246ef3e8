"""A village paper photographed and read column by column by a dictionary app's
screenshot OCR (issue #17, round yh's file): an account's lines with their sums, a
notice signed and dated on one line. Each text is my own; none of a corpus file's
words."""

from __future__ import annotations

from tests.helpers import parse_all

PAGE = "\n".join(
    [
        "石桥村2024年1—6月财务收支公开",
        "根据村务公开有关规定，现将本村上半年财务收支情况公布如下：",
        "一、收入合计 864200",
        "其中:集体资产租赁收入 603000",
        "二、支出合计 712450",
        "其中:道路维修 376450",
        "如有疑问，请在公布之日起十日内向村务监督委员会反映。",
        "石桥村村务监督委员会 2024年7月2日",
        "",
        "村里新修了文化礼堂",
        "7月1日，石桥村文化礼堂修缮完工，村民们在礼堂里看了一场越剧。",
    ]
)


def test_an_accounts_numbered_lines_with_their_sums_are_no_headings():
    issue = parse_all(PAGE)
    assert len(issue.articles) == 2  # (each numbered line read as a headline before)
    account = issue.articles[0]
    assert account.intertitles == []
    assert any(p.startswith("一、收入合计 864200") for p in account.paragraphs)


def test_a_notice_signed_and_dated_on_one_line():
    account, hall = parse_all(PAGE).articles
    assert [b.department for b in account.bylines] == ["石桥村村务监督委员会"]
    assert account.meta.get("日期") == "2024年7月2日"
    assert hall.title == "村里新修了文化礼堂" and hall.kicker is None
