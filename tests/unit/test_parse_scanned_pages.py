"""A scanned paper read by OCR (issue #17): half-width punctuation, `曰` for `日`, a
colophon's labels set wide, a credit naming the writer's post, a roster signed by the
body that drew it up, a poem signed `姓名（诗社）`. Each test is a small text of its own;
none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

PAGE = (
    "桂湾老年报\n2024年5月31曰\n\n"
    "谨防“以房养老”骗局\n\n"
    "近期有人以高息为诱饵,哄骗老人抵押房产,请大家提高警惕。(桂湾派出所 民警 宁海东)\n\n"
    "2024年度“长寿之星”名单\n\n"
    "经各社区推荐,以下老人被评为“长寿之星”:\n"
    "桂湾社区:吕阿梅 姜福根\n"
    "北塘村:房秀英 井德明\n\n"
    "桂湾镇老龄工作委员会\n"
    "2024年5月20曰\n\n"
    "桑榆吟苑\n\n"
    "五绝·晨练\n\n"
    "欧阳青(桂湾诗社)\n\n"
    "晨光照小园,\n"
    "老友舞长拳。\n\n"
    "主 办:桂湾镇老龄工作委员会\n"
    "主 编:史建平 编 辑:屠晓红\n"
    "地 址:桂湾镇文化站 电话:0571-0000 0000\n"
)


def test_a_credit_naming_the_writers_post_names_the_writer():
    article = parse_all(PAGE).articles[0]
    assert [(b.department, b.author) for b in article.bylines] == [("桂湾派出所", "宁海东")]


def test_a_roster_is_signed_by_its_body_and_dated_in_ocrs_script():
    roster = parse_all(PAGE).articles[1]
    assert [b.department for b in roster.bylines] == ["桂湾镇老龄工作委员会"]
    assert roster.meta.get("日期") == "2024年5月20曰"
    assert roster.paragraphs[-1] == "北塘村:房秀英 井德明"


def test_a_poem_signed_by_name_and_society_under_its_title():
    poem = parse_all(PAGE).articles[2]
    assert (poem.kicker, poem.title) == ("桑榆吟苑", "五绝·晨练")
    assert [(b.department, b.author) for b in poem.bylines] == [("桂湾诗社", "欧阳青")]


def test_a_colophon_with_labels_set_wide_and_half_width_colons_is_furniture():
    issue = parse_all(PAGE)
    assert {"主 办:桂湾镇老龄工作委员会", "主 编:史建平 编 辑:屠晓红"} <= set(issue.furniture)
    assert "主 办" not in "".join(p for a in issue.articles for p in a.paragraphs)
    assert issue.date == "2024-05-31"
    assert_nothing_lost(PAGE, issue)


def test_a_classical_poems_couplets_are_its_lines():
    text = (
        "诗苑\n七律·春日\n□邬德华\n"
        "柳岸新晴暖日融，桃花十里映溪红。\n"
        "老翁垂钓闲中乐，稚子追蝶笑语中。\n\n"
    )
    poem = parse_all(text).articles[0]
    assert poem.paragraphs == [
        "柳岸新晴暖日融，桃花十里映溪红。",
        "老翁垂钓闲中乐，稚子追蝶笑语中。",
    ]


def test_a_sentence_about_contributions_credits_no_one():
    text = (
        "征稿启事\n"
        "　　欢迎会员踊跃投稿，诗词、散文均可。\n"
        "　　来稿请注明姓名、所在分会和联系电话，稿件一经采用，\n"
        "即赠送当期刊物两份。\n"
    )
    article = parse_all(text).articles[0]
    assert not article.bylines
    assert (
        article.paragraphs[-1]
        == "来稿请注明姓名、所在分会和联系电话，稿件一经采用，即赠送当期刊物两份。"
    )


def test_a_credit_with_the_writers_workplace_after_it():
    text = "秋季养生\n文/宁秀芝（城南街道社区卫生服务中心）\n　　入秋以后，早晚温差大，老人要注意保暖。\n"
    article = parse_all(text).articles[0]
    assert [(b.role, b.department, b.author) for b in article.bylines] == [
        ("文", "城南街道社区卫生服务中心", "宁秀芝")
    ]
    assert article.subtitle is None


def test_a_modern_poem_whose_lines_end_with_stops_under_its_headline():
    text = (
        "学习园地\n\n社区的路\n\n居民\u3000尤丽华\n\n"
        "清晨的路，\n是谁扫干净的？\n那个总在天亮前出门的人，\n推着一辆旧板车。\n"
        "夜里的路，\n是谁点亮的？\n那盏楼道口的灯，\n一直亮到天明。\n"
    )
    poem = parse_all(text).articles[0]
    assert (poem.kicker, poem.title) == ("学习园地", "社区的路")
    assert [b.author for b in poem.bylines] == ["尤丽华"]
    assert poem.paragraphs[:2] == ["清晨的路，", "是谁扫干净的？"]
    assert len(poem.paragraphs) == 8


def test_words_that_begin_with_a_surname_are_no_people():
    text = (
        "组织生活会召开\n\n"
        "　　会上，社区党委书记钟立平代表班子作对照检查，三位书记谈谈体会，书记谈把支部建在"
        "家门口的做法。60岁以上居民占一半以上。\n"
        "（社区党委组织委员　樊静　制表）\n"
    )
    from lcreader.entities.people import find_mentions

    article = parse_all(text).articles[0]
    names = {m.name for m in find_mentions(article)}
    assert "钟立平" in names and "樊静" in names
    assert not names & {"班子", "谈谈体", "谈把支", "占一半", "制表"}
    assert [b.author for b in article.bylines] == ["樊静"]
