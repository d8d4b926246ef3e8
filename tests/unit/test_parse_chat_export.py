"""A group chat's exported history with the bulletin posted in it a piece at a time
(round za): message headers, the export's own head, and what the group said between
the pieces are the chat's; the pieces are one bulletin, a story cut by a reply joined
again. Every sample is invented."""

from __future__ import annotations

from lcreader.parse.chat import chat_lines
from tests.helpers import assert_nothing_lost, parse_all

CHAT = """\
消息记录（此消息记录为文本格式，不支持重新导入）

================================================================
消息对象:枫桥街道宣传信息员
================================================================

2024-03-11 9:02:17 【管理员】街道宣传-陆晴(2851364470)
各位信息员早上好！第3期《枫桥街坊》文字稿分几条发在群里，请核对本社区的稿件。

2024-03-11 9:03:05 【管理员】街道宣传-陆晴(2851364470)
《枫桥街坊》
2024年3月12日　第3期（总第27期）

2024-03-11 9:03:41 【管理员】街道宣传-陆晴(2851364470)
柳树里五号楼加装电梯完成立项
——十八户居民四次协商达成一致
　　本报讯　3月8日，柳树里社区五号楼加装电梯项目通过审核，正式立项。
　　加装电梯，最难的是统一意见。社区党委书记何敏带着楼长逐户上门，把设计图纸、费用分摊方案

2024-03-11 9:04:10 柳树里社区-姜桐(1065538219)
收到，我们社区的马上看

2024-03-11 9:04:52 【管理员】街道宣传-陆晴(2851364470)
一条条摆到桌面上，项目预计今年8月底前完工。
（柳树里社区　姜桐）

2024-03-11 9:15:02 青石社区-于静(3318402756)
@街道宣传-陆晴 我们社区那篇配哪张照片？

2024-03-11 9:15:40 【管理员】街道宣传-陆晴(2851364470)
用你上周发的第二张就行[表情]

2024-03-11 9:18:27 【管理员】街道宣传-陆晴(2851364470)
修车摊前的“义务调解员”
　　在枫桥路与青石巷交会处，有一个开了二十多年的修车摊，摊主卢长根还是社区义务调解员。
（青石社区　于静）

2024-03-11 9:20:31 【管理员】街道宣传-陆晴(2851364470)
编印：枫桥街道党群工作办公室　　责任编辑：陆晴

2024-03-11 9:41:35 【管理员】街道宣传-陆晴(2851364470)
好的，谢谢！
"""


def test_the_bulletin_posted_in_pieces_is_read_and_the_chat_set_aside():
    issue = parse_all(CHAT)
    assert [(a.title, a.subtitle) for a in issue.articles] == [
        ("柳树里五号楼加装电梯完成立项", "十八户居民四次协商达成一致"),
        ("修车摊前的“义务调解员”", None),
    ]
    first = issue.articles[0]
    assert first.paragraphs[-1] == (
        "加装电梯，最难的是统一意见。社区党委书记何敏带着楼长逐户上门，"
        "把设计图纸、费用分摊方案一条条摆到桌面上，项目预计今年8月底前完工。"
    )
    assert (issue.date, issue.number) == ("2024-03-12", "第3期")
    chat = set(issue.furniture)
    assert {"收到，我们社区的马上看", "用你上周发的第二张就行[表情]", "好的，谢谢！"} <= chat
    assert any(line.startswith("各位信息员早上好") for line in chat)
    assert_nothing_lost(CHAT, issue)


def test_a_chat_exported_with_the_name_before_the_time_is_read_alike():
    wechat = "\n".join(
        f"{sender} {stamp}" if line.startswith("2024-03-11") else line
        for line in CHAT.split("\n")
        for stamp, sender in [(line[:18].strip(), line[18:].strip())]
    )
    assert chat_lines(wechat.split("\n")) == chat_lines(CHAT.split("\n"))


def test_posts_stamped_with_their_reads_are_no_chat():
    posts = [
        "2024-03-15 16:42\u3000阅读 528",
        "社区开展春季义诊",
        "2024-03-22 10:05\u3000阅读 761",
        "楼道清理本周启动",
        "2024-03-25 08:30\u3000阅读 392",
        "居民议事会召开",
    ]
    assert chat_lines(posts) == {}
