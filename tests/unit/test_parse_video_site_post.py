"""An issue re-posted on a video site's article page and copied whole (issue #17, round
ye's 哔哩哔哩 file): a credit naming a body after its role's mark, a call for entries
whose last field runs long over its signer and date, the post's topics and the site's
stamp under it, then readers' comments under their sort buttons. Each text is my own;
none of a corpus file's words."""

from __future__ import annotations

from lcreader.parse.credits import credit_line
from tests.helpers import assert_nothing_lost, parse_all

POST = (
    "【社区动态】\n"
    "梧桐里“睦邻小剧场”开演\n"
    "文/施雨婷　图/梧桐街道青年汇\n"
    "5月11日晚，梧桐里“睦邻小剧场”迎来首场演出，居民自编自演的小品、越剧、快板轮番登场。\n"
    "“在家门口就能看戏，还能看到老邻居上台。”居民谈阿姨说。\n"
    "【征集令】\n"
    "“我心中的好邻居”征文\n"
    "街道面向辖区居民征集“我心中的好邻居”征文，优秀作品将在社区报刊登。\n"
    "征集时间：即日起至2024年6月30日\n"
    "投稿方式：发送至邮箱wutongli@example.com，或送至梧桐街道社区党群服务中心二楼服务台\n"
    "梧桐街道社区党群服务中心\n"
    "2024年5月15日\n"
    "#梧桐街道#\n"
    "#邻里故事# #社区生活#\n"
    "本文为我原创\n"
    "举报\n"
    "分享\n"
    "64\n"
    "17\n"
    "评论 2\n"
    "评论\n"
    "按热度\n"
    "按时间\n"
    "小区门口的老周\n"
    "下次演出是什么时候？想带孙子来看\n"
    "2024-05-15 20:11\n"
    "3\n"
    "回复\n"
)


def test_a_credit_names_a_body_after_its_roles_mark():
    _, entries = credit_line("文/施雨婷　图/梧桐街道青年汇")
    assert [(e.role, e.author, e.department) for e in entries] == [
        ("文", "施雨婷", None),
        ("图", None, "梧桐街道青年汇"),
    ]


def test_a_posts_topics_stamp_and_comments_are_the_pages():
    issue = parse_all(POST)
    assert [a.title for a in issue.articles] == ["梧桐里“睦邻小剧场”开演", "“我心中的好邻居”征文"]
    story, call = issue.articles
    assert [(b.role, b.author, b.department) for b in story.bylines] == [
        ("文", "施雨婷", None),
        ("图", None, "梧桐街道青年汇"),
    ]
    assert [b.department for b in call.bylines] == ["梧桐街道社区党群服务中心"]
    assert call.meta.get("日期") == "2024年5月15日"
    assert call.paragraphs[-1].startswith("投稿方式：")
    for line in ("#梧桐街道#", "#邻里故事# #社区生活#", "本文为我原创", "按热度"):
        assert line in issue.furniture
    assert "下次演出是什么时候？想带孙子来看" in issue.furniture
    assert issue.pages == []  # (the buttons' counts and a comment's are no pages)
    assert_nothing_lost(POST, issue)


NEWS_SITE_POST = (
    "梧桐里新开社区书屋\n"
    "9月2日，梧桐里社区书屋开门迎客，藏书三千余册，每天开放到晚上九点。\n"
    "（文明办 施雨婷）\n"
    "编辑：柏文涛　审核：韦立群\n"
    "栏目编辑：贝晓岚　文字编辑：龚一帆\n"
    "本文作者\n"
    "梧桐街道\n"
    "城市号入驻单位\n"
    "特别声明：本文由“城市号”入驻单位发布，内容由发布单位负责，不代表本站立场。\n"
    "相关推荐\n"
    "梧桐街道：老小区加装电梯提速\n"
    "关于我们\n"
    "联系我们\n"
)


def test_a_news_sites_author_card_and_note_close_the_post():
    issue = parse_all(NEWS_SITE_POST)
    assert [a.title for a in issue.articles] == ["梧桐里新开社区书屋"]
    (story,) = issue.articles
    assert story.meta.get("编辑") == "柏文涛"
    for line in ("本文作者", "梧桐街道", "城市号入驻单位"):
        assert line in issue.furniture
    assert any(line.startswith("特别声明") for line in issue.furniture)
    assert_nothing_lost(NEWS_SITE_POST, issue)
