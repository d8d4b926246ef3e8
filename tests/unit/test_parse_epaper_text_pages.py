"""A 融媒体 e-paper's 文字版 pages copied whole (issue #17): a credited lead story whose
parts a ■ heads, a page's head between stories, a title with a deck of a comma over
their `□通讯员` credit, a week's news run in at the start of each brief. Each test is a
small text of its own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.model import Byline
from tests.helpers import parse_all

PAGE = (
    "溪口日报 2025年06月13日 星期五\n"
    "第07版：溪口周刊·要闻\n\n"
    "溪口镇夏粮收购过半\n"
    "□记者 祁青 通讯员 冉舟\n\n"
    "\u3000\u30006月10日，记者从溪口镇获悉，今年夏粮收购已完成六成，收购价格比去年略有上涨。\n\n"
    "■ 烘干中心连夜开工\n\n"
    "\u3000\u3000为防止新粮受潮，镇里的两处烘干中心24小时运转，每天可烘干小麦三百多吨。\n\n"
    "■ 售粮款当天到账\n\n"
    "\u3000\u3000今年起，粮站推行“扫码售粮”，农户卖粮后货款当天就能打到卡上。\n\n"
    "本版责编：富晓阳\n\n"
    "第08版：溪口周刊·民生\n\n"
    "社区食堂“夜宵档”开张\n"
    "每晚供应到十点，老人和夜班职工都能吃上热饭\n"
    "□通讯员 冉舟\n\n"
    "\u3000\u30006月9日起，溪口社区食堂增设夜宵档，馄饨、面条每份八元。\n\n"
    "一周要闻\n\n"
    "\u3000\u3000溪口镇举办“农技夜校”\u30006月8日晚，溪口镇农技夜校开课，百余名农户听课。\n\n"
    "\u3000\u3000下坪村修通“致富路”\u30006月5日，下坪村通村公路完成拓宽，全长3.2公里。\n\n"
    "本版责编：富晓阳\n"
)


def test_marked_headings_inside_a_credited_story_head_its_parts():
    issue = parse_all(PAGE)
    lead = issue.articles[0]
    assert lead.title == "溪口镇夏粮收购过半"
    assert lead.bylines == [
        Byline(author="祁青", role="记者"),
        Byline(author="冉舟", role="通讯员"),
    ]
    assert [lead.paragraphs[k] for k in lead.intertitles] == ["烘干中心连夜开工", "售粮款当天到账"]


def test_a_title_and_a_deck_with_a_comma_over_their_credit_start_a_story():
    issue = parse_all(PAGE)
    canteen = issue.articles[1]
    assert canteen.title == "社区食堂“夜宵档”开张"
    assert canteen.subtitle == "每晚供应到十点，老人和夜班职工都能吃上热饭"
    assert canteen.bylines == [Byline(author="冉舟", role="通讯员")]


def test_briefs_run_in_with_quotes_in_their_headlines():
    issue = parse_all(PAGE)
    assert [a.title for a in issue.articles[-2:]] == ["溪口镇举办“农技夜校”", "下坪村修通“致富路”"]
    assert issue.articles[-1].paragraphs == ["6月5日，下坪村通村公路完成拓宽，全长3.2公里。"]


def test_a_column_over_a_title_with_a_comma_over_their_credit():
    text = (
        "溪口日报 2025年06月13日 星期五\n"
        "第09版：溪口周刊·人物\n\n"
        "街坊榜样\n\n"
        "十年守护，他是楼里的“老管家”\n\n"
        "文/本报记者 祁青\n\n"
        "每天早上六点，退休电工满德胜都会把楼道里的灯挨个检查一遍。\n"
    )
    issue = parse_all(text)
    story = issue.articles[0]
    assert (story.kicker, story.title) == ("街坊榜样", "十年守护，他是楼里的“老管家”")


def test_marked_headings_under_a_featured_story_with_its_subtitle_head_its_parts():
    text = (
        "先锋之家\n中共竹园社区委员会 主办\n2025年第3期\n\n"
        "楼道里的“热心肠”\n"
        "——记竹园社区第二网格党支部书记丁德福\n"
        "\u3000\u3000在竹园社区，提起丁德福，居民们都竖起大拇指。\n"
        "◎ 一张联系卡发了八年\n"
        "\u3000\u3000丁德福给每户人家都发了一张联系卡，谁家有事一个电话就到。\n"
        "◎ 小事当成大事办\n"
        "\u3000\u3000去年楼顶漏水，他三天内就和物业拿出了维修方案。\n"
        "（竹园社区党委 供稿）\n"
    )
    issue = parse_all(text)
    assert len(issue.articles) == 1
    story = issue.articles[0]
    assert [story.paragraphs[k] for k in story.intertitles] == [
        "一张联系卡发了八年",
        "小事当成大事办",
    ]
