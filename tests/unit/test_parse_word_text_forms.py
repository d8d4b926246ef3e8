"""Word and layout-program text saves (issue #17, incoming rounds v and x): a story
credited under its headline followed by another closing on a credit of its own; a
column's name and a headline each set apart after a list's last item; a headline block
right after a story's jump out; an honour roll under its headline after a story told
in sentences. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

CREDITED_AT_HEAD = (
    "第一版　要闻\n\n"
    "桃源街道老旧小区完成雨污分流改造\n"
    "本报记者　龙小川\n\n"
    "11月3日，随着桃源三村最后一段管道接通，街道今年的雨污分流改造全部完工，共改造管网四千二百米。\n"
    "施工期间，街道每周召开一次协调会，及时解决居民反映的出行和噪声问题。\n"
    "据悉，明年街道还将对另外六个小区开展改造。\n\n"
    "冬季用火用电　这份安全提示请收好\n\n"
    "天气转冷，取暖设备使用增多，火灾风险随之上升。\n"
    "街道消防站提醒居民，不要在楼道内为电动自行车充电，离家时关闭取暖器电源。\n"
    "（桃源街道消防站　供稿）\n"
)


def test_a_story_credited_at_its_head_takes_no_second_credit_at_its_foot():
    issue = parse_all(CREDITED_AT_HEAD)
    assert [a.title for a in issue.articles] == [
        "桃源街道老旧小区完成雨污分流改造",
        "冬季用火用电　这份安全提示请收好",
    ]
    first, second = issue.articles
    assert not first.captions and len(first.paragraphs) == 3
    assert [b.department for b in second.bylines] == ["桃源街道消防站"]


def test_a_short_heading_set_apart_in_a_story_credited_at_its_head_stays_its_part():
    text = CREDITED_AT_HEAD.replace("冬季用火用电　这份安全提示请收好", "后续还有六个小区")
    issue = parse_all(text)
    assert len(issue.articles) == 1


BLANK_PARTED = (
    "西塘居民区工作简报\n\n"
    "十一月份重点工作\n\n"
    "-   11月5日 召开楼组长会议\n\n"
    "-   11月12日 开展消防安全检查\n\n"
    "-   11月下旬 完成冬季慰问走访\n\n"
    "邻里之间\n\n"
    "“热心肠”阿姨：楼道里的“管家婆”\n\n"
    "在西塘二村，提起热心肠阿姨，楼里的住户没有不知道的。她每天一早就把楼道扫得干干净净。\n\n"
    "谁家来了快递没人收，她帮着代收；谁家老人生病，她第一个上门看望。\n\n"
    "（通讯员　伍丽）\n"
)


def test_a_columns_name_and_a_headline_set_apart_after_a_lists_last_item_start_a_story():
    issue = parse_all(BLANK_PARTED)
    story = issue.articles[-1]
    assert (story.kicker, story.title) == ("邻里之间", "“热心肠”阿姨：楼道里的“管家婆”")
    assert story.paragraphs[0].startswith("在西塘二村")
    assert not any("邻里之间" in p for a in issue.articles for p in a.paragraphs)


JUMPED = (
    "学习园地\n"
    "“红色足迹”寻访活动走进老街\n"
    "■ 记者　严晓峰\n"
    "10月20日，街道组织四十余名党员沿老街寻访革命旧址，重温入党誓词。\n"
    "寻访路线全长一千二百米，沿途设有六个讲解点，由退休教师担任讲解员，讲述当年\n"
    "（下转第2版）\n"
    "党员们在旧址前重温入党誓词。　石磊 摄\n"
    "支部书记说\n"
    "把服务送到楼门口\n"
    "编者按：今年以来，各居民区党组织把服务阵地设在楼组，听听几位支部书记怎么说。\n"
    "西塘一村党支部书记　戚红：党员亮了身份，居民有事就知道找谁。\n"
)


def test_a_headline_block_after_a_storys_jump_out_starts_the_next_story():
    issue = parse_all(JUMPED)
    first, second = issue.articles
    assert (first.kicker, first.title) == ("学习园地", "“红色足迹”寻访活动走进老街")
    # (which of the two lines is the column's name is another rule's question)
    assert {second.kicker, second.title, second.subtitle} >= {"支部书记说", "把服务送到楼门口"}
    assert issue.articles[0].captions == ["党员们在旧址前重温入党誓词。　石磊 摄"]
    assert issue.articles[1].paragraphs[0].startswith("编者按：")


ROLL_AFTER_STORY = (
    "社区动态\n"
    "西塘街道举行重阳敬老活动\n"
    "10月11日，西塘街道在睦邻中心举行重阳敬老活动，为辖区九十岁以上老人送上节日慰问，现场还表演了越剧和快板。\n"
    "荣誉榜\n"
    "西塘街道2024年度“好邻居”名单\n"
    "好邻居（6名）\n"
    "乔晓梅\t戚国强\t屠　平\n"
    "柴立新\t苗红英\t席　军\n"
    "好楼组长（3名）\n"
    "骆玉珍\t裘家明\t卞　芳\n"
)


def test_a_headline_over_a_rolls_first_part_after_a_story_starts_the_roll():
    issue = parse_all(ROLL_AFTER_STORY)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("社区动态", "西塘街道举行重阳敬老活动"),
        ("荣誉榜", "西塘街道2024年度“好邻居”名单"),
    ]
    roll = issue.articles[1]
    assert roll.subtitle is None
    assert roll.paragraphs[0] == "好邻居（6名）"
    assert [roll.paragraphs[k] for k in roll.intertitles] == ["好邻居（6名）", "好楼组长（3名）"]


PDF_PAGES = (
    "西塘街道报\n"
    "2024年11月8日 星期五 第11期\n"
    "社区动态\n"
    "西塘街道举行重阳敬老活动\n"
    "记者 詹晓鸣\n"
    "10月11日，西塘街道在睦邻中心举行重阳敬老\n"
    "活动，为辖区九十岁以上老人送上节日慰问。\n"
    "责任编辑：芮小雨\n"
    "2\n"
    "\f社区生活 2024年11月8日 星期五\n"
    "冬季防火小贴士\n"
    "天气干燥，火灾多发。街道消防站提醒居民做好\n"
    "以下几点：\n"
    "1.离家时关闭电源。不在楼道内为电动车充电。\n"
    "2.家中常备灭火器。老人、儿童等家庭成员都\n"
    "要学会正确使用灭火器和逃生面罩，\n"
    "责任编辑：詹晓鸣\n"
    "3\n"
    "\f邻里·文苑 2024年11月8日 星期五\n"
    "发现火情及时拨打119报警。\n"
    "（西塘街道消防站供稿）\n"
    "桂花又开了\n"
    "老宅院里的桂花树又开了，满院都是香气。母亲\n"
    "说，这棵树比我的年纪还大。\n"
    "西塘二村 芮美华\n"
)


def test_a_pages_section_named_in_two_words_beside_its_date_is_the_pages_head():
    issue = parse_all(PDF_PAGES)
    assert "邻里·文苑 2024年11月8日 星期五" in issue.furniture
    assert all("文苑" not in (a.title or "") for a in issue.articles)


def test_an_editor_line_under_a_sentence_the_page_cut_is_the_pages():
    issue = parse_all(PDF_PAGES)
    tips = issue.articles[1]
    assert tips.title == "冬季防火小贴士"
    assert tips.paragraphs[-1].endswith("要学会正确使用灭火器和逃生面罩，发现火情及时拨打119报警。")
    assert "责任编辑" not in tips.meta and "责任编辑：詹晓鸣" in issue.furniture
    assert [b.department for b in tips.bylines] == ["西塘街道消防站"]
    # (under a finished story the line at the page's foot is that story's, as before)
    assert issue.articles[0].meta.get("责任编辑") == "芮小雨"
