"""A residents' paper saved as a word processor's document and turned to text by a
converter that underlines its headings (issue #17, round yr's `odt2txt` file): a
headline over `=====`, a part's heading over `-----`; a note that signs a correction
over the next headline; a unit's supplying credit under the last line of a piece. Each
text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

PAPER = "\n".join(
    [
        "桐荫邻里",
        "",
        "2024年第5期（总第22期）　2024年5月",
        "",
        "楼组故事",
        "",
        "六号楼的“共享书架”",
        "==========",
        "",
        "走进六号楼门厅，一只旧书架上摆满了居民捐出的图书，谁都可以借阅。",
        "",
        "一本旧字典开始的故事",
        "----------",
        "",
        "去年秋天，三楼的孙阿姨把家里的旧字典放在门厅，附了一张纸条：欢迎借阅。",
        "",
        "不到一个月，书架上就有了两百多本书。",
        "",
        "借了要还　看完要换",
        "---------",
        "",
        "书架有两条规矩：借书要登记，看完换一本新的放回来。",
        "",
        "文/钱小雨",
        "",
        "谜语三则",
        "========",
        "",
        "以下谜语是老年学校学员编的，欢迎大家猜一猜。",
        "",
        "身穿绿衣裳，肚里水汪汪，生的子儿多，个个黑脸膛。",
        "",
        "谜底：西瓜",
        "",
        "（供稿：桐荫老年学校）",
        "",
        "更正",
        "==",
        "",
        "本刊上期《端午送粽》一文中，“三十位志愿者”应为“十三位志愿者”，特此更正。",
        "",
        "本刊编辑部",
        "",
        "关于开设暑期托管班的通知",
        "==================",
        "",
        "各位家长：",
        "",
        "居委会将于7月开设暑期托管班，欢迎小学生报名，报名截止到6月30日。",
        "",
        "桐荫居委会",
    ]
)


def test_an_underlined_headline_heads_its_story_and_its_underline_is_no_text():
    issue = parse_all(PAPER)
    story = issue.articles[0]
    assert (story.kicker, story.title) == ("楼组故事", "六号楼的“共享书架”")
    assert not any(set(line) <= set("=-") for line in issue.furniture)


def test_a_heading_underlined_with_dashes_in_a_story_is_one_of_its_parts():
    story = parse_all(PAPER).articles[0]
    headings = [story.paragraphs[k] for k in story.intertitles]
    assert headings == ["一本旧字典开始的故事", "借了要还　看完要换"]
    assert [(b.role, b.author) for b in story.bylines] == [("文", "钱小雨")]


def test_a_units_supplying_credit_closes_the_piece_over_it():
    riddles = parse_all(PAPER).articles[1]
    assert riddles.title == "谜语三则"
    assert riddles.paragraphs[-1] == "谜底：西瓜"


def test_a_body_signing_a_correction_is_no_kicker_of_the_next_headline():
    issue = parse_all(PAPER)
    correction, notice = issue.articles[2], issue.articles[3]
    assert correction.title == "更正"
    assert notice.kicker is None
    assert notice.title == "关于开设暑期托管班的通知"
