"""Layout families of street and district papers, each rule on a small text (issue #17)."""

from __future__ import annotations

from lcreader.entities import annotate_issue
from lcreader.model import Byline
from lcreader.parse import read_layout
from lcreader.parse.explain import explain
from tests.helpers import parse_all, roles


def parse(text: str):
    return parse_all(text).articles


MASTHEAD = (
    "曹杨家园\n主办：中共某某街道工作委员会\n　　　某某街道办事处\n内部资料　免费交流\n"
    "准印证：（K）第0913号\n2024年4月12日　星期五　农历甲辰年三月初四\n总第186期　第7期\n"
    "地址：某某路108弄6号　邮编：200062\n电话：021-52170831　　主编：郑雅文\n"
    "扫描二维码关注“曹杨家园”微信公众号\n\n"
)


def test_the_masthead_is_furniture_and_names_its_editor():
    issue = parse_all(MASTHEAD + "社区举办读书会\n\n近日，社区举办读书会。\n\n（党建办 杜嵩）")
    [a] = issue.articles
    assert a.title == "社区举办读书会" and a.paragraphs == ["近日，社区举办读书会。"]
    assert len(issue.furniture) == 10
    assert (issue.date, issue.number) == ("2024-04-12", "第7期")
    assert [(m.name, m.titles) for m in issue.mentions] == [("郑雅文", ("主编",))]


def test_a_masthead_needs_a_word_only_a_masthead_has():
    # 地址/电话 lines alone are a notice's text, not a masthead.
    text = "地址：某某路108弄\n电话：12345678\n\n社区举办读书会\n\n近日，社区举办读书会。"
    issue = parse_all(text)
    assert issue.furniture == []


def test_dates_in_chinese_numerals_and_the_lunar_date_are_furniture():
    text = "二〇二四年三月十五日　星期五　农历二月初六\n\n社区举办读书会\n\n近日，社区举办读书会。"
    issue = parse_all(text)
    assert issue.date == "2024-03-15" and len(issue.furniture) == 1


def test_page_editor_lines_are_furniture_and_their_people_the_issues():
    text = (
        "社区举办读书会\n\n近日，社区举办读书会。\n\n（党建办 杜嵩）\n\n"
        "本版编辑：陆文婷　美编：金晓怡\n\n第2版\n\n义诊进社区\n\n近日，社区开展义诊。"
    )
    issue = parse_all(text)
    assert "本版编辑：陆文婷　美编：金晓怡" in issue.furniture
    assert {m.name for m in issue.mentions} == {"陆文婷", "金晓怡"}
    assert all(not a.meta for a in issue.articles)


def test_an_editor_label_at_an_articles_end_stays_its_label():
    [a] = parse("社区举办读书会\n\n近日，社区举办读书会。\n\n责任编辑：何敏\n\n— 3 —")
    assert a.meta == {"责任编辑": "何敏"}


def test_a_jumped_article_is_one_with_its_sentence_joined():
    text = (
        "第1版\n\n社区召开党建工作会议\n\n本报讯 4月8日，社区召开会议，要求切实把服务\n\n"
        "（下转第3版）\n\n春风行动把岗位送到家门口\n\n4月10日，招聘会举行。\n\n（党群中心供稿）\n\n"
        "第3版\n\n社区召开党建工作会议\n（上接第1版）\n做到居民的心坎上。\n\n会议还表彰了先进。"
    )
    first, second = parse(text)
    assert first.paragraphs == [
        "本报讯 4月8日，社区召开会议，要求切实把服务做到居民的心坎上。",
        "会议还表彰了先进。",
    ]
    assert first.meta == {"下转": "第3版", "上接": "第1版", "续题": "社区召开党建工作会议"}
    assert second.title == "春风行动把岗位送到家门口"
    assert second.bylines == [Byline("党群中心")]


def test_jump_markers_glued_to_the_text_and_matched_by_their_pages():
    text = (
        "第1版\n\n甲事项启动\n\n　　甲事项今天启动，居民纷纷（下转第4版）\n\n"
        "乙项目完工\n\n　　乙项目今天完工，居民都说（转第3版）\n\n－1－\n\n第3版\n\n"
        "（接第1版）好。\n\n社区文化节在广场开幕\n\n　　社区文化节今天在广场开幕。\n\n第4版\n\n（上接第1版）\n\n点赞。"
    )
    a, b, c = parse(text)
    assert a.paragraphs == ["甲事项今天启动，居民纷纷点赞。"]
    assert b.paragraphs == ["乙项目今天完工，居民都说好。"]
    assert c.title == "社区文化节在广场开幕"


