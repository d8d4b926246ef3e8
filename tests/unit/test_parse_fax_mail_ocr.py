"""A 简报 as a fax, a web mail's forward, a screen OCR of an image e-paper and an online
document's copy hand it over (issue #17). Each text is my own; none of a corpus file's
words."""

from __future__ import annotations

from lcreader.model import Byline
from tests.helpers import parse_all, roles

EPAPER_OCR = (
    "桐湾报\n第88期\n2024年9月13日 星期五 第1版 要闻\n\n"
    "本报讯(记者 荀言)9月8日,北湾新村5号楼电梯通过验收,\n"
    "桐湾街道今年投用的加装电梯已达11台。\n"
    "加装电梯难,难在意见统一。街道请设计单位现场答疑,\n"
    "对低层住户的顾虑逐一回应。\n\n"
    "民生实事\n"
    "老小区加装电梯提速\n"
    "一一今年已有11台电梯投入使用\n\n"
    "夜 间 护 河 队 上 岗\n"
    "9月以来,街道组建夜间护河队,每晚沿河巡查,劝阻垂钓和游泳。\n"
    "(城管中队 祁一帆)\n\n"
    "简 讯\n\n"
    "■桐湾社区学校秋季班开课 9\n"
    "月11日,社区学校秋季班开学,新开智能手机等10个班。\n\n"
    "■“银发顾问团”成立\n"
    "9月13日,街道邀请12位退休工程师组成“银发顾问团”。\n\n"
    "桂花开了\n"
    "口 蓝小满\n"
    "巷口的老桂树\n"
    "又把秋天点亮了\n"
    "碎金落在竹篮里\n"
    "也落在孩子的书包上\n"
)


def test_a_headline_printed_after_its_text_with_its_ocr_dashed_deck_heads_that_text():
    lead = parse_all(EPAPER_OCR).articles[0]
    assert (lead.kicker, lead.title, lead.subtitle) == (
        "民生实事",
        "老小区加装电梯提速",
        "今年已有11台电梯投入使用",
    )
    assert lead.paragraphs[0].startswith("9月8日,北湾新村5号楼电梯通过验收")


def test_ocrs_spaced_headline_briefs_cut_after_the_months_figure_and_a_boxed_writer():
    issue = parse_all(EPAPER_OCR)
    titles = [a.title for a in issue.articles]
    assert titles[1:] == [
        "夜间护河队上岗",
        "桐湾社区学校秋季班开课",
        "“银发顾问团”成立",
        "桂花开了",
    ]
    assert issue.articles[2].paragraphs == ["9月11日,社区学校秋季班开学,新开智能手机等10个班。"]
    assert issue.articles[-1].bylines == [Byline(author="蓝小满")]


ONLINE_DOC = (
    "桐湾邻里（第9期）定稿\n\n"
    "桐湾邻里\n第9期\n桐湾社区居民委员会编　　2024年5月18日\n\n"
    "简讯\n"
    "北湾小学开展防溺水安全课　5月10日，社区民警走进北湾小学，给四年级学生讲解防溺水知识。\n"
    "社区卫生服务站义诊进小区　5月11日上午，全科医生在中心花园为80余名居民测量血压。\n"
    "垃圾分类积分兑换日举行　5月13日，社区举行垃圾分类积分兑换，当天兑换积分2万分。\n"
)


def test_briefs_run_into_their_text_after_a_wide_space_with_their_bullets_lost():
    issue = parse_all(ONLINE_DOC)
    assert [a.title for a in issue.articles] == [
        "北湾小学开展防溺水安全课",
        "社区卫生服务站义诊进小区",
        "垃圾分类积分兑换日举行",
    ]


FAX = (
    "2024-03-05 14:22 FROM:某镇党政办 0576-8731 TO:8731 P.1/2\n"
    "农村工作简报\n第3期\n某镇党政办公室编\n2024年3月4日\n"
    "镇妇联开展“三八”节系列活动\n"
    "3月1日至8日，镇妇联组织开展巾帼志愿服务、妇女健康讲座等活动，参与妇女群众500余人次。\n"
    "2023年度“美丽庭院”示范户名单\n"
    "北湾村：祁金花 蓝秀珍 荀建国\n"
    "南湾村：祁桂英 蓝小平\n"
    "工作提示\n"
    "清明前后森林防火工作提示\n"
    "清明将至，请各村做好以下工作：\n"
    "1.在主要进山路口设立劝导点；\n"
    "2.扑火队伍24小时备勤。\n"
    "火警电话：12119\n"
    "镇应急管理办公室\n"
    "2024年3月4日\n"
)


def test_a_faxs_header_is_furniture_and_a_roll_after_a_story_is_its_own():
    assert roles(FAX)["2024-03-05 14:22 FROM:某镇党政办 0576-8731 TO:8731 P.1/2"] == "furniture"
    issue = parse_all(FAX)
    assert [a.title for a in issue.articles] == [
        "镇妇联开展“三八”节系列活动",
        "2023年度“美丽庭院”示范户名单",
        "清明前后森林防火工作提示",
    ]
    notice = issue.articles[-1]
    assert notice.bylines == [Byline(department="镇应急管理办公室")]
    assert notice.paragraphs[-1] == "火警电话：12119"


MAIL = (
    "返回 回复 回复全部 转发 删除 举报 更多\n"
    "Fw:【桐湾月报】2022年第6期\n"
    "发件人：某街道社区办<sqb@example.com>\n"
    "时　间：2022年7月1日(星期五) 上午9:42\n"
    "收件人：共建单位<gj@example.com>\n\n"
    "各共建单位：转发桐湾社区6月月报，供参阅。\n\n"
    "---- 转发的邮件 ----\n"
    "发件人\t桐湾社区居委会<jwh@example.com>\n"
    "日期\t2022年06月30日 16:05\n"
    "收件人\t某街道社区办<sqb@example.com>\n"
    "主题\t【桐湾月报】2022年第6期\n\n"
    "■社区“夏日课堂”开班\n"
    "　　6月25日，桐湾社区“夏日课堂”开班，共有38名小学生报名参加。\n"
    "问：课堂开到什么时候？\n"
    "答：一直开到8月中旬。\n"
    "（桐湾社区 蓝佳）\n\n"
    "快速回复\n"
    "点击此处快速回复\n"
)


def test_a_web_mails_buttons_forward_and_reply_box_are_the_mails():
    found = roles(MAIL)
    for line in (
        "返回 回复 回复全部 转发 删除 举报 更多",
        "Fw:【桐湾月报】2022年第6期",
        "发件人\t桐湾社区居委会<jwh@example.com>",
        "各共建单位：转发桐湾社区6月月报，供参阅。",
        "点击此处快速回复",
    ):
        assert found[line] == "furniture", line
    [story] = parse_all(MAIL).articles
    assert story.title == "社区“夏日课堂”开班"
    assert story.paragraphs == [
        "6月25日，桐湾社区“夏日课堂”开班，共有38名小学生报名参加。",
        "问：课堂开到什么时候？",
        "答：一直开到8月中旬。",
    ]
