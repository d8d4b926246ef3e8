"""A supplement read out of narrow columns by pdftotext (issue #17): lines cut at one
width, no blank line inside an article, blank lines between articles, a lead story
jumped to page 2. Each test is a small text of its own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.model import Byline
from tests.helpers import assert_nothing_lost, parse_all

SUPPLEMENT = (
    "东园\n党建专刊\n第3期　　　　　　2024年7月1日　星期一\n"
    "中共东园街道工作委员会　主办\n\n"
    "特别策划\n"
    "楼宇里的“初心课堂”\n"
    "——走进东园商务楼宇党群服务站的一个晚上\n"
    "编者按：在东园的写字楼里聚集着上万名年\n"
    "轻党员，本刊走进楼宇里的党群服务站，记\n"
    "录一堂特别的党课。\n"
    "文/韩秀兰　　图/东园街道党群办\n"
    "6月27日傍晚，东园路一栋写字楼的二十三\n"
    "层依旧灯火通明，活动室里三十多张椅子很\n"
    "快坐满了，来的大多是附近企业的年轻人。\n"
    "一张老照片引出的党课\n"
    "这堂党课的主讲人是街道党工委副书记魏立\n"
    "新，他先从包里拿出一张泛黄的老照片，照\n"
    "片里是当年在码头扛大包的老一辈工人。\n"
    "服务站去年投入使用，每周二和周四晚上开\n"
    "放到九点，还有读书会和职场讲座可以参加\n"
    "（下转第2版）\n"
    "02　　党建专刊　　2024年7月1日　　责任编辑：郑文\n"
    "支部风采\n"
    "楼宇企业党建联盟添了十二位新成员\n"
    "本报讯（通讯员　龚德明）6月20日，东园\n"
    "楼宇企业党建联盟召开联席会议，十二家新\n"
    "入驻企业的党组织正式加入联盟的大家庭。\n\n"
    "（上接第1版）\n"
    "和青年联谊，今年已接待党员群众两千余人\n"
    "次，成了年轻人下班后愿意来的第二个家。\n\n"
    "内部资料　免费赠阅\n"
)


def test_the_lead_story_is_one_article_its_note_credit_and_heading_inside():
    issue = parse_all(SUPPLEMENT)
    lead = issue.articles[0]
    assert (lead.kicker, lead.title, lead.subtitle) == (
        "特别策划",
        "楼宇里的“初心课堂”",
        "走进东园商务楼宇党群服务站的一个晚上",
    )
    assert lead.paragraphs[0].startswith("编者按：")
    assert [lead.paragraphs[k] for k in lead.intertitles] == ["一张老照片引出的党课"]
    assert lead.bylines == [
        Byline(author="韩秀兰", role="文"),
        Byline("东园街道党群办", None, "图"),
    ]
    assert lead.paragraphs[-1].endswith(
        "还有读书会和职场讲座可以参加和青年联谊，今年已接待党员群众两千余人次，成了年轻人下班后愿意来的第二个家。"
    )
    assert_nothing_lost(SUPPLEMENT, issue)


def test_a_headline_as_wide_as_the_column_between_its_column_and_its_lead():
    issue = parse_all(SUPPLEMENT)
    assert [(a.kicker, a.title) for a in issue.articles][1:] == [
        ("支部风采", "楼宇企业党建联盟添了十二位新成员")
    ]


RECRUITING = (
    "晨光市集招募志愿者\n\n"
    "为倡导绿色低碳生活，晨光街道将于4\n"
    "月下旬举办社区市集，现面向社会招募\n"
    "志愿者，欢迎有空的居民报名参加。\n"
    "活动时间：4月20日（周六）9:00—\n"
    "12:00\n"
    "活动地点：晨光广场东侧草坪\n"
    "招募岗位：秩序引导、物品登记、旧\n"
    "物改造教学、摄影记录\n"
    "招募人数：30名\n"
    "队长：符建国　电话：139****2817\n"
    "“银发互助”睦邻队\n"
    "报名方式：登录志愿者网搜索项目名\n"
    "称报名，或到各居民区志愿驿站现场\n"
    "报名，报名截止时间为4月15日。\n"
)


def test_a_field_cut_by_the_column_goes_on_in_the_next_line():
    text = RECRUITING
    article = parse_all(text).articles[0]
    assert article.paragraphs[1:4] == [
        "活动时间：4月20日（周六）9:00—12:00",
        "活动地点：晨光广场东侧草坪",
        "招募岗位：秩序引导、物品登记、旧物改造教学、摄影记录",
    ]
    # a value ending in a phone number is whole: the line under it is its own
    assert "队长：符建国　电话：139****2817" in article.paragraphs
    assert (
        "报名方式：登录志愿者网搜索项目名称报名，或到各居民区志愿驿站现场报名，报名截止时间为4月15日。"
        in article.paragraphs
    )
    assert_nothing_lost(text, parse_all(text))


JUSTIFIED = (
    "银杏苑的“好管家”\n"
    "在银杏苑小区，提起物业经理韦国良，居民们都亲切地叫他\n"
    "“韦师傅”。从部队转业后，他在小区物业一干就是十二年，\n"
    "哪家水管漏了、哪栋楼道灯坏了，他心里都有一本账。去年\n"
    "夏天，小区3号楼两户居民因为晾衣杆的位置闹了一点小矛盾，\n"
    "韦国良先后四次上门，既讲规约又讲情分，最后请来师傅重\n"
    "新装了晾衣架，两家人握手言和，还请他吃了一顿饭。当选\n"
    "居民区“和事佬”后，韦国良把调解中发现的共性问题整理成\n"
    "建议，交给居委会讨论，其中有6条已经被写进了小区的公约。\n"
    "“小区是大家的家，事情要大家商量着办。”韦国良笑着说，\n"
    "自己会继续当好邻里之间的“传话筒”和“润滑剂”。（银杏苑\n"
    "居委会　牛晓丽）\n"
    "一次议事会 一片停车位\n"
    "通讯员　车佳怡\n"
    "春节前，银杏苑小区新划的68个非机动车停车位正式启用，从小\n"
    "区大门一直排到最里面的12号楼，居民们再也不用为停车发愁\n"
    "了。这些车位，源于一次居民议事会上大家你一言我一语的讨论。\n"
)


def test_a_justified_pdf_column_is_wrapped_though_its_lines_differ_in_characters():
    # Digits are narrow in a justified PDF line: full lines hold 26 to 29 characters.
    issue = parse_all(JUSTIFIED)
    assert [a.title for a in issue.articles] == ["银杏苑的“好管家”", "一次议事会 一片停车位"]
    first, second = issue.articles
    assert [(b.department, b.author) for b in first.bylines] == [("银杏苑居委会", "牛晓丽")]
    assert first.paragraphs[-1].endswith("“传话筒”和“润滑剂”。")
    assert [(b.role, b.author) for b in second.bylines] == [("通讯员", "车佳怡")]
    assert_nothing_lost(JUSTIFIED, issue)


BIG_PRINT = (
    "重阳敬老情满松鹤\n"
    "——街道为辖区312位八十岁以上老人\n"
    "送上节日祝福\n"
    "文/柯蓉\n"
    "10月4日是农历九月初九重阳\n"
    "节。当天上午，松鹤街道党工\n"
    "委书记蒋文斌带领工作人员，\n"
    "走访慰问辖区高龄老人，送上\n"
    "月饼、毛毯和节日祝福。在银\n"
    "杏苑小区，102岁的寿星许玉\n"
    "珍老人精神矍铄。老人的儿子\n"
    "介绍，母亲平时爱听越剧，每\n"
    "▲街道工作人员为百岁老人许\n"
    "玉珍送上生日蛋糕。\n"
    "天还坚持在小区里散步，身体\n"
    "一直很硬朗。\n"
)


def test_a_subtitle_and_a_caption_cut_by_a_narrow_column_go_on_in_the_next_line():
    article = parse_all(BIG_PRINT).articles[0]
    assert article.subtitle == "街道为辖区312位八十岁以上老人送上节日祝福"
    assert article.captions == ["街道工作人员为百岁老人许玉珍送上生日蛋糕。"]
    assert article.paragraphs[-1].endswith("每天还坚持在小区里散步，身体一直很硬朗。")
    assert_nothing_lost(BIG_PRINT, parse_all(BIG_PRINT))
