"""A street paper copied out of Acrobat Reader a printed line a line (issue #17): columns
of thirteen characters, no blank line anywhere, a column's label over a headline as wide
as the column, a photo item whose credit the wrap cut before its `摄`. Each test is a
small text of its own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.model import Byline
from tests.helpers import assert_nothing_lost, narrow_column, parse_all

_column = narrow_column  # thirteen characters a line


_STORY = _column(
    "南桥社区的老菜场改造上个月完成，摊位从六十个增加到八十个，通道也拓宽了一倍。",
    "改造期间，社区在菜场西侧搭起临时大棚，摊主照常营业，居民买菜没有受到影响。",
    "菜场管理方表示，下一步将引入电子秤统一校验，让居民买得放心、吃得安心。",
)
_ROLL = _column("经各小区推荐和街道审核，以下八名同志获评本年度“热心楼长”（按小区排列）：")
_BRIEF = _column(
    "6月3日至7日，街道联合消防站对沿街商铺开展用电安全检查，共检查商铺二百一十家，当场整改隐患三十六处。"
)

PAPER = (
    "东篱街道报\n2024年6月20日　星期四\n第6期　本期4版\n"
    "民生实事\n老菜场变身“便民集市”　摊位增加三成\n"
    + _STORY
    + "简讯\n■街道开展沿街商铺用电安全检查\n"
    + _BRIEF
    + "（平安办）\n"
    + "荣誉榜\n本年度东篱街道“热心楼长”名单\n"
    + _ROLL
    + "南桥小区：邵德明　贾玉珍\n北桥小区：柴国庆　甘美玲\n"
)


def test_a_label_over_a_headline_as_wide_as_the_column_starts_the_next_story():
    issue = parse_all(PAPER)
    found = [(article.kicker, article.title) for article in issue.articles]
    assert found == [
        ("民生实事", "老菜场变身“便民集市”　摊位增加三成"),
        (None, "街道开展沿街商铺用电安全检查"),
        ("荣誉榜", "本年度东篱街道“热心楼长”名单"),
    ]
    assert issue.articles[1].bylines == [Byline(department="平安办")]
    roll = issue.articles[2]
    assert roll.paragraphs[0].startswith("经各小区推荐和街道审核")
    assert_nothing_lost(PAPER, issue)


def test_a_label_each_part_repeats_heads_a_part_not_the_next_story():
    # `下一步` under each item's picture: the item's next part, though the line under it
    # has no stop and fills the column
    text = (
        "东篱在线\n民生项目\n半年“进度表”\n"
        "01\n老菜场改造\n项目目标\n"
        "全年完成三家菜场改造,新增摊位\n"
        "六十个,惠及居民五千户以上。\n"
        "上半年进展\n"
        "南桥菜场已完成改造,摊位从六十\n"
        "个增加到八十个,通道拓宽了一倍\n"
        "改造期间,摊主在临时大棚照常营\n"
        "业,居民买菜没有受到影响。\n"
        "▲南桥菜场改造后的通道\n"
        "下一步\n"
        "北桥菜场将在七月启动改造的公平\n"
        "秤和服务台,为老人提供代买代送\n"
        "服务,力争年底前全部完工。\n"
        "02\n社区食堂扩点\n项目目标\n"
        "新增社区食堂两家、助餐点四个,\n"
        "实现十五分钟助餐服务全覆盖。\n"
        "上半年进展\n"
        "第三家社区食堂本月开门营业,每\n"
        "天供应午餐和晚餐,老人凭卡用餐\n"
        "可以打折,日均供餐约三百份。\n"
        "▲社区食堂开门第一天\n"
        "下一步\n"
        "街道将为行动不便的老人开通送餐\n"
        "上门服务,由志愿者每天按时送到\n"
        "家里,并开展助餐满意度调查。\n"
    )
    issue = parse_all(text)
    titles = [article.title for article in issue.articles]
    assert "老菜场改造" in titles and "社区食堂扩点" in titles
    assert not any(title.startswith(("北桥菜场", "街道将为")) for title in titles)
    assert_nothing_lost(text, issue)


def test_a_photo_items_caption_wrapped_under_its_headline_credit_cut_before_its_shot():
    text = (
        "东篱街道报\n2024年6月20日　星期四\n"
        "民生实事\n老菜场变身“便民集市”　摊位增加三成\n" + _STORY + "图片新闻\n“端午香包”进楼道\n"
        "6月8日，南桥社区志愿者把亲手缝制的香包送到\n"
        "独居老人家中，一共送出香包一百二十个，还陪\n"
        "老人聊起了过去过端午的老规矩。　骆晓帆 \n"
        "摄\n"
        "本版编辑：钟一鸣　校对：喻洁\n"
    )
    issue = parse_all(text)
    photo = issue.articles[-1]
    assert (photo.kicker, photo.title, photo.paragraphs) == ("图片新闻", "“端午香包”进楼道", [])
    assert photo.captions == [
        "6月8日，南桥社区志愿者把亲手缝制的香包送到独居老人家中，一共送出香包一百二十个，"
        "还陪老人聊起了过去过端午的老规矩。　骆晓帆 摄"
    ]
    assert Byline(author="骆晓帆", role="摄影") in photo.bylines
    assert_nothing_lost(text, issue)
