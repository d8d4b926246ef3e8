"""A community paper's page reposted on a news platform and copied whole from the browser
(issue #17, round yt's 一点号 file, saved in GBK so `?` stands for what it lacks): the
repost's note of where the page was printed, each story under an editor's bar over its
headline and `——subtitle`, the platform's share buttons, related posts behind lost bullets
and its comment box under the last story. Each text is my own; none of a corpus file's
words."""

from __future__ import annotations

from tests.helpers import parse_all

PAGE = "\n".join(
    [
        "首页",
        "推荐",
        "本地",
        "登录",
        "",
        "《枫溪社区报》第9期·老手艺｜弄堂里的修伞匠",
        "",
        "枫溪街道发布",
        "",
        "2024-06-03 10:12",
        "",
        "关注",
        "",
        "本文选自《枫溪社区报》第9期（2024年5月30日出版）第4版“老手艺”专版。",
        "",
        "▍口述实录",
        "",
        "弄堂口的修伞摊",
        "",
        "——记枫溪老街的修伞匠毛阿三",
        "",
        "我十六岁跟舅舅学修伞，那时候一把油纸伞要用好多年，坏了就拿来修。",
        "",
        "如今用伞的人多，修伞的人少，我这摊子一摆就是五十年。",
        "",
        "（口述：毛阿三　整理：通讯员　柯敏）",
        "",
        "举报",
        "",
        "?? 8",
        "",
        "分享到：",
        "",
        "微信",
        "",
        "微博",
        "",
        "相关推荐",
        "",
        "? 枫溪街道举办第三届邻里运动会",
        "",
        "? 枫溪新村雨污分流改造完工",
        "",
        "评论",
        "",
        "写下你的评论...",
        "",
        "暂无评论",
    ]
)


def test_an_editors_bar_over_a_headline_and_its_subtitle_heads_the_story():
    issue = parse_all(PAGE)
    (story,) = issue.articles
    assert (story.kicker, story.title) == ("口述实录", "弄堂口的修伞摊")
    assert story.subtitle.lstrip("—") == "记枫溪老街的修伞匠毛阿三"


def test_the_reposts_note_and_the_platforms_tail_are_the_pages():
    issue = parse_all(PAGE)
    kept = set(issue.furniture)
    assert "本文选自《枫溪社区报》第9期（2024年5月30日出版）第4版“老手艺”专版。" in kept
    assert {"? 枫溪街道举办第三届邻里运动会", "写下你的评论...", "暂无评论"} <= kept
