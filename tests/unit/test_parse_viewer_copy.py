"""A printer's PDF copied from a browser's PDF viewer (round za): a line of text per
printed line, no blank lines and no indents, a headline as wide as the column between
one story's end and the next story's opening. Every sample is invented."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

PAGE = """\
新城社区建成“邻里议事厅”居民说事有地方
5月10日，新城社区“邻里议事厅”正式启用，
议事厅设在社区服务中心二楼，每月第一个
周六上午开放，居民可以现场提出意见建议。
社区党委书记程海波说，议事厅开放以来，
已经收集居民意见二十多条。
（新城社区　霍思琪）
海星社区成立“银龄”志愿服务队助老助困
6月8日，海星社区“银龄”志愿服务队成立，
首批38名队员平均年龄六十五岁，将围绕邻
里互助、政策宣讲等开展志愿服务。
队长汤立群说：“退休了还能发挥余热，我
们心里高兴。”
（下转第3版）
粽叶飘香迎端午　邻里欢聚一家亲其乐融融
居民们在活动现场学包粽子。蔡雨萌　摄
6月13日，海星社区端午主题活动在社区广
场举行，五十多位居民围坐在一起包粽子。
（通讯员　蔡雨萌）
"""


def test_a_column_wide_headline_over_a_news_lead_or_a_captioned_picture_heads_its_story():
    issue = parse_all(PAGE)
    assert [a.title for a in issue.articles] == [
        "新城社区建成“邻里议事厅”居民说事有地方",
        "海星社区成立“银龄”志愿服务队助老助困",
        "粽叶飘香迎端午　邻里欢聚一家亲其乐融融",
    ]
    second, third = issue.articles[1:]
    assert second.paragraphs[0].startswith("6月8日，海星社区")
    assert third.captions == ["居民们在活动现场学包粽子。蔡雨萌\u3000摄"]
    assert third.paragraphs[0].startswith("6月13日，")
    assert_nothing_lost(PAGE, issue)


def test_a_column_wide_line_under_a_finished_sentence_over_more_text_is_text():
    text = PAGE.replace(
        "海星社区成立“银龄”志愿服务队助老助困\n6月8日，",
        "海星社区成立“银龄”志愿服务队助老助困\n当天，",
    )
    issue = parse_all(text)
    assert "海星社区成立“银龄”志愿服务队助老助困" not in [a.title for a in issue.articles]
    assert_nothing_lost(text, issue)
