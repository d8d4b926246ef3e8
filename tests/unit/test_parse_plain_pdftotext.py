"""A 街道报 read by plain `pdftotext` (issue #17): a lead story jumped to the last page
with its picture's caption under the jump, a jump headline as wide as the column,
intertitles set apart by blank lines, a photographer whose name ends as a bank's does.
Each test is a small text of its own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.model import Byline
from lcreader.parse.text import SALUTATION
from tests.helpers import parse_all, roles

FRONT = (
    "枣林街道报\n2025年5月9日 星期五\n第5期\n\n"
    "枣林河步道全线贯通\n\n"
    "本报讯（记者 鲁方舟 通讯员 郜德行）5月6日上午，枣林河滨\n"
    "河步道最后一段完成铺装，全长4.2公里的\n"
    "步道全线贯通，沿线新设座椅和休息亭。\n"
    "步道由街道和水务部门共同建设，沿岸的\n"
    "（下转第4版）\n\n"
    "▲5月6日，居民在新建成的步道上散步。 郜德行 摄\n\n"
    "街道开展防汛应急演练\n\n"
    "5月7日，街道在枣林河闸口开展防汛应急演练，\n"
    "八十多名队员参加。\n"
    "（应急办 范若谷）\n\n"
    "居民来信\n\n"
    "感谢步道上的守夜人\n\n"
    "编辑同志：\n"
    "我每天晚上在步道散步，巡河的志愿者总会提\n"
    "醒大家注意脚下，我想借报纸谢谢他们！\n"
    "枣林三村居民 何秋月\n"
)
BACK = (
    "04\n文化生活\n2025年5月9日 星期五\n责任编辑：卜晓岚 版式：顾然\n\n"
    "枣林河步道全线贯通后沿岸绿化也同步完成\n\n"
    "（上接第1版）\n\n"
    "绿化带补种了香樟和樱花，晚上沿线还有\n"
    "照明，步道两端各设了一处公共厕所和饮\n"
    "水点，方便散步的居民和跑步的年轻人。\n"
)


def test_a_photographer_named_as_a_bank_ends_is_credited():
    issue = parse_all(FRONT + BACK)
    lead = issue.articles[0]
    assert Byline(author="郜德行", role="通讯员") in lead.bylines
    assert Byline(author="郜德行", role="摄影") in lead.bylines


def test_a_credited_caption_under_a_jump_is_the_jumped_storys_picture():
    issue = parse_all(FRONT + BACK)
    assert [a.title for a in issue.articles] == [
        "枣林河步道全线贯通",
        "街道开展防汛应急演练",
        "感谢步道上的守夜人",
    ]
    assert issue.articles[0].captions == ["5月6日，居民在新建成的步道上散步。 郜德行 摄"]


def test_a_jump_headline_as_wide_as_the_column_is_the_jumps():
    found = roles(FRONT + BACK)
    assert found["枣林河步道全线贯通后沿岸绿化也同步完成"] == "meta"
    issue = parse_all(FRONT + BACK)
    assert issue.articles[0].paragraphs[-1].endswith("方便散步的居民和跑步的年轻人。")


def test_headings_of_one_length_set_apart_in_a_story_are_its_intertitles():
    text = (
        "枣林街道报\n\n"
        "老菜场改造完成\n\n"
        "东门老菜场建于1998年，摊位陈旧、通风不好，\n"
        "居民意见很大。\n\n"
        "先听听摊主怎么说\n\n"
        "改造前，街道逐一走访了六十多个摊主，收集到\n"
        "三十多条意见。\n\n"
        "再请居民们来打分\n\n"
        "开业一个月后，街道请居民给菜场打分，满意率\n"
        "超过九成。\n"
    )
    issue = parse_all(text)
    story = issue.articles[0]
    assert story.captions == []
    assert [story.paragraphs[k] for k in story.intertitles] == [
        "先听听摊主怎么说",
        "再请居民们来打分",
    ]


def test_a_kicker_opening_a_block_over_a_headline_as_wide_as_the_column_and_its_subtitle():
    text = (
        "枣林街道报\n2025年5月9日 星期五\n第5期\n\n"
        "端午节\n"
        "百家粽子摆上长桌 千名街坊同过端午节\n"
        "——枣林社区第三届邻里粽香节开幕\n\n"
        "通讯员 郜德行 报道\n\n"
        + "".join(
            line + "\n"
            for line in (
                "5月31日上午，枣林老街的长桌上摆满了粽子，",
                "社区第三届邻里粽香节在这里开幕。居民们端",
                "出自家包的粽子，你尝我一个肉粽，我夹你一",
                "个豆沙粽，老街上热闹得像过年。开幕式后，",
                "还举行了包粽子比赛和猜灯谜，一直热闹到中",
                "午。社区居委会主任鲁方舟说，粽香节已经连",
                "续办了三年，成了街坊们每年都盼着的日子。",
            )
        )
    )
    issue = parse_all(text)
    story = issue.articles[0]
    assert (story.kicker, story.title, story.subtitle) == (
        "端午节",
        "百家粽子摆上长桌 千名街坊同过端午节",
        "枣林社区第三届邻里粽香节开幕",
    )
    assert story.paragraphs[0].startswith("5月31日上午")


def test_a_letter_to_the_offices_staff_opens_with_its_salutation():
    assert SALUTATION.match("社区工作人员：")
    assert SALUTATION.match("街道领导：")
