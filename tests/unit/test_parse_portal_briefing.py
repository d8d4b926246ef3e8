"""A 党建简报 reposted whole as one article of a news app's portal, copied from the page
(issue #17, round yl): the app's menu (its items too long to read as a menu's), the
account, its time and view count and its follow button, the briefing's masthead, run-in
briefs under a section's banner (`◆西塘村：…　…`), a resident's signature, the
platform's disclaimer and its related links at the foot; and a bound volume copied topic
by topic, a contents list naming each page first and a set of two poems under one
headline. Every word is my own; none of a corpus file's."""

from __future__ import annotations

from tests.helpers import parse_all

PORTAL = (
    "融媒客户端\n人民号\n首页\n政务\n推荐\n下载APP\n登录\n\n"
    "禾塘镇党建简报（2024年第5期）\n\n"
    "禾塘镇党委\n"
    "2024-05-30 18:05　浏览量 986\n"
    "+ 关注\n\n"
    "禾塘镇党建简报\n\n"
    "2024年第5期（总第60期）\n\n"
    "【支部风采】\n\n"
    "渡口边的“党员服务岗”\n\n"
    "5月中旬，南渡村党支部在渡口设立“党员服务岗”，为过往村民提供问路、寄存和应急药品等服务。\n\n"
    "服务岗由六名党员轮流值守，每天从早上七点守到晚上六点，一个月来已经为村民办了八十多件小事。\n\n"
    "（南渡村党支部　柏小禾）\n\n"
    "【学习心得】\n\n"
    "把学习笔记写在田埂上\n\n"
    "每天收工以后，我都要把当天学的内容抄在小本子上，再讲给组里的老党员听。\n\n"
    "学用结合，才能学得进、记得牢、用得上。\n\n"
    "东圩村　退休教师　尚瑞林\n\n"
    "【基层动态】\n\n"
    "◆北湾村：“红色代办员”上门办事　北湾村党支部组织六名党员担任代办员，上门为老人代办社保认证等事项。\n\n"
    "◆镇机关：开展“周四夜学”　镇机关党支部坚持每周四晚上集中学习，每次由一名党员领学。\n\n"
    "来源：禾塘镇党委组织办\n\n"
    "声明：本文由人民号作者上传并发布，仅代表作者本人观点，平台仅提供信息发布服务。\n\n"
    "举报\n\n"
    "相关推荐\n"
    "禾塘镇召开基层党建工作推进会\n"
)


def test_an_accounts_time_view_count_and_follow_button_are_the_posts_header():
    issue = parse_all(PORTAL)
    assert "2024-05-30 18:05　浏览量 986" in issue.furniture
    assert "+ 关注" in issue.furniture
    assert issue.articles[0].title == "渡口边的“党员服务岗”"


def test_run_in_briefs_whose_headline_names_its_place_before_a_colon():
    issue = parse_all(PORTAL)
    titles = [a.title for a in issue.articles]
    assert "北湾村：“红色代办员”上门办事" in titles
    assert "镇机关：开展“周四夜学”" in titles
    brief = next(a for a in issue.articles if a.title == "镇机关：开展“周四夜学”")
    assert brief.paragraphs[0].startswith("镇机关党支部坚持每周四晚上集中学习")


def test_a_residents_signature_names_the_writer_and_the_platforms_disclaimer_ends_the_post():
    issue = parse_all(PORTAL)
    notes = next(a for a in issue.articles if a.title == "把学习笔记写在田埂上")
    assert [(b.department, b.author) for b in notes.bylines] == [(None, "尚瑞林")]
    assert issue.furniture[-4].startswith("声明：本文由人民号作者上传并发布")
    assert all(not a.title.startswith("声明") for a in issue.articles)


VOLUME = (
    "桥东社区报\n\n"
    "2009年3月　第3期\n\n"
    "本期目录\n\n"
    "第1版　社区新建老年活动室\n\n"
    "第2版　春日小区即景（二首）\n\n"
    "第2版　表彰名单\n\n"
    "桥东社区报·第3期·第1版\n\n"
    "社区新建老年活动室\n\n"
    "3月2日，桥东社区老年活动室正式启用，室内设有棋牌区、阅览区和健身区，每天开放八小时。\n\n"
    "社区还将组织志愿者轮流值班，为来活动的老人提供茶水和血压测量服务。\n\n"
    "获表彰人员名单如下：\n\n"
    "优秀城市志愿者（10名）\n\n"
    "尚秋生　闵桂兰　宓长庚　韦春燕　包振华　祁月琴　卜文涛　庄雅琴　麻志刚　符秀英\n\n"
    "优秀平安志愿者（8名）\n\n"
    "詹志远　符桂兰　季长根　陶月明　吕晓华　景春生　贝雪芳　严小龙\n\n"
    "（社区居委会供稿）\n\n"
    "桥东社区报·第3期·第2版\n\n"
    "桥东诗苑\n\n"
    "春日小区即景（二首）\n\n"
    "其一　柳色\n\n"
    "一夜东风过小楼，\n"
    "新枝袅袅绿梢头。\n"
    "阿婆提篮门前过，\n"
    "笑说春光似旧游。\n\n"
    "其二　晨练\n\n"
    "晨光初照广场边，\n"
    "拳脚舒展鸟声喧。\n"
    "莫道年高筋骨老，\n"
    "一招一式也翩翩。\n\n"
    "退休教师　严松年\n"
)


