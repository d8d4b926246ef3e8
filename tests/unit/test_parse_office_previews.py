"""A 简报 as an office's tools hand it over (issue #17): a file preview copied page by
page (the paper's name again over each page, a table a cell a line), a phone's OCR of a
printed 村务简报 (a picture's title over its credited caption, then an honour roll), a
Word document pasted into a plain editor (a caption in brackets, a notice under a
table), a platform's repost. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.parse.cells import join_cell_lines
from tests.helpers import parse_all, roles

PREVIEW = (
    "桐湾街道平安建设简报\n"
    "2025年第2期\n"
    "桐湾街道平安办编　　　　2025年2月28日\n"
    "街道开展节后安全大检查\n"
    "2月18日起，街道组织安监、消防等部门对辖区商铺开展节后安全检查，发现并督促整改隐\n"
    "— 1 —\n"
    "桐湾街道平安建设简报\n"
    "患23处。\n"
    "（平安办　祁晓东）\n"
    "二月各社区矛盾纠纷调处情况\n"
    "社区\n受理（件）\n调处成功（件）\n"
    "北湾社区\n12\n11\n"
    "南湾社区\n9\n9\n"
    "东湾社区\n7\n6\n"
    "合计\n28\n26\n"
    "— 2 —\n"
)


def test_a_table_copied_a_cell_a_line_is_read_as_its_rows():
    table = parse_all(PREVIEW).articles[-1]
    assert table.title == "二月各社区矛盾纠纷调处情况"
    assert table.paragraphs == [
        "社区 受理（件） 调处成功（件）",
        "北湾社区 12 11",
        "南湾社区 9 9",
        "东湾社区 7 6",
        "合计 28 26",
    ]


def test_figures_alone_in_running_text_are_no_table():
    # (a date a run of one font a line, an export's habit: no row of cells)
    text = "街道召开会议\n会议于2025\n年\n3\n月\n12\n日召开。\n"
    assert join_cell_lines(text) == text


def test_the_papers_name_again_over_each_page_is_the_pages():
    issue = parse_all(PREVIEW)
    assert roles(PREVIEW)["桐湾街道平安建设简报"] == "furniture"
    story = issue.articles[0]
    assert story.paragraphs == [
        "2月18日起，街道组织安监、消防等部门对辖区商铺开展节后安全检查，发现并督促整改隐患23处。"
    ]
    assert story.captions == []


def test_the_papers_name_signing_a_notice_is_its_signature():
    text = (
        "桐湾街道社区事务受理服务中心\n"
        "政策服务专刊\n"
        "2024年第3期\n"
        "关于暂停对外服务的公告\n"
        "因系统升级，中心定于8月17日暂停对外服务一天。\n"
        "桐湾街道社区事务受理服务中心\n"
        "2024年8月5日\n"
    )
    notice = parse_all(text).articles[-1]
    assert notice.bylines[0].department == "桐湾街道社区事务受理服务中心"


OCR = (
    "北湾村村务简报\n第3期\n"
    "北湾村完成灌渠清淤\n"
    "3月上旬，北湾村组织村民对东片灌渠进行清淤，共清理淤泥800余方。\n"
    "(村委会 祁秀英)\n"
    "春耕一线的“红马甲”\n"
    "图为村志愿服务队帮助留守老人春耕备耕。蓝小舟 摄\n"
    "光荣榜\n"
    "2024年一季度“美丽庭院”示范户\n"
    "经各组推荐、村两委评议,以下农户被评为“美丽庭院”示范户:\n"
    "一组:祁桂兰 荀长顺\n"
    "二组:蓝玉芬\n"
)


def test_a_pictures_title_over_its_credited_caption_after_a_signed_story_is_its_own():
    issue = parse_all(OCR)
    assert [a.title for a in issue.articles] == [
        "北湾村完成灌渠清淤",
        "春耕一线的“红马甲”",
        "2024年一季度“美丽庭院”示范户",
    ]
    item = issue.articles[1]
    assert item.paragraphs == []
    assert item.captions == ["图为村志愿服务队帮助留守老人春耕备耕。蓝小舟 摄"]
    assert issue.articles[2].kicker == "光荣榜"


WORD = (
    "北湾居民区工作简报\n"
    "居民区举行迎国庆升旗仪式\n"
    "　　9月30日清晨，北湾居民区在中心花园举行升旗仪式，百余名居民参加。\n"
    "　　　　（图为升旗仪式现场　荀蕾 摄）\n"
    "　　（居委会　荀蕾）\n\n"
    "九月志愿服务积分榜\n"
    "名次\t姓名\t积分\n"
    "1\t祁宝根\t46\n"
    "2\t蓝美凤\t41\n"
    "3\t荀志明\t38\n\n"
    "关于开展电动自行车充电桩报名的通知\n"
    "各位居民：\n"
    "　　第二批充电桩即将开建，请有需要的居民到居委会报名。\n"
    "北湾居民委员会\n"
    "2024年9月27日\n"
)


def test_a_caption_in_brackets_is_the_caption():
    story = parse_all(WORD).articles[0]
    assert story.captions == ["图为升旗仪式现场　荀蕾 摄"]


def test_a_notices_title_over_its_greeting_under_a_tables_last_row_starts_the_notice():
    issue = parse_all(WORD)
    assert [a.title for a in issue.articles][-2:] == [
        "九月志愿服务积分榜",
        "关于开展电动自行车充电桩报名的通知",
    ]


def test_a_platforms_note_that_it_speaks_not_for_the_post_is_the_platforms():
    text = (
        "桐湾街道：《桐湾简报》2023年第6期\n"
        "来源：某区融媒体中心　作者：桐湾街道党工委办公室\n\n"
        "【简讯】\n"
        "■夏令营报名　桐湾街道公益夏令营即日起报名，名额60个。\n\n"
        "本文来自某某强国号，不代表某某平台立场\n\n"
        "分享到：\n微信\n微博\n"
    )
    assert roles(text)["本文来自某某强国号，不代表某某平台立场"] == "furniture"
