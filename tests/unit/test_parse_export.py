"""An e-paper system's export with labelled fields (【标题】【引题】【正文】…), and a
role's credit opening a paragraph without 本报讯 (issue #17). Small texts of their own."""

from __future__ import annotations

from lcreader.model import Byline
from lcreader.parse.explain import explain
from tests.helpers import parse_all

EXPORT = (
    "某某社区报　电子版\n导出时间：2024-08-16 09:32\n\n"
    "【版次】第1版　要闻\n【标题】服务站实现全覆盖\n【引题】党建引领 服务为民\n【副标题】\n"
    "【作者】通讯员　许某某\n【正文】\n"
    "　　8月13日，全镇服务站点实现全覆盖。\n"
    "【图片说明】社工正在为居民办理业务。　宋某 摄\n【责任编辑】邱某\n\n"
    "【版次】第2版　社区\n【标题】社区食堂推出清凉套餐\n【引题】\n【副标题】\n【作者】\n【正文】\n"
    "　　（通讯员　芮某某）入伏以来，社区食堂推出清凉套餐。\n【责任编辑】贺某\n"
)


def test_each_labelled_field_takes_the_role_its_label_says():
    first, second = parse_all(EXPORT).articles
    assert (first.kicker, first.title, first.subtitle) == (
        "党建引领 服务为民",
        "服务站实现全覆盖",
        None,
    )
    assert first.paragraphs == ["8月13日，全镇服务站点实现全覆盖。"]
    assert first.captions == ["社工正在为居民办理业务。　宋某 摄"]
    assert Byline(author="许某某", role="通讯员") in first.bylines
    assert first.meta == {"责任编辑": "邱某"}
    assert second.title == "社区食堂推出清凉套餐" and second.meta == {"责任编辑": "贺某"}


def test_page_lines_empty_fields_and_the_export_time_are_furniture():
    furniture = parse_all(EXPORT).furniture
    assert {"【版次】第1版　要闻", "【副标题】", "【正文】", "导出时间：2024-08-16 09:32"} <= set(
        furniture
    )


def test_a_roles_credit_opens_a_paragraph_without_benbaoxun():
    second = parse_all(EXPORT).articles[1]
    assert second.bylines == [Byline(author="芮某某", role="通讯员")]
    assert second.paragraphs == ["入伏以来，社区食堂推出清凉套餐。"]


def test_a_box_labelled_in_brackets_is_no_export():
    text = "社区举办讲座\n\n近日，社区举办讲座。\n【小贴士】\n出门记得带伞。\n【标题】不是导出稿\n"
    roles = {row.text: row.role for row in explain(text)}
    assert roles["【标题】不是导出稿"] != "title"


def test_an_editor_labelled_under_every_article_is_each_articles():
    piece = (
        "【标题】社区新闻第{n}则\n【正文】\n　　社区今天发生了第{n}件好事。\n【责任编辑】贺某\n\n"
    )
    text = "".join(piece.format(n=n) for n in range(1, 4))
    articles = parse_all(text).articles
    assert [a.meta for a in articles] == [{"责任编辑": "贺某"}] * 3


def test_an_exports_own_date_field_is_the_issues_date():
    """The export's header, fields of its own labels (`【出版日期】`): the issue's date
    where no page prints one (round y's 方正翔宇 export had none)."""
    header = "【报纸名称】东湖街道报\n【期号】第9期（总第88期）\n【出版日期】2023-11-17\n"
    record = (
        "【稿件序号】{n}\n【版次】0{n}\n【版名】要闻\n【引题】\n【主标题】{title}\n【副标题】\n"
        "【作者】通讯员　邝某某\n【责任编辑】郁某\n【正文】\n　　{body}\n----------\n"
    )
    text = (
        "采编系统　稿件导出\n" + header + "【导出时间】2023-11-20 10:20:31\n【稿件数】2\n"
        "==========\n"
        + record.format(n=1, title="社区食堂推出冬令菜单", body="入冬以来，食堂新增羊肉汤。")
        + record.format(n=2, title="老年大学开设智能手机班", body="本学期共开设四个班。")
    )
    issue = parse_all(text)
    assert (issue.date, issue.year) == ("2023-11-17", 2023)
    assert issue.articles[0].title == "社区食堂推出冬令菜单"


def test_a_writer_credited_twice_is_named_once_in_the_byline():
    """The newcomer's pass: a reporter who took the photos too read `沈某、沈某`."""
    from lcreader.model import Article

    article = Article(
        "a/1",
        "a",
        "标题",
        bylines=[Byline(author="沈某", role="记者"), Byline(author="沈某", role="摄影")],
    )
    assert article.byline_label() == "沈某"
    assert len(article.bylines) == 2  # both roles kept


FEED_SAVES = (
    "Feed: 某某社区报\nTitle: 小区新添充电棚\nAuthor: 通讯员 岑某某\n"
    "Date: Tue, 09 Apr 2024 07:30:00 +0800\nLink: https://news.example.org/a/101.html\n\n"
    "[image 1 (link #2)]\n新建的充电棚里停满了电动车。岑某某 摄\n\n"
    "4月8日，某某小区新建的电动自行车充电棚投入使用，可同时为\n40辆车充电。\n\n"
    "Links:\n[1]: https://news.example.org/a/101.html (link)\n"
    "[2]: https://img.example.org/101_1.jpg (image)\n\n"
    "Feed: 某某社区报\nTitle: 老年食堂试营业\nAuthor: 某某街道民政科\n"
    "Date: Tue, 09 Apr 2024 07:30:00 +0800\nLink: https://news.example.org/a/102.html\n\n"
    "老年食堂4月7日起试营业，每餐12元。\n\n"
    "Links:\n[1]: https://news.example.org/a/102.html (link)\n"
)


def test_a_feed_readers_saved_items_are_records_under_english_labels():
    """newsboat's `save`, items joined: `Title:` heads each, `Author:` credits it, the
    feed, date and link are the page's; the picture's placeholder and the list of
    links are furniture, the line under the picture its caption."""
    issue = parse_all(FEED_SAVES)
    first, second = issue.articles
    assert [first.title, second.title] == ["小区新添充电棚", "老年食堂试营业"]
    assert Byline(author="岑某某", role="通讯员") in first.bylines
    assert Byline(department="某某街道民政科") in second.bylines
    assert first.captions == ["新建的充电棚里停满了电动车。岑某某 摄"]
    assert first.paragraphs == [
        "4月8日，某某小区新建的电动自行车充电棚投入使用，可同时为40辆车充电。"
    ]
    assert second.paragraphs == ["老年食堂4月7日起试营业，每餐12元。"]
    assert {"Feed: 某某社区报", "Links:", "[image 1 (link #2)]",
            "[2]: https://img.example.org/101_1.jpg (image)"} <= set(issue.furniture)  # fmt: skip
    assert issue.date == "2024-04-09"
