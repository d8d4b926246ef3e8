"""A paper set in a layout program and saved story by story (issue #17, round yc's
QuarkXPress file): a notice's own head (`…招生启事`) after a brief whose words it
shares, its text closed by its signer and date; a writer's credit atop the next page,
right over its story's headline, the story above signed already. Each text is my own;
none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

NOTICE_AFTER_BRIEF = (
    "社区短波\n"
    "桂园社区学校开设书法班\n"
    "5月起，桂园社区学校开设书法班，每周一次，首期报名的40名学员中年龄最大的已80岁。\n"
    "桂园社区学校暑期班招生启事\n"
    "为丰富居民暑期生活，桂园社区学校开设暑期兴趣班，欢迎报名。\n"
    "报名地点：桂园路18号社区文化活动中心\n"
    "报名电话：56701234\n"
    "桂园街道社区学校\n"
    "2021年6月16日\n"
)


def test_a_notices_own_head_over_text_its_signer_closes_starts_the_notice():
    issue = parse_all(NOTICE_AFTER_BRIEF)
    titles = [a.title for a in issue.articles]
    assert titles[-1] == "桂园社区学校暑期班招生启事"
    notice = issue.articles[-1]
    assert [b.department for b in notice.bylines] == ["桂园街道社区学校"]
    assert notice.meta.get("日期") == "2021年6月16日"
    assert_nothing_lost(NOTICE_AFTER_BRIEF, issue)


CREDIT_ATOP_PAGE = (
    "受理中心推出午间服务\n"
    "6月起，社区事务受理服务中心实行午间不打烊，居民中午也能办事。\n"
    "（社区事务受理服务中心　沈梅）\n"
    "桂园社区报　2021年6月18日　第2版　社区生活\n"
    "本版责编：钟岚\n"
    "文/邹平\n"
    "独居老人有了“老伙伴”\n"
    "桂园居民区有独居老人80位。今年起，居民区推出“老伙伴”结对，两位老人互相照应。\n"
    "桂园社区报　2021年6月18日　第3版　社区文化\n"
)


def test_a_writers_credit_atop_a_page_over_a_headline_is_that_storys():
    issue = parse_all(CREDIT_ATOP_PAGE)
    first, second = issue.articles
    assert [(b.department, b.author) for b in first.bylines] == [("社区事务受理服务中心", "沈梅")]
    assert second.title == "独居老人有了“老伙伴”"
    assert [(b.role, b.author) for b in second.bylines] == [("文", "邹平")]
    assert_nothing_lost(CREDIT_ATOP_PAGE, issue)


BOX_TWICE = (
    "居民议事会商议停车难\n"
    "\n"
    "4月2日晚，居民区召开议事会，20多位居民代表商议非机动车停放办法。\n"
    "\n"
    "（桂园居委会）\n"
    "\n"
    "小贴士\n"
    "\n"
    "充电安全须知\n"
    "\n"
    "1．电动车请勿在楼道内充电；\n"
    "\n"
    "2．充电时间不宜超过8小时。\n"
    "\n"
    "小贴士\n"
    "\n"
    "充电安全须知\n"
    "\n"
    "1．电动车请勿在楼道内充电；\n"
    "\n"
    "2．充电时间不宜超过8小时。\n"
)


def test_a_text_box_written_out_twice_is_read_once():
    """A converter that walks a text box in its drawing and again in its fallback
    writes it twice in a row: the second copy is the file's, not a second article."""
    issue = parse_all(BOX_TWICE)
    assert [a.title for a in issue.articles].count("充电安全须知") == 1
    assert "1．电动车请勿在楼道内充电；" in issue.furniture
    assert_nothing_lost(BOX_TWICE, issue)


PAGE_BANNER_OVER_HEAD = (
    "受理中心暑期延时服务公告\n"
    "为方便上班族和学生家长办事，\n"
    "7月1日起，社区事务受理服务\n"
    "中心实行暑期延时服务。\n"
    "延时时间：每周二、周四17:\n"
    "00—19:30\n"
    "咨询电话：62228800\n"
    "桂园街道社区事务受理服务中心\n"
    "2024年6月25日\n"
    "人物\n"
    "2024年6月28日　星期五\n"
    "责任编辑：钟岚　美术编辑：邹平\n"
    "03\n"
    "桂园街道“最美家庭”揭晓\n"
    "经居民区推荐、网络投票和评\n"
    "审，十户家庭获评桂园街道“最\n"
    "美家庭”，名单已在各居民区公\n"
    "示栏张贴，欢迎居民查看。\n"
    "（街道妇联供稿）\n"
    "综合\n"
    "2024年6月28日　星期五\n"
    "04\n"
)


def test_a_pages_section_name_read_out_over_its_head_is_the_pages():
    issue = parse_all(PAGE_BANNER_OVER_HEAD)
    notice, families = issue.articles
    assert "延时时间：每周二、周四17:00—19:30" in notice.paragraphs
    assert not notice.intertitles
    assert families.title == "桂园街道“最美家庭”揭晓"
    assert {"人物", "综合"} <= set(issue.furniture)
    assert_nothing_lost(PAGE_BANNER_OVER_HEAD, issue)


LOGO_AND_SECTION = (
    "桂园社区报\n"
    "2024年3月28日　第3期\n"
    "\n"
    "健康小屋开张了\n"
    "\n"
    "3月20日，桂园新村健康小屋在老年活动室正式开放，居民刷医保卡就能自助检测血压。\n"
    "\n"
    "（桂园居委会供稿）\n"
    "\n"
    "桂园GUIYUAN02\n"
    "\n"
    "综合新闻\n"
    "\n"
    "桂园　2024年3月28日　责任编辑：钟岚\n"
    "\n"
    "社区食堂添了“夜间档”\n"
    "\n"
    "文/邹平\n"
    "\n"
    "3月18日起，桂园路的社区长者食堂试行晚餐供应，营业时间延长到晚上7点半。\n"
)


