"""A folded leaflet scanned and read by a scanner's own OCR (issue #17, round zy): a
panel's tab set vertically comes out a character a line; a question under its column's
name is the headline; a notice's contact line cut inside its note's brackets goes on
under it, and its signing body and date close the notice. Each text is my own; none of
a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

LEAFLET = (
    "柳塘村务\n"
    "2024年6月　第3期\n"
    "\n"
    "垃\n"
    "圾\n"
    "分\n"
    "类\n"
    "“三色桶”您分对了吗？\n"
    "村里每户发放红、绿、黑三色垃圾桶，请村民分类投放，保洁员每天上门收集。\n"
    "\n"
    "村道修缮项目公示\n"
    "经村民代表会议讨论通过，现将村道修缮项目公示如下。\n"
    "公示期：2024年6月3日至6月12日。\n"
    "监督电话：57230001（村务监督委\n"
    "员会）\n"
    "柳塘村村民委员会\n"
    "2024年6月3日\n"
)


def test_a_vertical_tab_a_question_and_a_cut_contact_note_are_read_as_printed():
    issue = parse_all(LEAFLET)
    sorting, notice = issue.articles
    assert (sorting.kicker, sorting.title) == ("垃圾分类", "“三色桶”您分对了吗？")
    assert notice.title == "村道修缮项目公示"
    assert notice.paragraphs[-1] == "监督电话：57230001（村务监督委员会）"
    assert [b.department for b in notice.bylines] == ["柳塘村村民委员会"]
    assert notice.meta == {"日期": "2024年6月3日"}
    assert_nothing_lost(LEAFLET, issue)


TIPS_BOX = (
    "楼道卫生评比结果公布\n"
    "本月评出“整洁楼道”十二个，名单已在宣传栏张贴。\n"
    "（物业服务中心）\n"
    "\n"
    "温馨提示\n"
    "防范电信诈骗　牢记“四不”\n"
    "陌生链接不点击；\n"
    "来电索钱不轻信；\n"
    "个人信息不透露；\n"
    "转账之前多核实。\n"
    "如遇可疑情况，请拨打反诈专线。\n"
)


def test_a_boxs_headline_over_its_rhymed_items_is_no_line_of_a_poem():
    issue = parse_all(TIPS_BOX)
    tips = issue.articles[-1]
    assert (tips.kicker, tips.title) == ("温馨提示", "防范电信诈骗　牢记“四不”")
    assert tips.paragraphs[0] == "陌生链接不点击；"


QA_UNINDENTED = (
    "村道修缮完工\n"
    "　　村东主干道修缮工程日前完工，路面\n"
    "由三米半拓宽到六米，两侧新装路灯八\n"
    "十六盏。\n"
    "　　工程涉及沿线农户十二户，村党总支\n"
    "书记带着村干部逐户上门商量。\n"
    "　　村民说，以前下雨天一脚泥，现在送\n"
    "孙子上学骑电瓶车十分钟就到。\n"
    "（村委会）\n"
    "村医坐诊时间调整\n"
    "　　即日起，村卫生室每天上午七点半开\n"
    "诊，下午五点结束。\n"
    "　　村民可携带医保卡就近配药，行动不\n"
    "便的老人可打电话预约上门。\n"
    "（村卫生室）\n"
    "【村民问答】\n"
    "垃圾分类积分能换什么？\n"
    "问：家里的积分攒了不少，能换什么？\n"
    "答：积分可在每月十日到村部兑换，一\n"
    "百分可换洗洁精一瓶，两百分可换大米。\n"
    "问：积分是怎么算的？\n"
    "答：按要求分类投放的农户当天得一分\n"
    "，每月评为示范户的另加二十分。\n"
    "（村委会）\n"
)


def test_each_turn_of_an_interview_is_a_paragraph_though_none_is_indented():
    issue = parse_all(QA_UNINDENTED)
    qa = issue.articles[-1]
    assert qa.paragraphs == [
        "问：家里的积分攒了不少，能换什么？",
        "答：积分可在每月十日到村部兑换，一百分可换洗洁精一瓶，两百分可换大米。",
        "问：积分是怎么算的？",
        "答：按要求分类投放的农户当天得一分，每月评为示范户的另加二十分。",
    ]


QA_FULL_WIDTH = (
    "把居民的小事办成实事\n"
    "——访新桥社区党委书记\n"
    "新桥社区是青台街道老旧小区最\n"
    "集中的社区，近日本报记者专访\n"
    "了社区党委书记。\n"
    "问：加装电梯是老旧小区的“老\n"
    "大难”，新桥社区怎么推动的？\n"
    "答：最难的是统一意见，我们先\n"
    "把账算清楚，再请老邻居现身说\n"
    "法。\n"
)


def test_an_answer_under_a_question_as_wide_as_the_column_is_its_own_paragraph():
    issue = parse_all(QA_FULL_WIDTH)
    (interview,) = issue.articles
    assert interview.paragraphs[-2:] == [
        "问：加装电梯是老旧小区的“老大难”，新桥社区怎么推动的？",
        "答：最难的是统一意见，我们先把账算清楚，再请老邻居现身说法。",
    ]


NOTICE_IN_A_COLUMN = (
    "“邻里节”下周开幕\n"
    "（本报讯）社区第三届“邻里节”将于9月\n"
    "16日在中心广场开幕，持续一周。\n"
    "关于开展独居老人信息登记工作的通知\n"
    "各位居民：\n"
    "为做好独居老人关爱服务，社区将于9月\n"
    "20日至30日开展信息登记，请填写下方\n"
    "回执，交至居委会。\n"
    "桂园社区居委会\n"
    "2021年9月10日\n"
    "--------------------------------\n"
    "桂园社区独居老人信息登记回执\n"
    "姓名：______　年龄：____\n"
    "住址：桂园新村____号____室\n"
)


def test_a_notices_title_in_a_column_and_its_slip_under_the_cutting_rule():
    """`关于…的通知` as wide as its column over `各位居民：`, after finished text, is
    the notice's title; the reply slip under the cutting rule after its date is the
    notice's, under its own heading."""
    issue = parse_all(NOTICE_IN_A_COLUMN)
    titles = [a.title for a in issue.articles]
    assert titles == ["“邻里节”下周开幕", "关于开展独居老人信息登记工作的通知"]
    notice = issue.articles[1]
    assert notice.paragraphs[0] == "各位居民："
    assert [notice.paragraphs[i] for i in notice.intertitles] == ["桂园社区独居老人信息登记回执"]
    assert "住址：桂园新村____号____室" in notice.paragraphs
    assert_nothing_lost(NOTICE_IN_A_COLUMN, issue)


