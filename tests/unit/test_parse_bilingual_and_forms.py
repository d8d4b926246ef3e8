"""Layouts round t showed: a bilingual paper (each line under its translation), forms
saved from a word processor (tab tables, a record's title over the same form), an
e-mail's forwarded header, an online document's header, part labels printed in every
section of a long picture, a contents list that names sections too, credits and
captions in labelled forms. Every sample is invented; each checks what a reader sees."""

from __future__ import annotations

from pathlib import Path

from lcreader.sources import decode
from tests.helpers import parse_all

BILINGUAL = """\
编者按
Editor's Note

本期介绍社区新开的图书角和下周的邻里活动，欢迎大家留言。

This issue covers the new reading corner and next week's events for neighbours. Tell us what you would like to read about next.

—— 青枫国际社区居委会

社区动态 | Community News

青枫社区图书角开放
Reading Corner Opens in Qingfeng

青枫社区图书角于9月3日开放，藏书两千余册，设有中英文绘本区。

The Qingfeng reading corner opened on 3 September with more than two thousand books, including a corner of picture books in Chinese and English.

时间 Time：每天9:00—17:00

地点 Venue：青枫路12号一楼

亲子手工课报名开始
Sign-up Opens for Parent-Child Crafts

手工课每周六上午举办，每期限12组家庭。

1. 扫描海报二维码报名 Scan the QR code on the poster

2. 到居委会服务窗口登记 Register at the service desk

3. 致电居委会预约 Call the committee to book
"""


def test_an_english_full_stop_ends_its_paragraph_and_a_translated_headline_starts_an_article():
    issue = parse_all(BILINGUAL)
    titles = [(a.title, a.subtitle) for a in issue.articles]
    assert titles == [
        ("编者按", "Editor's Note"),
        ("青枫社区图书角开放", "Reading Corner Opens in Qingfeng"),
        ("亲子手工课报名开始", "Sign-up Opens for Parent-Child Crafts"),
    ]


def test_a_bilingual_label_makes_a_field_not_a_caption():
    second = parse_all(BILINGUAL).articles[1]
    assert "地点 Venue：青枫路12号一楼" in second.paragraphs
    assert second.captions == []


def test_each_numbered_item_is_a_paragraph_however_the_one_before_ended():
    text = """\
办证须知

近日，社区服务站调整了居住证办理流程，请居民留意。

1. 准备身份证、租房合同和近期照片 Prepare your ID, lease and a recent photo

2. 前往社区服务站窗口递交材料 Hand in the papers at the service desk

3. 十个工作日后凭短信通知领取 Collect it after the text message comes
"""
    article = parse_all(text).articles[0]
    assert article.paragraphs[1:] == [
        "1. 准备身份证、租房合同和近期照片 Prepare your ID, lease and a recent photo",
        "2. 前往社区服务站窗口递交材料 Hand in the papers at the service desk",
        "3. 十个工作日后凭短信通知领取 Collect it after the text message comes",
    ]


WORD_FORMS = """\
活动记录汇编（第2期）

“端午包粽”活动记录
活动名称\t端午包粽\t活动时间\t2024年6月8日 9:00
活动地点\t一村睦邻点\t参与人数\t40人
活动内容\t志愿者教居民包粽子，包好的粽子送给独居老人。
活动中还讲解了端午节的由来。
填报人\t陆敏\t审核人\t钱立群

“反诈宣讲”活动记录
活动名称\t反诈宣讲\t活动时间\t2024年6月13日 14:00
活动地点\t社区文化中心\t参与人数\t95人
活动内容\t民警讲解常见诈骗手法，现场演示安装反诈应用。
填报人\t严雯\t审核人\t钱立群
图为民警在宣讲现场。严雯 摄

7月活动预告
日期\t活动\t地点
7月6日\t义诊进社区\t一村睦邻点
7月13日\t亲子阅读会\t社区图书馆
"""


def test_a_tab_table_row_is_a_paragraph_and_the_same_form_again_is_the_next_record():
    issue = parse_all(WORD_FORMS)
    assert [a.title for a in issue.articles] == [
        "“端午包粽”活动记录",
        "“反诈宣讲”活动记录",
        "7月活动预告",
    ]
    first = issue.articles[0]
    assert first.paragraphs[:2] == [
        "活动名称\t端午包粽\t活动时间\t2024年6月8日 9:00",
        "活动地点\t一村睦邻点\t参与人数\t40人",
    ]
    assert issue.articles[2].paragraphs[0] == "日期\t活动\t地点"


