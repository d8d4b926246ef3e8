"""Texts saved out of Word and newsroom forms (issue #17): a 稿件汇编's records with
fields of their own labels, a line broken only at spaces (`pandoc -t plain`), Word's
made-up picture text, a foot of two distribution labels on one line, authors signed
under a headline by where they live or what they are. Each test is a small text of its
own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

RULE = "=" * 30
RECORDS = (
    "青石街道融媒体工作站\n稿件汇编\n2024年第15期\n\n"
    + RULE
    + "\n【稿件编号】QS-0412-01\n【栏目】平安建设\n【标题】社区开展防诈骗宣传\n【作者】通讯员 温小雅\n"
    "【正文】\n　　4月12日，青石社区在广场开展防诈骗宣传，民警现场讲解常见骗局。\n"
    "【图片】QS0412-01.jpg\n【图说】民警向居民讲解防诈骗知识。\n【责任编辑】岑立\n"
    "【刊发情况】待刊\n"
    + RULE
    + "\n【稿件编号】QS-0413-02\n【标题】长者助餐点新增晚餐服务\n【作者】\n"
    "【正文】\n　　青石讯（通讯员 葛一凡）4月13日起，青石社区长者助餐点每天增加晚餐供应。\n"
    "【责任编辑】岑立\n【刊发情况】已刊\n"
)


def test_fields_of_the_exports_own_labels_are_each_records_meta():
    issue = parse_all(RECORDS)
    first, second = issue.articles
    assert [a.title for a in issue.articles] == ["社区开展防诈骗宣传", "长者助餐点新增晚餐服务"]
    assert first.meta == {"稿件编号": "QS-0412-01", "责任编辑": "岑立", "刊发情况": "待刊"}
    assert second.meta["稿件编号"] == "QS-0413-02"
    assert "【图片】QS0412-01.jpg" in issue.furniture
    assert first.kicker == "平安建设" and first.captions == ["民警向居民讲解防诈骗知识。"]
    assert_nothing_lost(RECORDS, issue)


def test_a_places_news_word_before_a_credit_is_the_papers_own():
    second = parse_all(RECORDS).articles[1]
    assert [(b.role, b.author) for b in second.bylines] == [("通讯员", "葛一凡")]
    assert second.paragraphs == ["4月13日起，青石社区长者助餐点每天增加晚餐供应。"]


PLAIN = (
    "柳岸居民区简报\n\n"
    "柳岸居民区召开楼组长会议\n\n"
    "4月8日下午，柳岸居民区召开楼组长会议，布置春季环境整治工作，三十余名楼组长参加。"
    "（供稿：居委会\n伍佳）\n\n"
    "[图片包含 人, 室内, 会议 描述已自动生成]\n\n"
    "会议现场。（摄影：伍佳）\n\n"
    "小区新添健身步道\n\n"
    "近日，柳岸小区新建的健身步道正式启用，全长四百米，沿途设有休息座椅。\n\n"
    "居民来稿\n\n"
    "楼下的那棵玉兰\n\n"
    "柳岸二村 严素芬\n\n"
    "每年三月，楼下的玉兰都开得满树雪白，老邻居们总爱在树下聊聊家常。\n\n"
    "报送：街道党工委　　抄送：街道自治办\n\n"
    "编辑：伍佳　审核：严立群　　（共印40份）\n"
)


def test_a_credit_broken_at_its_space_is_one_credit():
    first = parse_all(PLAIN).articles[0]
    assert (first.bylines[0].department, first.bylines[0].author) == ("居委会", "伍佳")
    assert first.paragraphs[-1].endswith("三十余名楼组长参加。")


def test_words_made_up_for_a_picture_are_no_text_and_the_headline_under_it_heads():
    issue = parse_all(PLAIN)
    assert "[图片包含 人, 室内, 会议 描述已自动生成]" in issue.furniture
    assert issue.articles[0].captions == ["会议现场。（摄影：伍佳）"]
    assert issue.articles[1].title == "小区新添健身步道"
    assert_nothing_lost(PLAIN, issue)


def test_a_residents_place_and_name_under_a_headline_sign_it():
    last = parse_all(PLAIN).articles[-1]
    assert (last.kicker, last.title) == ("居民来稿", "楼下的那棵玉兰")
    assert [(b.department, b.author) for b in last.bylines] == [("柳岸二村", "严素芬")]


def test_two_distribution_labels_on_one_line_are_the_issues_foot():
    issue = parse_all(PLAIN)
    assert "报送：街道党工委　　抄送：街道自治办" in issue.furniture
    assert "编辑：伍佳　审核：严立群　　（共印40份）" in issue.furniture
    assert "报送" not in "".join(issue.articles[-1].paragraphs)


def test_what_a_writer_is_before_the_name_under_a_poems_headline_signs_it():
    text = "春夜\n\n枫桥社区退休教师\u3000晏如松\n\n窗外细雨轻轻落，\n楼下灯火慢慢明，\n"
    article = parse_all(text).articles[0]
    assert article.title == "春夜"
    assert [b.author for b in article.bylines] == ["晏如松"]
    assert_nothing_lost(text, parse_all(text))


def test_a_story_set_flush_keeps_a_paragraph_a_line_beside_stories_set_indented():
    # Saved from Word: one page's essay indents its paragraphs, the news on another
    # page sets each paragraph flush on a line of its own.
    news = (
        "桂园小区加装电梯完工\n"
        "本报记者　柯宇\n\n"
        "9月2日，桂园小区6号楼的电梯正式投入使用。\n"
        "“以前下一趟楼要歇三回。”住在七楼的芮阿婆说。\n"
        "街道今年已为老旧小区加装电梯11台。\n\n"
    )
    essay = "母亲的缝纫机\n文／聂青\n\n" + "".join(
        f"\u3000\u3000{sentence}\n"
        for sentence in (
            "家里的缝纫机是母亲的陪嫁。",
            "小时候，我常趴在机板边看她踩踏板。",
            "衣服破了，母亲总能补得看不出痕迹。",
            "后来搬了新家，缝纫机一直摆在阳台上。",
            "如今母亲老了，缝纫机也歇了。",
            "可那咔嗒咔嗒的声音，我一直记得。",
        )
    )
    issue = parse_all(news + essay)
    assert [a.title for a in issue.articles] == ["桂园小区加装电梯完工", "母亲的缝纫机"]
    assert issue.articles[0].paragraphs == [
        "9月2日，桂园小区6号楼的电梯正式投入使用。",
        "“以前下一趟楼要歇三回。”住在七楼的芮阿婆说。",
        "街道今年已为老旧小区加装电梯11台。",
    ]
    assert len(issue.articles[1].paragraphs) == 6
