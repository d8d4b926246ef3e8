"""Listings (each a headline over its fields), notices after text, question intertitles."""

from __future__ import annotations

from lcreader.parse import parse_issue
from tests.helpers import assert_nothing_lost, parse_all

CLASSIFIEDS = """\
招聘信息
南湖社区卫生服务中心招聘护理员
招聘人数：3名
岗位要求：年龄18至45周岁，持有护士执业证书。
报名方式：到中心三楼办公室报名。
联系人：王女士　　电话：5792××××

南湖农贸市场招聘市场管理员
招聘人数：2名
岗位要求：身体健康，责任心强，能适应早班工作。
联系人：俞经理　　电话：139××××6027

寻物启事
本人于10月12日下午在南湖公园南门一带遗失棕色双肩包一个，望拾到者与本人联系，必有酬谢。
联系电话：138××××4519（蔡先生）
"""


def test_each_listing_under_its_own_headline_and_a_notice_after_fields_are_articles():
    issue = parse_issue("c", "c.txt", CLASSIFIEDS)
    titles = [a.title for a in issue.articles]
    assert titles == ["南湖社区卫生服务中心招聘护理员", "南湖农贸市场招聘市场管理员", "寻物启事"]
    assert "招聘人数：2名" in issue.articles[1].paragraphs
    assert "招聘人数：2名" not in issue.articles[0].paragraphs


NEWSLETTER = """\
北湖镇推进老旧小区改造

4月16日，北湖镇召开推进会，全面启动辖区老旧小区改造，今年首批安排12个小区。

改什么？居民说了算

这次改造从一开始就把“点菜权”交给居民，各小区先后召开议事会征求意见。

怎么改？边施工边听意见

各施工单位在小区内设立接待点，居民的意见当天记录、三天内答复。

（镇社区服务中心　通讯员　邹敏）

四月大事记

4月2日，镇社区党委组织各居民区党组织书记外出学习。

4月25日，镇综治中心在滨河小区开展防范电信网络诈骗宣传活动。

征稿启事

《北湖社区通讯》是反映我镇社区生活的内部刊物，现面向全镇居民征集稿件，欢迎投稿。
"""


def test_a_question_and_its_short_answer_between_paragraphs_is_an_intertitle():
    article = parse_issue("n", "n.txt", NEWSLETTER).articles[0]
    heads = [article.paragraphs[k] for k in article.intertitles]
    assert heads == ["改什么？居民说了算", "怎么改？边施工边听意见"]
    assert [(b.department, b.role, b.author) for b in article.bylines] == [
        ("镇社区服务中心", "通讯员", "邹敏")
    ]


def test_a_notice_s_head_after_a_finished_paragraph_starts_the_notice():
    issue = parse_issue("n", "n.txt", NEWSLETTER)
    assert [a.title for a in issue.articles] == ["北湖镇推进老旧小区改造", "四月大事记", "征稿启事"]
    assert issue.articles[2].paragraphs[0].startswith("《北湖社区通讯》")


STORY_THEN_LISTING = """\
八十岁学剪视频
每天晚饭后，78岁的龚立新都要打开手机里的剪辑软件，把白天拍的素材剪成小视频，发到家里的群里。
去年秋天，他报名参加了社区学校的智能手机班，从不会“长按”学起，如今已能独立剪辑。
这个学期，他又报名了新开的短视频制作班，想把小区的老故事一个个拍下来。
十月社区活动预告
重阳敬老游园会
时间：10月11日（周五）14:00—16:30
地点：社区文化活动中心一楼大厅
对象：辖区60周岁以上居民
秋季养生讲座
时间：10月18日（周五）9:30—10:30
地点：社区文化活动中心三楼报告厅
"""


def test_a_listing_under_a_story_told_in_sentences_is_an_article_of_its_own():
    issue = parse_all(STORY_THEN_LISTING)
    assert [a.title for a in issue.articles] == ["八十岁学剪视频", "十月社区活动预告"]
    listing = issue.articles[1]
    assert "时间：10月11日（周五）14:00—16:30" in listing.paragraphs
    assert_nothing_lost(STORY_THEN_LISTING, issue)


NOTICE_WITH_FIELDS = """\
重阳敬老游园会即将举行
为弘扬敬老爱老传统，街道将于重阳节前举办敬老游园会，现场有猜灯谜、做重阳糕、义诊等活动，欢迎辖区老人和家属一同参加。
活动安排
重阳敬老游园会
时间：10月11日（周五）14:00—16:30
地点：社区文化活动中心一楼大厅
"""


def test_a_label_over_the_story_s_own_fields_stays_in_the_story():
    issue = parse_all(NOTICE_WITH_FIELDS)
    assert [a.title for a in issue.articles] == ["重阳敬老游园会即将举行"]


FOREWORD = """\
卷首语
初夏，在街角遇见美好

五月的晨光，香樟树的新叶已经把整条晨光路遮出了一片阴凉。社区的好，从来不是哪一个人做出来的。

愿这本小刊，能让更多邻居看见彼此，也看见我们共同的家园。

晨光街道党工委书记　唐立

1
"""


def test_a_foreword_signed_flush_left_by_its_writer_s_post_and_name_is_signed():
    article = parse_all(FOREWORD).articles[0]
    assert [b.author for b in article.bylines] == ["唐立"]
    assert not any("唐立" in p for p in article.paragraphs)


NOTICE_OVER_COLOPHON = """\
关于开展党员信息核对的通知

各居民区党组织：

为进一步加强党员队伍管理，决定于7月在全街道开展党员信息核对工作。请各党组织于7月20日前完成。

联系电话：5788××××（街道组织办）

中共晨光街道工作委员会组织办公室
2024年6月25日

————————————————————
主　　办：中共晨光街道工作委员会
责任编辑：林晓　　　校　　对：丁雨
地　　址：晨光路188号　　　电话：5788××××
"""


def test_a_printed_rule_bounds_the_colophon_and_the_notice_over_it_keeps_its_signature():
    issue = parse_all(NOTICE_OVER_COLOPHON)
    notice = issue.articles[0]
    assert [b.department for b in notice.bylines] == ["中共晨光街道工作委员会组织办公室"]
    assert "中共晨光街道工作委员会组织办公室" not in issue.furniture
    assert "主　　办：中共晨光街道工作委员会" in issue.furniture
