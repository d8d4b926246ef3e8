"""A tabloid's PDF read by a script a column line at a time (issue #17, round yu's
pdf-parse file): no blank line anywhere, a story's reminder box under its text, a
menu's rows whose cells the extraction set one space apart. Each text is my own;
none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all, roles

# The column is 13 characters wide; the story has no credit until its box is done, and
# the box's first line, as wide as the column, cuts a word (`会员` / `费，`).
REMINDER = "\n".join(
    [
        "桐乡2023年9月8日第2版　平安桐乡",
        "“高息理财”骗局又来了",
        "近来，辖区多名老人接到所谓",
        "理财顾问的电话，对方许诺月",
        "息两分，只要先交五千元会员",
        "费。派出所民警陈立走访时发",
        "现后及时劝阻，为老人挽回了",
        "损失。",
        "民警提醒",
        "凡是许诺高额回报要先交会员",
        "费，都是诈骗。遇到此类电话",
        "请立即挂断并拨打110。",
        "（桐乡派出所供稿）",
        "社区食堂开出秋季新菜单",
        "入秋以来，桐乡社区食堂调整",
        "了菜单，增加滋润菜品，价格",
        "不变。",
        "（社区食堂　吴敏）",
    ]
)

MENU = "\n".join(
    [
        "桐乡2023年9月8日第3版　民生",
        "社区食堂开出秋季新菜单",
        "入秋以来，桐乡社区食堂调整",
        "了菜单，增加滋润菜品，价格",
        "不变。",
        "星期一香菇炖鸡　清炒山药",
        "星期二红烧鲫鱼　蒜蓉芥蓝",
        "星期三百合虾仁　凉拌木耳",
        "星期四栗子烧肉　上汤娃娃菜",
        "星期五清蒸鳊鱼　番茄炒蛋",
        "七十岁以上老人就餐另有补贴",
        "，可到居委会登记。",
        "（社区食堂　吴敏）",
    ]
)


def test_a_reminder_named_for_someone_the_story_names_is_the_storys():
    issue = parse_all(REMINDER)
    titles = [a.title for a in issue.articles]
    assert titles == ["“高息理财”骗局又来了", "社区食堂开出秋季新菜单"]
    story = issue.articles[0]
    assert [story.paragraphs[i] for i in story.intertitles] == ["民警提醒"]
    assert story.bylines and story.bylines[0].department == "桐乡派出所"
    assert any(p.startswith("凡是许诺高额回报要先交会员费，") for p in story.paragraphs)


def test_a_reminder_of_no_one_the_story_names_still_begins_a_notice():
    other = REMINDER.replace("民警提醒", "物业提醒")
    titles = [a.title for a in parse_all(other).articles]
    assert "物业提醒" in titles


def test_a_menus_rows_set_one_space_apart_are_rows_not_a_headline():
    issue = parse_all(MENU)
    assert len(issue.articles) == 1
    paragraphs = issue.articles[0].paragraphs
    for day in ("星期一", "星期二", "星期三", "星期四", "星期五"):
        assert sum(p.startswith(day) for p in paragraphs) == 1, day
    assert roles(MENU)["星期一香菇炖鸡　清炒山药"] != "title"


def test_two_clauses_set_apart_alone_stay_a_headline():
    text = MENU.replace("星期二红烧鲫鱼　蒜蓉芥蓝\n星期三百合虾仁　凉拌木耳\n", "")
    assert roles(text)["星期一香菇炖鸡　清炒山药"] != "line"


# A 公众号 post an editor built with numbered badges, pasted into a Markdown editor: the
# post's title, its header line with the account as a link and the time in emphasis,
# the contents over the first badge.
POST = "\n\n".join(
    [
        "# 青禾邻里周报｜第5期：夜市开张啦",
        "原创 青禾社区 [青禾邻里](javascript:void(0);) *2024年05月10日 18:00* *上海*",
        "本期导读",
        "01 夜市开张啦",
        "02 旧衣回收箱搬家了",
        "01",
        "**夜市开张啦**",
        "五月九日晚，青禾小区东门外的便民夜市正式开张，二十个摊位卖小吃、修伞、配钥匙，"
        "居民说烟火气又回来了。",
        "**一、摊位怎么排**",
        "摊位由居民代表抽签决定，每周轮换一次，保证公平。",
        "**二、垃圾谁来收**",
        "每个摊主自备垃圾桶，收摊后由志愿者检查。",
        "（青禾居委会　梁晓）",
        "02",
        "**旧衣回收箱搬家了**",
        "原来放在3号楼下的旧衣回收箱，五月起搬到垃圾厢房旁边，方便居民投放。",
        "（青禾居委会）",
    ]
)


def test_a_markdown_posts_header_line_is_the_posts_and_its_contents_name_the_stories():
    issue = parse_all(POST)
    assert [a.title for a in issue.articles] == ["夜市开张啦", "旧衣回收箱搬家了"]
    assert not issue.articles[0].title_inferred
    header = "原创 青禾社区 [青禾邻里](javascript:void(0);) *2024年05月10日 18:00* *上海*"
    assert roles(POST)[header] == "furniture"
    first = issue.articles[0]
    assert [first.paragraphs[i] for i in first.intertitles] == ["一、摊位怎么排", "二、垃圾谁来收"]


def _record(title: str, body: list[str]) -> list[str]:
    """One record of a town site's column, as a browser's inner text gives it."""
    return [
        "桂川镇人民政府",
        "首页 | 政务公开 | 办事服务 | 互动交流",
        "您现在的位置：首页 > 政务公开 > 村务公开",
        "",
        title,
        "发布时间：2024-03-08 10:15:22　　来源：桂川村",
        "【字体：大 中 小】",
        "",
        *body,
        "",
        "【打印本页】【关闭窗口】",
        "",
        "主办：桂川镇人民政府　地址：桂川镇桂川路8号",
    ]


STORIES = {
    "村民议事会商定河道保洁办法": [
        "3月5日，桂川村召开村民议事会，商定今年河道保洁由各村民小组轮流负责。",
        "（桂川村委会　严芳）",
    ],
    "春耕农资团购开始登记": [
        "即日起，村委会为村民统一团购化肥和种子，请于3月20日前到村委会登记。",
        "（桂川村委会）",
    ],
    "老党员带头清理田间白色垃圾": [
        "3月7日，村里十二名老党员背着竹篓下田，捡拾废弃农膜和农药瓶四百余件。",
        "（桂川村党支部　何平）",
    ],
}
SITE = "\n".join(
    [
        *_record(
            "桂川村讯（2024年第1期）",
            [
                "桂川村讯　2024年第1期（总第12期）",
                "桂川村民委员会　编印",
                "本期目录",
                *STORIES,
            ],
        ),
        *(line for title, body in STORIES.items() for line in _record(title, body)),
    ]
)


def test_a_site_records_title_the_contents_names_is_its_headline_not_a_line_again():
    titles = [a.title for a in parse_all(SITE).articles]
    assert titles == list(STORIES)


# A printshop's 方正书版 source of a page: a command or more on every line.
TYPESET = "\n".join(
    [
        "％桐乡镇报52期1版　录入　小王",
        '〖MS〗〖HT6"F〗桐乡镇报〓〓2005年4月8日〓〓第1版',
        "〖KH1〗",
        '〖BT3〗〖HT5"K〗镇人大代表视察农村公路建设',
        "〖BT1〗〖HT2XBS〗今年新修村道十二公里",
        "〖FL(K2〗",
        '〖HT5"SS〗　　本报讯　4月6日，镇人大代表一行视察了全镇农村公路建设，先后察看'
        "了东浜村、西桥村的新修村道。Ω",
        "〖PS〗〖JZ〗〖PS*3/TX0406.TIF;%45%45,BP〗",
        '〖JZ〗〖HT6"K〗代表们在东浜村察看新修村道。　本报记者　邵华　摄',
        '〖HT5"SS〗　　代表们建议，村道建成后要落实养护责任。Ω',
        '〖JY〗〖HT6"K〗（镇人大办　尤佳）',
        "〖FL)〗",
        "〖KH1〗",
        "〖BT1〗〖HT3XBS〗镇图书馆延长开放时间",
        '〖HT5"SS〗　　从4月起，镇图书馆每周六、周日开放到晚上八点。Ω',
        '〖JY〗〖HT6"K〗（镇文化站）',
        '〖JY〗〖HT6"SS〗本版编辑〓韩秀',
    ]
)


def test_a_typesetting_sources_commands_are_markup_and_its_pages_read():
    issue = parse_all(TYPESET)
    first, second = issue.articles
    assert (first.kicker, first.title) == ("镇人大代表视察农村公路建设", "今年新修村道十二公里")
    assert first.captions == ["代表们在东浜村察看新修村道。　本报记者　邵华　摄"]
    assert first.paragraphs[-1] == "代表们建议，村道建成后要落实养护责任。"
    assert second.title == "镇图书馆延长开放时间"
    assert not any("〖" in p or "Ω" in p for a in issue.articles for p in a.paragraphs)
    assert "本版编辑　韩秀" in issue.furniture
    assert roles(TYPESET)["％桐乡镇报52期1版　录入　小王"] == "furniture"


def test_a_bracket_or_two_in_prose_is_the_proses():
    from lcreader.parse.typesetting import untypeset

    prose = "\n".join(["〖通知〗", "各位居民：", "本周六上午停水。Ω 为记号", "物业", "2024年5月"])
    assert untypeset(prose) == prose
    assert untypeset(TYPESET).count("\n") == TYPESET.count("\n")  # one line stays one line


def _reader_page(title: str, body: list[str]) -> list[str]:
    """One e-paper page as a reader service returns it, its properties first."""
    return [
        f"Title: {title}-桐乡镇报",
        "",
        "URL Source: http://szb.example.cn/c/1.htm",
        "",
        "Published Time: 2024-06-20T08:00:00+08:00",
        "",
        "Markdown Content:",
        "*   [首页](http://szb.example.cn/)",
        "",
        *body,
        "",
    ]


READER = "\n".join(
    [
        *_reader_page(
            "镇里新开一条公交线",
            [
                "镇里新开一条公交线",
                "=========",
                "",
                "6月18日起，镇里新开的公交线连通了东浜村和镇卫生院，每半小时一班。",
                "",
                "（镇交通办　沈立）",
            ],
        ),
        *_reader_page(
            "简讯",
            [
                "简讯",
                "===",
                "",
                "**社区食堂推出夏季菜单**",
                "",
                "6月起，镇社区食堂每天增加两道清淡菜和一道汤，价格不变。",
                "",
                "**图书馆延长开放时间**",
                "",
                "暑期里，镇图书馆每天开放到晚上八点，欢迎居民带孩子来读书。",
            ],
        ),
    ]
)


def test_a_reader_services_page_properties_are_furniture_each_page_over():
    issue = parse_all(READER)
    titles = [a.title for a in issue.articles]
    assert titles == ["镇里新开一条公交线", "社区食堂推出夏季菜单", "图书馆延长开放时间"]
    assert roles(READER)["Published Time: 2024-06-20T08:00:00+08:00"] == "furniture"
    assert all(len(a.paragraphs) == 1 for a in issue.articles[1:])


# A PDF reader's copy of a 13-character column: the lead's headline set large (letter-
# spaced by the copy) under its kicker, a jump's marker cut by the column's edge, a
# notice's title wider than the column.
COLUMN = "\n".join(
    [
        "“家门口”服务再升级",
        "新 增 6 个 助 餐 点",
        "本报记者　凌霄",
        "4月18日，桐乡街道新增的6个",
        "助餐点同时开张，老人在家门",
        "口就能吃上热饭热菜，每餐还",
        "能享受两元补贴。街道还将在",
        "下半年新增送餐上门服务（下转",
        "第2版）",
        "街道部署汛前安全检查工作",
        "4月20日，街道召开会议，部署",
        "汛前安全检查，要求各居民区",
        "在5月前完成地下车库排查。",
        "（应急办　沙宁）",
        "2024年度“最美楼道”评选启事",
        "即日起，街道开展2024年度",
        "“最美楼道”评选活动，欢迎各",
        "楼组报名参加。",
        "报名时间：即日起至5月31日。",
        "桐乡街道自治办",
        "2024年4月22日",
    ]
)


def test_a_pdf_readers_column_keeps_its_headlines_jumps_and_notices():
    issue = parse_all(COLUMN)
    lead, meeting, notice = issue.articles
    assert (lead.kicker, lead.title) == ("“家门口”服务再升级", "新增6个助餐点")
    assert lead.paragraphs[-1].endswith("下半年新增送餐上门服务")
    assert meeting.title == "街道部署汛前安全检查工作"
    assert notice.title == "2024年度“最美楼道”评选启事"
    assert notice.bylines[0].department == "桐乡街道自治办"


def test_a_columns_name_over_a_poems_title_over_its_lines():
    text = "\n".join(
        [
            "村里新修了文化礼堂",
            "　　5月起，村文化礼堂对村民开放，每周六晚放映电影。",
            "（村委会）",
            "乡土文苑",
            "桐溪的夏",
            "荷叶铺满了池塘，",
            "蝉在树上唱歌，",
            "晒谷场上，",
            "孩子们追着萤火虫，",
            "老人摇着蒲扇，",
            "说起今年的收成。",
            "夜深了，",
            "桐溪还在轻轻地流。",
            "桐溪村　退休教师　吴文",
        ]
    )
    poem = parse_all(text).articles[-1]
    assert (poem.kicker, poem.title) == ("乡土文苑", "桐溪的夏")
    assert poem.paragraphs[0] == "荷叶铺满了池塘，"
