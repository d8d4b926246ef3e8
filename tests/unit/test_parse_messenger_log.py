"""A bulletin sent story by story over an office LAN messenger and kept in its log
(issue #17, round yr's 飞鸽传书 file): each message under `From: X (…)` / `at …` between
rules, the receiver's own replies under `To: X (…)`; the sender's notes around the
stories, with no paper's head on them, are the chat's. Each text is my own; none of a
corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

RULE, THIN = "=" * 37, "-" * 37
SENDER = "From: 柯明 (宣传科/XCK-KEM/10.0.3.17)"
HEAD = "桐荫街道信息快报　2013年第8期　2013年3月4日"


def message(who: str, at: str, *lines: str) -> list[str]:
    return [RULE, who, f"  at Mon Mar 04 {at} 2013", THIN, *lines, ""]


LOG = "\n".join(
    [
        *message(
            SENDER, "09:01:10", "各居委：", "　　本期快报分三条发送，请及时张贴。", "宣传科　柯明"
        ),
        *message(
            SENDER,
            "09:02:31",
            HEAD,
            "桐荫社区开展学雷锋志愿服务",
            "　　3月2日，桐荫社区组织志愿者在小区广场开展理发、量血压、修小家电等服务，"
            "两百余名居民受益。",
            "（桐荫社区居委会　汤蕾）",
        ),
        *message(
            SENDER,
            "09:03:02",
            HEAD,
            "街道老年大学春季班开学",
            "　　街道老年大学春季班日前开学，今年新开设智能手机使用、太极拳两门课程，"
            "共招收学员三百二十人。",
            "（街道文教科）",
        ),
        *message("To: 柯明 (宣传科/XCK-KEM/10.0.3.17)", "09:05:40", "收到，谢谢！"),
        *message(
            SENDER,
            "09:06:12",
            HEAD,
            "春季防火提示",
            "　　春季天干物燥，请居民不要在楼道内堆放杂物，电动自行车不要进楼入户充电。",
            "（街道平安办）",
        ),
        *message(SENDER, "09:07:00", "以上三条已发完，有问题请电话联系。"),
    ]
)


def test_each_story_sent_in_a_message_is_an_article_and_the_notes_are_the_chats():
    issue = parse_all(LOG)
    titles = [article.title for article in issue.articles]
    assert titles == ["桐荫社区开展学雷锋志愿服务", "街道老年大学春季班开学", "春季防火提示"]
    kept = set(issue.furniture)
    assert {"各居委：", "收到，谢谢！", "以上三条已发完，有问题请电话联系。"} <= kept
    assert "at Mon Mar 04 09:05:40 2013" in kept