def test_a_contents_list_naming_each_page_first_names_the_headlines():
    issue = parse_all(VOLUME)
    assert [a.title for a in issue.articles] == ["社区新建老年活动室", "春日小区即景（二首）"]
    assert "第2版　春日小区即景（二首）" in issue.furniture


def test_a_sets_pieces_by_their_ordinals_stay_one_article_under_its_headline():
    poems = parse_all(VOLUME).articles[-1]
    assert poems.kicker == "桥东诗苑"
    assert [poems.paragraphs[k] for k in poems.intertitles] == ["其一　柳色", "其二　晨练"]
    assert "一夜东风过小楼，" in poems.paragraphs and "一招一式也翩翩。" in poems.paragraphs
    assert [b.author for b in poems.bylines] == ["严松年"]


def test_a_lead_in_to_a_roll_ending_on_its_colon_is_no_headline():
    room = parse_all(VOLUME).articles[0]
    assert "获表彰人员名单如下：" in room.paragraphs
    assert [b.department for b in room.bylines] == ["社区居委会"]


def _post(title: str, place: str, *text: str, tags: str, stamp: str) -> str:
    body = "\n\n".join(text)
    return f"{title}\n【桐坞村讯】2024年第7期{place}\n\n{body}\n{tags}\n发布时间：{stamp} · IP属地：浙江\n\n"


POSTS = (
    _post(
        "夏收时节，村里的收割机忙起来",
        "①",
        "7月初，桐坞村两千亩早稻陆续开镰，村农机合作社派出六台收割机统一调度。",
        "（村农业服务站 钟小禾）",
        tags="#桐坞村 #夏收",
        stamp="2024-07-05 19:32",
    )
    + _post(
        "“桐坞杯”篮球赛落幕，三组捧杯",
        "②",
        "7月12日晚，为期两周的村民篮球赛在村文体广场落下帷幕，十支球队参赛。",
        "决赛中，第三村民小组队以六十比五十二取胜，首次捧得冠军奖杯。",
        tags="#桐坞村 #村BA #篮球",
        stamp="2024-07-13 21:40",
    )
    + _post(
        "高温来了，防暑提醒请收好",
        "③",
        "入伏在即，村卫生室提醒大家中午尽量不要下田干活，备足凉白开。",
        "（村卫生室 仲小梅）",
        tags="#桐坞村 #防暑",
        stamp="2024-07-15 17:48",
    )
)


def test_posts_one_after_another_each_end_with_their_topics_and_stamp():
    issue = parse_all(POSTS)
    assert [a.title for a in issue.articles] == [
        "夏收时节，村里的收割机忙起来",
        "“桐坞杯”篮球赛落幕，三组捧杯",
        "高温来了，防暑提醒请收好",
    ]
    assert "#桐坞村 #村BA #篮球" in issue.furniture
    assert "发布时间：2024-07-13 21:40 · IP属地：浙江" in issue.furniture
    assert "【桐坞村讯】2024年第7期②" in issue.furniture
    assert issue.articles[1].paragraphs[-1].startswith("决赛中")


REPOST = (
    "凤凰网首页\n资讯\n财经\n科技\n文化\n凤凰号\n登录\n\n"
    "《桐溪镇报》第2版｜乡村振兴看桐溪\n\n"
    "桐溪发布\n"
    "2024年07月03日 16:20:08\n"
    "来自江西\n"
    "关注\n\n"
    "稻田里来了“新农人”\n\n"
    "7月初，桐溪镇石桥村的千亩稻田里，一架植保无人机正在喷洒叶面肥，操作它的是返乡青年程晓。\n\n"
    "程晓说，一架无人机一天能作业三百多亩，比人工快了几十倍，村里的老人都来看新鲜。\n\n"
    "（本报记者 易思远）\n\n"
    "本文为凤凰号入驻作者“桐溪发布”原创，内容由作者负责，转载请注明出处。\n\n"
    "举报\n\n"
    "评论\n"
    "青山绿水好家乡，点赞\n"
    "回复　12\n\n"
    "凤凰网版权所有\n"
)


def test_a_news_sites_menu_opened_by_its_home_link_and_a_posts_place_are_its_furniture():
    issue = parse_all(REPOST)
    assert [a.title for a in issue.articles] == ["稻田里来了“新农人”"]
    assert {"凤凰网首页", "资讯", "来自江西", "关注"} <= set(issue.furniture)
    # (the platform's word that its author wrote it ends the post; the comments are theirs)
    assert "青山绿水好家乡，点赞" in issue.furniture
    assert issue.articles[0].paragraphs[-1].startswith("程晓说")
