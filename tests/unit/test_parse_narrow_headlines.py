"""Headlines in a narrow column copied a printed line a line (issue #17, round zx's
phone copy): a quote as wide as the column over its `——subtitle` under a column's name
is a headline, whatever line stands above it; and a contents entry never names two
lines of a sentence that happen to hold its words. Each text is my own; none of a
corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

INTERVIEW_AFTER_TEXT = (
    "北岭\n"
    "2024年7月5日　第9期\n"
    "社区食堂开出夜间档\n"
    "本报讯　7月1日起，北岭社区\n"
    "食堂晚上营业到八点，下班晚\n"
    "的年轻人也能吃上热饭菜。\n"
    "食堂负责人说，夜间档菜品\n"
    "以面食为主，价格和午市相\n"
    "同。\n"
    "夜间档开张　饭菜香到八点\n"
    "邻里访谈\n"
    "“有事大家商量着办才好”\n"
    "——访楼组长范文澜\n"
    "问：楼里吵架多吗？过去怎\n"
    "么解决？\n"
    "答：吵是有的，我就请两家\n"
    "人坐下来，一件一件说开。\n"
    "记者　骆英\n"
)


def test_a_column_quote_and_subtitle_after_text_head_a_new_piece():
    issue = parse_all(INTERVIEW_AFTER_TEXT)
    last = issue.articles[-1]
    assert (last.kicker, last.title, last.subtitle) == (
        "邻里访谈",
        "“有事大家商量着办才好”",
        "访楼组长范文澜",
    )
    assert last.paragraphs[0].startswith("问：楼里吵架多吗？")
    assert issue.articles[0].title == "社区食堂开出夜间档"
    assert_nothing_lost(INTERVIEW_AFTER_TEXT, issue)


CONTENTS_AND_CUT_SENTENCE = (
    "北岭\n"
    "2024年7月5日　第9期\n"
    "本期导读\n"
    "社区议事会完成换届　2版\n"
    "北岭菜场改造方案公布　1版\n\n"
    "第1版\n"
    "菜场改造方案出炉\n"
    "北岭菜场改造方案日前出炉，\n"
    "摊位将由四十个增加到五十\n"
    "六个，（下转第2版）\n"
    "第2版\n"
    "（上接第1版）\n"
    "改造期间设临时菜棚，居民\n"
    "买菜不受影响。\n"
    "7月2日，北岭社区议事会\n"
    "完成换届，街道分管领导\n"
    "到场主持选举。新一届代表\n"
    "中有五名首次当选。\n"
    "（自治办　桑梓）\n"
)


def test_a_contents_entry_names_no_line_that_a_sentence_runs_into():
    issue = parse_all(CONTENTS_AND_CUT_SENTENCE)
    titles = [a.title for a in issue.articles]
    assert "完成换届，街道分管领导" not in titles
    paragraphs = [p for a in issue.articles for p in a.paragraphs]
    assert "7月2日，北岭社区议事会完成换届，街道分管领导到场主持选举。" in "".join(paragraphs)
    assert_nothing_lost(CONTENTS_AND_CUT_SENTENCE, issue)


PAPER_LEAD_AS_WIDE_AS_A_LINE = (
    "北岭\n"
    "2024年7月5日　第9期\n"
    "第1版\n"
    "菜场改造方案出炉\n"
    "本报讯　北岭菜场改造方案日\n"
    "前出炉，摊位将由四十个增\n"
    "加到五十六个。\n"
    "（城管中心　季禾）\n"
)


def test_the_papers_word_for_its_news_opens_text_never_a_subtitle_or_heading():
    issue = parse_all(PAPER_LEAD_AS_WIDE_AS_A_LINE)
    (story,) = issue.articles
    assert (story.title, story.subtitle, story.intertitles) == ("菜场改造方案出炉", None, [])
    assert story.paragraphs == ["本报讯　北岭菜场改造方案日前出炉，摊位将由四十个增加到五十六个。"]
    assert_nothing_lost(PAPER_LEAD_AS_WIDE_AS_A_LINE, issue)


PLACE_NAMED_HEADLINE = (
    "桂湾\n"
    "2024年5月10日　第5期\n"
    "\n"
    "百桌家宴摆进小巷\n"
    "\n"
    "通讯员　戴蕾\n"
    "\n"
    "5月4日中午，桂湾里社区老街摆开了八十张八仙桌，居民按楼道拼桌，\n"
    "巷子里热闹得像过年。桂湾里社区居委会主任说，家宴已经连续办了五年。\n"
    "\n"
    "桂湾里社区招募楼道志愿者\n"
    "\n"
    "为做好楼道环境维护和独居老人关爱工作，社区现面向全体居民招募楼道志愿者。\n"
    "招募对象：热心公益的桂湾常住居民。\n"
)


def test_a_headline_opening_with_the_papers_place_starts_its_own_piece():
    issue = parse_all(PLACE_NAMED_HEADLINE)
    assert [a.title for a in issue.articles] == ["百桌家宴摆进小巷", "桂湾里社区招募楼道志愿者"]
    assert issue.articles[1].paragraphs[0].startswith("为做好楼道环境维护")


POEM_AFTER_TEXT = (
    "社区食堂开出夜间档\n"
    "本报讯　7月1日起，北岭社区\n"
    "食堂晚上营业到八点，下班晚\n"
    "的年轻人也能吃上热饭菜。\n"
    "北岭文苑\n"
    "夏 夜 的 弄 堂\n"
    "居民　屠美华\n"
    "晚风吹进弄堂口\n"
    "蒲扇摇着老故事\n"
    "隔壁阿公端来西瓜\n"
    "孩子们围成一圈\n"
    "星星落在竹榻上\n"
)


def test_a_columns_name_over_a_letter_spaced_headline_after_text_heads_a_poem():
    issue = parse_all(POEM_AFTER_TEXT)
    poem = issue.articles[-1]
    assert (poem.kicker, poem.title) == ("北岭文苑", "夏夜的弄堂")
    assert [b.author for b in poem.bylines] == ["屠美华"]
    assert poem.paragraphs[0] == "晚风吹进弄堂口"