TWO_PAGES = (
    "社区夜市开张\n"
    "本报讯 6月1日晚,桂园社区夜市在中心广\n"
    "场开张,20多个摊位出售小吃、日用品和\n"
    "手工艺品,每晚营业至21时。\n"
    "(桂园居委会 沈梅)\n"
    "简 讯\n"
    "■图书角添新书 社区图书角日前新添\n"
    "图书300册,涵盖健康养生、少儿读物等类\n"
    "别,欢迎居民借阅。\n"
    "■“纳凉电影”周末放映 本周六晚,社区\n"
    "广场将放映露天电影,欢迎居民自带板凳\n"
    "观看。\n"
    "编辑:钟岚 校对:邹平\n"
    "\n"
    "第4版 综合\n"
    "老电工的修理摊\n"
    "每逢周六上午,退休电工蒋德胜都在楼下\n"
    "摆出一张小方桌,义务为居民修理电饭煲、\n"
    "台灯等小家电,十年来从不收钱。\n"
    "(桂园居委会 沈梅)\n"
    "编辑:钟岚 校对:邹平\n"
)


def test_a_pages_makers_at_each_foot_and_briefs_under_a_spaced_run_head():
    """The same makers' line (two labels) at the foot of each page, once right over the
    next page's head, is the pages'; `■` briefs under `简 讯`, each headline a space
    before its text, are briefs though no text opens on a day."""
    issue = parse_all(TWO_PAGES)
    titles = [a.title for a in issue.articles]
    assert "图书角添新书" in titles and "“纳凉电影”周末放映" in titles
    assert "编辑:钟岚 校对:邹平" in issue.furniture
    assert not any(a.meta for a in issue.articles)
    assert_nothing_lost(TWO_PAGES, issue)


CONTENTS_OVER_SPACED_HEADLINE = (
    "本期导读\n"
    "2版  2019年上半年好人好事榜\n"
    "2版  居民信箱\n"
    "\n"
    "第2版  社区生活  2019年8月15日\n"
    "\n"
    "桂 园 街 道 2019 年 上 半 年 好 人 好 事 榜\n"
    "\n"
    "经各居委会推荐、街道评议，\n"
    "以下同志被评为2019年上\n"
    "半年桂园街道好人好事先进个\n"
    "人：\n"
    "拾金不昧\n"
    "王建新(梅园居委)  徐凤英(桃源居委)\n"
    "(桂园街道精神文明办)\n"
    "\n"
    "居民信箱\n"
    "楼道灯何时能修好?\n"
    "编辑同志：我家楼道的灯坏了一个多月，希望物业修一修。\n"
    "居民 赵国强\n"
)


def test_a_contents_entry_names_a_headline_set_letter_spaced():
    """`2019年上半年好人好事榜` in the contents names `桂 园 街 道 2019 年 …`, read as
    the words it is, not a line of the text under it that shares its words."""
    issue = parse_all(CONTENTS_OVER_SPACED_HEADLINE)
    roll = issue.articles[0]
    assert roll.title == "桂园街道2019年上半年好人好事榜"
    assert roll.paragraphs[0].startswith("经各居委会推荐、街道评议，以下同志被评为2019年上半年")
    assert_nothing_lost(CONTENTS_OVER_SPACED_HEADLINE, issue)
