"""A 社区报 copied whole from a PDF reader (issue #17): columns of 16 characters, no
blank line anywhere, a headline wider than the column over its ——subtitle, a credited
story whose parts short headings set off in the run of the text. Each test is a small
text of its own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.model import Byline
from tests.helpers import cut_at, parse_all

WIDTH = 16


def column(*paragraphs: str) -> str:
    return cut_at(WIDTH, *paragraphs)


ISSUE = (
    "兰苑社区报\n"
    "兰苑社区党委主办 内部资料\n"
    "2025年5月16日 星期五 第12期\n"
    "幸福兰苑 共建共享\n"
    "兰苑社区“邻里夜市”每周五晚准时开市\n"
    "——摊位全部免费，已吸引商户四十多家\n"
    + column(
        "本报讯 5月9日晚，兰苑社区中心广场亮起一串串彩灯，"
        "“邻里夜市”第一次开市，修鞋、配钥匙、理发、缝补的摊位前排起了长队。",
        "社区党委书记卓一鸣说，夜市的摊位全部免费，商户只要承诺不涨价、不卖假货就能报名。",
    )
    + "“夏日安全课”走进楼栋\n"
    "文/蒯青 图/尚可\n"
    + column(
        "每周三晚上，兰苑社区的“夏日安全课”都会在一个楼栋的架空层开讲，讲防溺水，也讲家里的用电隐患怎么查。"
    )
    + "用电隐患查一查\n"
    + column(
        "5月14日，社区和物业的工作人员在9幢架空层逐一检查用电隐患，"
        "查出老化充电器六个、私拉电线三处，当场帮居民整改。"
    )
    + column("社区还将在各楼栋增设充电桩，让电动车不再进楼入户。")
)


def test_a_headline_wider_than_the_column_over_its_subtitle():
    issue = parse_all(ISSUE)
    lead = issue.articles[0]
    assert (lead.kicker, lead.title) == ("幸福兰苑 共建共享", "兰苑社区“邻里夜市”每周五晚准时开市")
    assert lead.subtitle == "摊位全部免费，已吸引商户四十多家"
    assert lead.paragraphs[0].startswith("本报讯")


def test_a_short_heading_in_a_credited_story_heads_its_part():
    issue = parse_all(ISSUE)
    assert [a.title for a in issue.articles] == [
        "兰苑社区“邻里夜市”每周五晚准时开市",
        "“夏日安全课”走进楼栋",
    ]
    lesson = issue.articles[1]
    assert lesson.bylines == [Byline(author="蒯青", role="文"), Byline(author="尚可", role="图")]
    assert [lesson.paragraphs[k] for k in lesson.intertitles] == ["用电隐患查一查"]
