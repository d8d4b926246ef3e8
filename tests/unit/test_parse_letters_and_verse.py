"""Letters, replies and free verse in a 居委 monthly saved from Word (issue #17): a
resident's letter signed with home and name over the office's reply under its label and
the office's name; a father's letter closing with a wish, his word for himself and the
night he wrote it; a poem under its writer's credit whose lines hold commas, a story
after it; a periodical's editorial office signing a notice. Each text is my own; none
of a corpus file's words."""

from __future__ import annotations

from tests.helpers import cut_at, parse_all

LETTER = (
    "居民心声\n"
    "小区门口能不能装个自行车棚？\n"
    "社区工作人员：\n"
    "我是杏园2幢的居民，小区门口的自行车总是乱停，下雨天还会淋湿，能不能装个车棚？\n"
    "杏园2幢居民　邵先生\n"
    "社区回复\n"
    "邵先生您好！社区已与物业商定，7月底前在东门旁建成自行车棚。感谢您的建议！\n"
    "杏园社区居委会\n\n"
    "关于开展夏季用电安全检查的通知\n"
    "各位居民：\n"
    "社区将于7月10日至7月20日联合供电所入户检查用电安全，请大家支持配合。\n"
    "杏园社区居民委员会\n"
    "2025年7月5日\n"
)


def test_a_residents_letter_and_the_offices_reply_are_one_article():
    issue = parse_all(LETTER)
    letter, notice = issue.articles
    assert (letter.kicker, letter.title) == ("居民心声", "小区门口能不能装个自行车棚？")
    assert [(b.department, b.author) for b in letter.bylines] == [
        (None, "邵先生"),
        ("杏园社区居委会", None),
    ]
    assert [letter.paragraphs[n] for n in letter.intertitles] == ["社区回复"]
    assert notice.title == "关于开展夏季用电安全检查的通知"


FATHER = (
    "家书抵万金\n"
    "写给远方的儿子\n"
    "□ 郑国平\n"
    "小川：\n"
    "\u3000\u3000见字如面。你去北方读书已经半年，家里的桂花开了又谢，你妈总说阳台上少了一个"
    "浇花的人。上周社区搞家书征集，我才发现自己已经很多年没有用笔写过一封信了。\n"
    "\u3000\u3000祝学业进步，天天开心！\n"
    "爸爸\n"
    "2025年3月28日夜\n\n"
)
POEM = (
    "杏树下\n"
    "□ 柯禾\n"
    "杏树下，奶奶的竹椅吱呀吱呀\n"
    "讲完了西游，又讲她年轻时的渡口\n"
    "我数着飘下来的花瓣\n"
    "一片，两片，像数不完的星星\n\n"
    "后来竹椅空了\n"
    "杏树还在，每年春天照样开满枝头\n\n"
    "“家风故事会”走进幼儿园\n"
    "\u3000\u30004月8日上午，杏园社区“家风故事会”走进杏园幼儿园。社区志愿者、退休教师"
    "柏玉芳用绘本和皮影，给大班的孩子们讲了“孔融让梨”等故事，孩子们听得津津有味。\n"
    "（杏园社区　闻雯）\n\n"
)
CALL = (
    "《杏园家书》征稿启事\n"
    "各位居民朋友：\n"
    "\u3000\u3000《杏园家书》即日起长期征集家书、家训和家风故事。\n"
    "联系电话：85316672\n"
    "《杏园家书》编辑部\n"
    "2025年4月1日\n\n"
    "主编：卢晚晴\n"
    "地址：杏园路77号　电话：85316672\n"
)


def test_a_letters_closing_wish_and_its_night_close_the_letter():
    letter = parse_all(LETTER + "\n" + FATHER + POEM + CALL).articles[2]
    assert letter.meta == {"日期": "2025年3月28日夜"}
    assert letter.paragraphs[-1] == "爸爸"


