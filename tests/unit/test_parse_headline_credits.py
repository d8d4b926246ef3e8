"""Credits printed with a headline, and the forms a credit or a signature takes."""

from __future__ import annotations

from lcreader.model import Byline
from lcreader.parse import parse_issue
from lcreader.parse.bylines import parse_byline
from lcreader.parse.credits import credit_line

# A district paper's page by plain pdftotext: 17-character columns, no indents.
NARROW = """\
云水时报
2024年5月9日 星期四

从旧仓库到“共享书房”
石门路街道唤醒小区闲置空间书房
本报记者 林一 通讯员 陈二

走进石门路街道丰收小区，3号楼旁一
间小屋里摆满了居民捐来的书，几位老
人正围坐在长桌边读报，窗台上几盆吊
兰长得正旺。很难想象，半年前这里还
是一间堆满杂物的旧仓库。
小区建于上世纪八十年代，没有一处像
样的公共活动场所。居民区党总支书记
王敏提出，把这间仓库改一改，给大家
一个读书说话的地方。
如今，书房每天上午8点到晚上8点开
放，由居民志愿者轮流值守，每周的活
动排得满满当当。

“老伙伴”结对上岗 为独居老人解忧
本报通讯员 吕琳

近日，石门路街道“老伙伴”结对服务
正式启动，首批60名低龄老人志愿者与
独居高龄老人结对，每周上门探望两次。
街道社区服务中心负责人介绍，今年将
再招募一批志愿者，让每一位独居老人
身边都有人照应。

图片新闻
第三届社区运动会开赛
9月7日，石门路街道第三届社区运动会
在街道体育中心开幕，来自十个居民区
的三百余名居民参加拔河、跳绳等比赛
项目。图为拔河比赛。
本报记者 林一 摄

服务信息
社区事务受理服务中心端午假期安排
端午假期期间，石门路街道社区事务受理
服务中心暂停对外服务，6月13日起恢复
正常服务时间，请居民合理安排办事时间。
"""


def test_a_deck_as_wide_as_the_column_over_its_credit_is_the_headline_s():
    issue = parse_issue("n", "n.txt", NARROW)
    first = issue.articles[0]
    # Two decks, the news (who did what where) under its theme: kicker and title.
    assert (first.kicker, first.title) == ("从旧仓库到“共享书房”", "石门路街道唤醒小区闲置空间书房")
    assert [(b.role, b.author) for b in first.bylines] == [("记者", "林一"), ("通讯员", "陈二")]
    assert first.paragraphs[0].startswith("走进石门路街道丰收小区")


def test_a_credit_of_the_paper_s_own_correspondent_is_a_byline():
    second = parse_issue("n", "n.txt", NARROW).articles[1]
    assert second.title == "“老伙伴”结对上岗 为独居老人解忧"
    assert [(b.role, b.author) for b in second.bylines] == [("通讯员", "吕琳")]
    assert not any("吕琳" in p for p in second.paragraphs)


def test_a_photo_item_s_text_and_photographer_are_its_caption():
    item = next(a for a in parse_issue("n", "n.txt", NARROW).articles if "运动会" in a.title)
    assert item.paragraphs == []
    assert len(item.captions) == 1
    assert item.captions[0].startswith("9月7日，") and "图为拔河比赛。" in item.captions[0]
    assert item.captions[0].endswith("林一 摄")
    assert [(b.role, b.author) for b in item.bylines] == [("摄影", "林一")]


def test_a_column_s_label_over_a_title_as_wide_as_the_column_heads_an_article():
    articles = parse_issue("n", "n.txt", NARROW).articles
    last = articles[-1]
    assert last.title == "社区事务受理服务中心端午假期安排"
    assert last.kicker == "服务信息"
    assert last.paragraphs[0].startswith("端午假期期间")
    assert len(articles) == 4


def test_a_department_then_a_role_then_a_name():
    assert parse_byline("镇社区服务中心　通讯员　邹敏") == [
        Byline(department="镇社区服务中心", author="邹敏", role="通讯员")
    ]
    assert parse_byline("镇社区服务中心　通讯员　不是名字啊") is None


