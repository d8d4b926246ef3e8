"""A village 简报 laid out in a spreadsheet's cells and saved as tab-separated text
(issue #17, round zj): every row padded with tabs to the sheet's width, a cell of
several paragraphs quoted over several lines, a signature in a cell far right; a
resident's letter and the committee's reply run in before its text. Each text is my
own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.parse.sheets import unsheet
from tests.helpers import parse_all

PAD = "\t\t\t\t"
SHEET = (
    f"桑园村村务简报{PAD}\n"
    f"2024年第3期\t\t\t桑园村村民委员会编\t\n"
    f"{PAD}\n"
    f"【村务动态】{PAD}\n"
    f"桑园村完成春季河道清淤{PAD}\n"
    '"　　3月以来，桑园村组织人员对村内三条河道进行清淤，共清出淤泥两千余方。\n'
    '　　清淤后，村里还在河岸补种了垂柳和桃树。"' + f"{PAD}\n"
    "\t\t\t（村委会　柴春燕）\t\n"
    f"{PAD}\n"
    f"【村民来信】{PAD}\n"
    f"村东头的路灯能不能装一盏？{PAD}\n"
    '"村干部：\n'
    '　　村东头到公交站的一段路没有路灯，晚上老人出门很不方便，希望村里装一盏。"' + f"{PAD}\n"
    "\t\t\t第二村民小组　柴阿毛\t\n"
    "\t\t\t2024/3/2\t\n"
    '"　　村委会答复：收到来信后，村委会已联系供电所，路灯将于3月底前装好。"' + f"{PAD}\n"
    f"{PAD}\n"
    f"编辑：卞玉\t\t审核：柴国强\t\t\n"
)


def test_a_laid_out_sheets_padding_and_quotes_go_and_its_cells_stay():
    text = unsheet(SHEET)
    assert '"' not in text and "\t\n" not in text
    assert "　　清淤后，村里还在河岸补种了垂柳和桃树。" in text.split("\n")
    assert unsheet("第一行\t甲\n第二行\t乙\n") == "第一行\t甲\n第二行\t乙\n"


def test_a_sheets_stories_read_as_a_papers_and_a_run_in_reply_stays_with_its_letter():
    issue = parse_all(SHEET)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("村务动态", "桑园村完成春季河道清淤"),
        ("村民来信", "村东头的路灯能不能装一盏？"),
    ]
    story, letter = issue.articles
    assert len(story.paragraphs) == 2 and story.paragraphs[1].startswith("清淤后")
    assert letter.paragraphs[-1].startswith("村委会答复：收到来信后")


VILLAGE_FOOT = (
    "【财务公开】\n"
    "桑园村一季度村级财务收支情况\n"
    "单位：万元\n"
    "序号\t项目\t收入\t支出\n"
    "1\t上级转移支付\t32.5\t\n"
    "2\t人居环境整治\t\t12.8\n"
    "\t\t\t桑园村村务监督委员会\n"
    "\t\t\t2024/4/8\n"
    "\n"
    "编辑：卞玉\t\t审核：柴国强\n"
    "村务监督举报电话：0572-6678901\n"
    "本简报张贴于村务公开栏，电子版同步发布于村民微信群\n"
)


def test_a_tables_unit_under_its_title_is_the_tables_and_the_issues_foot_is_furniture():
    issue = parse_all(VILLAGE_FOOT)
    [table] = issue.articles
    assert (table.kicker, table.title, table.subtitle) == (
        "财务公开",
        "桑园村一季度村级财务收支情况",
        None,
    )
    assert table.paragraphs[0] == "单位：万元"
    assert "村务监督举报电话：0572-6678901" in issue.furniture
    assert "审核" not in table.meta
