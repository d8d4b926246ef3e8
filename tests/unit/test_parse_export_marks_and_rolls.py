"""What round zv showed, in texts of my own (issue #17): a Markdown export that keeps
HTML in it (an anchor over each heading, `<br />` between a poem's lines, a callout's
`:::` fences) is Markdown, not a document of markup; a column's banner over a marked
heading is its kicker; a poem signed under its last line; a 公文-style head (the body
that issues the paper and the day on one line) and the paper's letter-spaced name run
as one line on a later page are the issue's; a credit the column cut inside its
brackets is the article's; a letter under its column's name after a poem of couplets;
a roll announced by its lead-in (`…名单如下：`) with a couple a line."""

from __future__ import annotations

from lcreader.cache_entries import build_issue
from lcreader.model import Byline
from lcreader.parse.markup import unmarked
from tests.helpers import parse_all

MARKDOWN = (
    "青枫邻里\n\n"
    "第6期　2024年9月6日\n\n"
    "青枫社区居委会　编印\n\n"
    "【邻里互助】\n\n"
    '<a name="k2Pq8"></a>\n'
    "## 楼道里多了一个“共享工具箱”\n\n"
    "——青枫社区三号楼居民自发组织\n\n"
    "8月初，三号楼的楼组长在一楼放了一个工具箱，锤子、螺丝刀和扳手谁家要用都能借。\n\n"
    "一个月下来，工具箱借出了四十多次，还有居民主动添了一把电钻。\n\n"
    "【青枫诗页】\n\n"
    '<a name="m7Rt2"></a>\n'
    "## 晚风\n\n"
    "晚风吹过老墙头<br />槐花落在石凳上<br />楼下的象棋还没下完<br />谁家的饭菜已经飘香\n\n"
    "居民　费婉清\n\n"
    '<a name="z9Wd4"></a>\n'
    "## 社区食堂调整开放时间\n\n"
    "自9月起，社区食堂午餐时间调整为11:00至13:00。\n\n"
    ":::tips\n"
    "八十岁以上老人就餐可享九折优惠。\n"
    ":::\n"
)


def test_a_markdown_export_with_html_in_it_is_read_as_markdown():
    text = unmarked(MARKDOWN)
    assert "k2Pq8" not in text and "<br />" not in text and ":::" not in text
    assert "晚风吹过老墙头\n槐花落在石凳上\n" in text
    assert "八十岁以上老人就餐可享九折优惠。" in text


def test_banners_over_marked_headings_and_a_poem_signed_under_its_last_line():
    toolbox, poem, canteen = build_issue("t", "t.txt", MARKDOWN).articles
    assert (toolbox.kicker, toolbox.title) == ("邻里互助", "楼道里多了一个“共享工具箱”")
    assert toolbox.subtitle == "青枫社区三号楼居民自发组织"
    assert not any("青枫诗页" in p for p in toolbox.paragraphs)
    assert (poem.kicker, poem.title) == ("青枫诗页", "晚风")
    assert poem.paragraphs == [
        "晚风吹过老墙头",
        "槐花落在石凳上",
        "楼下的象棋还没下完",
        "谁家的饭菜已经飘香",
    ]
    assert [b.author for b in poem.bylines] == ["费婉清"]
    assert {m.name: m.titles for m in poem.mentions}["费婉清"] == ("居民",)
    assert canteen.paragraphs[-1] == "八十岁以上老人就餐可享九折优惠。"


def test_a_bulletin_kept_as_a_document_of_markup_is_still_read_as_one():
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n<issue paper="青枫简报" no="第3期">'
        "<article><title>社区食堂开张</title><content><![CDATA[<p>9月1日，社区食堂开张。</p>]]>"
        "</content></article></issue>\n"
    )
    assert "【标题】社区食堂开张" in unmarked(xml)


