"""A whole issue reposted as one 公众号 post and copied in WeChat's desktop client
(issue #17): the post's title over its header on two lines (`原创 X X`, its time and
place), a friendly `~` ending the editor's note, sections between dashes (`— 社区 —`),
credits parted by 丨, and the post's own words under it. Each test is a small text of
its own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.model import Byline
from lcreader.parse.text import is_terminated
from tests.helpers import parse_all, roles

POST = (
    "《桃溪坊》第5期上线啦！\n"
    "原创 桃溪发布 桃溪发布\n"
    "2025年04月02日 19:05 江苏\n\n"
    "本期共4版，没收到纸质报的街坊，点开一起读读吧~\n\n"
    "— 社区 —\n\n"
    "桃溪坊老年食堂换了新菜单\n"
    "每周公布菜谱 居民投票选菜\n"
    "文丨蒯青  图丨柴雨\n\n"
    "4月1日起，桃溪坊老年食堂每周一公布下周菜谱，由就餐老人投票选出最受欢迎的菜品。\n\n"
    "食堂负责人介绍，新菜单增加了软烂易嚼的菜式，每餐都有一道低盐菜。\n\n"
    "— 服务 —\n\n"
    "春季义诊周来了\n"
    "记者丨蒯青\n\n"
    "4月8日至12日，社区卫生服务站在各小区轮流开展义诊，量血压、测血糖都不收费。\n\n"
    "来源：桃溪坊报\n\n"
    "预览时标签不可点\n\n"
    "阅读原文\n"
    "阅读 1024\n\n"
    "微信扫一扫\n"
    "关注该公众号\n"
)


def test_a_tilde_after_words_ends_a_sentence_not_after_a_time():
    assert is_terminated("点开一起读读吧~")
    assert is_terminated("欢迎大家来玩～～")
    assert not is_terminated("开放时间9:00~")


def test_the_posts_title_and_two_line_header():
    found = roles(POST)
    assert found["原创 桃溪发布 桃溪发布"] == "furniture"
    assert found["2025年04月02日 19:05 江苏"] == "furniture"
    issue = parse_all(POST)
    assert issue.articles[0].title == "《桃溪坊》第5期上线啦！"
    assert issue.articles[0].paragraphs == ["本期共4版，没收到纸质报的街坊，点开一起读读吧~"]


def test_sections_between_dashes_head_their_stories():
    issue = parse_all(POST)
    titles = [a.title for a in issue.articles]
    assert titles == ["《桃溪坊》第5期上线啦！", "桃溪坊老年食堂换了新菜单", "春季义诊周来了"]
    menu, clinic = issue.articles[1], issue.articles[2]
    assert menu.subtitle == "每周公布菜谱 居民投票选菜"
    assert clinic.kicker == "服务"
    assert menu.paragraphs[0].startswith("4月1日起")


def test_credits_parted_by_the_bar_ideograph():
    issue = parse_all(POST)
    menu, clinic = issue.articles[1], issue.articles[2]
    assert menu.bylines == [Byline(author="蒯青", role="文"), Byline(author="柴雨", role="图")]
    assert clinic.bylines == [Byline(author="蒯青", role="记者")]


def test_the_posts_own_words_under_it_are_no_text():
    issue = parse_all(POST)
    assert "阅读原文" in issue.furniture
    assert "预览时标签不可点" in issue.furniture
    assert issue.articles[-1].paragraphs == [
        "4月8日至12日，社区卫生服务站在各小区轮流开展义诊，量血压、测血糖都不收费。"
    ]


def test_a_banner_over_a_run_of_briefs_heads_the_run_not_the_first_brief():
    text = POST.replace(
        "来源：桃溪坊报\n",
        "— 简讯 —\n\n"
        "▶桃溪坊开展消防演练\n"
        "4月9日，桃溪坊在3号楼开展高层火灾疏散演练，九十多名居民参加。\n\n"
        "▶桃溪坊合唱团获区级二等奖\n"
        "4月6日，桃溪坊合唱团在区老年艺术节上获得二等奖。\n\n"
        "来源：桃溪坊报\n",
    )
    issue = parse_all(text)
    briefs = issue.articles[-2:]
    assert [a.title for a in briefs] == ["桃溪坊开展消防演练", "桃溪坊合唱团获区级二等奖"]
    assert [a.kicker for a in briefs] == [None, None]
    assert "简讯" in issue.furniture


def test_the_words_wechat_gives_a_screen_reader_after_end_are_the_pages():
    post = "\n\n".join(
        [
            "社区食堂推出夏季菜单",
            "6月1日起，社区食堂推出夏季菜单，新增绿豆汤、凉拌菜等品种，老人凭卡享受补贴。",
            "（社区食堂供稿）",
            "- END -",
            "预览时标签不可点",
            "微信扫一扫可打开此内容，",
            "使用完整服务",
            "：，，，，，，，，，，，，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏",
        ]
    )
    issue = parse_all(post)
    (story,) = issue.articles
    assert story.paragraphs == [
        "6月1日起，社区食堂推出夏季菜单，新增绿豆汤、凉拌菜等品种，老人凭卡享受补贴。"
    ]
    assert "使用完整服务" in issue.furniture
