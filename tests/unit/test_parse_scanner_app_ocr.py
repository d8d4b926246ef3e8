"""Pages of a paper for the old read by a scanner app's OCR engine (issue #17, round yn):
a blank line after every block, a stray space now and then (`记 者`), each page's head a
dated line over its section's name; a birthday roll set out by age group, one name under
a group's count, its last name cut by the column, then the next story's headline and
credit. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.entities.people import find_mentions
from tests.helpers import cut_at, parse_all


def blocks(*parts: str) -> str:
    """Each block followed by a blank line, as the engine writes them."""
    return "".join((part if part.endswith("\n") else part + "\n") + "\n" for part in parts)


PAGES = blocks(
    "东湖 第2版 2025年6月15日",
    "健康·生活",
    "健康讲堂",
    "夏天老人怎样防中暑",
    "记 者 邵一鸣",
    cut_at(14, "入夏以后气温升高，老人出汗多却常常不觉得渴，记者请社区医生讲了讲防暑的办法。"),
    cut_at(14, "医生说，老人每天要少量多次喝水，中午前后尽量不出门，出门要戴帽子、带水。"),
    "六月寿星榜",
    cut_at(14, "6月，街道老龄办为辖区高龄老人送上生日蛋糕和慰问金，祝老人们健康长寿!"),
    "九十五周岁(1人)",
    "庞秀英",
    "九十周岁(2人)",
    "顾阿福 钟梅芳",
    "八十周岁(3人)",
    "葛兰英 严德明 祝小",
    "妹",
    "长者食堂开通送餐服务",
    "通讯员 蔡晓明",
    cut_at(14, "从6月起，东湖街道长者食堂为高龄独居老人送餐上门，每份加收配送费两元。"),
    "2025年6月15日 第3版 东湖",
    "文体·副刊",
    "银龄心语",
    "七十岁学书法",
    cut_at(14, "去年秋天，我报名上了老年大学的书法班，一年下来，字写得有模有样了。"),
)


def test_a_role_word_with_a_stray_space_is_still_a_credit():
    heat = parse_all(PAGES).articles[0]
    assert [(b.role, b.author) for b in heat.bylines] == [("记者", "邵一鸣")]
    assert heat.title == "夏天老人怎样防中暑"


def test_a_dated_page_line_over_its_sections_name_is_the_pages_head():
    issue = parse_all(PAGES)
    assert {"健康·生活", "文体·副刊"} <= set(issue.furniture)


def test_a_roll_by_age_group_one_name_under_a_count_is_the_rolls_not_a_signature():
    _, roll, *_ = parse_all(PAGES).articles
    assert roll.title == "六月寿星榜"
    assert "庞秀英" in roll.paragraphs
    assert not roll.bylines
    assert {"庞秀英", "顾阿福", "钟梅芳"} <= {m.name for m in find_mentions(roll)}


def test_a_headline_and_credit_under_a_rolls_cut_last_name_start_the_next_story():
    canteen = parse_all(PAGES).articles[2]
    assert canteen.title == "长者食堂开通送餐服务"
    assert [b.author for b in canteen.bylines] == ["蔡晓明"]


NOTICES = blocks(
    "长者食堂开通送餐服务",
    "通讯员 蔡晓明",
    cut_at(
        14, "从6月起，东湖街道长者食堂为高龄独居老人送餐上门，每份加收配送费两元，低保老人免收。"
    ),
    cut_at(
        14, "开通半个月来，已有一百三十多位老人登记订餐，志愿者和快递小哥每天中午前把饭菜送到家。"
    ),
    "活动预告",
    "防诈讲座报名啦",
    "时间:6月12日(周四)下午2:00",
    "地点:街道社区文化活动中心三\n楼报告厅",
    "报名:请于6月10日前向所在社\n区居委会报名，额满为止。",
    "街 道老龄办",
    "更正",
    cut_at(14, "本报第4期第3版一文中，“赵桂英”应为“赵桂瑛”，特此更正，并向当事人致歉。"),
    "本 报编辑部",
)


def test_a_fields_value_cut_by_the_column_is_no_signature():
    talk = parse_all(NOTICES).articles[1]
    assert "地点:街道社区文化活动中心三楼报告厅" in talk.paragraphs


def test_a_body_signing_with_a_stray_space_signs_and_the_next_notice_starts():
    _, talk, correction = parse_all(NOTICES).articles
    assert [b.department for b in talk.bylines] == ["街道老龄办"]
    assert correction.title == "更正"
    assert [b.department for b in correction.bylines] == ["本报编辑部"]


ESSAY_THEN_BOX = blocks(
    "七十岁，我进了老年大学",
    cut_at(14, "去年秋天，我七十岁生日那天，女儿送了我一份特别的礼物，一张老年大学的入学通知书。"),
    cut_at(14, "人家说活到老学到老，我觉得，学了才知道自己还能学。"),
    "退休工人 邵德明",
    "防诈小课堂",
    "防诈骗，记住这几点",
    cut_at(14, "近期，冒充医保局工作人员的诈骗电话又多了起来，请老年朋友牢记以下几点。"),
)


def test_a_retired_workers_signature_signs_the_essay_before_the_next_box():
    essay, box = parse_all(ESSAY_THEN_BOX).articles
    assert [b.author for b in essay.bylines] == ["邵德明"]
    assert not any("防诈" in p for p in essay.paragraphs)
    assert any("冒充医保局" in p for p in box.paragraphs)
