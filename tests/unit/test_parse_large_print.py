"""A large-print newsletter for older residents copied out of a PDF viewer (issue #17):
a line per printed line in a column of 14 characters, no blank line anywhere, a page's
number and running head between pages, a section's banner set letter-spaced, writers
signed under their headlines, a poem. Each test is a small text of its own; none of a
corpus file's words."""

from __future__ import annotations

from lcreader.model import Byline
from tests.helpers import parse_all, roles

HEAD = "长青\n枫林街道老年协会 编印\n2025年3月 第3期\n"

FIRST = (
    "枫林书场重新开张\n"
    "3月2日上午，修缮一新的枫林\n"
    "书场迎来了第一批老听众。评\n"
    "弹演员献上了开篇《蝶恋花》。\n"
    "书场每周二、周四下午开放，\n"
    "老人凭敬老卡免费入场。\n"
)
PAGE_BREAK = "- 1 -\n长青 2025年3月\n"
LAST_PAGE = "- 2 -\n长青 2025年3月\n书场还将开设周末专场，欢迎\n老伙伴们相约前来。\n"


def test_a_letter_spaced_banner_at_a_pages_head_after_finished_text_starts_a_story():
    text = (
        HEAD
        + FIRST
        + PAGE_BREAK
        + "春 季 出 游 报 名\n"
        + "今年春游定在4月10日，目的\n"
        + "地是太湖边的湿地公园，往返\n"
        + "有大巴接送，每人交费30元。\n"
        + "报名截止3月25日。\n"
        + LAST_PAGE
    )
    issue = parse_all(text)
    assert [a.title for a in issue.articles] == ["枫林书场重新开张", "春季出游报名"]
    assert issue.articles[0].paragraphs[-1].endswith("老人凭敬老卡免费入场。")
    assert issue.articles[1].paragraphs[0].startswith("今年春游定在4月10日")


def test_a_letter_spaced_line_in_a_letter_spaced_extraction_is_no_headline():
    # Where the extraction spaced every line, spacing says nothing of a line's role.
    spaced = "".join(" ".join(line) + "\n" for line in FIRST.splitlines())
    text = HEAD + spaced + PAGE_BREAK + "书 场 还 将 开 设 周 末 专 场 。\n"
    issue = parse_all(text)
    assert [a.title for a in issue.articles] == ["枫林书场重新开张"]
    assert issue.articles[0].paragraphs[-1].endswith("周末专场。")


def test_a_writer_signed_under_the_headline_as_wide_as_the_column_is_its_byline():
    text = (
        HEAD
        + FIRST
        + "春天护膝有讲究\n"
        + "社区卫生服务中心 严佩芳\n"
        + "天气转暖，不少老人急着减衣\n"
        + "服，膝关节却最怕受凉。\n"
    )
    issue = parse_all(text)
    second = issue.articles[1]
    assert second.title == "春天护膝有讲究"
    assert second.bylines == [Byline(department="社区卫生服务中心", author="严佩芳")]
    assert second.paragraphs == ["天气转暖，不少老人急着减衣服，膝关节却最怕受凉。"]


def test_a_poems_title_over_its_writer_heads_the_poem():
    text = (
        HEAD
        + FIRST
        + "咏春\n"
        + "枫林二村 芮秋生\n"
        + "柳色新如染，\n"
        + "桃花映小楼。\n"
        + "老来无别事，\n"
        + "闲看燕归舟。\n"
        + "晨起扫庭院，\n"
        + "黄昏话故友。\n"
        + "一壶清茶暖，\n"
        + "不负好春秋。\n"
    )
    issue = parse_all(text)
    poem = issue.articles[-1]
    assert poem.title == "咏春"
    assert poem.bylines == [Byline(department="枫林二村", author="芮秋生")]
    assert poem.paragraphs[:2] == ["柳色新如染，", "桃花映小楼。"]
    assert len(poem.paragraphs) == 8


def test_a_notices_contact_line_is_never_a_headline():
    text = (
        HEAD
        + FIRST
        + "主讲：区中心医院康复科医生\n"
        + "钱立\n"
        + "咨询电话：6655 1234\n"
        + "讲座免费，请提前十分钟入场。\n"
    )
    found = roles(text)
    assert found["咨询电话：6655 1234"] != "title"
    issue = parse_all(text)
    assert [a.title for a in issue.articles] == ["枫林书场重新开张"]


def test_a_poems_column_and_title_over_its_writer_and_four_lines():
    text = (
        HEAD
        + FIRST
        + "诗苑\n"
        + "咏梅\n"
        + "枫林三村 邝立秋\n"
        + "墙角数枝梅，\n"
        + "凌寒独自开。\n"
        + "暗香随风至，\n"
        + "疑是故人来。\n"
    )
    issue = parse_all(text)
    poem = issue.articles[-1]
    assert (poem.kicker, poem.title) == ("诗苑", "咏梅")
    assert poem.bylines == [Byline(department="枫林三村", author="邝立秋")]
    assert poem.paragraphs == ["墙角数枝梅，", "凌寒独自开。", "暗香随风至，", "疑是故人来。"]
