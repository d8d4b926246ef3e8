"""A tabloid's 13-character columns copied whole from a PDF reader, and a post of
numbered sections (issue #17): a contents box run straight into the first headline and
its deck; each page's dated head against its number; a paragraph that ends a character
short of the column; a column's name over a poem's title over its writer; a roll of
families signed by the body that chose them; a post's `01`, `02` sections. Each text is
my own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.model import Byline
from lcreader.parse.bylines import parse_byline
from tests.helpers import cut_at, parse_all, roles

MASTHEAD = (
    "桐溪\n桐溪街道党工委主办\n2024年5月16日　星期四\n第5期（总第61期）\n"
    "本期导读\n2版　“修车摊前的老街坊”\n3版　来信选登\n"
)
LEAD_TITLE = "桐溪“老年助餐点”全覆盖"
LEAD = (
    "本报讯（记者 荀言）5月10日，随着最后一处助餐点在柳岸社区开张，桐溪街道"
    "实现老年助餐点社区全覆盖。"
)
SECOND = "5月14日，街道召开防汛工作会，明确各社区低洼点位责任人。"


def test_a_contents_box_run_into_the_first_headline_and_its_deck_ends_above_them():
    # (the headline names its jump's headline further on, as an entry names its story)
    more = (
        "街道民政科负责人介绍，助餐点由专业机构运营，饭菜价格由居民代表参与议定，每季度公示一次。"
    )
    rest = "助餐点每天供应午餐，八十岁以上老人每餐补贴三元。"
    text = (
        MASTHEAD
        + LEAD_TITLE
        + "\n——12个社区均有助餐点\n"
        + cut_at(13, LEAD, more)
        + "（下转第2版）\n"
        + "桐溪·民生 2024年5月16日\n2\n"
        + "“老年助餐点”全覆盖\n（上接第1版）\n"
        + cut_at(13, rest)
    )
    lead = parse_all(text).articles[0]
    assert (lead.title, lead.subtitle) == (LEAD_TITLE, "12个社区均有助餐点")
    assert lead.paragraphs[0] == LEAD.replace("本报讯（记者 荀言）", "")


def test_a_sentence_ended_a_character_short_of_the_column_ends_its_paragraph():
    # 13 characters a line; the first paragraph's last line ends 12 characters in
    first = "街道于五月十四日召开防汛工作会，对辖区低洼易涝点和三座老天桥逐一明确责任人。"
    second = "街道办事处副主任蓝卫国要求各社区五月底前完成排水设施疏通，汛期实行值班。"
    text = (
        MASTHEAD
        + LEAD_TITLE
        + "\n"
        + cut_at(13, LEAD)
        + "街道部署防汛工作\n"
        + cut_at(13, first)
        + cut_at(13, second)
        + "（平安办 蓝卫国）\n"
    )
    assert [len(line) for line in cut_at(13, first).splitlines()] == [13, 13, 12]
    assert parse_all(text).articles[-1].paragraphs == [first, second]


def test_each_pages_dated_head_against_its_number_is_the_pages():
    pages = (
        MASTHEAD
        + LEAD_TITLE
        + "\n"
        + cut_at(13, LEAD)
        + "桐溪·民生 2024年5月16日\n2\n"
        + "街道部署防汛工作\n"
        + cut_at(13, SECOND)
        + "（平安办 蓝卫国）\n"
        + "桐溪·副刊 2024年5月16日\n3\n"
        + "诗苑\n五月弄堂\n□蓝小禾\n"
        + "栀子开了\n半条弄堂都是香的\n放学的孩子\n把花别在书包上\n"
    )
    found = roles(pages)
    assert found["桐溪·民生 2024年5月16日"] == "furniture"
    assert found["桐溪·副刊 2024年5月16日"] == "furniture"
    poem = parse_all(pages).articles[-1]
    assert (poem.kicker, poem.title) == ("诗苑", "五月弄堂")
    assert poem.bylines == [Byline(author="蓝小禾")]


def test_a_roll_of_families_signed_by_the_body_that_chose_them():
    text = (
        "2023年度“最美家庭”名单\n"
        + cut_at(13, "经社区推荐、街道审核，以下3户家庭获评2023年度“最美家庭”：")
        + "祁国强家庭（柳岸社区）\n蓝秀英家庭（桐溪社区）\n荀志明家庭（桐溪社区）\n"
        + "桐溪街道妇联\n2024年4月\n"
    )
    roll = parse_all(text).articles[0]
    assert roll.paragraphs[1:] == [
        "祁国强家庭（柳岸社区）",
        "蓝秀英家庭（桐溪社区）",
        "荀志明家庭（桐溪社区）",
    ]
    assert roll.bylines == [Byline(department="桐溪街道妇联")]
    assert roll.meta == {"日期": "2024年4月"}


def test_a_writer_described_in_brackets_after_the_name_is_credited():
    assert parse_byline("文／蓝小禾（柳岸社区居民）") == [Byline(author="蓝小禾", role="文")]


POST = (
    "桐溪邻里周报｜第12期\n"
    "原创 桐溪社区 桐溪社区 2024-05-24 18:30 发表于上海\n\n"
    "01\n邻里动态\n\n"
    "“共享书架”上新啦\n"
    "5月20日，社区在3号楼架空层增设的“共享书架”上新了200余册图书，居民可自由借阅。\n"
    "文字｜蓝小禾\n\n"
    "02\n诗苑\n\n"
    "五月的风\n"
    "文／祁秀英（桐溪社区居民）\n"
    "五月的风\n"
    "把槐花吹进了窗\n"
    "晾衣竿上的衬衫\n"
    "也香了一整天\n\n"
    "03\n图说桐溪\n\n"
    "“小小志愿者”上岗记\n\n"
    "▲5月18日，十余名小志愿者在社区图书角整理图书。  （蓝小禾 摄）\n\n"
    "04\n健康小课堂\n\n"
    "夏季防中暑，这几点要记牢\n"
    "天气渐热，社区卫生服务中心提醒居民注意防暑降温。\n"
)


def test_a_posts_numbered_sections_each_name_their_one_story():
    issue = parse_all(POST)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("邻里动态", "“共享书架”上新啦"),
        ("诗苑", "五月的风"),
        ("图说桐溪", "“小小志愿者”上岗记"),
        ("健康小课堂", "夏季防中暑，这几点要记牢"),
    ]
    poem = issue.articles[1]
    assert poem.paragraphs[-1] == "也香了一整天"
    assert poem.bylines == [Byline(author="祁秀英", role="文")]
