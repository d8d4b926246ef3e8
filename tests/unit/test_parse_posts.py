"""Posts copied from a community app's web view (issue #17): its menus, each post's
channel, header and reaction bar, a notice's signers over its date. Each test is a small
text of its own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

MENU = "首页　议事厅　公告　我的\n< 返回\n"
POSTS = (
    "东园通\n\n"
    + MENU
    + "居委公告\n关于3月19日小区停水的通知\n发布者：东园居委会\n2024-03-15 16:42　阅读 528\n\n"
    "各位居民：\n\n因管道改造，3月19日全天停水，请提前储水。\n\n"
    "东园居委会\n2024年3月15日\n\n"
    "👍 点赞 23　　💬 评论 4　　↗ 分享\n写评论……\n\n"
    + MENU
    + "议事厅\n12号楼加装电梯意见征询结果公示\n发布者：东园居委会\n2024-03-22 10:05　阅读 761\n\n"
    "12号楼意见征询已结束，同意户数超过三分之二，现予公示。\n\n"
    "东园居委会\n12号楼加装电梯自治小组\n2024年3月22日\n\n"
    "👍 点赞 41　　💬 评论 12　　↗ 分享\n写评论……\n\n"
    + MENU
    + "邻里互助\n周六上午一起给小区花园换新装\n发布者：东园居委会\n2024-03-25 08:30　阅读 392\n\n"
    "春天到了，小区花园要补种一批月季，欢迎居民报名参加。\n\n"
    "东园居委会\n2024年3月25日\n\n"
    "👍 点赞 35　　💬 评论 17　　↗ 分享\n写评论……\n"
)


def test_each_post_between_its_channel_and_its_header_is_an_article():
    issue = parse_all(POSTS)
    titles = [a.title for a in issue.articles]
    assert titles[-3:] == [
        "关于3月19日小区停水的通知",
        "12号楼加装电梯意见征询结果公示",
        "周六上午一起给小区花园换新装",
    ]
    assert {"居委公告", "议事厅", "邻里互助"} <= set(issue.furniture)
    assert_nothing_lost(POSTS, issue)


def test_a_reaction_bar_printed_under_every_post_is_furniture_whatever_its_counts():
    issue = parse_all(POSTS)
    assert "👍 点赞 23　　💬 评论 4　　↗ 分享" in issue.furniture
    assert not any("点赞" in p for a in issue.articles for p in a.paragraphs)


def test_a_signature_over_its_date_is_no_furniture_however_often_it_signs():
    issue = parse_all(POSTS)
    last = issue.articles[-1]
    assert [b.department for b in last.bylines] == ["东园居委会"]
    assert last.meta.get("日期") == "2024年3月25日"


BRIEFS = (
    "东园社区报\n2024年3月15日　星期五\n\n"
    "社区为老人义诊\n\n　　社区卫生服务中心为老人免费测血压。\n\n（东园居民区供稿）\n\n"
    "好人好事\n"
    "　　快递小哥背起摔倒老人　3月2日傍晚，一\n"
    "位老人在路口摔倒，快递员彭磊见状背起老人送医。（通讯员　蔡颖）\n"
    "　　七旬阿婆拾金不昧　本报讯　2月27日上\n"
    "午，71岁的邬桂芳捡到一只钱包，交到了派出所。\n"
    "　　楼组长连夜排查漏水　3月8日深夜，12号楼\n"
    "水管爆裂，楼组长邹建国连夜赶到。（东园居民区供稿）\n"
)


def test_briefs_whose_headlines_run_in_at_the_start_of_their_text():
    issue = parse_all(BRIEFS)
    assert [a.title for a in issue.articles][1:] == [
        "快递小哥背起摔倒老人",
        "七旬阿婆拾金不昧",
        "楼组长连夜排查漏水",
    ]
    assert issue.articles[2].paragraphs[0].startswith("本报讯　2月27日上午")
    assert "好人好事" in issue.furniture
    assert_nothing_lost(BRIEFS, issue)


def test_one_wide_space_after_a_phrase_is_no_run_in_headline():
    text = "社区新闻\n\n　　社区志愿者们　每天早上在路口值守。\n\n（文明办）\n"
    [article] = parse_all(text).articles
    assert article.title == "社区新闻"


def test_headlines_that_differ_only_in_their_numbers_are_no_repeated_furniture():
    # Only counts set apart (`点赞 23`) may vary in a repeated line: `第0篇`, `第1篇`
    # are the headlines' own words (the counts' rule took them for a running header).
    text = "".join(
        f"# 2020年第7期第{k}篇报道\n\n2020年，社区举办第7期活动{k}。\n\n(自治办)\n\n"
        for k in range(3)
    )
    issue = parse_all(text)
    assert [a.title for a in issue.articles] == [f"2020年第7期第{k}篇报道" for k in range(3)]
    assert issue.furniture == []


# A news app's page carrying a whole issue: its menu, the post's title naming the paper
# and number, the account round the post's time, the issue, the page's tail.
ISSUE_POST = "\n\n".join(
    [
        "首页\n下载应用\n登录",
        "《枫溪社区报》2024年第3期｜春天来了，家门口有哪些新变化？",
        "枫溪街道发布\n2024-03-11 09:15·上海\n枫溪街道官方账号\n关注",
        "枫溪社区报\n2024年3月　第3期（总第52期）\n中共枫溪街道工作委员会　枫溪街道办事处主办",
        "【社区治理】\n小区花园换新装",
        "3月9日，枫溪二村三十多位居民和志愿者一起补种月季，花园换上了新装。",
        "“花是大家种的，大家都会爱护。”二村居民区书记蓝卫东说。",
        "（枫溪二村居委会）",
        "举报/反馈\n\n评论\n写评论...\n0\n相关推荐\n枫溪街道：社区食堂推出春季菜单\n枫溪街道发布 · 12评论 · 2天前",
    ]
)


def test_a_post_carrying_an_issue_keeps_its_page_header_and_tail_out_of_the_article():
    issue = parse_all(ISSUE_POST)
    assert [a.title for a in issue.articles] == ["小区花园换新装"]
    furniture = set(issue.furniture)
    # the app's menu and the post's title (the paper's name and number open it)
    assert {
        "首页",
        "登录",
        "《枫溪社区报》2024年第3期｜春天来了，家门口有哪些新变化？",
    } <= furniture
    # the account round the post's time, ended by its follow button
    assert {"枫溪街道发布", "枫溪街道官方账号", "关注"} <= furniture
    # the page's tail: its buttons, a related post and that post's stamp
    assert {"举报/反馈", "写评论...", "枫溪街道：社区食堂推出春季菜单"} <= furniture
    assert "枫溪街道发布 · 12评论 · 2天前" in furniture
    assert issue.articles[0].paragraphs[-1].endswith("二村居民区书记蓝卫东说。")