LONG_PICTURE = """\
民生项目季度进展

01
加装电梯
项目目标
全年完成加装电梯30台,
惠及居民1000户以上。
一季度进展
已完成加装9台,另有11台
正在施工。
下一步
二季度推出代办服务,
力争年底前完工。
02
长者食堂
项目目标
新增长者食堂2家,实现
助餐服务全覆盖。
一季度进展
第二长者食堂已完成装修,
计划4月下旬开业。
下一步
开展助餐满意度调查,根据
居民意见调整菜品。
03
菜场改造
项目目标
完成菜场标准化改造,改善
购物环境。
一季度进展
东区改造已于3月18日开工,
预计5月中旬完成。
下一步
东区完工后启动西区改造。
"""


def test_a_part_label_printed_in_every_section_is_an_intertitle_and_01_numbers_a_section():
    issue = parse_all(LONG_PICTURE)
    assert [a.title for a in issue.articles] == ["加装电梯", "长者食堂", "菜场改造"]
    for article in issue.articles:
        assert "一季度进展" in article.intertitles or "一季度进展" in article.paragraphs
    assert "项目目标" not in issue.furniture


RUNNING_HEAD = """\
社区周报

居民区召开议事会，讨论车棚改造方案。与会居民代表
社区周报
一致同意分两期施工。

第二期工程下月开工，居委会将提前张贴施工
社区周报
公告，请居民留意。

夏季防汛检查完成
社区周报
共排查积水点5处。
"""


def test_a_line_repeated_inside_sentences_is_still_a_running_head():
    issue = parse_all(RUNNING_HEAD)
    assert "社区周报" in issue.furniture


def test_a_photo_credit_in_brackets_after_a_caption_credits_the_photographer():
    text = """\
居民学做月饼

9月13日傍晚，园区中心广场举办中秋邻里节，白领和居民一起学做冰皮月饼。

▲白领们在手作摊位学做冰皮月饼（摄影：骆晨）
"""
    article = parse_all(text).articles[0]
    assert article.captions == ["白领们在手作摊位学做冰皮月饼（摄影：骆晨）"]
    assert [(b.role, b.author) for b in article.bylines] == [("摄影", "骆晨")]


def test_a_forwarded_mails_header_and_the_note_over_it_are_furniture():
    text = """\
各位：

转发本月简讯，请大家阅读。

韦嘉

-------- 转发的消息 --------
主题: 楼宇党建简讯 第9期
日期: Fri, 27 Sep 2024 17:05:12 +0800
发件人: 党群服务站 <station@example.cn>
收件人: 联络员 <liaison@example.cn>

白领午间课堂开讲

9月12日中午，白领驿站午间课堂开讲，近70名白领参加。

（白领驿站供稿）
"""
    issue = parse_all(text)
    assert [a.title for a in issue.articles] == ["白领午间课堂开讲"]
    assert "各位：" in issue.furniture and "主题: 楼宇党建简讯 第9期" in issue.furniture


def test_a_columns_name_before_a_bar_is_the_kicker_and_a_posts_kind_stays_in_the_title():
    text = """\
党员先锋岗｜一位前台主管的“楼宇台账”

前台主管祁晓冬的抽屉里有一本厚厚的笔记本，记着每家企业的情况。

（通讯员　戚蓓蓓）

招募｜周六上午一起给花园“换新装”

本周六上午9点，居委会招募志愿者一起补种花苗。

（居委会供稿）
"""
    issue = parse_all(text)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("党员先锋岗", "一位前台主管的“楼宇台账”"),
        (None, "招募｜周六上午一起给花园“换新装”"),
    ]


MAGAZINE = """\
金枫家园
2024年第3期
双月刊　2024年5月出版

目录

卷首语
初夏的街角 …………………… 1
社区聚焦
楼道里的微花园 …………………… 2
邻里故事
八十岁学会用手机挂号 …………………… 3

卷首语

初夏的街角

五月的街角，香樟树的新叶遮出一片阴凉，邻居们在树下聊着家常。

社区聚焦

楼道里的微花园

文/本刊记者　严一帆

三村18号楼的楼道转角，原先堆满旧纸箱，如今摆上了绿萝和吊兰。

邻里故事

八十岁学会用手机挂号

梁阿姨今年80岁，在社区学校的课堂上学会了用手机挂号。

（杜若）
"""


