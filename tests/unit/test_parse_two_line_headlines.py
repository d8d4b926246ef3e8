"""A headline of a few words set in two short lines, and the decks and kickers it must
not swallow. Every sample is invented."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

TWO_LINES = """\
北塘社区百岁老人
增至五位
记者　林小青
本报讯　随着3月2日东村的许阿婆迎来百岁生日，北塘社区的百岁老人增至五位。
社区居委会为五位老人送去了慰问金和生日蛋糕。
"""


def test_a_short_headline_in_two_lines_is_one_title():
    issue = parse_all(TWO_LINES)
    (article,) = issue.articles
    assert (article.title, article.subtitle) == ("北塘社区百岁老人增至五位", None)
    assert article.intertitles == []
    assert_nothing_lost(TWO_LINES, issue)


def test_under_a_kicker_the_two_lines_are_still_one_title():
    text = "重阳敬老特别报道\n" + TWO_LINES
    (article,) = parse_all(text).articles
    assert (article.kicker, article.title) == ("重阳敬老特别报道", "北塘社区百岁老人增至五位")


def test_a_headline_with_its_speaker_under_a_kicker_is_not_joined_to_it():
    text = (
        "返乡创业带头人\n"
        "褚晓禾：让荒山长出新茶\n"
        "三年前，褚晓禾辞去城里的工作回到村里，承包了一百亩荒山种茶。如今茶园年产干茶两千斤，"
        "还带动了二十多户村民一起种茶。\n"
        "（通讯员　岑立）\n"
    )
    (article,) = parse_all(text).articles
    assert {article.kicker, article.title, article.subtitle} >= {
        "返乡创业带头人",
        "褚晓禾：让荒山长出新茶",
    }


def test_a_deck_of_two_clauses_under_a_short_headline_stays_a_deck():
    text = (
        "百岁老人增至五位\n"
        "最年长的一百零三岁，最年轻的刚满百岁\n"
        "本报讯　随着3月2日东村的许阿婆迎来百岁生日，北塘社区的百岁老人增至五位。社区居委会"
        "为五位老人送去了慰问金和生日蛋糕，社区卫生服务中心的医生也上门为老人量了血压。\n"
        "（社区办　林小青）\n"
    )
    (article,) = parse_all(text).articles
    assert (article.title, article.subtitle) == (
        "百岁老人增至五位",
        "最年长的一百零三岁，最年轻的刚满百岁",
    )


NARROW = """\
银湾社区报
2024年5月9日　第5期
民生实事
银湾街道“睦邻食堂”
再添新点
年内将建成社区食堂8家
本报讯（记者　闻一舟）5月以来，银湾
街道在东港、西滩两个社区新开“睦邻食
堂”两家，每天为辖区老人供应午餐和晚
餐，八十岁以上老人每餐优惠三元。
街道民生办负责人介绍，食堂选址经过
两轮入户征询，菜单由居民代表一起商
定，每月公示一次价格和菜品。
（民生办　柏晓）
"""


def test_a_word_or_two_between_a_wrapped_headlines_lines_goes_on_with_it():
    issue = parse_all(NARROW)
    (article,) = issue.articles
    assert article.kicker == "民生实事"
    assert article.title == "银湾街道“睦邻食堂”再添新点"
    assert article.intertitles == []
    assert_nothing_lost(NARROW, issue)