def test_a_credited_poem_with_commas_in_its_lines_is_verse_and_ends_before_the_next_story():
    issue = parse_all(LETTER + "\n" + FATHER + POEM + CALL)
    poem, story = issue.articles[3:5]
    assert poem.title == "杏树下"
    assert len(poem.paragraphs) == 6
    assert story.title == "“家风故事会”走进幼儿园"
    assert [(b.department, b.author) for b in story.bylines] == [("杏园社区", "闻雯")]


def test_a_periodicals_editorial_office_signs_its_notice():
    notice = parse_all(CALL).articles[0]
    assert [(b.department, b.author) for b in notice.bylines] == [("《杏园家书》编辑部", None)]
    assert notice.meta == {"日期": "2025年4月1日"}


def test_a_letters_headline_with_a_comma_under_its_column_over_its_greeting():
    text = (
        "                                  【读者来信】\n"
        "                            谢谢你，不留名的热心人\n"
        "\n"
        "   编辑同志：\n"
        "\n"
        "   　　6月2日傍晚，我在公交站等车时把钱包丢了，第二天社区就打来电话，说有人把钱包送到了居委会。\n"
        "\n"
        "   　　送钱包的人没有留下名字，我想借报纸说一声谢谢。\n"
        "\n"
        "                                         梧桐里小区居民　邬永年\n"
    )
    letter = parse_all(text).articles[0]
    assert (letter.kicker, letter.title) == ("读者来信", "谢谢你，不留名的热心人")
    assert letter.paragraphs[0] == "编辑同志："


# A set of poems under one headline, each under its ordinal, right after a prose piece
# with no blank line between (round yo, an OCR reading of a 副刊 page).
PROSE_THEN_SET = (
    "灯笼红了\n"
    "文/陈小芬\n"
    + cut_at(
        16, "小时候过年，最盼的是除夕夜挑灯笼。父亲会提前半个月去竹园砍竹子，劈成细细的篾条扎灯笼。"
    )
    + cut_at(16, "今年除夕，我要把这盏灯笼挂在阳台上。灯笼红了，年就到了。")
    + "迎春杂咏（二首）\n"
    "其一\n"
    "腊鼓声催岁又新，\n"
    "楼前楼后见精神。\n"
    "彩绸一挂随风舞，\n"
    "门上桃符映日春。\n"
    "其二\n"
    "老友相邀下象棋，\n"
    "楚河汉界论高低。\n"
    "输赢一笑茶还热，\n"
    "又约明朝早起时。\n"
    "退休教师 钱之远\n"
)


def test_a_sets_headline_over_its_first_ordinal_starts_the_set_its_poems_lines():
    lantern, poems = parse_all(PROSE_THEN_SET).articles
    assert lantern.paragraphs[-1].endswith("年就到了。")
    assert poems.title == "迎春杂咏（二首）"
    assert [poems.paragraphs[n] for n in poems.intertitles] == ["其一", "其二"]
    assert "腊鼓声催岁又新，" in poems.paragraphs
    assert "楼前楼后见精神。" in poems.paragraphs


# Minutes of a residents' meeting, its agenda's items each under a heading naming the
# item by its ordinal (round yp, a word processor's plain text).
MINUTES = (
    "东湖居民区召开第二季度居民议事会\n"
    "\n"
    "6月17日晚，东湖居民区第二季度居民议事会在党群服务站召开，35名居民代表参加。\n"
    "议题一：楼道堆物集中清理\n"
    "今年以来，居委会和物业在巡查中发现，不少楼道堆放旧家具和纸板。\n"
    "经过讨论，会议决定7月1日至7月5日由物业集中清运。\n"
    "议题二：非机动车充电棚选址\n"
    "小区目前有电动自行车约420辆，充电难的问题比较突出。\n"
    "经举手表决，会议同意将东门绿地旁的旧车棚改建为充电棚。\n"
    "（居委会　龙小燕　整理）\n"
)


def test_an_agendas_items_named_by_ordinal_are_headings_of_one_article():
    (minutes,) = parse_all(MINUTES).articles
    assert [minutes.paragraphs[n] for n in minutes.intertitles] == [
        "议题一：楼道堆物集中清理",
        "议题二：非机动车充电棚选址",
    ]