def test_a_section_the_contents_list_names_heads_the_story_it_lists_under_it():
    issue = parse_all(MAGAZINE)
    assert [a.title for a in issue.articles] == [
        "初夏的街角",
        "楼道里的微花园",
        "八十岁学会用手机挂号",
    ]
    assert "目录" in issue.furniture
    assert "双月刊　2024年5月出版" in issue.furniture


def test_a_role_qualified_by_who_the_author_is_keeps_the_first_role():
    article = parse_all(MAGAZINE).articles[1]
    assert [(b.role, b.author) for b in article.bylines] == [("文", "严一帆")]


def test_an_online_documents_header_and_counters_are_furniture_a_phone_field_is_not():
    text = """\
居民区工作月报（2024年第4期）
创建者：顾晓岚　　最后编辑：陆佳 4月30日 17:42
56人查看 · 3条评论
本月要闻
“四百”走访全面启动
4月8日，居民区党总支召开大走访动员会，36个楼组分给12名党员包干。
"""
    issue = parse_all(text)
    assert "56人查看 · 3条评论" in issue.furniture
    assert "创建者：顾晓岚　　最后编辑：陆佳 4月30日 17:42" in issue.furniture
    phone = parse_all(
        "地址：某某路108弄\n电话：12345678\n\n社区举办读书会\n\n近日，社区举办读书会。"
    )
    assert phone.furniture == []


def test_where_no_blank_line_parts_anything_a_caption_ends_the_story_above_a_new_head():
    text = """\
加装电梯开工
4月22日上午，15号楼加装电梯项目正式开工，这是小区的第3台。
按计划，电梯将于8月底前完成安装调试。
▲15号楼加装电梯开工现场（摄影：陆佳）
垃圾厢房完成改造
经过两个月施工，二村的三处垃圾厢房完成改造，新增了洗手池和除臭设备。
"""
    issue = parse_all(text)
    assert [a.title for a in issue.articles] == ["加装电梯开工", "垃圾厢房完成改造"]


def test_credited_captions_after_a_jump_stay_with_the_story_above_the_page_break():
    text = """\
　　文明宣讲走进居民区

　　本报讯　宣讲团已开展宣讲６８场，受众（下转第２版）

　　志愿者向居民发放文明礼仪手册。　俞佳　摄

第２版　　　　社区新闻

　　受理中心推行“一口受理”

　　６月２日起，受理中心全面推行“一口受理”服务模式。

　　（上接第１版）６５００余人次。

　　（通讯员　陆建平）
"""
    issue = parse_all(text)
    first = issue.articles[0]
    assert first.captions == ["志愿者向居民发放文明礼仪手册。　俞佳　摄"]
    assert [a.title for a in issue.articles][:2] == ["文明宣讲走进居民区", "受理中心推行“一口受理”"]


def test_a_marked_brief_headline_over_its_text_is_the_next_brief_without_its_mark():
    text = """\
简讯

●三村居委会完成换届选举
６月１４日，三村居委会换届选举大会召开，选举产生新一届居委会成员５名。
●社区学校暑期班开始报名
社区学校暑期班即日起开始报名，开设书法、电脑入门等８门课程。
"""
    issue = parse_all(text)
    assert [a.title for a in issue.articles] == ["三村居委会完成换届选举", "社区学校暑期班开始报名"]


def test_a_title_given_as_a_labelled_field_in_every_item_is_the_title():
    text = """\
稿件01
标题：加装电梯签约率过九成
记者：杨帆

【导语】三村是街道首批整小区推进加装电梯的小区，签约率已经超过九成。

稿件02
标题：菜场东区改造完工
记者：孔维

【导语】从今天起，菜场东区结束改造，重新开门迎客。
"""
    issue = parse_all(text)
    titles = [a.title for a in issue.articles]
    assert "加装电梯签约率过九成" in titles and "菜场东区改造完工" in titles


def test_a_bilingual_masthead_and_the_english_under_furniture_are_furniture():
    text = """\
青枫国际社区通讯
QINGFENG INTERNATIONAL COMMUNITY NEWSLETTER
2024年第2期　Issue 2, 2024　　2024年5月　May 2024
青枫街道国际社区服务站　编
Edited by Qingfeng International Community Service Station

洋居民当上议事会成员
Expat Residents Join the Council

4月26日，青枫居民区议事会换届，两位外籍居民当选为议事会成员。
"""
    issue = parse_all(text)
    assert [a.title for a in issue.articles] == ["洋居民当上议事会成员"]
    assert "Edited by Qingfeng International Community Service Station" in issue.furniture
    assert "QINGFENG INTERNATIONAL COMMUNITY NEWSLETTER" in issue.furniture


