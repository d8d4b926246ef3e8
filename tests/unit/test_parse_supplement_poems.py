"""A senior paper's supplement page read by a phone's OCR app (issue #17): a rule down
the page read as a line of its own, two poems each signed with a bare name, a photo item
after the second, a run of marked briefs whose fields the wrap cut. Each test is a small
text of its own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.model import Byline
from tests.helpers import assert_nothing_lost, parse_all

PAGE = (
    "4\n晚晴周报\n2024年5月16日 星期四\n副刊\n责任编辑：鲍小满　美术编辑：尹帆\n\n"
    "往事回眸\n父亲的二胡\n□柯小禾\n"
    "父亲年轻时在厂里的宣传队拉\n"
    "二胡，一把琴用了四十多年，\n"
    "琴筒上的漆都磨掉了一大块。\n"
    "他退休那年把琴传给了我，说\n"
    "拉琴和做人一样，要沉得住气。\n"
    "丨\n"
    "诗林\n"
    "江边的早晨\n"
    "汤明远\n\n"
    "江水还没睡醒\n"
    "渡船先咳嗽了一声\n"
    "卖豆浆的担子\n"
    "挑起半个太阳\n\n"
    "晨练的人们\n"
    "把影子拉得很长\n"
    "一只白鹭\n"
    "落在了旧码头上\n\n"
    "阳台上的花\n"
    "雷秀英\n\n"
    "孙子种的向日葵\n"
    "比我的个子还高\n"
    "早上浇水，傍晚松土\n"
    "日子一寸一寸长\n\n"
    "晚霞满天\n"
    "七旬老人绣出“清明上河图”\n"
    "家住河西社区的邝玉梅今年72岁，用\n"
    "三年时间绣完了长卷《清明上河图》，\n"
    "全长六米有余。　包晨 摄\n\n"
    "老年简讯\n"
    "■老年大学暑期班开始报名\n"
    "区老年大学暑期班开设书法、\n"
    "摄影、智能手机等十二个班。\n"
    "报名时间：6月1日至6月15日\n"
    "（周末除外）\n"
    "报名地点：区老年大学二楼教\n"
    "务处\n"
    "■“银发达人”才艺展演征集节目\n"
    "区老龄办将于9月举办才艺展演\n"
    "活动，即日起征集歌舞、戏曲等\n"
    "节目，截止日期为7月31日。\n"
)


def test_two_poems_under_a_rule_each_signed_with_a_bare_name_their_column_the_runs():
    issue = parse_all(PAGE)
    titles = [article.title for article in issue.articles]
    assert titles[:4] == ["父亲的二胡", "江边的早晨", "阳台上的花", "七旬老人绣出“清明上河图”"]
    first, second = issue.articles[1], issue.articles[2]
    # (`诗林` over the two poems heads their run: the page's, no one poem's kicker)
    assert first.kicker is None and "诗林" in issue.furniture
    assert first.bylines == [Byline(author="汤明远")]
    assert first.paragraphs[0] == "江水还没睡醒" and first.paragraphs[-1] == "落在了旧码头上"
    assert second.bylines == [Byline(author="雷秀英")]
    assert second.paragraphs == [
        "孙子种的向日葵",
        "比我的个子还高",
        "早上浇水，傍晚松土",
        "日子一寸一寸长",
    ]
    photo = issue.articles[3]
    assert (photo.kicker, photo.paragraphs) == ("晚霞满天", [])
    assert_nothing_lost(PAGE, issue)


def test_a_run_of_marked_briefs_the_second_under_a_field_the_wrap_cut():
    issue = parse_all(PAGE)
    briefs = issue.articles[-2:]
    assert [brief.title for brief in briefs] == [
        "老年大学暑期班开始报名",
        "“银发达人”才艺展演征集节目",
    ]
    assert briefs[0].bylines == []  # `（周末除外）` is the field's note, no one's credit
    assert "（周末除外）" in "".join(briefs[0].paragraphs)
    assert briefs[1].paragraphs == [
        "区老龄办将于9月举办才艺展演活动，即日起征集歌舞、戏曲等节目，截止日期为7月31日。"
    ]
    assert_nothing_lost(PAGE, issue)
