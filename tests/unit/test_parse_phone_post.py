"""A 公众号 issue copied in a phone's browser (issue #17): the post's header a line per
item, sections under an editor's bar (`▍`), briefs marked `◆` (one with a comma in its
headline), an editor's note before the first section, a letter signed with its writer's
home and name over a day with no year. Each text is my own; none of a corpus file's
words."""

from __future__ import annotations

from tests.helpers import parse_all

HEADER = (
    "柳塘月刊｜2024年9月刊·总第15期\n\n原创\n柳塘社区\n柳塘月刊\n2024年09月26日 19:12\n江苏\n\n"
)
NOTE = "编者按：本期有加装电梯的新进展、两则社区快讯和一封居民来信。\n\n"
LEAD = (
    "▍社区要闻\n\n"
    "从“等一等”到“马上办”：柳塘新村5幢电梯开工\n\n"
    "9月20日上午，柳塘新村5幢加装电梯正式开工，18户居民在楼下见证了这一刻。\n\n"
    "社区党委书记戴文清介绍，这部电梯从征询到开工用了十一个月。（通讯员 卢思齐）\n\n"
)
BRIEFS = (
    "▍社区快讯\n\n"
    "◆ 中秋做月饼，邻里聚一堂\n\n"
    "9月15日，社区食堂里飘出月饼香，四十多位居民和志愿者一起揉面、包馅。\n\n"
    "◆ 反诈课堂走进柳塘\n\n"
    "9月18日，社区民警结合身边案例，教老人识别冒充客服退款等骗局。\n\n"
)
LETTER = (
    "▍居民来信\n\n"
    "一把雨伞，暖了一个雨夜\n\n"
    "柳塘社区的工作人员：\n\n"
    "那天晚上雨下得很大，网格员冒雨把我父亲送回了家，我们全家都很感动。\n\n"
    "柳塘新村3幢居民 褚秀琴\n"
    "9月21日\n"
)


def post() -> str:
    return HEADER + NOTE + LEAD + BRIEFS + LETTER


def test_a_posts_header_a_line_per_item_is_furniture():
    issue = parse_all(post())
    assert {"原创", "柳塘社区", "江苏", "2024年09月26日 19:12"} <= set(issue.furniture)
    assert all("原创" not in (a.title or "") for a in issue.articles)


def test_a_months_issue_is_dated_by_its_number_line_not_the_posts_time():
    assert parse_all(post()).date == "2024-09"


def test_an_editors_bar_over_a_headline_set_apart_heads_a_section():
    issue = parse_all(post())
    lead = next(a for a in issue.articles if "电梯开工" in a.title)
    # one story under `社区要闻`, up to the next bar: that story's kicker
    assert lead.kicker == "社区要闻"
    assert [(b.role, b.author) for b in lead.bylines] == [("通讯员", "卢思齐")]
    titles = [a.title for a in issue.articles]
    # two briefs under `社区快讯`: the run's head, and each brief its own article
    assert "中秋做月饼，邻里聚一堂" in titles and "反诈课堂走进柳塘" in titles
    assert "社区快讯" in issue.furniture
    assert "社区快讯" not in titles


def test_an_editors_note_before_the_first_bar_lends_it_no_title():
    issue = parse_all(post())
    assert "社区要闻" not in [a.title for a in issue.articles]


def test_a_letter_signed_with_home_and_name_over_a_day_is_signed():
    letter = parse_all(post()).articles[-1]
    assert (letter.kicker, letter.title) == ("居民来信", "一把雨伞，暖了一个雨夜")
    assert [(b.department, b.author) for b in letter.bylines] == [(None, "褚秀琴")]
    assert letter.meta.get("日期") == "9月21日"


PC_POST = (
    "柳湾社区报·8月刊\n\n"
    "本期目录\n志愿者风采｜“银发巡逻队”的夏夜\n健康驿站｜高温天，老人防暑记住这几点\n\n"
    "志愿者风采\n\n“银发巡逻队”的夏夜\n\n"
    "晚上七点半，柳湾社区“银发巡逻队”的12名队员就戴上红袖章出发了。\n"
    "巡逻队员在滨河步道检查护栏\n\n"
    "健康驿站\n\n高温天，老人防暑记住这几点\n"
    "连续高温天气，老年人容易中暑，社区卫生服务中心提醒大家少出门、多喝水。\n\n"
    "END\n\n预览时标签不可点\n微信扫一扫\n关注该公众号\n\n取消\n允许\n\n：\n，\n。\n视频\n赞\n"
)


def test_the_texts_last_line_over_a_blank_line_is_no_kicker_of_the_next():
    issue = parse_all(PC_POST)
    tips = next(a for a in issue.articles if a.title == "高温天，老人防暑记住这几点")
    assert tips.kicker == "健康驿站"
    patrol = next(a for a in issue.articles if a.title == "“银发巡逻队”的夏夜")
    assert "巡逻队员在滨河步道检查护栏" in patrol.paragraphs + patrol.captions


def test_an_apps_buttons_after_end_are_furniture_though_a_mark_stands_alone():
    issue = parse_all(PC_POST)
    assert {"END", "微信扫一扫", "。"} <= set(issue.furniture)
    assert all(a.title != "END" for a in issue.articles)
