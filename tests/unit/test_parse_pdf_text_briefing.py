"""A 工作简报 made in Word, its PDF's text taken out line by line (issue #17, round yg's
pdfplumber file): no indents and no blank lines, a space round every number, the red
head's issuer and date a space apart. Each text is my own; none of a corpus file's
words."""

from __future__ import annotations

from lcreader.parse.credits import signed_line
from tests.helpers import parse_all

# Lines cut at one width, the numbers set off by spaces, as the PDF's text has them.
BRIEFING = "\n".join(
    [
        "工 作 简 报",
        "第5期（总第40期）",
        "中共柳湾居民区总支部委员会 2024年7月8日",
        "柳湾居民区开展夏季消防安全检查",
        "7 月上旬，柳湾居民区联合物业对辖区 12 幢高层住宅开展",
        "消防安全检查，清理楼道堆物 30 余处，针对低层住户顾虑多的",
        "问题逐户上门解释，更换灭火器 46 具。检查中，居民区还为独居",
        "老人家庭免费安装了烟感报警器 28 个，并在每幢楼的一楼大厅",
        "张贴了疏散示意图。物业负责人表示，今后每季度都将开展一次",
        "联合检查，发现问题当场整改，整改不了的报居民区协调解决。",
        "【居民来信】",
        "“楼道亮了，我晚上敢出门了”",
        "我住在 5 号楼七楼，以前楼道灯总是坏，晚上下楼要摸着扶手",
        "走。这次检查以后，物业把整幢楼的灯都换成了感应灯。",
        "——5 号楼居民 甘素芬",
        "下阶段工作安排",
        "1.继续做好高层住宅消防通道的日常巡查工作，确保 8 月底前",
        "完成。",
        "2.组织楼组长参加消防培训，每幢楼至少培训两名骨干人员，",
        "年内完成。",
        "3.总结夏季检查中发现的共性问题，形成整改清单，报送街道",
        "备案。",
        "报：街道党工委、办事处",
        "送：各居民区党组织",
        "— 1 —",
    ]
)


def test_the_red_heads_issuer_and_date_a_space_apart_are_the_masthead():
    issue = parse_all(BRIEFING)
    assert "中共柳湾居民区总支部委员会 2024年7月8日" in issue.furniture
    assert issue.date == "2024-07-08"
    assert issue.articles[0].title == "柳湾居民区开展夏季消防安全检查"
    assert issue.articles[0].kicker is None


def test_a_quote_alone_under_a_banner_is_the_letters_headline():
    letter = next(a for a in parse_all(BRIEFING).articles if "楼道亮了" in a.title)
    assert letter.kicker in ("【居民来信】", "居民来信")
    assert letter.paragraphs[0].startswith("我住在")


def test_a_dashed_sign_off_names_its_writer_and_where_they_live():
    written, [byline] = signed_line("——5 号楼居民 甘素芬")
    assert written == "5 号楼居民 甘素芬"
    # (where the writer lives is how they are known, a title, not a body they write for)
    assert (byline.author, byline.department) == ("甘素芬", None)
    # in brackets, as `（党建办 X）` is, the place is the department's
    [bracketed, _] = signed_line("（新华小学五（2）班　陈某　指导老师：范某）")[1]
    assert bracketed.department == "新华小学五（2）班"
    letter = next(a for a in parse_all(BRIEFING).articles if "楼道亮了" in a.title)
    assert [b.author for b in letter.bylines] == ["甘素芬"]


def test_numbered_items_as_wide_as_the_column_are_items_not_headings():
    plan = next(a for a in parse_all(BRIEFING).articles if a.title == "下阶段工作安排")
    assert plan.intertitles == []
    assert plan.paragraphs[0] == "1.继续做好高层住宅消防通道的日常巡查工作，确保 8 月底前完成。"
    assert len(plan.paragraphs) == 3


def test_a_worry_is_no_ones_name():
    from lcreader.library import build_issue

    issue = build_issue("t", "t.txt", BRIEFING)
    names = {m.name for a in issue.articles for m in a.mentions}
    assert "顾虑多" not in names
    assert "甘素芬" in names
