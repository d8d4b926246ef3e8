"""Marks a post or a chat sets on its lines: pictographs, tags in brackets, numbered
contents entries; and contents entries that carry a note or name a section."""

from __future__ import annotations

from lcreader.parse import parse_issue

DIGEST = """\
【东园小区·一周播报】
2024年11月第2期
＊＊＊＊＊＊＊＊＊＊
⚠️【反诈提醒】年底了，这几种骗局要当心！
近期，冒充客服退款、刷单返利等诈骗案件多发，请大家提高警惕。
不轻信陌生来电，不点击陌生链接，不向陌生账户转账。
＊＊＊＊＊＊＊＊＊＊
🏠【楼道堆物清理】
本周二、周三，居委会联合物业对3号楼、7号楼开展了楼道堆物清理，共清出杂物约两车。
楼道是大家的逃生通道，请大家提前整理，有需要帮忙搬运的，联系本楼楼组长。
＊＊＊＊＊＊＊＊＊＊
🗓【下周活动预告】
🔸11月19日（周二）14:00 居民区活动室 手机课堂
🔸11月21日（周四）9:30 社区卫生站 免费测血压
🔸11月23日（周六）9:00 小区中心花园 旧衣物回收
手机课堂限20人，想参加的邻居请私信小编报名哦～
"""


def test_pictographs_point_and_a_tag_in_brackets_is_the_kicker():
    issue = parse_issue("d", "d.txt", DIGEST)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("反诈提醒", "年底了，这几种骗局要当心！"),
        (None, "楼道堆物清理"),
        (None, "下周活动预告"),
    ]


def test_a_pictograph_before_each_of_several_lines_marks_a_list():
    last = parse_issue("d", "d.txt", DIGEST).articles[-1]
    assert last.paragraphs[:3] == [
        "11月19日（周二）14:00 居民区活动室 手机课堂",
        "11月21日（周四）9:30 社区卫生站 免费测血压",
        "11月23日（周六）9:00 小区中心花园 旧衣物回收",
    ]


NUMBERED = """\
◤ 本期导读 ◢
01｜桂园长者助餐点开张
02｜樱桃坊5号楼加梯签约率破九成

——·——

01
桂园长者助餐点开张

6月10日上午，桂园居民区长者助餐点正式开张，前来用餐的老人有六十多位。

——·——

02
樱桃坊5号楼加梯签约率破九成

6月12日晚，随着最后两户居民签下名字，5号楼加装电梯的签约率达到了91.7%。
"""


def test_contents_entries_numbered_with_a_bar_are_the_issue_s():
    issue = parse_issue("c", "c.txt", NUMBERED)
    assert "01｜桂园长者助餐点开张" in issue.furniture
    assert [a.title for a in issue.articles] == [
        "桂园长者助餐点开张",
        "樱桃坊5号楼加梯签约率破九成",
    ]


NOTED = """\
本期要目
卷首语　在“小事”里读懂初心
心得交流　听党课有感（外一篇）

卷首语

在“小事”里读懂初心

　　又是一年“七一”。翻开各居民区报上来的台账，记得最多的是一件件小事。

（镇党建办）

心得交流

听党课有感

　　听了何书记的党课，我最大的感受是“实在”，没有一句空话。

（龙吟居民区第三党支部）
"""


def test_an_entry_s_note_is_the_list_s_and_a_blank_line_may_part_a_kicker_from_its_title():
    issue = parse_issue("n", "n.txt", NOTED)
    assert "心得交流　听党课有感（外一篇）" in issue.furniture
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("卷首语", "在“小事”里读懂初心"),
        ("心得交流", "听党课有感"),
    ]


SECTIONED = """\
本期导读
•\t政策解读：《困难家庭临时救助实施办法》解读
•\t办事指南：居住证签注怎么办
•\t新政速览：自助服务点、社区巴士、延时门诊

政策解读
《困难家庭临时救助实施办法》解读
近日，区民政局印发《困难家庭临时救助实施办法》，自9月1日起施行。

办事指南
居住证签注怎么办
居住证有效期为一年，期满前30日内应当办理签注手续。
"""


def test_an_entry_marked_as_the_entries_above_it_is_one_though_it_names_a_section():
    issue = parse_issue("s", "s.txt", SECTIONED)
    assert "•\t新政速览：自助服务点、社区巴士、延时门诊" in issue.furniture or any(
        "新政速览" in line for line in issue.furniture
    )
    assert [a.title for a in issue.articles] == [
        "《困难家庭临时救助实施办法》解读",
        "居住证签注怎么办",
    ]
