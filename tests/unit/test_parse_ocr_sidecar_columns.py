"""A scanned 老年报 read by an OCR engine page by page (issue #17, round yk): every
character set a space apart, narrow columns hard-wrapped, the indents dropped (a
paragraph's first line stops two characters short of the column), each page under
its number and section (`2 综 合`) and a dated editor's line. Every word is my own;
none of a corpus file's."""

from __future__ import annotations

from lcreader.parse.explain import explain
from tests.helpers import indent_lost, parse_all

# The column: twelve characters a line, a paragraph's first ten (its indent lost).
_column = indent_lost


def _spaced(line: str) -> str:
    """The engine's spacing: a space between every two characters, digits kept whole."""
    out = ""
    for ch in line:
        if out and not (ch.isdigit() and out[-1].isdigit()):
            out += " "
        out += ch
    return out


def _page(*lines: str) -> str:
    return "\n".join(_spaced(line) for line in lines) + "\n"


SCAN = _page(
    "晚霞",
    "青枫镇老年协会主办",
    "2024年5月第2期（总第17期）",
    "",
    "老年合唱团赴区里汇演",
    "",
    *_column(
        "本报讯五月十二日，镇老年合唱团赴区参加汇演。一曲新编的山歌获得了全区老年文艺汇演的一等奖。",
        "团长孙桂英说，队员们每周练唱两次，风雨无阻，大家都把唱歌当成了晚年最快乐的事情。",
        "下一步，合唱团还将走进各村为乡亲们演出，把好听的歌送到家门口。（镇老年协会）",
    ),
    "",
    "合唱团队员在汇演现场演唱。",
    "柏青山摄",
    "2综合",
    "2024年5月责任编辑：方禾",
    "",
    "诗词园地",
    "五律·初夏",
    "",
    "青枫村柳雪芹",
    "",
    "麦浪翻金穗，荷钱点翠池。",
    "蝉声催日永，燕语绕檐低。",
    "老伴烹新茗，邻翁送嫩枝。",
    "闲来街口坐，笑看晚霞迟。",
    "",
    "往事回眸",
    "老镇上的电影院",
    "",
    *_column(
        "我小时候最盼望的就是去镇上的电影院看电影。那时候一张票五分钱，要攒好几天零花钱才够。",
        "电影院是砖木结构的大房子，里面摆着一排排长条木椅，放映机嗒嗒地响，银幕上的人物就活了过来。",
        "如今电影院早已拆了，原地盖起了文化中心。可每次路过那里，我总会想起那嗒嗒的放映机声。",
    ),
    "",
    "退休教师吴明远",
    "",
    "关于开展端午节慰问活动的通知",
    "",
    "各村（社区）老年分会：",
    *_column("为弘扬尊老敬老的传统美德，协会决定在端午节前开展慰问活动。现将有关事项通知如下："),
    "慰问对象：全镇八十周岁以上老人",
    "慰问方式：各分会组织志愿者",
    "上门送粽子，并了解老人的",
    "生活需求",
    "",
    "青枫镇老年协会",
    "2024年5月18日",
    "",
    "防骗课堂",
    "陌生电话说中奖老人千万别转账",
    "",
    *_column(
        "近来，有人冒充电视台打电话给老人，说老人中了大奖，要先交手续费才能领奖。",
        "镇派出所民警提醒：天上不会掉馅饼，凡是要先交钱的中奖电话都是骗局，接到后请马上挂断。",
    ),
    "",
    "一周要闻",
    "",
    "镇里部署防汛防台工作",
    *_column("六月二十日，镇里召开会议，对低洼小区和在建工地逐一排查，落实应急队伍和物资。"),
    "",
    "社区食堂新增送餐服务",
    *_column("六月二十四日起，社区食堂为行动不便的高龄老人提供送餐上门服务。"),
)


def _article(issue, title):
    return next(a for a in issue.articles if a.title == title)


def test_a_pages_number_and_section_over_its_dated_editor_line_is_the_pages_head():
    issue = parse_all(SCAN)
    assert "2综合" in issue.furniture
    assert "2024年5月责任编辑：方禾" in issue.furniture
    assert all("2综合" not in (a.kicker or "") + a.title for a in issue.articles)


def test_a_sentence_under_a_byline_over_its_photographers_credit_is_the_pictures_caption():
    issue = parse_all(SCAN)
    first = _article(issue, "老年合唱团赴区里汇演")
    assert first.captions == ["合唱团队员在汇演现场演唱。 柏青山摄"]
    assert ("摄影", "柏青山") in [(b.role, b.author) for b in first.bylines]
    assert first.paragraphs[-1].endswith("把好听的歌送到家门口。")


def test_a_line_as_wide_as_the_column_goes_on_with_the_paragraph_a_stop_ended_above():
    first = _article(parse_all(SCAN), "老年合唱团赴区里汇演")
    assert first.paragraphs[0] == (
        "本报讯五月十二日，镇老年合唱团赴区参加汇演。一曲新编的山歌获得了全区老年文艺汇演的一等奖。"
    )
    assert len(first.paragraphs) == 3


def test_a_poems_writer_under_its_title_is_read_though_the_engines_spaces_took_the_gap():
    issue = parse_all(SCAN)
    poem = _article(issue, "五律·初夏")
    assert poem.kicker == "诗词园地"
    assert [b.author for b in poem.bylines] == ["柳雪芹"]
    assert poem.paragraphs == [
        "麦浪翻金穗，荷钱点翠池。",
        "蝉声催日永，燕语绕檐低。",
        "老伴烹新茗，邻翁送嫩枝。",
        "闲来街口坐，笑看晚霞迟。",
    ]


def test_a_paragraphs_first_line_an_indent_short_of_the_column_is_no_headline():
    issue = parse_all(SCAN)
    essay = _article(issue, "老镇上的电影院")
    assert essay.kicker == "往事回眸"
    assert essay.paragraphs[0].startswith("我小时候最盼望的就是去镇上的电影院看电影。")
    assert len(essay.paragraphs) == 3
    # (its writer's post and name, the gap between them lost with the engine's spaces)
    assert [b.author for b in essay.bylines] == ["吴明远"]


def test_a_notices_signer_and_date_under_a_field_the_column_wrapped():
    issue = parse_all(SCAN)
    notice = _article(issue, "关于开展端午节慰问活动的通知")
    assert notice.paragraphs[-1] == "慰问方式：各分会组织志愿者上门送粽子，并了解老人的生活需求"
    assert [b.department for b in notice.bylines] == ["青枫镇老年协会"]
    assert notice.meta.get("日期") == "2024年5月18日"


def test_a_briefs_headline_an_indent_short_over_its_texts_first_line_stays_a_headline():
    issue = parse_all(SCAN)
    assert [a.title for a in issue.articles[-2:]] == [
        "镇里部署防汛防台工作",
        "社区食堂新增送餐服务",
    ]
    assert issue.articles[-1].paragraphs == [
        "六月二十四日起，社区食堂为行动不便的高龄老人提供送餐上门服务。"
    ]


def test_a_column_name_over_a_headline_wider_than_the_column_heads_the_next_story():
    issue = parse_all(SCAN)
    last = _article(issue, "陌生电话说中奖老人千万别转账")
    assert (last.kicker, last.title) == ("防骗课堂", "陌生电话说中奖老人千万别转账")
    assert last.paragraphs[0].startswith("近来，有人冒充电视台")
    rules = {row.text: row.rule for row in explain(SCAN)}
    assert rules["我小时候最盼望的就是"] != "title.event"