def test_letter_spaced_lines_read_as_the_words_they_are():
    [a] = parse("江 宁 路 街 道 表 彰 志 愿 者\n\n入 冬 以 来 ， 街 道 表 彰 了\n志 愿 者 。")
    assert a.title == "江宁路街道表彰志愿者"
    assert a.paragraphs == ["入冬以来，街道表彰了志愿者。"]


NOTICE = (
    "关于开展医保登记的通知\n\n各位居民：\n\n　　现将有关事项通知如下：\n\n"
    "居民区　　　日期　　　时间\n三和居民区　12月9日　　9:00\n蒋家巷　　　12月10日　 13:30\n\n"
    "咨询电话：62170542\n\n"
    "　　　　　　　　　　　　江宁路街道社区事务受理服务中心\n"
    "　　　　　　　　　　　　　　　　2024年12月2日\n"
)


def test_a_notice_keeps_its_rows_and_signs_with_a_date():
    [a] = parse(NOTICE)
    assert a.paragraphs == [
        "各位居民：",
        "现将有关事项通知如下：",
        "居民区　　　日期　　　时间",
        "三和居民区　12月9日　　9:00",
        "蒋家巷　　　12月10日　 13:30",
        "咨询电话：62170542",
    ]
    assert a.bylines == [Byline("江宁路街道社区事务受理服务中心")]
    assert a.meta == {"日期": "2024年12月2日"}


def test_a_page_date_is_furniture_but_a_signed_date_is_not():
    issue = parse_all(NOTICE + "\n2024年12月6日\n")
    assert issue.furniture == ["2024年12月6日"]


def test_an_honour_roll_keeps_its_lines_and_names_every_person():
    text = (
        "表彰优秀志愿者\n\n　　街道表彰了优秀志愿者。\n\n优秀志愿者（6名）：\n"
        "王　芳　李建国　张　敏\n陈卫东、刘淑珍、赵　磊\n\n（文明办）"
    )
    issue = parse_all(text)
    annotate_issue(issue)
    [a] = issue.articles
    assert a.paragraphs[1:] == [
        "优秀志愿者（6名）：",
        "王　芳　李建国　张　敏",
        "陈卫东、刘淑珍、赵　磊",
    ]
    assert {m.name for m in a.mentions} >= {"王芳", "李建国", "张敏", "陈卫东", "刘淑珍", "赵磊"}


def test_a_poem_under_its_credit_keeps_its_lines_and_the_next_title_starts_anew():
    text = (
        "春到张江\n□ 顾秋实\n\n玉兰又开在\n科学城的路口\n白色的花瓣\n像实验室里\n\n"
        "一页页摊开的笔记\n\n致社区志愿者\n文/李婉清\n\n你是清晨楼道里\n第一声问候"
    )
    first, second = parse(text)
    assert first.title == "春到张江" and first.bylines == [Byline(author="顾秋实")]
    assert first.paragraphs == [
        "玉兰又开在",
        "科学城的路口",
        "白色的花瓣",
        "像实验室里",
        "一页页摊开的笔记",
    ]
    assert second.title == "致社区志愿者" and second.bylines == [Byline(None, "李婉清", "文")]


def test_short_lines_with_blank_lines_between_are_no_poem():
    [a] = parse("社区举办读书会\n\n导语。\n\n正文一。\n\n正文二。\n\n正文三。\n\n正文四。")
    assert roles("社区举办读书会\n\n导语。\n\n正文一。")["导语。"] == "paragraph"
    assert len(a.paragraphs) == 5


def test_briefs_with_bullets_are_one_article_with_every_source():
    text = (
        "社区简讯\n\n●近日，孙桥社区清理了消防通道。（孙桥社区）\n"
        "●3月4日，长元社区开展便民服务。（长元社区）\n\n图片新闻\n\n"
        "志愿者在地铁站口引导乘客。　常宇航 摄\n\n运动会在社区公园举行。　常宇航 摄"
    )
    briefs, photos = parse(text)
    assert briefs.title == "社区简讯"
    assert briefs.paragraphs == ["近日，孙桥社区清理了消防通道。", "3月4日，长元社区开展便民服务。"]
    assert briefs.bylines == [Byline("孙桥社区"), Byline("长元社区")]
    assert photos.title == "图片新闻" and len(photos.captions) == 2
    assert photos.bylines == [Byline(author="常宇航", role="摄影")]