GONGWEN = (
    "青 枫 社 区\n"
    "工 作 简 报\n"
    "2024年第6期\n"
    "中共青枫社区委员会  2024年6月28日\n"
    "社区召开夏季防汛工作会\n"
    "6月25日，社区召开夏季防汛工作会，部署低洼楼栋排查和应急物资储备，二十多名楼组长参加。\n"
    "会上明确，每个楼组落实一名防汛联络员，暴雨天气每两小时巡查一次。\n"
    "关于开展楼道安全检查的通知\n"
    "各楼组居民:\n"
    "社区定于7月上旬开展楼道安全检查，请居民提前清理楼道内的杂物。\n"
    "咨询电话:6633 2211\n"
    "青枫社区居委会\n"
    "2024年6月27日\n"
    "-1-\n"
    "青枫社区工作简报\n"
    "光 荣 榜\n"
    "经楼组推荐，评出上半年“热心楼组长”，名单如下:\n"
    "热心楼组长:祁文斌 甘 露 曹淑贞\n"
    "-2-\n"
)


def test_a_gongwen_head_and_the_papers_name_run_on_one_line_are_the_issues():
    issue = parse_all(GONGWEN)
    assert issue.date == "2024-06-28"
    assert "中共青枫社区委员会  2024年6月28日" in issue.furniture
    assert "青枫社区工作简报" in issue.furniture
    meeting, notice, roll = issue.articles
    assert meeting.kicker is None and meeting.title == "社区召开夏季防汛工作会"
    assert notice.meta.get("日期") == "2024年6月27日"
    # (a title set letter-spaced after a notice's date is the next piece's, not a label)
    assert roll.title == "光荣榜"


CUT_CREDIT = (
    "老年大学秋季班开学\n"
    "9月9日,镇老年大学秋季班开\n"
    "学,今年共开设二十个班,学员\n"
    "九百多人,名额一天就满了。(南\n"
    "湖镇老年大学)\n"
    "本版编辑:沈玉\n"
    "南湖老年报  2024年9月13日  第3版\n"
    "重阳登高\n"
    "退休教师 柏怀远\n"
    "九月风清天气凉,\n"
    "相邀老伴上山冈。\n"
    "石阶一级添一岁,\n"
    "松针满路带秋香。\n"
    "读者来信\n"
    "菜场门口能否画上斑马线?\n"
    "编辑同志:\n"
    "菜场门口车多人多,老人过马路很不方便,能不能画一条斑马线?\n"
    "南湖村村民 孙有福\n"
    "编者:来信已转交镇交通办,斑马线将在本月内画好。\n"
    "金婚夫妇名单\n"
    "经各村推荐,今年结婚满五十周\n"
    "年的夫妇名单如下:\n"
    "储德厚 邵 兰\n"
    "卜长生 鲁 英\n"
)


def test_a_credit_cut_inside_its_brackets_is_the_articles():
    issue = build_issue("t", "t.txt", CUT_CREDIT)
    school = issue.articles[0]
    assert [b.department for b in school.bylines] == ["南湖镇老年大学"]
    assert not any("老年大学)" in line for line in issue.furniture)


def test_a_letter_under_its_columns_name_after_a_poem_of_couplets_and_a_roll_of_couples():
    _, poem, letter, roll = build_issue("t", "t.txt", CUT_CREDIT).articles
    assert len(poem.paragraphs) == 4
    assert (letter.kicker, letter.title) == ("读者来信", "菜场门口能否画上斑马线?")
    assert {m.name: m.titles for m in letter.mentions}["孙有福"] == ("南湖村村民",)
    assert roll.title == "金婚夫妇名单"
    assert {m.name for m in roll.mentions} == {"储德厚", "邵兰", "卜长生", "鲁英"}


def test_a_marked_word_of_four_characters_over_a_headline_is_its_section_not_a_credit():
    from lcreader.parse.credits import credit_line

    assert credit_line("■平安建设") is None  # (平 begins names; four characters need 欧阳)
    assert credit_line("□ 欧阳文静") == ("欧阳文静", [Byline(author="欧阳文静")])
    assert credit_line("□ 苗禾") == ("苗禾", [Byline(author="苗禾")])


