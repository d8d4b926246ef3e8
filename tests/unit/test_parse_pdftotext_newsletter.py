"""Plain pdftotext of an A4 newsletter (issue #17): the maker's name between the
issue's number and its date, a contents entry naming a column and its headline, a run
of briefs under `简讯速览`, a table's cells a line each over the next story's column and
headline, a closing credit the line cut inside a word. Each text is my own; none of a
corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

TOP = (
    "桂溪社区工作动态\n\n2025年第4期（总第28期）\n\n中共桂溪社区委员会\n2025年8月29日\n\n"
    "本期要目\n桂溪社区召开居民代表会议\n8月份民生实事办理情况\n网格故事：一把找回的钥匙\n\n"
)
MEETING = (
    "桂溪社区召开居民代表会议\n\n"
    "8月20日晚，桂溪社区召开居民代表会议，48名居民代表参加，审议通过了公益金使用计划。\n\n"
)
BRIEFS = (
    "简讯速览\n\n"
    "●桂溪苑污水管网改造开工\n8月22日，桂溪苑小区污水管网改造工程开工，工期50天。\n\n"
    "●社区开展防台风演练\n8月25日，社区组织居民开展防台风演练，150余人参加。\n\n"
)
TABLE = (
    "8月份民生实事办理情况\n\n"
    "8月，社区共受理居民诉求48件，已办结45件。主要事项办理情况如下：\n\n"
    "事项\n责任单位\n进度\n桂溪苑5幢楼道灯维修\n物业公司\n已完成\n"
    "滨河路人行道修复\n街道城管科\n已完成\n\n"
)
STORY = (
    "网格故事\n一把找回的钥匙\n\n"
    "8月9日晚上，网格员苏晓棠接到居民电话，说在小区门口捡到一串钥匙，她在楼道群里发出启事，"
    "不到半小时就找到了失主。失主罗阿姨特意送来一面锦旗。（第\n"
    "五网格　戚楠）\n"
)


def test_the_makers_name_between_the_number_and_the_date_is_the_mastheads():
    issue = parse_all(TOP + MEETING + TABLE + STORY)
    assert "中共桂溪社区委员会" in issue.furniture
    assert issue.articles[0].title == "桂溪社区召开居民代表会议"


def test_a_run_head_that_begins_with_its_kind_heads_the_briefs():
    issue = parse_all(TOP + MEETING + BRIEFS + TABLE + STORY)
    assert "简讯速览" in issue.furniture
    briefs = issue.articles[1:3]
    assert [(a.kicker, a.title) for a in briefs] == [
        (None, "桂溪苑污水管网改造开工"),
        (None, "社区开展防台风演练"),
    ]


def test_a_column_and_headline_under_a_tables_cells_start_the_next_story():
    issue = parse_all(TOP + MEETING + TABLE + STORY)
    story = issue.articles[-1]
    assert (story.kicker, story.title) == ("网格故事", "一把找回的钥匙")
    assert [(b.department, b.author) for b in story.bylines] == [("第五网格", "戚楠")]
