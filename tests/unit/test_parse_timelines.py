"""A social account's timeline copied from its web page (issue #17): each post's stamp
and counters, headlines in brackets at the start of the text, a topic's tag as kicker,
credits with editors' labels glued to the last sentence, zero-width tails. Each test is
a small text of its own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

ZW = "\u200b\u200b\u200b"


def _post(stamp: str, text: str, counts: tuple[int, int, int], icon: str = "c") -> str:
    reads, shares, comments = counts
    return (
        f"南湖发布\n{stamp} 来自 微博 weibo.com\n{text} {ZW}\n{icon}\n"
        f" 阅读 {reads / 10:.1f}万\n 收藏\n 转发 {shares}\n 评论 {comments}\nñ{reads % 97}\n\n"
    )


TIMELINE = (
    "首页\n发现\n南湖发布\n关注 210 | 粉丝 8.2万\n\n"
    + _post(
        "6月3日 09:15",
        "【湖滨社区开展端午包粽子活动】6月2日，湖滨社区邀请辖区老人和孩子一起包粽子，"
        "现场飘满粽叶清香。",
        (23, 14, 6),
    )
    + _post(
        "6月1日 17:40",
        "#南湖好人#【快递员钱晓峰：雨夜护送迷路老人回家】5月30日晚，快递员钱晓峰在送件途中"
        "发现一位迷路老人，冒雨将老人送回家中。",
        (41, 52, 19),
    )
    + _post(
        "5月29日 08:05",
        "【暑期托管班开始报名】今年暑期托管班面向辖区小学生，共设两个班次，报名从6月5日开始。"
        "\n详情请咨询所在社区居委会。（文/邵一帆 编辑/葛青 审核/韦立新）",
        (18, 9, 3),
    )
    + "正在加载中，请稍候...\n返回顶部\n"
)


def test_each_post_is_an_article_under_its_bracketed_headline():
    issue = parse_all(TIMELINE)
    assert [a.title for a in issue.articles] == [
        "湖滨社区开展端午包粽子活动",
        "快递员钱晓峰：雨夜护送迷路老人回家",
        "暑期托管班开始报名",
    ]
    assert issue.articles[0].paragraphs == [
        "6月2日，湖滨社区邀请辖区老人和孩子一起包粽子，现场飘满粽叶清香。"
    ]
    assert_nothing_lost(TIMELINE, issue)


def test_a_topic_tag_before_the_headline_is_its_kicker():
    article = parse_all(TIMELINE).articles[1]
    assert (article.kicker, article.title) == ("南湖好人", "快递员钱晓峰：雨夜护送迷路老人回家")


def test_stamps_counters_icons_and_page_controls_are_furniture():
    issue = parse_all(TIMELINE)
    furniture = set(issue.furniture)
    assert {"6月3日 09:15 来自 微博 weibo.com", "阅读 2.3万", "转发 52", "评论 19"} <= furniture
    assert {"c", "ñ23", "正在加载中，请稍候...", "返回顶部"} <= furniture
    body = "".join(p for a in issue.articles for p in a.paragraphs)
    assert "阅读" not in body and "来自" not in body and "\u200b" not in body


def test_a_credit_with_editors_labels_glued_to_the_text_keeps_the_text():
    article = parse_all(TIMELINE).articles[2]
    assert article.paragraphs[-1] == "详情请咨询所在社区居委会。"
    assert [(b.role, b.author) for b in article.bylines] == [("文", "邵一帆")]
    assert article.meta == {"编辑": "葛青", "审核": "韦立新"}


def test_one_bracketed_line_is_no_run_of_headlines():
    text = (
        "社区简讯\n\n【重要提醒】本周六上午小区停电检修，请居民提前做好准备。\n\n"
        "周日下午在活动室举办健康讲座，欢迎参加。\n"
    )
    issue = parse_all(text)
    assert "重要提醒" not in [a.title for a in issue.articles]
    assert_nothing_lost(text, issue)


def test_a_line_over_a_run_in_headline_is_not_its_deck():
    # The last sentence of one post, without its stop, over the next post's headline.
    text = (
        "【社区书场开讲啦】每周三下午，社区书场请来评弹演员为居民演出。\n"
        "欢迎大家来听书😊\n转发 12\n评论 3\n\n"
        "【垃圾分类督导员上岗】本月起，各小区投放点增设督导员，指导居民正确分类。\n"
        "转发 8\n评论 1\n"
    )
    issue = parse_all(text)
    assert [a.title for a in issue.articles] == ["社区书场开讲啦", "垃圾分类督导员上岗"]
    assert issue.articles[0].paragraphs[-1] == "欢迎大家来听书😊"


def test_a_lists_bulleted_dates_are_no_run_in_headlines():
    # `◎10月9日　…` indented as paragraphs are: a list's items, each a date and its event
    text = (
        "敬老月活动安排\n\n"
        "　　协会制定了今年“敬老月”活动安排，主要有以下几项：\n"
        "　　◎10月9日\u3000“银龄健步走”，上午8点南湖公园东门集合；\n"
        "　　◎10月16日\u3000重阳书画展开幕，地点在街道文化中心；\n"
        "　　◎10月下旬\u3000为80岁以上会员免费体检。\n"
    )
    issue = parse_all(text)
    assert [a.title for a in issue.articles] == ["敬老月活动安排"]
    assert "10月16日\u3000重阳书画展开幕，地点在街道文化中心；" in "".join(
        issue.articles[0].paragraphs
    )
    assert_nothing_lost(text, issue)


def test_a_copied_web_pages_numbered_items_tail_and_platform_note():
    text = (
        "01\n"
        "小区新建充电棚\n"
        "近日，桂苑小区新建的非机动车充电棚投入使用，可同时为40辆车充电。\n"
        "图/龚颖\n\n"
        "02\n"
        "长者食堂推出晚餐\n"
        "从下周起，社区长者食堂每天增加晚餐供应，价格与午餐相同。\n\n"
        "本文由作者上传发布，观点仅代表作者本人，平台仅提供信息存储服务。\n"
        "举报\n收藏\n分享到\n微信\n新浪微博\n评论(0)\n发表评论\n联系我们\n"
    )
    issue = parse_all(text)
    stories = {a.title: a for a in issue.articles}
    assert [(b.role, b.author) for b in stories["小区新建充电棚"].bylines] == [("图", "龚颖")]
    assert not stories["长者食堂推出晚餐"].bylines
    assert {"01", "02", "举报", "分享到", "联系我们"} <= set(issue.furniture)
    assert "本文由作者上传发布，观点仅代表作者本人，平台仅提供信息存储服务。" in issue.furniture
    assert_nothing_lost(text, issue)
