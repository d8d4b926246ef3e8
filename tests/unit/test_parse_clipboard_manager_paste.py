"""E-paper article pages copied one by one while a clipboard manager ran, pasted all at
once (issue #17, round yh's Ditto file): a page's address that was copied too stands
alone between two stories; a letter of thanks signed by everyone of a home, and dated.
Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

PASTE = "\n".join(
    [
        "感谢信",
        "",
        "石桥镇社区卫生服务中心：",
        "　　今年以来，你们每月都到敬老院为我们体检，还教我们做健身操。在此，我们向你们道一声：谢谢！",
        "石桥镇敬老院全体老人",
        "2024年5月6日",
        "http://10.1.2.3/sqb/html/2024-05/10/node_2.htm",
        "南塘村修好了村口的石桥",
        "",
        "　　5月8日，南塘村村口的老石桥修缮完工，村民出行更方便了。",
    ]
)


def test_a_letter_signed_by_everyone_of_a_home_keeps_its_signature_and_date():
    letter = parse_all(PASTE).articles[0]
    assert [b.department for b in letter.bylines] == ["石桥镇敬老院全体老人"]
    assert letter.meta.get("日期") == "2024年5月6日"


def test_a_pages_address_alone_on_its_line_is_no_text():
    issue = parse_all(PASTE)
    assert "http://10.1.2.3/sqb/html/2024-05/10/node_2.htm" in issue.furniture
    bridge = issue.articles[-1]
    assert bridge.title == "南塘村修好了村口的石桥" and bridge.kicker is None
