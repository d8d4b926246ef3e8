"""Printed rules and editors' marks that part a digest's items and head their parts."""

from __future__ import annotations

from lcreader.parse import parse_issue

DIGEST = """\
【东园小区·一周播报】
2025年3月第1期
＊＊＊＊＊＊＊＊＊＊
📢【停电通知】
各位居民：
因线路检修，3月8日9:00—12:00，东园小区3—9号楼暂停供电。
请大家提前做好准备，给您带来不便，敬请谅解！
东园居委会
2025年3月5日
＊＊＊＊＊＊＊＊＊＊
🎉好消息！北门路灯修好啦！
上周不少居民反映，小区北门外的路灯不亮，晚上出行不方便。
居委会联系养护单位，两天内换好了全部灯泡。
——·——
👍点赞！8号楼老王捡到手机原物奉还
3月2日傍晚，8号楼居民王建平在小区花园捡到一部手机，很快交到了居委会。
"""


def test_a_printed_rule_parts_articles_and_the_short_line_under_it_heads_the_next():
    issue = parse_issue("d", "d.txt", DIGEST)
    titles = [article.title for article in issue.articles]
    assert len(titles) == 3, titles
    assert titles[1].endswith("北门路灯修好啦！")
    assert titles[2].endswith("原物奉还")
    # The notice keeps its own lines: salutation, text, signature.
    assert "各位居民：" in issue.articles[0].paragraphs
    assert not any("好消息" in p for p in issue.articles[0].paragraphs)


def test_a_line_ending_a_clause_under_a_rule_goes_on_as_text():
    text = "# 社区新闻\n\n近日，社区举办了活动，\n＊＊＊＊＊＊＊＊\n居民们纷纷参加，\n气氛热烈。\n"
    issue = parse_issue("c", "c.txt", text)
    assert len(issue.articles) == 1


BARRED = """\
# 长者助餐点开张

6月10日上午，社区长者助餐点正式开张，前来用餐的老人有六十多位。

▍一份菜单，征求了三轮意见

开张前，社工和志愿者挨家挨户发放问卷，征求老人对菜品的意见。

（自治办 张三）
"""


def test_an_editors_bar_marks_an_intertitle_without_the_bar():
    article = parse_issue("b", "b.txt", BARRED).articles[0]
    assert [article.paragraphs[k] for k in article.intertitles] == ["一份菜单，征求了三轮意见"]
    assert not any("▍" in p for p in article.paragraphs)
