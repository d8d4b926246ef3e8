"""A village sheet photographed and read by a phone's OCR (issue #17, round yn): a line a
printed line, sixteen characters a column, no indent and no blank line; headlines set at
the text's width, cut by the column like the text; the page's head names the paper beside
the day; a rule change listed by number; a roll by group; a lost-property notice with
no signature. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import cut_at, parse_all

HEADLINE = "东塘村一季度集体资产和资源租赁情况公示"
# (the lines over each item and over the text after them fill the column, each ending
# its sentence at the edge: an item is a paragraph of its own all the same)
RULES = [
    "4月16日晚，东塘村召开村民代表会议，对村规民约修订稿逐条表决，全票通过。",
    "此次修订从今年一月启动，先后召开了组长会和党员会，共收集意见建议四十七条，"
    "修订稿主要有以下变化:",
    "1.新增移风易俗条款,红白喜事酒席一般不超过十五桌;",
    "2.对违反村规民约的,由村民议事会劝导,拒不改正的在公开栏通报。",
    "会上，不少村民代表发言，希望条款执行一视同仁，村干部带头执行。",
]
SHEET = (
    "东塘村讯\n"
    "2025年4月25日　第3期　第2版\n"
    + cut_at(16, HEADLINE)
    + cut_at(
        16,
        "根据村务公开的有关规定，现将本村一季度集体资产租赁情况公示如下，欢迎村民监督。",
        "如有疑问，请在公示之日起十日内向村务监督委员会反映。",
    )
    + "东塘村村务监督委员会\n"
    + "2025年4月10日\n"
    + "村民代表会议表决通过村规民约修订\n"
    + "稿\n"
    + cut_at(16, *RULES)
    + "（村委会　杨一帆）\n"
    + "寻物启事\n"
    + cut_at(
        16,
        "本人于4月20日下午，在村文化礼堂附近遗失黑色钱包一只，内有身份证，有拾到者请与本人联系，必有酬谢。",
    )
    + "第3版\n"
    + "东塘村讯　2025年4月25日\n"
    + "返乡大学生办起稻田课堂\n"
    + "通讯员 钟小雨\n"
    + cut_at(
        16,
        "周末的东塘村，稻田边的小木屋里传出阵阵笑声，十几个孩子围坐在一起听返乡大学生讲一粒米的旅行。",
    )
)


def test_a_headline_cut_by_the_column_is_one_title_its_rest_no_writer():
    works, rules, *_ = parse_all(SHEET).articles
    assert works.title == HEADLINE
    assert works.bylines[0].department == "东塘村村务监督委员会"
    assert rules.title == "村民代表会议表决通过村规民约修订稿"
    assert not any(b.author == "稿" for b in rules.bylines)


def test_numbered_items_and_the_text_after_them_are_paragraphs_of_their_own():
    rules = parse_all(SHEET).articles[1]
    assert rules.paragraphs == RULES


def test_a_notice_head_alone_after_ended_text_starts_a_notice():
    notice = parse_all(SHEET).articles[2]
    assert notice.title == "寻物启事"
    assert notice.paragraphs[0].startswith("本人于4月20日下午，")


def test_the_papers_name_beside_the_day_is_the_pages_head():
    issue = parse_all(SHEET)
    assert "东塘村讯　2025年4月25日" in issue.furniture
    assert issue.articles[-1].title == "返乡大学生办起稻田课堂"


# The fold's strip between the two pages, five characters a line, read after the left page.
STRIP = (
    "红榜户名单公布\n"
    + cut_at(16, "经督导员入户检查、村民互评，三月份共评出红榜户九户，每户奖励积分五十分。")
    + "寻物启事\n"
    + cut_at(5, "本人于4月20日下午在村文化礼堂附近遗失黑色钱包一只，内有身份证、医保卡等。")
    + cut_at(5, "有拾到者请与本人联系，必有酬谢。")
)


def test_a_notice_head_alone_over_a_narrow_strip_parts_it_from_the_story_above():
    issue = parse_all(STRIP)
    story = issue.articles[0]
    assert story.title == "红榜户名单公布"
    assert not any("钱包" in p for p in story.paragraphs)
    assert len(issue.articles) == 2