def test_a_section_head_over_a_headline_is_the_pages():
    issue = parse_all("简讯\n\n张江镇召开安全生产会议\n\n3月3日，张江镇召开会议。（镇应急办）")
    [a] = issue.articles
    assert a.kicker is None and a.title == "张江镇召开安全生产会议"
    assert issue.furniture == ["简讯"]


def test_a_banner_is_a_kicker_unless_the_article_has_its_own():
    issue = parse_all(
        "【为老服务】\n长者食堂开进老工房\n\n　　4月起，食堂开门迎客。\n\n（民政科）\n\n"
        "【党建引领】\n\n凝心聚力　奋进新程\n曹杨街道召开党建工作会议\n\n　　会议召开。"
    )
    first, second = issue.articles
    assert (first.kicker, first.title) == ("为老服务", "长者食堂开进老工房")
    assert (second.kicker, second.title) == ("凝心聚力　奋进新程", "曹杨街道召开党建工作会议")
    assert "【党建引领】" in issue.furniture


def test_a_labelled_part_after_a_byline_stays_with_its_article():
    text = (
        "弄堂口的僵尸车何时能清走？\n居民来信\n编辑同志：\n　　弄堂口停着一辆旧车。\n"
        "（永嘉居民区　蒋文华）\n街道回复\n蒋文华同志：您好！\n　　车辆已于1月6日拖离。\n"
        "（城运中心）\n\n社区开展文明旅游志愿服务\n\n　　元旦假期，志愿者上岗。"
    )
    letter, other = parse(text)
    assert letter.title == "弄堂口的僵尸车何时能清走？"
    assert [letter.paragraphs[i] for i in letter.intertitles] == ["居民来信", "街道回复"]
    assert [b.department for b in letter.bylines] == ["永嘉居民区", "城运中心"]
    assert other.title == "社区开展文明旅游志愿服务"


def test_narrow_columns_wrapped_headlines_and_indented_paragraphs():
    text = (
        "小区事　大家议\n彭浦新村街道三会制度\n激活居民自治一池春水\n记者　施晓雯\n"
        "　　5月以来，彭浦新村街道在全部居民区\n推行听证会、协调会、评议会三会制度，\n"
        "把小区里的大事小情交给居民自己商量。\n　　在临汾路380弄，小区南门的非机动车\n"
        "棚一直是居民的心病，车棚容量小、充电桩\n不足，车辆常常停到消防通道上。\n"
        "　　居民区先后召开两次听证会，请代表、\n物业、业委会坐下来一起算账，最终确定了\n"
        "扩建车棚、增设32个智能充电口的方案。\n"
    )
    [a] = parse(text)
    assert (a.kicker, a.title) == ("小区事　大家议", "彭浦新村街道三会制度激活居民自治一池春水")
    assert len(a.paragraphs) == 3 and a.paragraphs[1].endswith("停到消防通道上。")


