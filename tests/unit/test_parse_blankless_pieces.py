"""Pieces that follow each other with nothing but their form to part them (issue #17):
a PDF viewer's copy, a printed line a line and no blank line anywhere, where a picture's
credited caption is followed by a poem under its column's name, its title and its
writer's bare name, then a notice's head over its text; a banner over a story that opens
with its first intertitle; a roll set out by group, a name or two a group; a poem's
headline block signed by a resident; a headline after a poem, a blank line under it and
the story's lead under that. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.cache_entries import build_issue
from lcreader.parse.habits import names_in_row
from tests.helpers import cut_at, parse_all

PICTURE_POEM_NOTICE = (
    "东湖里议事会开到楼道口\n"
    + cut_at(
        18,
        "7月下旬，东湖里居委会把议事会开到了各个楼道口，居民围坐在一起，"
        "说说停车、晾晒和绿化的难处，一晚上记下了二十多条意见。",
        "居委会主任说，这些意见会分类办理，月底前在公告栏里一条一条答复。",
    )
    + "图片新闻\n"
    "石榴树下的棋局\n"
    + cut_at(18, "8月3日傍晚，东湖里的石榴树下摆开了三张棋桌，十几位老人围着看下棋到天黑")
    + "才散。庞晓川　摄\n"
    + "东湖诗页\n"
    "晚归\n"
    "倪秋\n"
    "晚风吹过晾衣竿\n"
    "巷口飘来米饭香\n"
    "路灯一盏一盏亮\n"
    "照着回家的脚步\n"
    "停电通知\n"
    + cut_at(18, "因东湖里配电房检修，8月12日上午将暂停供电，请居民提前做好准备。")
    + "停电时间：8月12日9:00—11:30\n"
    "东湖里居民委员会\n"
    "2024年8月8日\n"
)


def test_a_poem_under_its_column_title_and_writer_after_a_picture_with_no_blank_line():
    _, picture, poem, notice = parse_all(PICTURE_POEM_NOTICE).articles
    assert picture.title == "石榴树下的棋局"
    assert not picture.paragraphs
    assert (poem.kicker, poem.title) == ("东湖诗页", "晚归")
    assert [b.author for b in poem.bylines] == ["倪秋"]
    assert poem.paragraphs == [
        "晚风吹过晾衣竿",
        "巷口飘来米饭香",
        "路灯一盏一盏亮",
        "照着回家的脚步",
    ]
    assert notice.title == "停电通知"
    assert notice.paragraphs[0].startswith("因东湖里配电房检修")


BANNER_OVER_INTERTITLE = (
    "助老食堂开进老街\n"
    + cut_at(
        20,
        "6月起，老街社区的助老食堂每天供应午餐，八十岁以上的老人凭卡就餐还能打九折，"
        "开张第一周就来了两百多人次。",
    )
    + "【平安建设】\n"
    "夜巡队伍壮大了\n"
    "一、招来新队员\n"
    + cut_at(
        20,
        "5月中旬，社区在楼道张贴招募启事，十多位退休职工报了名，夜巡队从八人增加到二十人。",
    )
    + "二、排出新班表\n"
    + cut_at(20, "新队员分成四组轮流值守，每晚九点到十一点沿着老街走两圈。")
)


def test_a_banner_over_a_story_that_opens_with_its_first_intertitle_starts_it():
    canteen, patrol = parse_all(BANNER_OVER_INTERTITLE).articles
    assert canteen.paragraphs[-1].endswith("开张第一周就来了两百多人次。")
    assert (patrol.kicker, patrol.title) == ("平安建设", "夜巡队伍壮大了")
    assert [patrol.paragraphs[n] for n in patrol.intertitles] == [
        "一、招来新队员",
        "二、排出新班表",
    ]


ROLL_BY_GROUP = (
    "上半年“最美庭院”名单\n"
    "东港组:曹文娟 吕长根\n"
    "西港组:钟玉梅\n"
    "南埠组:潘德胜 许 兰\n\n"
    "广场舞队换新装\n"
    "地点:文化礼堂\n"
    "时间:每晚七点\n"
)


def test_every_name_of_a_roll_set_out_by_group_is_a_person():
    roll, dance = build_issue("t", "t.txt", ROLL_BY_GROUP).articles
    assert {m.name for m in roll.mentions} == {"曹文娟", "吕长根", "钟玉梅", "潘德胜", "许兰"}
    # (two fields that name places, not people: no one)
    assert not dance.mentions


def test_a_field_of_one_name_is_no_roll_by_itself():
    assert names_in_row("钟玉梅") is None
    assert names_in_row("钟玉梅", least=1) == ["钟玉梅"]


SIGNED_POEM = (
    "秋风诗会\n"
    "桂香\n"
    "居民　蒋宛如\n\n"
    "一夜西风过小楼\n"
    "桂花开满旧墙头\n"
    "邻家阿婆推窗笑\n"
    "香气悄悄溜进楼\n\n"
    "小区新事\n"
    "车棚装上了充电桩\n\n"
    "本报讯　10月中旬，枫林小区两个车棚装上了二十个电动自行车充电桩，居民扫码就能充电，"
    "楼道里再也看不到私拉的电线。\n"
)


def test_a_poems_headline_signed_by_its_writer_and_the_story_after_it():
    poem, story = parse_all(SIGNED_POEM).articles
    assert poem.title == "桂香"
    assert [b.author for b in poem.bylines] == ["蒋宛如"]
    assert "居民　蒋宛如" not in poem.title
    assert story.title == "车棚装上了充电桩"
    assert story.paragraphs[0].startswith("本报讯")
    assert poem.paragraphs == [
        "一夜西风过小楼",
        "桂花开满旧墙头",
        "邻家阿婆推窗笑",
        "香气悄悄溜进楼",
    ]


# A quarterly's story credited under its headline, told in parts each under a short
# heading, no blank line anywhere (round yo, a PDF editor's text export); the next story
# carries its own credit.
PARTS = (
    "“15分钟生活圈”再添新节点\n"
    "文/郑小可　图/孙小明\n"
    + cut_at(16, "今年一季度，东湖街道围绕一老一小的需求，新建、改建了一批家门口的服务点。")
    + "长者食堂开到了小区门口\n"
    + cut_at(16, "3月1日，槐香里社区长者食堂正式开业，食堂由闲置的自行车棚改建而成。")
    + "小候鸟有了托管点\n"
    + cut_at(16, "针对双职工家庭孩子放学后无人照看的难题，街道在东湖社区开设了托管点。")
    + "修伞阿姨的二十年\n"
    + "文/何小静\n"
    + cut_at(16, "每周六上午，东湖社区活动室门口总会摆出一张小桌，周阿姨在这里修伞二十年了。")
)


def test_a_story_credited_at_its_head_told_in_headed_parts_is_one_article():
    story, umbrella = parse_all(PARTS).articles
    assert story.title == "“15分钟生活圈”再添新节点"
    assert [story.paragraphs[n] for n in story.intertitles] == [
        "长者食堂开到了小区门口",
        "小候鸟有了托管点",
    ]
    assert umbrella.title == "修伞阿姨的二十年"
