"""A residents' committee's blog post carrying a whole issue, copied whole from the
browser (issue #17, round yi's 新浪博客 file): the blog's header, address and profile
over the post's title, its time, buttons, tags and category, the paper's masthead, its
stories; under them the post's share buttons, its bar of counts, the previous and next
posts, readers' comments and the site's footer. Each text is my own; none of a corpus
file's words."""

from __future__ import annotations

from tests.helpers import parse_all

# (its fifth line two clauses, a little long for one)
POEM = [
    "桂花落在长椅上，",
    "老人们眯着眼睛，",
    "晒一晒午后的太阳。",
    "放学的孩子跑过，",
    "清早，菜篮子装满青菜，",
    "楼下又飘来饭香。",
]
POST = "\n".join(
    [
        "博客网",
        "",
        "柳岸居委会的博客",
        "http://blog.example.com.cn/liuan2012 [订阅][手机订阅]",
        "首页",
        "博文目录",
        "关于我",
        "柳岸居委会",
        "加好友发纸条",
        "博客等级：",
        "博客访问：3,208",
        "正文",
        "《柳岸社区报》2012年第9期（总第15期）",
        " (2012-09-18 10:12:05)",
        "转载▼",
        "标签： ",
        "社区报",
        "柳岸",
        "杂谈",
        "\t分类： 社区报",
        "",
        "柳岸社区报",
        "",
        "柳岸居委会主办\u3000\u30002012年9月18日\u3000\u3000第9期（总第15期）",
        "",
        "中秋邻里宴摆进小区花园",
        "",
        "\u3000\u30009月15日晚，柳岸小区花园里摆起了十张长桌，居民们各自带来拿手菜，"
        "一起吃了一顿热热闹闹的中秋邻里宴。",
        "",
        "\u3000\u3000不少老人说，这样的聚会让邻居们走得更近了。",
        "",
        "（柳岸居委会　邵晴）",
        "",
        "温馨提示",
        "",
        "\u3000\u3000国庆期间小区东门将进行道路维修，请居民从南门出入。",
        "",
        "柳岸居委会",
        "",
        "2012年9月18日",
        "",
        "【居民园地】",
        "",
        "秋日的小区",
        "",
        *POEM,
        "",
        "居民　钱秋芳",
        "",
        "分享：",
        "喜欢",
        "0",
        "阅读(52)┊ 评论 (1)┊\t 收藏(0) ┊转载(0) ┊ 喜欢▼ ┊打印┊举报",
        "前一篇：《柳岸社区报》2012年第8期（总第14期）",
        "后一篇：重阳节登高活动剪影",
        "评论",
        "[发评论]",
        "柳岸老住户",
        "邻里宴办得好，明年还来！",
        "2012-9-19 08:30[回复]",
        "发评论",
        "博文分类",
        "社区报(15)",
        "Copyright © 2012 Example Corporation, All Rights Reserved",
    ]
)


def test_the_blogs_header_and_the_posts_labels_are_the_pages():
    issue = parse_all(POST)
    for page_line in (
        "http://blog.example.com.cn/liuan2012 [订阅][手机订阅]",
        "博客访问：3,208",
        "(2012-09-18 10:12:05)",
        "转载▼",
        "杂谈",
        "分类： 社区报",
    ):
        assert page_line in issue.furniture, page_line
    assert issue.articles[0].title == "中秋邻里宴摆进小区花园"


def test_a_notice_under_a_storys_byline_is_an_article_of_its_own():
    titles = [a.title for a in parse_all(POST).articles]
    assert titles == ["中秋邻里宴摆进小区花园", "温馨提示", "秋日的小区"]


def test_a_poems_line_of_two_clauses_stays_a_line_of_it():
    poem = parse_all(POST).articles[-1]
    assert poem.paragraphs == POEM
    assert [b.author for b in poem.bylines] == ["钱秋芳"]


def test_the_posts_buttons_counts_and_comments_are_the_pages():
    issue = parse_all(POST)
    for page_line in ("分享：", "喜欢", "邻里宴办得好，明年还来！", "博文分类"):
        assert page_line in issue.furniture, page_line
    assert "阅读(52)┊ 评论 (1)┊\t 收藏(0) ┊转载(0) ┊ 喜欢▼ ┊打印┊举报".replace("\t", " ") in [
        f.replace("\t", " ") for f in issue.furniture
    ]


# A writing site's post header: the author, the follow and tip buttons, the author's
# score, the post's time, its words and reads, each on a line of its own.
SITE_POST = "\n".join(
    [
        "首页",
        "下载APP",
        "会员",
        "投稿",
        "写文章",
        "登录",
        "注册",
        "",
        "枫林新村加装电梯进展",
        "",
        "枫林老李",
        "关注",
        "赞赏支持",
        "1.2",
        "2025.03.08 09:15:41",
        "字数 1,204",
        "阅读 87",
        "",
        "3月6日，枫林新村第二批加装电梯项目完成方案公示，五幢楼的居民同意率均超过九成。",
        "",
        "居委会主任说，下一步将协助居民选定施工单位。施工期间，楼道口将设置临时通道，"
        "请居民注意出行安全。",
        "",
        "据了解，今年枫林新村计划完成加装电梯十二台，目前已有七台进入施工阶段。",
    ]
)


def test_a_writing_sites_buttons_score_and_counts_are_the_post_headers():
    issue = parse_all(SITE_POST)
    (post,) = issue.articles
    assert post.title != "字数 1,204"
    assert post.paragraphs[0].startswith("3月6日")
    kept = set(issue.furniture)
    assert {"赞赏支持", "1.2", "字数 1,204", "阅读 87"} <= kept
