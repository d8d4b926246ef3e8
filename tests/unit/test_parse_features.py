"""A feature page and a tabloid's front (issue #17): three-deck headlines, pull quotes,
a labelled box with its own title and byline, a ▲ caption
with its credit. Each test is a small text of its own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

FRONT = (
    "东园\n"
    "社区报\n"
    "DONGYUAN SHEQUBAO\n"
    "2024年6月14日　星期五　　第12期\n\n"
    "八个小区完成适老化改造\n"
    "老弄堂里\n"
    "开出“共享客厅”\n"
    "——东园街道探索旧改后的社区营造\n"
    "本报记者　韩立新\n"
    "  初夏的傍晚，东园一条老弄堂里传出笑\n"
    "声。弄堂口一间老客堂间改成了共享客厅。\n"
    "  这是东园街道今年完成改造的八个小区\n"
    "之一。每个小区都留出了一处公共空间，由\n"
    "▲居民在共享客厅里下棋。　本报记者　韩立新　摄\n"
    "居民自己商量用途。\n\n"
    "卫生服务中心延长门诊时间\n"
    "下班看病　晚上也有医生\n"
    "每周一至周五门诊开到晚上八点\n"
    "  本报讯　6月3日起，东园社区卫生服务中心全\n"
    "科门诊延长到晚上八点。\n"
    "（通讯员　魏秀兰）\n"
)


def test_the_papers_name_over_its_date_line_is_the_mastheads():
    issue = parse_all(FRONT)
    assert {"东园", "社区报", "DONGYUAN SHEQUBAO"} <= set(issue.furniture)
    assert issue.number == "第12期"


def test_a_kicker_a_title_in_two_lines_and_a_dashed_subtitle():
    first = parse_all(FRONT).articles[0]
    assert (first.kicker, first.title, first.subtitle) == (
        "八个小区完成适老化改造",
        "老弄堂里开出“共享客厅”",
        "东园街道探索旧改后的社区营造",
    )


def test_a_three_line_headline_after_a_finished_story_starts_the_next():
    issue = parse_all(FRONT)
    assert len(issue.articles) == 2
    second = issue.articles[1]
    assert (second.kicker, second.title, second.subtitle) == (
        "卫生服务中心延长门诊时间",
        "下班看病　晚上也有医生",
        "每周一至周五门诊开到晚上八点",
    )


def test_a_marked_caption_with_its_credit_is_a_caption_and_the_sentence_goes_on():
    first = parse_all(FRONT).articles[0]
    assert first.captions == ["居民在共享客厅里下棋。　本报记者　韩立新　摄"]
    assert first.paragraphs[-1].endswith("由居民自己商量用途。")
    assert_nothing_lost(FRONT, parse_all(FRONT))


def test_an_indented_line_cut_after_de_is_no_headline():
    text = (
        "老客堂间变成共享客厅\n\n"
        "  傍晚，弄堂口的共享客厅里坐满了下棋的老人。\n"
        "  这是东园街道今年完成适老化改造的\n"
        "八个小区之一。东园街道今年的适老化改造给每个小区都加装了扶手和坡道。\n"
        "（自治办）\n"
    )
    [article] = parse_all(text).articles
    assert article.paragraphs[-1].startswith("这是东园街道今年完成适老化改造的八个小区之一。")


PROFILE = (
    "人物\n"
    "身边榜样\n"
    "“热心阿姨”的三百个电话\n"
    "——记东园居民区志愿者韩秀兰\n"
    "本报记者　魏立新\n\n"
    "在东园小区，提起韩秀兰，居民都叫她“热心阿姨”。三年里她打出去的电话有三百多个。\n"
    "一本台账，记满了“为什么”\n"
    "韩秀兰退休前是会计。她给每个门洞做一本台账，签了的打勾，没签的写原因。"
    "“原因写清楚了，才知道该找谁。”\n\n"
    "“原因写清楚了，才知道该找谁。”\n\n"
    "她说，那是她最开心的一天。此后又有五个门洞陆续\n\n"
    "“把人家的顾虑当回事，人家才会把你当回事。”\n\n"
    "签约开工。她常说：“把人家的顾虑当回事，人家才会把你当回事。”\n\n"
    "记者手记\n"
    "慢一点，才听得见\n"
    "采访那天，她的手机响了九次，每一次她都先问一句“侬慢慢讲”。\n"
    "（魏立新）\n"
)


def test_a_section_name_over_kicker_title_and_subtitle_is_furniture():
    issue = parse_all(PROFILE)
    first = issue.articles[0]
    assert (first.kicker, first.title) == ("身边榜样", "“热心阿姨”的三百个电话")
    assert "人物" in issue.furniture


def test_a_pull_quote_is_kept_apart_and_the_sentence_it_cut_goes_on():
    issue = parse_all(PROFILE)
    first = issue.articles[0]
    assert "此后又有五个门洞陆续签约开工。" in "".join(first.paragraphs)
    assert not any(p.startswith("“原因写清楚了") for p in first.paragraphs)
    assert first.meta["引语"].startswith("“原因写清楚了，才知道该找谁。”")
    assert_nothing_lost(PROFILE, issue)


def test_a_short_line_with_a_comma_between_whole_paragraphs_stays_text():
    # A heading, or a sentence cut by a page break: nothing tells, so it stays text.
    first = parse_all(PROFILE).articles[0]
    assert not first.intertitles
    assert any(p.startswith("一本台账，记满了“为什么”") for p in first.paragraphs)


def test_a_labelled_box_with_its_own_title_and_byline_is_an_article_of_its_own():
    issue = parse_all(PROFILE)
    assert len(issue.articles) == 2
    box = issue.articles[1]
    assert (box.kicker, box.title) == ("记者手记", "慢一点，才听得见")
    assert box.bylines[0].author == "魏立新"


def test_a_label_over_text_after_a_byline_stays_a_part_of_the_article():
    text = PROFILE.replace("慢一点，才听得见\n", "").replace("（魏立新）\n", "")
    assert len(parse_all(text).articles) == 1


CULTURE = (
    "东园社区报　第9期\n"
    "2024年11月8日　星期五\n"
    "8\n"
    "文化\n"
    "连载\n"
    "弄堂旧事（三）\n"
    "小河边上的船灯\n"
    "□ 韩立新\n\n"
    "上期回顾：外公带我走进老街的茶馆。\n"
    "从茶馆出来，外公牵着我往河边走。\n"
    "（未完待续）\n\n"
    "一图读懂\n"
    "老年助餐怎么用？\n\n"
    "01 在哪里吃\n"
    "全镇建成长者食堂四家。\n"
    "02 价格多少\n"
    "每餐十二元。\n"
    "来源：东园社区事务受理服务中心\n"
    "制图：魏秀兰\n\n"
    "东园书房\n"
    "读《河边旧事》：一本写给老街坊的书\n"
    "文/龚德明\n\n"
    "《河边旧事》是几位退休教师编成的一本小书。\n\n"
    "十一月文化活动预告\n"
    "◆皮影戏专场\n"
    "时间：11月16日（周六）14:00\n"
    "地点：文化中心小剧场\n"
)


def test_a_section_name_over_a_serials_three_decks_is_furniture():
    issue = parse_all(CULTURE)
    first = issue.articles[0]
    assert (first.kicker, first.title, first.subtitle) == (
        "连载",
        "弄堂旧事（三）",
        "小河边上的船灯",
    )
    assert "文化" in issue.furniture


def test_to_be_continued_ends_the_chapter_and_is_kept_as_its_note():
    issue = parse_all(CULTURE)
    first = issue.articles[0]
    assert first.meta["附注"] == "未完待续"
    assert issue.articles[1].title == "老年助餐怎么用？"
    assert_nothing_lost(CULTURE, issue)


def test_numbered_cards_and_a_drawings_credit():
    card = parse_all(CULTURE).articles[1]
    assert card.kicker == "一图读懂"
    assert [card.paragraphs[k] for k in card.intertitles] == ["01 在哪里吃", "02 价格多少"]
    assert card.bylines[-1].author == "魏秀兰" and card.bylines[-1].role == "图"


def test_a_headline_over_an_items_head_and_its_fields_starts_a_box():
    issue = parse_all(CULTURE)
    assert [a.title for a in issue.articles][-2:] == [
        "读《河边旧事》：一本写给老街坊的书",
        "十一月文化活动预告",
    ]


def test_a_line_a_triangle_points_from_is_a_caption_even_without_a_credit():
    text = FRONT.replace("▲居民在共享客厅里下棋。　本报记者　韩立新　摄", "▲居民在共享客厅里下棋。")
    first = parse_all(text).articles[0]
    assert first.captions == ["居民在共享客厅里下棋。"]
    assert first.paragraphs[-1].endswith("由居民自己商量用途。")


def test_a_storys_second_intertitle_of_the_same_form_is_no_new_headline():
    """A story's intertitles come in a set of one form: the second, whose words are the
    text's under it, heads the story's next part, not another story (Calibre's plain
    text: every block a line, a blank line between)."""
    text = "\n\n".join(
        [
            "桐溪社区报",
            "冬夜里的“暖心小屋”",
            "——桐溪路党群服务站延长开放时间",
            "文/卜青　图/闵浩",
            "入冬以后，桐溪路党群服务站把开放时间延长到晚上九点，为环卫工人和晚归居民留一盏灯。",
            "图为志愿者为环卫工人送上热汤。",
            "一碗热汤暖身心",
            "小屋里备着热水器、微波炉和常用药品，站长查丽萍每天傍晚都会熬一锅萝卜汤。",
            "一本台账记冷暖",
            "志愿者们还为附近的独居老人建了一本台账，台账上记冷暖、记用药，每周上门走访一次。",
        ]
    )
    issue = parse_all(text)
    assert [a.title for a in issue.articles] == ["冬夜里的“暖心小屋”"]
    story = issue.articles[0]
    assert [story.paragraphs[k] for k in story.intertitles] == ["一碗热汤暖身心", "一本台账记冷暖"]


def test_the_number_beside_the_papers_name_in_the_first_lines_is_the_issues():
    # no masthead line printed it: a post's title, a masthead glued to its number
    post = "《溪桥邻里》第12期电子版来了！\n\n本期共四版，欢迎在线阅读。\n"
    assert parse_all(post).number == "第12期"
    glued = "桐湾街坊第7期\n\n楼道里的新书架\n\n3月2日，三号楼的楼道里多了一个书架。\n"
    assert parse_all(glued).number == "第7期"
    # a sentence that names an issue is no masthead
    told = "回顾\n\n去年，第7期刊登了三号楼的书架。\n"
    assert parse_all(told).number is None