def test_a_papers_logo_and_a_pages_section_between_its_furniture_are_the_pages():
    issue = parse_all(LOGO_AND_SECTION)
    assert {"桂园GUIYUAN02", "综合新闻"} <= set(issue.furniture)
    assert issue.articles[-1].title == "社区食堂添了“夜间档”"
    assert_nothing_lost(LOGO_AND_SECTION, issue)


def test_sentences_said_twice_are_text_both_times():
    text = (
        "社区消息\n\n"
        "居民踊跃参加，街道党工委书记出席。\n\n"
        "活动持续了一个上午，大家都很满意。\n\n"
        "居民踊跃参加，街道党工委书记出席。\n\n"
        "活动持续了一个上午，大家都很满意。\n"
    )
    issue = parse_all(text)
    assert len(issue.articles[0].paragraphs) == 4
    assert not issue.furniture


CAPTION_OVER_FIRST_HEADLINE = (
    "桂园邻里\n"
    "桂园居民区党总支　桂园居民区居委会　主办\n"
    "5月18日，社区卫生服务中心医生在健康驿站为居民测量血压。　邹平　摄\n"
    "“家门口”健康驿站开张了\n"
    "——医生每周二下午坐诊\n"
    "本报讯（通讯员　钟岚）5月18日上午，桂园居民区健康驿站正式启用，配备了自助血压计和体重秤。\n"
    "居委会还招募了12名健康志愿者，在驿站轮流值守。\n"
    "\n"
    "                    图片新闻\n"
    "                小小志愿者上岗啦\n"
    "5月25日，12名小学生志愿者在小区里开展“捡烟头、护家园”活动。　邹平　摄\n"
)


def test_a_caption_over_the_first_headline_and_a_photo_columns_headline():
    """The lead's picture's caption read out over its headline is the lead's (the headline
    is the lead's, not lent to the caption); `图片新闻` over a picture's headline is its
    kicker, the headline its title, the caption its caption."""
    issue = parse_all(CAPTION_OVER_FIRST_HEADLINE)
    lead, photo = issue.articles
    assert (lead.title, lead.subtitle) == ("“家门口”健康驿站开张了", "医生每周二下午坐诊")
    assert lead.captions == ["5月18日，社区卫生服务中心医生在健康驿站为居民测量血压。　邹平　摄"]
    assert (photo.kicker, photo.title) == ("图片新闻", "小小志愿者上岗啦")
    assert len(photo.captions) == 1
    assert_nothing_lost(CAPTION_OVER_FIRST_HEADLINE, issue)


HEADLINES_AFTER_TEXT = (
    "桂园社区报\n"
    "第7期（总第83期）\n"
    "本报记者　钟岚\n"
    "今年年初，桂园街道把老旧小区微更新列入民生实事项目，首批六个点位已全部完工。\n"
    "街道城市管理办公室介绍，第二批八个点位将于9月启动。\n"
    "民生实事\n"
    "老旧小区“微更新”完成首批六个点位\n"
    "——涉及口袋公园和无障碍坡道\n"
    "6月26日晚，三个居民区的居民代表和夜市摊主走进议事厅，就夜市噪音问题当面协商。\n"
    "经过讨论，各方约定夜市营业时间调整为17:00至22:00。\n"
    "（自治办　邹平）\n"
    "议事厅里商夜市\n"
    "——三方约定营业时间\n"
)


def test_each_headline_printed_after_its_text_is_that_texts():
    """A file whose first story's text opens it and whose headline, kicker to subtitle,
    stands under that text prints every headline after its text: each whole headline
    block is the story's above it."""
    issue = parse_all(HEADLINES_AFTER_TEXT)
    first, second = issue.articles
    assert (first.kicker, first.title, first.subtitle) == (
        "民生实事",
        "老旧小区“微更新”完成首批六个点位",
        "涉及口袋公园和无障碍坡道",
    )
    assert first.paragraphs[0].startswith("今年年初")
    assert (second.title, second.subtitle) == ("议事厅里商夜市", "三方约定营业时间")
    assert second.paragraphs[0].startswith("6月26日晚")
    assert_nothing_lost(HEADLINES_AFTER_TEXT, issue)


WORD_CELLS = (
    "桂园居民区工作简报\n"
    "2024年第6期（总第38期）\n"
    "党建引领\n"
    "\x07“红色楼组”认下十件民生小事\n"
    "\x07\n"
    "\x07——居民区党总支召开楼组长座谈会\n"
    "6月4日下午，桂园居民区党总支在睦邻点召开楼组长座谈会，把居民反映最多的问题摆上台面。\n"
    "（居民区党总支　钟岚）\n"
)


def test_words_cell_ends_read_out_at_line_starts_are_no_text():
    """Word's `Content.Text` writes a table's cell end (U+0007) after each cell's
    paragraph mark: at a line's start it is nothing, as a zero-width space is."""
    issue = parse_all(WORD_CELLS)
    article = issue.articles[0]
    assert (article.kicker, article.title, article.subtitle) == (
        "党建引领",
        "“红色楼组”认下十件民生小事",
        "居民区党总支召开楼组长座谈会",
    )
    assert_nothing_lost(WORD_CELLS, issue)
