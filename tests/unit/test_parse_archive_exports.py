"""An archive's full-text export of a scanned 简报 (round za): the export's head of
labelled fields, a banner over each scanned page naming it and its image, rules and
page numbers as OCR reads them (`一一一…`, `一 1 一`), a contents list that abridges
its last headline, and the issue's foot under its last rule. Every sample is invented."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

ARCHIVE = """\
东湖街道档案室　数字档案全文导出
档号：0512-WS·2013-D30-JB-0031
题名：东湖街道工作简报（2013年第4期）
责任者：东湖街道办事处综合办公室
文件日期：20130415　　页数：2　　保管期限：30年
导出时间：2022-03-08 10:15:42　　导出人：dhda01
================================================================
【第1页/共2页】影像：0512-WS·2013-D30-JB-0031-0001.jpg　识别：自动OCR（未校对）
----------------------------------------------------------------
工 作 简 报
第4期
东湖街道办事处综合办公室　　　　　　2013年4月15日
一一一一一一一一一一一一一一一一一一一一一一一一一一一一
本期要目
东湖街道召开春季防火工作会议
各社区开展老年人免费体检宣传
一一一一一一一一一一一一一一一一一一一一一一一一一一一一

东湖街道召开春季防火工作会议
　　4月10日上午，东湖街道召开春季防火工作会议，各社区书
记、街道各科室负责人参加会议。街道办事处主任董明远就做好
春季森林防火、安全生产等工作提出具体要求。
　　会议要求，各社区要在4月20日前完成辖区内老旧楼道的消
防安全排查，发现隐患当场整改，不能当场整改的要登记造册、

一 1 一
================================================================
【第2页/共2页】影像：0512-WS·2013-D30-JB-0031-0002.jpg　识别：自动OCR（未校对）
----------------------------------------------------------------
限期销号。
                              （综合办）

各社区开展老年人免费体检宣传和预约登记
　　4月起，街道社区卫生服务中心为辖区65岁以上老人提供免费
体检。各社区通过张贴通知、上门入户等方式进行宣传。
                              （社会事务科　甘小峰）

一一一一一一一一一一一一一一一一一一一一一一一一一一一一
报：区委办公室、区政府办公室
送：街道党工委、办事处领导班子成员
一一一一一一一一一一一一一一一一一一一一一一一一一一一一
审核：章明　　编辑：邝洁　　　　　　　（共印50份）

一 2 一
"""


def test_each_page_banner_is_furniture_and_the_sentence_it_cut_goes_on():
    issue = parse_all(ARCHIVE)
    assert [a.title for a in issue.articles] == [
        "东湖街道召开春季防火工作会议",
        "各社区开展老年人免费体检宣传和预约登记",
    ]
    first = issue.articles[0]
    assert first.paragraphs[-1].endswith("不能当场整改的要登记造册、限期销号。")
    assert [b.department for b in first.bylines] == ["综合办"]
    assert any(line.startswith("【第2页/共2页】") for line in issue.furniture)
    assert_nothing_lost(ARCHIVE, issue)


def test_the_exports_head_and_its_time_stamp_are_not_the_issue():
    issue = parse_all(ARCHIVE)
    assert issue.date == "2013-04-15"  # printed under the masthead, not when exported
    assert {"责任者：东湖街道办事处综合办公室"} <= set(issue.furniture)
    assert not any("责任者" in p for a in issue.articles for p in a.paragraphs)


def test_the_contents_lists_abridged_entry_and_the_foot_are_furniture():
    issue = parse_all(ARCHIVE)
    assert "各社区开展老年人免费体检宣传" in issue.furniture
    last = issue.articles[-1]
    assert last.meta == {}  # 审核 and 编辑 under the last rule are the issue's
    assert any(line.startswith("审核：章明") for line in issue.furniture)
    assert {m.name for m in issue.mentions} >= {"章明", "邝洁"}


def test_a_page_number_between_ocr_dashes_is_a_page():
    from lcreader.parse.dates import page_number

    assert page_number("一 3 一") == 3
    assert page_number("一三一") is None  # words, not a page