REPOST = (
    "网站首页\n"
    "要闻\n"
    "民生\n"
    "文旅\n"
    "视频\n"
    "更多\n"
    "2024-06-03 08:15\n"
    "发布于：江苏省\n"
    "枫溪发布\n"
    "政务号\n"
    "《枫溪镇报》2024年6月3日　第21期　第3版\n"
    "【健康课堂】\n"
    "梅雨季节到，防潮防霉有妙招\n"
    "记者　严雪\n"
    "入梅以后空气湿度大，镇卫生院提醒居民注意防潮，老人和孩子尤其要当心。\n"
    "【邻里之间】\n"
    "楼道里的爱心伞架\n"
    "6月1日，枫溪新村7幢的楼组长在楼道口放了一个伞架，邻居们把多余的雨伞放在这里，谁忘了带伞都能借。"
    "社区民警柯长庚二十分钟就做好了架子。\n"
    "最美楼组：柯长庚家庭　姚素芬家庭\n"
    "热心邻居：温海生　柯长庚\n"
    "返回首页，查看更多\n"
    "阅读 (906)\n"
)


def test_a_reposts_menu_header_and_counters_are_the_pages_and_its_banners_head_stories():
    issue = build_issue("t", "t.txt", REPOST)
    for line in ("网站首页", "更多", "发布于：江苏省", "枫溪发布", "政务号", "阅读 (906)"):
        assert line in issue.furniture, line
    assert "返回首页，查看更多" in issue.furniture
    health, umbrellas = issue.articles
    assert (health.kicker, health.title) == ("健康课堂", "梅雨季节到，防潮防霉有妙招")
    assert [b.author for b in health.bylines] == ["严雪"]
    assert (umbrellas.kicker, umbrellas.title) == ("邻里之间", "楼道里的爱心伞架")
    people = {m.name: m.titles for m in umbrellas.mentions}
    # (a name before a count, `柯长庚二十分钟`, ends there; a family's entry names its head)
    assert people["柯长庚"] == ("社区民警",)
    assert {"姚素芬", "温海生"} <= set(people)


def test_doctor_points_at_a_heading_with_nothing_under_it_and_a_kicker_that_names_no_column():
    from lcreader.model import Article
    from lcreader.parse.suspicions import article_suspicions

    ended = Article("t/1", "t", "社区食堂开张", paragraphs=["9月1日，社区食堂开张。", "健康问答"])
    ended.intertitles = [1]
    assert ("heading_at_end", "健康问答") in article_suspicions(ended)
    anchored = Article("t/2", "t", "社区食堂开张", kicker="Tm8Rs", paragraphs=["开张了。"])
    assert ("kicker_not_a_column", "Tm8Rs") in article_suspicions(anchored)
    dated = Article("t/3", "t", "社区食堂开张", kicker="中共某社区委员会　2024年4月25日")
    assert any(code == "kicker_not_a_column" for code, _ in article_suspicions(dated))
    alone = Article("t/4", "t", "红袖标又回到了巷子里")
    assert ("headline_alone", "红袖标又回到了巷子里") in article_suspicions(alone)
    # (a column's name over a story with its text: nothing to say)
    fine = Article("t/5", "t", "社区食堂开张", kicker="民生实事", paragraphs=["开张了。"])
    assert not article_suspicions(fine)


GROUP_ROLL = (
    "冬季防火安全提醒\n\n"
    "进入冬季，山林干燥，请大家注意用火用电安全。\n\n"
    "光荣榜\n"
    "12月“美丽庭院”示范户\n\n"
    "▪东坞组　程秀兰户\n"
    "▪西坞组　包德胜户\n"
    "▪茶山组　庞玉珍户\n"
)


def test_a_rolls_entries_of_group_and_family_are_rows_and_people_not_verse():
    issue = build_issue("t", "t.txt", GROUP_ROLL)
    roll = issue.articles[-1]
    assert roll.paragraphs[-3:] == ["东坞组　程秀兰户", "西坞组　包德胜户", "茶山组　庞玉珍户"]
    assert {"程秀兰", "包德胜", "庞玉珍"} <= {m.name for m in roll.mentions}


def test_a_name_ends_before_what_its_person_did_and_an_address_is_no_given_name():
    from lcreader.entities.people import titled_people

    assert titled_people("网格员常乐提着手电出了门。") == [("常乐", ["网格员"])]
    assert titled_people("居民邓晓宇带着女儿来了。") == [("邓晓宇", ["居民"])]
    assert not any(name == "邵阿婆" for name, _ in titled_people("退休教师邵阿婆举着手机。"))
