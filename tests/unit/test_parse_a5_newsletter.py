"""An A5 社区通讯 copied from Acrobat Reader (issue #17): a part's heading of two
clauses of one measure between paragraphs, and a quotation a page's break cut, under
the page's foot and head. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import cut_at, parse_all

OPENING = "7月1日，枫林社区“四点半课堂”开课，30名小学生在社区活动室写作业、学书法。"
PART = "今年参加课堂的大学生志愿者有12人，他们大多是在枫林长大的孩子。"
QUOTE_START = "志愿者贺晓雨说："
QUOTE = "“小时候我也在社区的活动室写过作业，现在轮到我来陪弟弟妹妹们了。”"


def story() -> str:
    return (
        "枫林社区通讯　2025年第4期\n- 1 -\n"
        "“四点半课堂”开课了\n文｜余晓青\n"
        + cut_at(24, OPENING)
        + "孩子有人管，家长能安心\n"
        + cut_at(24, PART)
        + QUOTE_START
        + "\n"
        + QUOTE[:14]
        + "\n枫林社区通讯　2025年第4期\n- 2 -\n"
        + QUOTE[14:]
        + "\n"
    )


def test_two_clauses_of_one_measure_between_paragraphs_head_a_part():
    article = parse_all(story()).articles[0]
    assert [article.paragraphs[n] for n in article.intertitles] == ["孩子有人管，家长能安心"]
    assert article.paragraphs[0] == OPENING


def test_a_quotation_a_page_cut_goes_on_after_the_page_break():
    article = parse_all(story()).articles[0]
    assert article.paragraphs[-1] == QUOTE_START + QUOTE
    assert all(QUOTE[:14] != article.paragraphs[n] for n in article.intertitles)
