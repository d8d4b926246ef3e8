"""A village's 村务简报 printed, scanned and read by a phone's OCR (issue #17, round zi):
one line per printed line, no blank line inside a story, a notice whose items the wrap
cuts, its contact line over its signer and date, an account of money in three cells a
row, a pact in short rhymed lines, a quote whose speaker opens the next line, whom the
issue goes to at its foot. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

VILLAGE = (
    "石桥村务\n"
    "中共石桥村支部委员会　石桥村村民委员会　编\n"
    "2025年第2期（总第14期）　　2025 年 5 月 8 日\n\n"
    "关于做好夏季防溺水工作的通知\n"
    "各村民小组、全体村民:\n"
    "入夏以来，气温升高，村里的山塘、水库边常有孩子玩耍。为保\n"
    "障孩子们的安全，村两委决定开展防溺水宣传，现将有关事项通\n"
    "知如下:\n"
    "一、宣传重点:山塘水库、河道沟渠、鱼塘边和无人看管的水井\n"
    "等危险水域。\n"
    "二、各村民小组长要逐户上门，把防溺水提醒送到每一户。\n"
    "值班电话:0739-6621508（村委会）\n"
    "石桥村村民委员会\n"
    "2025年5月6日\n\n"
    "2025年第一季度村级财务收支公示\n"
    "项目 金额(元) 说明\n"
    "上级转移支付 72000 村级运转经费\n"
    "集体山林承包费 35600 三组、四组山林\n"
    "村道维修 28400 二组村道\n"
    "结余 79200 存入镇农经站\n"
    "以上收支经村务监督委员会审核，如有疑问请向村务监督委员\n"
    "会反映。\n"
    "石桥村村务监督委员会\n\n"
    "村规民约\n"
    "石桥村村规民约\n"
    "爱家乡，守法纪，\n"
    "讲卫生，树新风；\n"
    "敬老人，爱孩子，\n"
    "睦邻里，不争吵；\n"
    "护山林，防火灾，\n"
    "人人守，家家好。\n\n"
    "好人好事\n"
    "八旬老人义务扫路十年\n"
    "每天天不亮，四组村民莫长林就扛着扫帚出门，沿着村道扫上一\n"
    "圈。这条路，他一扫就是十年。\n"
    "“路干净了，大家走着也舒服。”\n"
    "莫长林说。去年村里评他为“最美石桥人”，他把奖金都买了扫\n"
    "帚，分给了村里的保洁员。\n"
    "（通讯员 莫小溪）\n\n"
    "编辑:龙小燕　审核:邓建国\n"
    "本简报发至各村民小组及全体党员\n"
    "-2-\n"
)


def test_a_notice_ends_with_its_contact_line_signer_and_date():
    notice = parse_all(VILLAGE).articles[0]
    assert notice.title == "关于做好夏季防溺水工作的通知"
    assert [b.department for b in notice.bylines] == ["石桥村村民委员会"]
    assert notice.meta.get("日期") == "2025年5月6日"
    assert notice.intertitles == []
    assert (
        "一、宣传重点:山塘水库、河道沟渠、鱼塘边和无人看管的水井等危险水域。" in notice.paragraphs
    )


def test_an_account_of_money_keeps_each_row_of_three_cells():
    account = parse_all(VILLAGE).articles[1]
    assert account.paragraphs[:5] == [
        "项目 金额(元) 说明",
        "上级转移支付 72000 村级运转经费",
        "集体山林承包费 35600 三组、四组山林",
        "村道维修 28400 二组村道",
        "结余 79200 存入镇农经站",
    ]
    assert account.captions == []


def test_a_pact_in_short_rhymed_lines_keeps_each_line():
    pact = parse_all(VILLAGE).articles[2]
    assert pact.paragraphs[0] == "爱家乡，守法纪，" and len(pact.paragraphs) == 6


def test_a_quotes_speaker_opening_the_next_line_ends_the_same_paragraph():
    story = parse_all(VILLAGE).articles[3]
    assert story.paragraphs[1].startswith("“路干净了，大家走着也舒服。”莫长林说。去年村里")


def test_whom_the_issue_goes_to_and_its_makers_are_its_foot():
    issue = parse_all(VILLAGE)
    assert {"编辑:龙小燕\u3000审核:邓建国", "本简报发至各村民小组及全体党员"} <= set(
        issue.furniture
    )
    assert len(issue.articles) == 4
