"""An office system's structured-text export (issue #17, round ya's Lotus Notes OA):
every item of a document on a line under its name, the names the pinyin of Chinese
labels (`BiaoTi`, `ZuoZhe`, `DanWei`, `ShenHe`) or English ones, the system's own
behind `$`, a form feed before each document, the text under `Body:` hard-wrapped.
Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.parse.export_fields import spelled_label
from tests.helpers import assert_nothing_lost, parse_all

HEAD = (
    "Form: HeadDoc\n"
    "KanMing: 桂园社区信息\n"
    "QiShu: 第3期\n"
    "YinFaRiQi: 2019-05-20\n"
    "$UpdatedBy: CN=何敏/O=Guiyuan\n"
    "Body: \n"
)


def _document(number: int, kicker: str, title: str, unit: str, writer: str, body: str) -> str:
    return (
        "\fForm: News\n"
        f"XuHao: {number}\n"
        f"LanMu: {kicker}\n"
        f"BiaoTi: {title}\n"
        f"DanWei: {unit}\n"
        f"ZuoZhe: {writer}\n"
        "ShenHe: 庞立新\n"
        f"$Revisions: 2019-05-1{number} 10:20:30 ZE8\n"
        f"Body: {body}"
    )


EXPORT = (
    HEAD
    + _document(
        1,
        "居民自治",
        "桂园社区修订居民公约",
        "桂园居委会",
        "袁晓梅",
        "　　5月12日，桂园社区召开居民代表会议，逐条讨论居民公约修订稿，\n"
        "与会代表提出建议17条。\n"
        "　　修订后的公约将张贴在各楼道公告栏。\n",
    )
    + _document(
        2,
        "平安建设",
        "社区开展电动车充电安全检查",
        "街道平安办",
        "姜海涛",
        "　　近日，街道平安办联合消防站对辖区12个小区的电动车集中充电点进行检查，\n"
        "督促整改隐患5处。\n",
    )
)


def test_a_structured_export_reads_as_its_items_say():
    issue = parse_all(EXPORT)
    first, second = issue.articles
    assert (first.kicker, first.title) == ("居民自治", "桂园社区修订居民公约")
    assert first.paragraphs == [
        "5月12日，桂园社区召开居民代表会议，逐条讨论居民公约修订稿，与会代表提出建议17条。",
        "修订后的公约将张贴在各楼道公告栏。",
    ]
    assert [(b.department, b.author) for b in first.bylines] == [("桂园居委会", "袁晓梅")]
    assert first.meta == {"审核": "庞立新"}
    assert second.title == "社区开展电动车充电安全检查"
    assert second.paragraphs == [
        "近日，街道平安办联合消防站对辖区12个小区的电动车集中充电点进行检查，督促整改隐患5处。"
    ]
    # the export's own items, and the issue's head document, are the issue's furniture
    assert {"Form: News", "XuHao: 1", "KanMing: 桂园社区信息", "Body:"} <= set(issue.furniture)
    assert any(line.startswith("$Revisions") for line in issue.furniture)
    assert issue.date == "2019-05-20"
    assert issue.pages == []
    assert_nothing_lost(EXPORT, issue)


def test_pinyin_and_english_item_names_spell_the_labels_the_parser_knows():
    assert spelled_label("BiaoTi") == "标题"
    assert spelled_label("zuozhe") == "作者"
    assert spelled_label("ShenHe") == "审核"
    assert spelled_label("Body") == "正文"
    assert spelled_label("$Body") is None  # the system's own
    assert spelled_label("XuHao") is None


def test_a_few_named_lines_in_text_are_no_export():
    text = (
        "社区举办英语角\n"
        "　　活动中，志愿者教大家常用口语：\n"
        "Hello: 你好\n"
        "Thanks: 谢谢\n"
        "Bye: 再见\n"
        "（桂园居委会）\n"
    )
    issue = parse_all(text)
    assert issue.articles[0].title == "社区举办英语角"
    assert "Hello: 你好" in "".join(issue.articles[0].paragraphs) or any(
        "Hello" in p for p in issue.articles[0].paragraphs
    )
    assert_nothing_lost(text, issue)
