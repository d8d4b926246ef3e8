"""Everyday office paths of 2022–2025 (issue #17): a batch OCR tool's file marks and a
headline's deck over the paper's lead credit, briefs run in one space apart, a listing
under its column's name, a post's photo column and the credit under its last caption, a
简报's bracketed column over a table a cell a line, an online document's empty lines of
zero-width spaces and its foot. Each test is a small text of its own; none of a corpus
file's words."""

from __future__ import annotations

from lcreader.model import Byline
from tests.helpers import assert_nothing_lost, parse_all


def test_an_ocr_tools_file_marks_are_furniture_and_a_deck_sits_over_the_lead_credit():
    text = (
        "2024-06-17 10:21:33\n\n"
        "≦ 桐溪街坊-1.jpg ≧\n桐溪街坊\n中共桐溪街道工作委员会 主办\n2024年6月15日 星期六\n"
        "第18期(总第96期)\n内部资料 免费交流\n"
        "民生实事\n"
        "老旧小区加装电梯 今年再添8台\n"
        "首批3台已投入使用，惠及住户一百余户\n"
        "本报讯(通讯员 钮家宁)6月12日，桐苑小区2幢的电梯通过验收，首批3台加装电梯全部投入使用。\n"
        "≦ 桐溪街坊-2.jpg ≧\n"
        "街道简讯\n"
        "■街道举办夏季招聘会 6月8日，街道在文体中心举办夏季招聘会，28家企业提供岗位300余个。\n"
        "■桐馨社区开办暑期托管班 托管班将于7月8日开班，招收辖区小学一至四年级学生。\n"
        "■防汛演练在桐河沿线举行 6月13日，街道联合消防救援站在桐河沿线开展防汛应急演练。\n"
    )
    issue = parse_all(text)
    lead = issue.articles[0]
    assert (lead.kicker, lead.title, lead.subtitle) == (
        "民生实事",
        "老旧小区加装电梯 今年再添8台",
        "首批3台已投入使用，惠及住户一百余户",
    )
    assert "≦ 桐溪街坊-2.jpg ≧" in issue.furniture
    assert [a.title for a in issue.articles[1:]] == [
        "街道举办夏季招聘会",
        "桐馨社区开办暑期托管班",
        "防汛演练在桐河沿线举行",
    ]
    assert_nothing_lost(text, issue)


POST = (
    "枫林周报｜第9期 纳凉点开放\n原创 枫林社区 幸福枫林 2024年07月05日 17:30\n\n"
    "便民服务\n\n"
    "卫生服务站调整夏季门诊时间\n"
    "为方便居民错峰就诊，卫生服务站自7月8日起调整门诊时间：\n"
    "门诊时间：周一至周六 7:30—11:30\n"
    "咨询电话：8616 0000\n\n"
    "活动预告\n\n"
    "暑期托管班开始报名\n"
    "活动时间：7月15日至8月16日\n"
    "活动地点：社区党群服务中心三楼\n\n"
    "图说枫林\n\n"
    "纳凉晚会上的“银发模特队”\n\n"
    "7月3日晚，社区纳凉晚会在枫林公园举行，“银发模特队”身着旗袍走秀，赢得阵阵掌声。\n"
    "（摄影：卞若菲）\n\n"
    "文字：各网格\n编辑：郏诗雨\n审核：戴建国\n\nEND\n\n"
    "往期推荐\n\n预览时标签不可点\n微信扫一扫\n关注该公众号\n继续滑动看下一个\n轻触阅读原文\n"
)


def test_a_listing_under_its_columns_name_after_a_notices_contact_line():
    issue = parse_all(POST)
    assert [(a.kicker, a.title) for a in issue.articles[:2]] == [
        ("便民服务", "卫生服务站调整夏季门诊时间"),
        ("活动预告", "暑期托管班开始报名"),
    ]


def test_a_photo_columns_item_keeps_the_credit_under_its_caption():
    photo = parse_all(POST).articles[-1]
    assert (photo.kicker, photo.title, photo.paragraphs) == (
        "图说枫林",
        "纳凉晚会上的“银发模特队”",
        [],
    )
    assert photo.captions[0].startswith("7月3日晚")
    assert photo.bylines == [Byline(author="卞若菲", role="摄影")]
    assert_nothing_lost(POST, parse_all(POST))


def test_a_bracketed_column_over_a_table_a_cell_a_line_and_a_two_line_title():
    text = (
        "乡村振兴工作简报\n第3期\n\n"
        "【典型做法】\n"
        "柳湾村：“积分超市”\n"
        "激活村民参与热情\n"
        "今年以来，柳湾村把人居环境整治纳入积分管理，村民参与热情明显提高。\n\n"
        "【数据通报】\n"
        "1—5月各村整治考核得分\n"
        "村（社区）\n月均得分\n排名\n"
        "柳湾村\n95.8\n1\n"
        "东港村\n91.7\n2\n"
        "注：考核满分100分，由镇督查组每月抽查评分。\n"
    )
    issue = parse_all(text)
    assert [(a.kicker, a.title) for a in issue.articles][1] == ("数据通报", "1—5月各村整治考核得分")
    assert issue.articles[0].kicker == "典型做法"
    assert_nothing_lost(text, issue)


def test_zero_width_lines_are_blank_and_the_distribution_over_the_makers_is_the_foot():
    text = (
        "兰溪村村务简报\n2024年第5期\n\u200b\n"
        "简讯\n"
        "■ 周末书法课开课　5月11日起，村文化礼堂每周六上午开设少儿书法课。\n"
        "■ 村道路灯完成检修　5月20日至22日，村委会组织电工检修路灯46盏。\n"
        "\u200b\n"
        "发送：镇党委、镇政府，各村民小组长\n"
        "编辑：村文书 俞小佳    审核：陈立新\n"
    )
    issue = parse_all(text)
    assert issue.articles[-1].paragraphs == ["5月20日至22日，村委会组织电工检修路灯46盏。"]
    assert "发送：镇党委、镇政府，各村民小组长" in issue.furniture
    assert "编辑：村文书 俞小佳    审核：陈立新" in issue.furniture
