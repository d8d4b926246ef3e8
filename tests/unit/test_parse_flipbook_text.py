"""A 村讯 PDF made into an online flip-book and its text version copied from the
browser (issue #17, round yk's 云展网 file): a notice's contact line whose number the
copy put online masks (`6630××××`), then who signed it and the day, over the next
story. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

PAGE = "\n".join(
    [
        "2024年1—5月村级财务收支公开",
        "根据村务公开有关规定，现将本村2024年1—5月财务收支情况公布如下：",
        "一、收入合计：286,520元。",
        "二、支出合计：197,846元。",
        "如有疑问，请于公示之日起15日内向村务监督委员会反映。联系电话：6630××××",
        "石溪村村务监督委员会",
        "2024年6月15日",
        "人居环境",
        "房前屋后“三清三美”见实效",
        "走进石溪村下坞自然村，白墙黛瓦掩映在竹林间，村道两旁种满了凤仙花，房前屋后干干净净。",
        "（村妇联　柯晓禾）",
    ]
)


def test_a_notice_closing_on_a_masked_number_is_signed_and_ends_there():
    notice, homes = parse_all(PAGE).articles
    assert [b.department for b in notice.bylines] == ["石溪村村务监督委员会"]
    assert notice.meta.get("日期") == "2024年6月15日"
    assert notice.paragraphs[-1].endswith("联系电话：6630××××")
    assert (homes.kicker, homes.title) == ("人居环境", "房前屋后“三清三美”见实效")


def test_the_flip_books_list_of_related_books_and_its_offer_are_the_pages():
    text = (
        PAGE
        + "\n"
        + "\n".join(
            [
                "« 上一页",
                "1",
                "下一页 »",
                "相关电子书",
                "石溪村讯2024年第1期",
                "石溪村讯2023年第4期",
                "茶乡石溪旅游导览手册",
                "某某网提供石溪村讯2024年第2期在线阅读，如需制作属于您的翻页电子书，请点击免费注册。",
                "关于我们",
                "联系我们",
            ]
        )
    )
    issue = parse_all(text)
    assert [a.title for a in issue.articles] == [
        "2024年1—5月村级财务收支公开",
        "房前屋后“三清三美”见实效",
    ]
    assert "茶乡石溪旅游导览手册" in issue.furniture
