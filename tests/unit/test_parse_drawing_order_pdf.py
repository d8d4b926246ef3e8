"""An InDesign PDF's text taken out in drawing order (issue #17, round yh's pypdf file):
a story's headline printed after its text and byline, right before the next page's
`（上接第1版）`. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

PAGES = "\n".join(
    [
        "枫桥社区报 2024年3月15日 第1版",
        "枫桥街道菜场改造完工",
        "本报讯（记者 柯一帆）3月8日，枫桥菜场改造完工重新开门，摊位增加到八十个，",
        "改造期间，街道在枫桥路设置了临",
        "（下转第2版）",
        "今年1月起，枫桥街道在四个居民区试点“邻里议事会”，每月确定一个议题，一个季度下来共议定八件实事。",
        "（自治办 邵一鸣）",
        "“邻里议事会”首季议定八件事",
        "枫桥社区报 2024年3月15日 第2版",
        "（上接第1版）",
        "时售卖点，保证周边居民的日常买菜需求。",
    ]
)


def test_a_headline_printed_after_its_story_is_that_storys_not_the_jumps():
    issue = parse_all(PAGES)
    market, council = issue.articles
    assert council.title == "“邻里议事会”首季议定八件事" and not council.title_inferred
    assert market.paragraphs[-1].endswith("设置了临时售卖点，保证周边居民的日常买菜需求。")
    assert "续题" not in market.meta
