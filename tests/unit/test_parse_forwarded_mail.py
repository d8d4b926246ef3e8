"""A bulletin mailed out, forwarded and answered, saved as the reply's text (issue #17,
round zj): the quoted bulletin's lines open with `> ` (twice where it was quoted twice),
a line of marks alone is a blank line, the reply and the forwarder's note between the
mail's headers are the mail's, and a column's name in 【】 over a headline is its kicker
without the brackets. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

MAIL = (
    "主题: 回复: 转发: 荷花里居委简报 第6期\n"
    "日期: Mon, 3 Jun 2024 20:15:40 +0800\n"
    "发件人: xiaolin <xiaolin@example.com>\n"
    "收件人: laoqian <laoqian@example.com>\n"
    "\n"
    "爸，简报收到了，下周我陪您去体检。\n"
    "\n"
    "在 2024/6/3 19:02, laoqian 写道:\n"
    "> 你看看第二条。\n"
    ">\n"
    "> 发自我的手机\n"
    ">\n"
    "> -------- 转发的消息 --------\n"
    "> 主题: 荷花里居委简报 第6期\n"
    "> 日期: Fri, 31 May 2024 17:00:00 +0800\n"
    "> 发件人: 荷花里居委会 <hhl@example.com>\n"
    "> 收件人: jumin@example.com\n"
    ">\n"
    "> 荷花里居委简报\n"
    "> 2024年第6期　　2024年5月31日\n"
    ">\n"
    "> 【社区动态】\n"
    "> 荷花里举办端午包粽子活动\n"
    ">\n"
    "> 5月30日下午，荷花里居委会在睦邻点举办端午包粽子活动，三十多位居民参加。\n"
    ">\n"
    "> > 活动结束后，志愿者把粽子送到了十二户独居老人家中。（居委会　丁小燕）\n"
    ">\n"
    "> 【健康提醒】\n"
    "> 六十五岁以上老人免费体检开始预约\n"
    ">\n"
    "> 6月起，社区卫生服务中心为辖区六十五岁以上老人提供免费体检，请到居委会预约。\n"
)


def test_a_quoted_bulletins_lines_are_read_without_the_quote_marks():
    issue = parse_all(MAIL)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("社区动态", "荷花里举办端午包粽子活动"),
        ("健康提醒", "六十五岁以上老人免费体检开始预约"),
    ]
    first = issue.articles[0]
    assert first.paragraphs[1] == "活动结束后，志愿者把粽子送到了十二户独居老人家中。"
    assert all(">" not in p for a in issue.articles for p in a.paragraphs)


def test_the_replies_between_a_forwarded_mails_headers_are_the_mails():
    issue = parse_all(MAIL)
    assert "爸，简报收到了，下周我陪您去体检。" in issue.furniture
    assert "发自我的手机" in issue.furniture
    assert not any("写道" in p for a in issue.articles for p in a.paragraphs)


def test_a_markdown_files_quotation_keeps_its_lines_apart():
    text = (
        "# 荷花里居委简报\n\n"
        "## 居民来信\n\n"
        "> 编辑同志：小区东门的路灯坏了，晚上出门很不方便，希望尽快修好。\n\n"
        "居委会回复：已联系物业，本周内修好。\n"
    )
    issue = parse_all(text)
    assert issue.articles[0].paragraphs[0].startswith("编辑同志：")
