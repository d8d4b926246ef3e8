"""A printed paper turned into Markdown by a PDF converter (issue #17, round yq): every
line set large is marked `# `, a story's headline and its parts' headings alike; a
table is HTML on one line; the column's name over a headline is left unmarked. Each
text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

PAGE = (
    "# 枫溪\n"
    "\n"
    "2025年5月16日　星期五　第6期\n"
    "\n"
    "社区聚焦\n"
    "\n"
    "# 老街改造 先听居民说\n"
    "\n"
    "本报记者　戚文远　通讯员　单雪\n"
    "\n"
    "5月8日，枫溪街道老街片区改造方案征询会在社区活动室召开，六十余位居民代表到场。\n"
    "\n"
    "# 一张图纸改了三稿\n"
    "\n"
    "设计单位带来的第一稿把晾衣架全部拆除，居民当场提出意见。第三稿保留了公共晾晒区。\n"
    "\n"
    "# 改造之后谁来管\n"
    "\n"
    "街道计划成立由居民代表组成的自管小组，负责日常巡查和维修报修。\n"
    "\n"
    "# 一周要闻\n"
    "\n"
    "# 社区食堂推出夏季菜单\n"
    "\n"
    "6月1日起，枫溪社区食堂推出夏季菜单，新增绿豆汤、凉拌菜等品种。（社区食堂供稿）\n"
    "\n"
    "# 睦邻点新增读书角\n"
    "\n"
    "枫溪三村睦邻点近日新设读书角，居民捐赠图书三百余册。（枫溪三村居委会供稿）\n"
    "\n"
    "# 街道公布今年实事项目\n"
    "\n"
    "今年的实事项目经居民投票确定，具体如下。\n"
    "\n"
    "<html><body><table><tr><td>序号</td><td>项目</td><td>完成时间</td></tr>"
    "<tr><td>1</td><td>加装电梯</td><td>年底</td></tr>"
    "<tr><td>2</td><td>新建助餐点</td><td>九月</td></tr></table></body></html>\n"
    "\n"
    "街道将定期公布项目进度，欢迎居民监督。\n"
    "\n"
    "（本报实习生　舒朗）\n"
)


def test_a_heading_in_a_story_credited_at_its_head_is_one_of_its_parts():
    issue = parse_all(PAGE)
    story = issue.articles[0]
    assert (story.kicker, story.title) == ("社区聚焦", "老街改造 先听居民说")
    assert [(b.role, b.author) for b in story.bylines] == [("记者", "戚文远"), ("通讯员", "单雪")]
    headings = [story.paragraphs[k] for k in story.intertitles]
    assert headings == ["一张图纸改了三稿", "改造之后谁来管"]
    assert story.paragraphs[-1].startswith("街道计划成立")


def test_a_runs_head_marked_as_its_briefs_are_is_no_headline():
    titles = [article.title for article in parse_all(PAGE).articles]
    assert titles[1:3] == ["社区食堂推出夏季菜单", "睦邻点新增读书角"]
    assert "一周要闻" not in titles


def test_an_html_table_in_markdown_is_read_as_its_rows():
    story = parse_all(PAGE).articles[-1]
    assert story.title == "街道公布今年实事项目"
    rows = [paragraph.split() for paragraph in story.paragraphs[1:4]]
    assert rows == [
        ["序号", "项目", "完成时间"],
        ["1", "加装电梯", "年底"],
        ["2", "新建助餐点", "九月"],
    ]
    assert not any("<" in paragraph for paragraph in story.paragraphs)


def test_the_papers_own_intern_is_credited_in_the_role():
    story = parse_all(PAGE).articles[-1]
    assert [(b.role, b.author, b.department) for b in story.bylines] == [("实习生", "舒朗", None)]


def test_a_story_under_a_credited_one_that_carries_its_own_byline_stays_apart():
    text = PAGE.replace(
        "街道计划成立由居民代表组成的自管小组，负责日常巡查和维修报修。\n",
        "街道计划成立由居民代表组成的自管小组，负责日常巡查和维修报修。\n"
        "\n# 夏令营开始报名\n\n社区暑期夏令营即日起接受报名，名额四十个。\n\n（社区学校　应青）\n",
    )
    titles = [article.title for article in parse_all(text).articles]
    assert "夏令营开始报名" in titles
