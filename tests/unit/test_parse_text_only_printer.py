"""A Word 简报 printed to Windows' Generic / Text Only printer into a file (issue #17,
round yh's file): the page laid on a character grid, margins and indents as spaces, a
run's head set wide and centred, each bullet the code page lacked printed as `?`; every
line set apart by blank lines, the words justified by spaces beside figures, a brief's
headline run in before its text, its wrapped lines set past the lost mark. Each text is
my own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.parse.words import is_name
from tests.helpers import assert_nothing_lost, parse_all

PAGE = "\n".join(
    [
        "                   居民来信：楼道的扶手修好了",
        "           居民区领导：",
        "               我是枫林一村  8号的住户。楼道扶手松动了大半年，这次物业",
        "           终于把它换成了新的不锈钢扶手。在此表示感谢！",
        "                                                       居民　卢桂英",
        "                                                      2024 年6月3日",
        "",
        "                                     简　讯",
        "           ? 社区书场开锣。  6月1 日，社区书场新一季首场演出举行。",
        "           ? 亲子读书会举行。  6月2 日，二十组家庭参加亲子读书会。",
    ]
)


def test_a_runs_head_set_wide_is_no_ones_name():
    assert not is_name("简讯") and is_name("简明")
    letter = parse_all(PAGE).articles[0]
    assert [b.author for b in letter.bylines] == ["卢桂英"]


def test_bullets_the_code_page_lost_are_marks_not_text():
    issue = parse_all(PAGE)
    text = [p for a in issue.articles for p in a.paragraphs]
    assert not any(p.startswith("?") for p in text), text


MARGIN = " " * 8
INDENT = " " * 12


def printed(*blocks: list[str]) -> str:
    """Each block's lines one under another, a blank line between every two, blocks
    three blank lines apart, as the printer lays a page."""
    return "\r\n\r\n\r\n\r\n".join("\r\n\r\n".join(block) for block in blocks) + "\r\n"


STORY = [
    INDENT + "松林居民区在活动室举办了夏季防汛应急演练，物业、楼组",
    MARGIN + "长和志愿者一同参加，演练分三步进行。",
    INDENT + "志愿者为独居老人送去应急包  40 个和手电筒  25 支，另",
    MARGIN + "有  15 位居民学会了沙袋的正确摆放方法和排水泵的使用。",
    INDENT + "（一）加强汛前排查，重点检查地下车库和低洼楼道的排水设",
    MARGIN + "施；",
    INDENT + "（二）完善应急值守，汛期每晚安排两名志愿者轮流值班；",
    INDENT + "（三）做好物资储备，沙袋和雨衣放在居委会仓库。",
    INDENT + "居民区将在八月再组织一次演练，让更多居民掌握防汛知识。",
]
BRIEFS = [
    MARGIN + "? 书画班开课啦。  6月3日，居民区老年书画班在睦邻点开课，",
    MARGIN + "  二十多位老人报名参加。",
    MARGIN + "? 义诊服务到楼组。  6月9日，社区医生在松林三村为居民测量",
    MARGIN + "  血压、解答用药问题。",
    MARGIN + "? “松林合唱团”喜获汇演佳绩。  6月15日，合唱团在区老年文艺汇演",
    MARGIN + "  中获得二等奖。",
]
ISSUE = printed(
    [" " * 20 + "松林居民区防汛演练有序开展"],
    STORY,
    [" " * 28 + "简　讯"],
    BRIEFS,
    [MARGIN + "编辑：钱晓梅　　签发：彭立新"],
)


def test_figures_spaced_apart_in_a_sentence_make_no_table_row():
    story = parse_all(ISSUE).articles[0]
    joined = "".join(p.replace(" ", "") for p in story.paragraphs)
    assert "志愿者为独居老人送去应急包40个和手电筒25支，另有15位居民学会了" in joined
    assert not [p for p in story.paragraphs if p.replace(" ", "").endswith("25支，另")]


def test_a_numbered_item_the_wrap_cut_in_a_double_spaced_print_is_a_paragraph():
    story = parse_all(ISSUE).articles[0]
    assert story.intertitles == []
    first = next(p for p in story.paragraphs if p.startswith("（一）"))
    assert first.endswith("低洼楼道的排水设施；")


def test_briefs_whose_lost_bullets_and_run_in_headlines_are_each_an_article():
    issue = parse_all(ISSUE)
    titles = [a.title for a in issue.articles]
    assert titles[1:] == ["书画班开课啦", "义诊服务到楼组", "“松林合唱团”喜获汇演佳绩"]
    for article in issue.articles[1:]:
        # its text one paragraph: the wrapped line, set past the lost mark, goes on
        assert len(article.paragraphs) == 1, article.paragraphs
        assert article.paragraphs[0].endswith("。")
    assert_nothing_lost(ISSUE, issue)


def test_who_signed_the_issue_off_is_its_own_label():
    issue = parse_all(ISSUE)
    assert issue.articles[-1].meta.get("签发") == "彭立新"
    assert issue.articles[-1].meta.get("编辑") == "钱晓梅"
