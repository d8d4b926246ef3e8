"""A web clip exported by a note app and stripped of its tags by a script (round za):
its HTML entities left in (`&nbsp;`, `&#12288;`, `&amp;`), blocks glued on one line
with only an indent's entities between them, the note's head of labelled fields
between rules with words in them, the page's controls and its list of other pages.
Every sample is invented."""

from __future__ import annotations

from lcreader.parse.html_text import unescape_html
from tests.helpers import assert_nothing_lost, parse_all

CLIP = """\
==================== 笔记 1/1 ====================
标题：柳岸社区报（2023年第7期）
创建时间：20230801T012406Z
更新时间：20230801T012519Z
作者：lajd_xxy
来源：web.clip7
来源网址：http://www.example-liuan.gov.cn/art/2023/7/31/art_1229_884512.html?from=list&amp;cid=1229
标签：社区报;存档
-------------------- 正文 --------------------
柳岸社区报（2023年第7期）
发布时间：2023-07-31 16:20&nbsp;&nbsp;来源：柳岸街道办事处&nbsp;&nbsp;【字体：大&nbsp;中&nbsp;小】
《柳岸社区报》2023年7月25日　第7期（总第64期）　柳岸街道党工委主办
&nbsp;
柳岸街道启动“楼道微更新”项目
&nbsp;&nbsp;&nbsp;&nbsp;7月23日，柳岸街道“楼道微更新”项目启动，九个社区各选一栋楼先行试点。
&nbsp;&nbsp;&nbsp;&nbsp;结对的设计师韩若岚说，接下来会先和居民一起把最想改的地方找出来。
（城市管理办　贝远）
&nbsp;
邻里守望
老街坊的“纳凉会”&nbsp;&nbsp;&nbsp;&nbsp;7月20日晚，柳岸社区南门巷里摆起了二十多张竹椅，居民们办起了纳凉会。&nbsp;&nbsp;&nbsp;&nbsp;老街坊蒋秀芳端来一锅绿豆汤，她说：“这个味道不能丢。”
（柳岸社区　梅若）
&nbsp;
这个社区的“夜校”火了
&#12288;&#12288;每周三晚上七点，桂园社区活动室里总是坐满了人。&#12288;&#12288;“白天上班，晚上来学点东西。”学员汪小满说。
&nbsp;
责任编辑：景文
【打印本页】　【关闭窗口】
相关链接：
柳岸社区报（2023年第6期）
柳岸社区报（2023年第5期）
==================== 笔记结束 ====================
"""


def test_entities_are_read_and_glued_blocks_part_at_their_indent():
    issue = parse_all(CLIP)
    assert [a.title for a in issue.articles] == [
        "柳岸街道启动“楼道微更新”项目",
        "老街坊的“纳凉会”",
        "这个社区的“夜校”火了",
    ]
    neighbours = issue.articles[1]
    assert neighbours.kicker == "邻里守望"
    assert neighbours.paragraphs == [
        "7月20日晚，柳岸社区南门巷里摆起了二十多张竹椅，居民们办起了纳凉会。",
        "老街坊蒋秀芳端来一锅绿豆汤，她说：“这个味道不能丢。”",
    ]
    assert issue.articles[2].paragraphs[1] == "“白天上班，晚上来学点东西。”学员汪小满说。"
    assert not any("&" in p for a in issue.articles for p in a.paragraphs)
    assert_nothing_lost(CLIP, issue)


def test_the_notes_head_the_pages_controls_and_its_other_pages_are_furniture():
    issue = parse_all(CLIP)
    furniture = set(issue.furniture)
    assert "==================== 笔记 1/1 ====================" in furniture
    assert "-------------------- 正文 --------------------" in furniture
    assert "创建时间：20230801T012406Z" in furniture
    assert "【打印本页】\u3000【关闭窗口】" in furniture
    assert {"相关链接：", "柳岸社区报（2023年第6期）"} <= furniture


def test_the_date_beside_the_issues_number_is_the_issues():
    issue = parse_all(CLIP)
    assert (issue.date, issue.number) == ("2023-07-25", "第7期")  # not the page's 发布时间


def test_text_with_an_ampersand_or_two_is_left_as_written():
    text = "R&D 中心&amp;实验室\n"
    assert unescape_html(text) == text
    assert unescape_html("a&nbsp;b&nbsp;c&amp;d") == "a b c&d"
