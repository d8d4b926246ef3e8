"""A village's 村务公开 sheets read by a document camera's OCR (issue #17, round zz's
高拍仪 file): no blank lines, a roll's rows and its signer run straight into the next
notice's headline. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

SHEET = "\n".join(
    [
        "2024年度“文明家庭”光荣榜",
        "  经村民推荐、村委会审核，评出2024年度“文明家庭”6户。名单如下：",
        "一组 王阿四 二组 沈小妹 三组 杨金林",
        "四组 陆阿宝 五组 周福根 六组 钱雪娣",
        "石桥村“文明家庭”评选小组",
        "关于开展2024年度秋季征兵报名工作的通知",
        "各位村民：",
        "  2024年度秋季征兵报名工作已经开始，现将有关事项通知如下：",
        "  报名对象：本村户籍、年满十八周岁的适龄青年。",
        "石桥村村民委员会",
        "2024年7月1日",
    ]
)


def test_a_notice_headline_over_its_salutation_starts_a_notice_under_a_rolls_signer():
    issue = parse_all(SHEET)
    assert [a.title for a in issue.articles] == [
        "2024年度“文明家庭”光荣榜",
        "关于开展2024年度秋季征兵报名工作的通知",
    ]
    notice = issue.articles[1]
    assert notice.paragraphs[0] == "各位村民："
    assert [b.department for b in notice.bylines] == ["石桥村村民委员会"]
