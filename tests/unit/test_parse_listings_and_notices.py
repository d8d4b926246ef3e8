"""Listings (each a headline over its fields), notices after text, question intertitles."""

from __future__ import annotations

from lcreader.parse import parse_issue

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