def test_three_slogans_set_apart_over_a_headline_are_its_kicker():
    # In 24-character columns both lines fall short of the column: the wrapped-title
    # reading must still see the slogans as a kicker (round t's 2008 paper).
    path = Path(__file__).resolve().parents[1] / "corpus" / "t04_2008_gb2312_paper.txt"
    text = decode(path.read_bytes())
    issue = parse_all(text)
    assert ("迎奥运　讲文明　树新风", "文明礼仪百场宣讲走进居民区") in [
        (a.kicker, a.title) for a in issue.articles
    ]


OCR_COLUMN = """\
邻里节里“晒”家风

　　本报讯 10 月 19 日,街道第三届邻里节在
中心公园落下帷幕。本届邻里节历时一个月,
先后举办了百家宴、家风故事会等 12 场活动,
吸引居民 3000 余人次参与。

　　活动现场还评选出了 20 户“最美家庭”和
10 个“和睦楼组”,街道为他们颁发了奖牌。

垃圾分类小课堂

这些垃圾该扔哪个桶?

《生活垃圾管理条例》实施已经三个多月,不
少居民对分类仍有疑问。本期我们整理了居民
咨询较多的几个问题。

(街道城运中心供稿)

居民心声

谢谢你,楼组长小沈

我今年 76 岁,老伴去年住院后,家里大事小
事都落在我一个人身上。楼组长小沈知道后,
第二天就请来了维修师傅。

二村居民 钟雅琴
"""


def test_in_an_ocr_column_a_question_or_a_comma_headline_set_apart_under_a_column_is_one():
    issue = parse_all(OCR_COLUMN)
    assert [(a.kicker, a.title) for a in issue.articles][1:] == [
        ("垃圾分类小课堂", "这些垃圾该扔哪个桶?"),
        ("居民心声", "谢谢你,楼组长小沈"),
    ]


def test_a_short_headline_over_one_signed_exclamation_is_no_column_over_a_question():
    # Found by the property test in CI: a column's name over a question set apart is a
    # kicker and a title only over the text, never over a byline.
    text = "一一一一一一\n\n一一一一一！\n\n(一一办)"
    issue = parse_all(text)
    assert [(a.kicker, a.title, a.paragraphs) for a in issue.articles] == [
        (None, "一一一一一一", ["一一一一一！"])
    ]


def test_a_question_under_a_title_and_subtitle_is_the_text_not_a_third_deck():
    text = "一一一一一一\n\n一一一一一一一一\n\n一一一一一！\n\n一一一。\n\n(一一办)"
    (article,) = parse_all(text).articles
    assert (article.title, article.subtitle) == ("一一一一一一", "一一一一一一一一")
    assert article.paragraphs == ["一一一一一！", "一一一。"]


def test_a_cry_twice_over_a_short_sentence_is_text_not_a_column_over_a_question():
    text = "一一一一一一\n\n一一一一一一一一\n\n一一一。\n\n一一一一一！\n\n一一一一一！\n\n一一一。\n\n(一一办)"
    (article,) = parse_all(text).articles
    assert article.paragraphs == ["一一一。", "一一一一一！", "一一一一一！", "一一一。"]


def test_a_cry_under_the_first_headline_is_its_text_not_a_question_under_a_column():
    # Found by the property test: only a question (？) set apart under a column's name,
    # itself set apart from what is above it, heads an article; a cry (！) is text.
    text = "一一一一一一\n\n一一一一一！\n\n一一一。一一一一一一一。\n\n(一一办)"
    (article,) = parse_all(text).articles
    assert (article.kicker, article.title) == (None, "一一一一一一")
    assert article.paragraphs == ["一一一一一！", "一一一。一一一一一一一。"]


def test_a_form_s_signature_row_names_its_writer_and_its_checker():
    first = parse_all(WORD_FORMS).articles[0]
    assert [b.author for b in first.bylines] == ["陆敏"]
    assert first.meta.get("审核人") == "钱立群"
    assert not any("填报人" in p for p in first.paragraphs)
    # a row of other labels is a row of the table
    text = WORD_FORMS.replace("填报人\t陆敏\t审核人\t钱立群", "负责单位\t一村居委\t联系电话\t5678")
    assert "负责单位\t一村居委\t联系电话\t5678" in parse_all(text).articles[0].paragraphs