def test_a_marked_author_with_where_the_author_is_from():
    assert credit_line("□蔡明辉（龙吟居民区第三党支部）") == (
        "蔡明辉（龙吟居民区第三党支部）",
        [Byline(department="龙吟居民区第三党支部", author="蔡明辉")],
    )
    assert credit_line("□蔡明辉（左二）") is None  # a position mark: no credit


FOREWORD = """\
卷首语

在“小事”里读懂初心

　　又是一年“七一”。翻开各居民区报上来的台账，记得最多的是一件件小事。

　　小事不小。把这些小事办好、办实，就是初心最朴素的样子。

　　　　　　　　　　　　　　　　　　　　镇党委副书记　郑国华
"""


def test_a_title_and_a_name_set_flush_right_under_the_text_sign_it():
    article = parse_issue("f", "f.txt", FOREWORD).articles[0]
    assert [b.author for b in article.bylines] == ["郑国华"]
    assert not any("郑国华" in p for p in article.paragraphs)


SCRIPT = """\
稿件02
标题：梅川菜场东区改造完工
记者：孔维　　摄像：董磊　　时长：2′10″

【导语】从今天起，梅川菜场东区结束改造，重新开门迎客，居民朋友们评价怎么样？

【正文】早上7点，菜场东区门口已经排起了队，改造后的过道宽敞了不少。
"""


def test_a_credit_line_with_a_label_of_its_own_credits_the_item_under_its_headline():
    article = parse_issue("s", "s.txt", SCRIPT).articles[0]
    assert [(b.role, b.author) for b in article.bylines] == [("记者", "孔维"), ("摄像", "董磊")]
    assert article.meta.get("时长") == "2′10″"
    assert len(article.paragraphs) == 2


def test_a_notice_s_fields_are_no_credit_line():
    issue = parse_issue(
        "n", "n.txt", "义诊进社区\n\n时间：6月17日　　地点：社区卫生服务中心\n\n欢迎居民参加。\n"
    )
    assert issue.articles[0].bylines == []


def test_the_paper_s_reporter_named_before_the_news_is_its_credit():
    text = (
        "邻里节落下帷幕\n\n"
        "本报记者 晏丽 10 月 19 日,晨光街道第三届“邻里节”落下帷幕,吸引居民 3000 余人次参与。\n\n"
        "本届邻里节历时一个月,先后举办了百家宴、家风故事会等活动。\n"
    )
    article = parse_issue("l", "l.txt", text).articles[0]
    assert [(b.role, b.author) for b in article.bylines] == [("记者", "晏丽")]
    assert article.paragraphs[0].startswith("10 月 19 日,晨光街道")
    # a reporter named inside a sentence is the sentence's
    said = "本报记者 晏丽 说,邻里节办得很热闹。\n"
    assert parse_issue("s", "s.txt", "邻里节\n\n" + said).articles[0].bylines == []


def test_a_label_after_a_credited_name_is_no_second_name():
    found = credit_line("文字:周雯 设计:韩悦")
    names = [b.author for b in found[1]] if found else []
    assert "设计" not in names


BROKEN_IN_QUOTES = """\
晨光街道打造“15分钟
养老服务圈”
——全年新增助餐点12个 服务老年人3.2万人次

本报讯（记者 何文海）走进晨光社区长者食堂，12元一份的两荤一素套餐热气腾腾。

街坊榜样
“修车老蔡”的二十年
文/图 刘畅

每天早上七点，晨光路与桂园街交叉口的梧桐树下，一个修车摊准时出摊。
"""


def test_a_headline_broken_inside_its_quotation_is_one_title_over_its_subtitle():
    first = parse_issue("b", "b.txt", BROKEN_IN_QUOTES).articles[0]
    assert first.title == "晨光街道打造“15分钟养老服务圈”"
    assert first.kicker is None
    assert first.subtitle == "全年新增助餐点12个 服务老年人3.2万人次"


def test_a_credit_for_text_and_pictures_names_both_roles():
    second = parse_issue("b", "b.txt", BROKEN_IN_QUOTES).articles[1]
    assert (second.kicker, second.title) == ("街坊榜样", "“修车老蔡”的二十年")
    assert [(b.role, b.author) for b in second.bylines] == [("文", "刘畅"), ("图", "刘畅")]
