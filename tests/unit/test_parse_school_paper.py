"""A senior school's paper through a browser's PDF viewer and a word processor (issue
#17): a column's name over three poems, a notice the school signs and dates, then an
honour roll. Each test is a small text of its own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.model import Byline
from tests.helpers import assert_nothing_lost, parse_all

PAPER = (
    "夕 阳 学 堂\n柳岸镇老年大学 主办 内部资料\n2024年第2期 2024年6月28日\n"
    "校 园 动 态\n"
    "书法班举办师生作品展\n"
    "　　6月25日，柳岸镇老年大学书法班师生作品展在镇文化站开幕，展出作品六十余幅。\n"
    "　　作品展将持续到7月10日，欢迎居民前往参观。\n"
    "（教务处）\n"
    "— 1 —\n"
    "柳岸镇老年大学校刊 夕阳学堂\n"
    "诗 词 园 地\n"
    "七律·柳岸初夏\n书法班　魏德清\n"
    "柳岸风轻映碧空，荷塘初绽一池红。\n"
    "蝉鸣古巷斜阳里，燕剪新村细雨中。\n"
    "五绝·端午\n诗词班　戴秋萍\n"
    "艾香飘巷口，粽叶裹心田。\n"
    "鼓响龙舟过，儿童笑语喧。\n"
    "五绝·晨练\n声乐班　柏玉兰\n"
    "晨光铺小径，太极舞清风。\n"
    "步缓心犹壮，韶华不负翁。\n"
    "— 2 —\n"
    "柳岸镇老年大学校刊 夕阳学堂\n"
    "关于秋季学期报名的通知\n"
    "各位学员：\n"
    "　　秋季学期将于9月2日开学，报名时间为8月19日至8月30日，请到学校一楼教务处办理。\n"
    "柳岸镇老年大学\n"
    "2024年6月20日\n"
    "光 荣 榜\n"
    "2024年度优秀学员名单\n"
    "　　经各班推荐、学校审核，以下学员被评为优秀学员：\n"
    "　　书法班：魏德清　焦玉凤\n"
    "　　诗词班：戴秋萍\n"
)


def test_a_column_over_several_poems_is_the_runs_head_not_one_poems_kicker():
    issue = parse_all(PAPER)
    poems = issue.articles[1:4]
    assert [poem.title for poem in poems] == ["七律·柳岸初夏", "五绝·端午", "五绝·晨练"]
    assert [poem.kicker for poem in poems] == [None, None, None]
    assert "诗词园地" in issue.furniture  # (read as the words it spaces out)
    assert_nothing_lost(PAPER, issue)


def test_a_notice_the_school_signs_and_dates_ends_before_the_honour_roll():
    issue = parse_all(PAPER)
    notice, roll = issue.articles[4], issue.articles[5]
    assert notice.title == "关于秋季学期报名的通知"
    assert notice.bylines == [Byline(department="柳岸镇老年大学")]
    assert notice.meta.get("日期") == "2024年6月20日"
    assert (roll.kicker, roll.title) == ("光荣榜", "2024年度优秀学员名单")
    assert_nothing_lost(PAPER, issue)