def test_explain_gives_every_non_blank_line_once_with_a_role_and_rule():
    text = MASTHEAD + NOTICE
    rows = explain(text)
    numbers = [row.number for row in rows]
    assert numbers == sorted(set(numbers))
    assert numbers == [n for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
    assert all(row.rule and row.role for row in rows)


def test_the_layout_rebuilds_the_same_articles():
    from lcreader.parse.layout import replay

    layout = read_layout(MASTHEAD + NOTICE)
    again = replay(layout.lines, layout.placements).drafts
    assert [(d.title, d.paragraphs, d.bylines, d.meta) for d in again] == [
        (d.title, d.paragraphs, d.bylines, d.meta) for d in layout.drafts
    ]


def test_briefs_with_their_headline_at_the_start_of_the_text_are_articles():
    text = (
        "社区召开年终总结会\n\n12月1日，社区召开年终总结会，回顾全年工作。\n\n（党群办）\n\n"
        "一周要闻（12.2—12.8）\n\n"
        "◆社区开展消防演练　12月3日，社区组织居民开展消防演练，120余人参加，\n"
        "现场学习灭火器使用。\n"
        "◆老年大学新学期报名　12月5日起，社区老年大学开始报名，开设书法、\n"
        "太极等8门课程。\n"
    )
    articles = parse(text)
    assert [a.title for a in articles] == [
        "社区召开年终总结会",
        "社区开展消防演练",
        "老年大学新学期报名",
    ]
    assert articles[1].paragraphs == [
        "12月3日，社区组织居民开展消防演练，120余人参加，现场学习灭火器使用。"
    ]
    assert roles(text)["一周要闻（12.2—12.8）"] == "furniture"


def test_a_two_column_table_of_labels_and_values_is_rows_not_headlines():
    text = (
        "社区便民服务电话\n\n社区党群服务中心  028-8553 1207\n社区网格站        028-8553 1219\n"
        "物业服务投诉      12345\n\n院落装上了太阳能路灯\n\n院落里新装了6盏太阳能路灯，以前晚上倒垃圾都要打手电筒。\n"
    )
    table, lights = parse(text)
    assert table.paragraphs == [
        "社区党群服务中心  028-8553 1207",
        "社区网格站        028-8553 1219",
        "物业服务投诉      12345",
    ]
    assert lights.title == "院落装上了太阳能路灯"


def test_a_name_under_the_headline_and_the_authors_unit_make_one_byline():
    text = (
        "秋季腹泻高发　家长要当心\n钱佳慧\n"
        "每年秋冬季是轮状病毒感染的高发季节，预防的关键在于勤洗手。\n"
        "（作者单位：平江街道社区卫生服务中心）\n"
    )
    [article] = parse(text)
    assert article.title == "秋季腹泻高发　家长要当心"
    assert article.bylines == [Byline(department="平江街道社区卫生服务中心", author="钱佳慧")]


def test_a_photo_credit_under_captions_does_not_end_the_article():
    text = (
        "老年食堂里的暖心套餐\n\n11月20日上午，助餐点里已经坐满了老人。\n"
        "图①：志愿者为老人打饭\n摄影：方晓东\n"
        "据统计，今年以来新增为老助餐服务点5个，总数达到14个。\n（记者　蒋梦）\n"
    )
    [article] = parse(text)
    assert len(article.paragraphs) == 2
    assert [b.author for b in article.bylines] == ["方晓东", "蒋梦"]


def test_a_post_header_above_the_masthead_and_the_trailer_after_end_are_furniture():
    text = (
        "# 新川周刊｜第23期：议事厅搬进楼道\n\n新川e家  2023-06-16 18:05  发表于上海\n\n"
        "本篇文章共3180字，预计阅读时间8分钟\n\n《新川周刊》2023年第23期（总第112期）\n\n## 01\n\n"
        "## 议事厅搬进了楼道\n\n6月12日傍晚，福园小区的楼道里摆上了两张折叠桌，一场议事会在这里开场。\n\n"
        "▲居民在楼道议事点讨论加装电梯方案\n\n文字：陈佳怡\n\nEND\n\n来源：新川路街道党群办公室\n\n"
        "编辑：沈悦\n\n往期推荐\n\n阅读 2361\n"
    )
    issue = parse_all(text)
    [article] = issue.articles
    assert article.title == "议事厅搬进了楼道"
    assert article.captions == ["居民在楼道议事点讨论加装电梯方案"]
    for line in (
        "新川e家  2023-06-16 18:05  发表于上海",
        "## 01",
        "END",
        "编辑：沈悦",
        "阅读 2361",
    ):
        assert roles(text)[line] == "furniture", line


def test_a_bare_news_lead_word_stays_in_its_paragraph():
    [article] = parse("镇召开会议\n\n本报讯　5月6日下午，镇党委召开动员部署会。\n")
    assert article.paragraphs == ["本报讯　5月6日下午，镇党委召开动员部署会。"]
    assert not article.bylines


def test_lines_after_an_article_with_no_text_under_them_stay_its_own():
    text = (
        "社区举办邻里节\n\n3月16日，社区举办邻里节，居民们载歌载舞。\n\n（党群办）\n\n"
        "居民在广场上跳起广场舞\n\n孩子们在跳蚤市场叫卖旧玩具　张三 摄\n"
    )
    [article] = parse(text)  # a headline needs a body under it: none here
    assert article.captions == ["孩子们在跳蚤市场叫卖旧玩具　张三 摄"]
    assert "居民在广场上跳起广场舞" in article.paragraphs
