"""Two columns read across by a tool that sets text by characters (a scanner's whole-page
OCR, a PDF reader's plain text): the right column starts at about the same character on
every line, a wide character counting one. Every sample is invented."""

from __future__ import annotations

from lcreader.parse.char_columns import read_across
from lcreader.parse.columns import unweave
from tests.helpers import assert_nothing_lost, narrow_column, parse_all

# Each left line padded to the 20th character, where the right column starts; one gap
# is a single space (the left line runs long), the right column's paragraph is indented
# two more, its jump marker set flush right.
_ROWS = [
    ("  本报讯（记者 林小禾）4月8日，", "以前上下楼要歇三回。她说："),
    ("溪口新村3号楼的加装电梯正式运", "“现在一按就到家，真方便。”"),
    ("行，这是小区今年投用的第一部", "  社区党委书记邱明表示，下一步"),
    ("电梯。从征询意见到建成投用，", "将推广3号楼的协商经验。"),
    ("前后用了不到十个月。", "          （下转第2版）"),
    ("  住在五楼的钟阿婆今年已经整整八十岁，", "“银龄食堂”开张了"),
    ("", "  4月10日起，社区老年活动室的"),
    ("", "银龄食堂开始供餐，每天中午两荤"),
    ("", "两素，七十岁以上老人每餐8元。"),
]


def _row(left: str, right: str) -> str:
    return (left.ljust(20) if len(left) < 20 else left + " ") + right


ACROSS = (
    "溪口社区报\n2024年4月12日　第4期\n\n"
    + "\n".join(_row(left, right) for left, right in _ROWS)
    + "\n第1版  服务热线：5201 8866\n"
)


def test_columns_read_across_by_characters_are_read_one_after_the_other():
    lines = unweave(ACROSS).split("\n")
    first = lines.index("  本报讯（记者 林小禾）4月8日，")
    assert lines[first + 1 : first + 6] == [
        "溪口新村3号楼的加装电梯正式运",
        "行，这是小区今年投用的第一部",
        "电梯。从征询意见到建成投用，",
        "前后用了不到十个月。",
        "  住在五楼的钟阿婆今年已经整整八十岁，",
    ]
    right = lines.index("以前上下楼要歇三回。她说：")
    assert lines[right + 1 : right + 6] == [
        "“现在一按就到家，真方便。”",
        "  社区党委书记邱明表示，下一步",  # a paragraph's indent, where the gap was set
        "将推广3号楼的协商经验。",
        "          （下转第2版）",  # flush right, as printed
        "“银龄食堂”开张了",
    ]
    assert lines[right + 6] == "  4月10日起，社区老年活动室的"  # its indent kept
    assert lines[-2] == "第1版  服务热线：5201 8866"


def test_read_across_the_stories_come_out_whole():
    issue = parse_all(ACROSS)
    first = issue.articles[0]
    assert first.paragraphs[1].startswith(
        "住在五楼的钟阿婆今年已经整整八十岁，以前上下楼要歇三回。"
    )
    assert issue.articles[-1].title == "“银龄食堂”开张了"
    assert first.paragraphs[2].startswith("社区党委书记邱明表示，下一步将推广")
    assert_nothing_lost(ACROSS, issue)


def test_a_table_set_by_characters_is_left_as_it_is():
    table = [
        "姓名      楼号      服务时长",
        "钟桂英    3号楼     120小时",
        "黄德明    5号楼     96小时",
        "廖水生    7号楼     88小时",
        "邱玉兰    9号楼     76小时",
        "严小红    11号楼    64小时",
    ]
    assert read_across(table) is None


def test_sentences_with_a_few_spaces_are_left_as_they_are():
    text = [
        "4月8日上午，社区在广场举办  “邻里节”，300余名居民参加。",
        "活动设置了义诊、义剪、磨刀等  12个服务摊位。",
        "社区党委书记邱明说，邻里节已经连续办了五年。",
        "下一步，社区将把邻里节办成  居民自己的节日。",
        "活动持续到中午十二点。",
    ]
    assert read_across(text) is None


def test_a_rolls_entries_wrapped_in_a_column_lose_their_bullets_as_items_do():
    entries = [
        "◆钟桂英（5号楼）：每天清扫楼道，一扫就是六年。",
        "◆黄德明（9号楼）：义务为邻居修理小家电，随叫随到。",
        "◆廖水生（11号楼）：牵头办起楼组“共享书架”，借阅三百多人次。",
        "◆邱玉兰（2号楼）：组织楼里老人每周一起做操，坚持了四年。",
        "◆严小红（7号楼）：为独居老人代购买药，从不收一分钱。",
    ]
    text = "三月“溪口好邻居”\n" + narrow_column(*entries, width=13)
    issue = parse_all(text)
    assert issue.articles[0].paragraphs == [entry[1:] for entry in entries]
