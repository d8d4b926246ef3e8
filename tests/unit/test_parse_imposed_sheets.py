"""A printer's imposed PDF copied sheet by sheet (issue #17): the back page's text
first, its slug at the sheet's edge, then the front page's masthead in the middle of the
file. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all, roles

SHEET = (
    "桐湾人家2504-P4P1.indd   1   2025/4/21   10:12:36\n"
    "4　桐湾人家·生活　2025年4月\n"
    "《桐湾人家》征稿启事\n"
    "《桐湾人家》是居民自己的报纸，现面向全体居民长期征集稿件。\n"
    "联系电话：5762 1183\n"
    "桐湾人家编辑部\n"
    "2025年4月\n"
    "主办：中共某区桐湾社区委员会\n"
    "主编：祁卓然　编辑：蓝嘉宁\n"
    "地址：某区桐湾路88号\n"
    "内部资料　免费赠阅\n"
    "桐湾人家\n"
    "2025年4月　第4期　总第53期\n"
    "中共某区桐湾社区委员会主办\n"
    "桐湾社区“睦邻议事厅”破解停车难\n"
    "——老小区新增夜间共享车位80个\n"
    "本报讯（通讯员 荀文静）今年以来，社区依托“睦邻议事厅”，把停车难题摆上桌面。\n"
)


def test_a_printers_slug_and_the_front_pages_masthead_inside_the_file_are_furniture():
    found = roles(SHEET)
    for line in (
        "桐湾人家2504-P4P1.indd   1   2025/4/21   10:12:36",
        "主办：中共某区桐湾社区委员会",
        "内部资料　免费赠阅",
        "桐湾人家",
        "2025年4月　第4期　总第53期",
    ):
        assert found[line] == "furniture", line
    issue = parse_all(SHEET)
    assert [(a.title, a.subtitle) for a in issue.articles] == [
        ("《桐湾人家》征稿启事", None),
        ("桐湾社区“睦邻议事厅”破解停车难", "老小区新增夜间共享车位80个"),
    ]
    assert issue.articles[0].meta.get("日期") == "2025年4月"
