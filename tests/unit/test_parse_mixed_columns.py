"""A paper converted page by page to text (issue #17, round yn): each story cut at its own
column's width (sixteen characters on one page, twelve in a commentary's box), no
indent, no blank line between paragraphs, so only a short line ends one; a page's head
in two lines, its number and section over its date and the paper's name. Each text is my
own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import cut_at, parse_all

STORY = [
    "东湖街道改造老旧小区雨污管网。截至3月底，已有六个小区完成改造，居民反映的返水问题"
    "基本解决，楼道里再没闻到异味。",
    "工程期间，施工队分段开挖、当天回填，每段完工后都请楼组长到现场验收签字。",
    "街道城建办负责人表示，下半年还将完成其余九个小区的改造任务，年底前全部通水。",
]
JOBS = [
    "3月12日，东湖街道在文化中心举办春季招聘会，四十多家企业带来七百多个岗位，吸引了"
    "一千多名求职者到场。",
    "招聘会专门设置了退役军人和困难家庭专场，二十多人当场达成就业意向。",
]
# (its first sentence fills the column's first line: the paragraph goes on under it)
COMMENT = [
    "管子通不通，居民最清楚。改造好不好，要看雨天的楼道里有没有积水，要看楼组长签不签字。",
    "把验收交给楼组长，就是把评判的权力交还给居民，这样的做法值得推广。",
]
PAGES = (
    "2025年3月28日　东湖报\n01　要闻\n"
    "东湖街道改造老旧小区雨污管网\n"
    + cut_at(16, *STORY)
    + "（城建办　邵立群）\n"
    + "春季招聘会送岗七百多个\n"
    + cut_at(14, *JOBS)
    + "（就业服务中心）\n"
    + "\n\n02　评论\n2025年3月28日　东湖报\n"
    + "验收交给楼组长\n"
    + "文/孔一鸣\n"
    + cut_at(12, *COMMENT)
)


def test_no_one_width_but_each_column_its_own():
    from lcreader.parse.habits import local_wraps, wrap_width

    lines = PAGES.split("\n")
    assert wrap_width(lines) is None
    widths = local_wraps(lines)
    assert widths[lines.index(cut_at(16, *STORY).split("\n")[1])] == 32
    assert widths[lines.index("管子通不通，居民最清楚。")] == 24


def test_a_sentence_ending_at_its_own_columns_edge_goes_on_and_is_no_heading():
    comment = parse_all(PAGES).articles[-1]
    assert comment.title == "验收交给楼组长"
    assert comment.paragraphs == COMMENT
    assert comment.intertitles == []


def test_a_pages_number_and_section_against_its_dated_head_are_furniture():
    issue = parse_all(PAGES)
    assert {"01　要闻", "02　评论", "2025年3月28日　东湖报"} <= set(issue.furniture)
    assert [a.title for a in issue.articles] == [
        "东湖街道改造老旧小区雨污管网",
        "春季招聘会送岗七百多个",
        "验收交给楼组长",
    ]


BRIEFS = (
    "鹤鸣中学获评市级平安校园\n"
    + cut_at(
        13, "近日，鹤鸣中学被市教育局命名为市级平安校园。该校每天上下学时段在校门口设立护学岗。"
    )
    + "（教育办供稿）\n"
    + "文体中心春季公益课开课\n"
    + cut_at(
        13, "4月起，文体中心春季公益课陆续开课，开设太极拳、书法、越剧等8门课程，所有课程免费。"
    )
    + "（文体中心　邹婷）\n"
)


def test_a_headline_under_a_closed_brief_over_a_month_lead_starts_the_next_brief():
    school, classes = parse_all(BRIEFS).articles
    assert school.title == "鹤鸣中学获评市级平安校园"
    assert classes.title == "文体中心春季公益课开课"
    assert classes.paragraphs[0].startswith("4月起，")
