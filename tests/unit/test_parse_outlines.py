"""A 简报 made as slides and copied from the outline (issue #17): the masthead and a
contents slide over numbered sections, a section's heading printed again with （续）
where it goes on, a letter signed by what its writer is, the makers at the end. Each
test is a small text of its own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

DECK = (
    "松涛社区工作简报\n"
    "\t2024年第3期\n"
    "\t松涛社区居民委员会\u30002024年3月\n"
    "目\u3000录\n"
    "\t楼道照明全部换新\n"
    "\t3月工作数据一览\n"
    "\t居民来信\n"
    "一、楼道照明全部换新\n"
    "\t3月上旬，物业为全小区36个门栋更换了声控灯，楼道里亮堂多了。\n"
    "\t更换工作分三批进行，每批施工前都在楼道张贴告示。\n"
    "一、楼道照明全部换新（续）\n"
    "\t居民代表说，以前晚上下楼要打手电，现在一进门灯就亮。\n"
    "\t（供稿：物业服务条线\u3000章程）\n"
    "二、3月工作数据一览\n"
    "\t走访居民：210户\n"
    "\t受理诉求：31件\n"
    "三、居民来信：谢谢修灯的师傅\n"
    "\t居委会的同志们：\n"
    "\t灯修好了，我们老两口晚上出门也不怕了，谢谢你们！\n"
    "\t8号楼居民\u3000汪秀英\n"
    "\t2024年3月20日\n"
    "谢谢！\n"
    "\t编辑：卜晓\u3000\u3000审核：詹立\n"
    "\t松涛社区居民委员会\u3000编印\n"
)


def test_numbered_sections_under_a_masthead_and_contents_are_the_articles():
    issue = parse_all(DECK)
    assert [a.title for a in issue.articles] == [
        "楼道照明全部换新",
        "3月工作数据一览",
        "居民来信：谢谢修灯的师傅",
    ]
    assert {"松涛社区居民委员会\u30002024年3月", "3月工作数据一览", "居民来信"} <= set(
        issue.furniture
    )
    assert_nothing_lost(DECK, issue)


def test_a_sections_heading_printed_again_with_xu_goes_on_with_it():
    first = parse_all(DECK).articles[0]
    assert len(first.paragraphs) == 3
    assert "一、楼道照明全部换新（续）" in parse_all(DECK).furniture
    assert [(b.department, b.author) for b in first.bylines] == [("物业服务条线", "章程")]


def test_a_letter_signed_by_what_its_writer_is_and_dated():
    letter = parse_all(DECK).articles[-1]
    assert [b.author for b in letter.bylines] == ["汪秀英"]
    assert letter.meta.get("日期") == "2024年3月20日"


def test_the_makers_by_the_colophons_issuer_are_the_issues():
    issue = parse_all(DECK)
    assert "编辑：卜晓\u3000\u3000审核：詹立" in issue.furniture
    assert "编辑" not in issue.articles[-1].meta


DRAFT = (
    "青松社区党建专刊 2024年第1期\n"
    "💡 本期导读\n"
    "1版　社区党委召开组织生活会｜物业联席会议定下三件实事\n"
    "2版　老党员的“修补铺”\n"
    "【排版备注】每版左上角印刊名，右上角印期号。@小宋 2版配图周三前补上\n"
    "【第一版　要闻】\n"
    "社区党委召开组织生活会\n"
    "聚焦问题清单推动整改\n"
    "3月9日下午，青松社区党委召开组织生活会，党员代表30人参加。\n"
    "物业联席会议定下三件实事\n"
    "3月11日，社区党委牵头召开物业联席会议，商定二季度办好三件实事。\n"
    "【第二版　人物】\n"
    "老党员的“修补铺”\n"
    "小区门口的旧木桌边，八十岁的老党员每天为居民义务修伞补鞋。\n"
)


def test_a_pages_contents_entry_names_each_headline_set_apart_by_bars():
    issue = parse_all(DRAFT)
    assert [a.title for a in issue.articles] == [
        "社区党委召开组织生活会",
        "物业联席会议定下三件实事",
        "老党员的“修补铺”",
    ]
    assert issue.articles[0].subtitle == "聚焦问题清单推动整改"
    assert "1版　社区党委召开组织生活会｜物业联席会议定下三件实事" in issue.furniture
    assert_nothing_lost(DRAFT, issue)


def test_a_drafts_note_to_the_typesetter_is_no_text():
    issue = parse_all(DRAFT)
    assert any(line.startswith("【排版备注】") for line in issue.furniture)
