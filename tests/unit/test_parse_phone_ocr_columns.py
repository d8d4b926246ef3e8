"""Photos of a printed 老年报 read by a phone gallery's OCR (issue #17, round ym): a line
per printed line of narrow columns, the indents dropped, a paragraph's first line an
indent short of a column whose width wavers with its quotes and figures; briefs under
`简讯` headed in brackets, their text wrapped; a roll's last names, then the next piece;
a reader's letter signed over the editor's note. Every word is my own; none of a corpus
file's."""

from __future__ import annotations

from tests.helpers import indent_lost, parse_all


def _column(*paragraphs: str) -> str:
    """Twelve characters a full line, a paragraph's first ten (its indent lost)."""
    return "\n".join(indent_lost(*paragraphs)) + "\n"


PAGE = (
    "松 龄\n枫浦街道老年协会主办\n2024年7月26日 星期五\n\n"
    "老年食堂开进新小区\n"
    "通讯员 葛青\n\n"
    + _column(
        "7月18日中午，枫浦街道第四家“老年食堂”在梧桐苑小区开张，不少老人拎着饭盒来打饭。",
        "梧桐苑是建于九十年代的小区，六十岁以上的居民占了三成多，独居和纯老家庭有一百多户。",
        "食堂的菜价按老人年龄分档补贴，八十岁以上的老人一顿饭只要八元，还能送餐上门。",
        "协会还组织了十二名低龄老人志愿者，负责分餐、收碗和给行动不便的老人送饭上门。",
        "街道老年协会会长说，今年年底前全街道还将再建两家“老年食堂”，让更多老人受益。",
    )
    + "\n简讯\n\n"
    + _column("【书画班招生】老年大学秋季书画班即日起接受报名，名额三十个，报名地点在协会一楼。")
    + "\n"
    + _column("【免费量血压】每周二上午，社区卫生服务中心医生在老年活动室为老人免费测量血压。")
    + "\n六月“好邻居”名单\n\n"
    + _column("经楼组推荐、居民代表评议，以下老人获评六月“好邻居”，特此表扬。")
    + "优秀楼组长（3名）\n"
    "沈建国　陶美华　吴德林\n"
    "“小小志愿者”（2名）\n"
    "韩子轩　邱雨桐\n\n"
    "听听楼组长怎么说\n\n"
    + _column(
        "议事会开过以后，我们请两位楼组长谈谈各自楼里的做法，听听他们的经验和难处。",
    )
    + "\n读者来信\n"
    "谢谢你，小柏\n\n"
    "编辑同志：\n"
    + _column(
        "我是梧桐苑小区的独居老人，今年八十岁。上个月家里的水管爆了，楼里的小柏帮我关了总阀。",
        "小柏是个快递员，平时早出晚归，可谁家有事他都愿意搭把手。我想借报纸说一声谢谢。",
    )
    + "梧桐苑居民 叶秀珍\n"
    + _column("编者附言：邻里之间的互相帮衬，是老人们最踏实的依靠，欢迎读者继续来信。")
)


def test_paragraphs_open_an_indent_short_of_a_column_whose_width_wavers():
    canteen = parse_all(PAGE).articles[0]
    assert canteen.title == "老年食堂开进新小区"
    assert len(canteen.paragraphs) == 5
    assert canteen.paragraphs[0].startswith("7月18日中午，枫浦街道第四家“老年食堂”")


def test_briefs_headed_in_brackets_under_their_runs_head_though_their_text_wraps():
    titles = [a.title for a in parse_all(PAGE).articles]
    assert "书画班招生" in titles and "免费量血压" in titles


def test_a_headline_under_a_rolls_last_names_begins_another_piece():
    issue = parse_all(PAGE)
    titles = [a.title for a in issue.articles]
    assert "听听楼组长怎么说" in titles
    roll = next(a for a in issue.articles if a.title == "六月“好邻居”名单")
    assert "韩子轩　邱雨桐" in roll.paragraphs


def test_a_letters_writer_over_the_editors_note_signs_it():
    letter = parse_all(PAGE).articles[-1]
    assert (letter.kicker, letter.title) == ("读者来信", "谢谢你，小柏")
    assert [b.author for b in letter.bylines] == ["叶秀珍"]


PAGE_FOUR = (
    _column(
        "小柏是个快递员，平时早出晚归，可谁家有事他都愿意搭把手，楼里的老人都念他的好。",
        "居委会说，下个月还要请他给大家讲讲怎样辨别冒充快递的电话骗局，欢迎老人们来听。",
    )
    + "\n康 乐\n"
    "2024年7月26日 星期五\n"
    "4\n"
    "松龄\n"
    "责任编辑:俞静 美术编辑:陶然\n"
    "健康课堂\n"
    "夏季防中暑 记住“三个要”\n"
    "通讯员 吴凤仙\n"
    + _column(
        "入伏以后，气温一天比一天高，老年人体温调节能力弱，中暑的风险随之上升。",
        "社区卫生服务中心的医生提醒老人，白天少出门，多喝水，室内要通风降温。",
        "家中常备藿香正气水等防暑药品，身体不适要及时到医院就诊，不要硬扛。",
    )
    + "\n征稿启事\n\n"
    + _column(
        "《松龄》面向全街道老年朋友征稿，欢迎来稿讲述晚年生活和邻里故事，也欢迎诗词书画。",
        "来稿请注明姓名、住址和联系电话，字迹务必清楚，一经刊用即寄赠当期报纸。",
    )
)


def test_a_pages_section_set_letter_spaced_over_its_head_is_the_pages():
    issue = parse_all(PAGE + PAGE_FOUR)
    assert "康 乐" in issue.furniture
    health = next(a for a in issue.articles if a.title == "夏季防中暑 记住“三个要”")
    assert health.kicker == "健康课堂"


def test_a_notices_title_over_a_paragraph_an_indent_short_begins_the_notice():
    issue = parse_all(PAGE + PAGE_FOUR)
    assert issue.articles[-1].title == "征稿启事"
    assert issue.articles[-1].paragraphs[0].startswith("《松龄》面向全街道")
