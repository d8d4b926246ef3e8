"""The fix doctor suggests for a suspicious article, as a command."""

from __future__ import annotations

from lcreader.fix_suggestions import quoted_line, suggestion
from lcreader.model import Note

LINES = ["社区简报", "", "老年食堂里的暖心套餐", "姓名：罗惠珍", "图为志愿者为老人打饭", "社区简报"]


def test_a_title_in_the_body_suggests_a_split_and_a_title_at_its_line():
    note = Note("title_in_body", "老年食堂里的暖心套餐", 1)
    assert suggestion(note, LINES, "a b.txt") == (
        "lcreader fix 'a b.txt' 3 --as split && lcreader fix 'a b.txt' 3 --as title"
    )


def test_a_suggestion_names_a_file_by_words_that_give_back_its_bytes():
    """#20 (attack pass): a name that is not UTF-8 was suggested as shown, another file."""
    note = Note("caption_read_as_paragraph", "图为志愿者为老人", 1)
    stored_name = "bad\ufffdFF.txt"  # bad\xff.txt as lcreader keeps it
    assert suggestion(note, LINES, stored_name) == "lcreader fix $'bad\\xff.txt' 5 --as caption"


def test_a_labelled_field_is_no_headline_to_split_at():
    assert suggestion(Note("title_in_body", "姓名：罗惠珍", 1), LINES, "a.txt") is None


def test_a_quote_on_two_lines_or_none_names_no_line():
    assert quoted_line(LINES, "社区简报") is None  # twice
    assert quoted_line(LINES, "不在这里的一行") is None
    assert suggestion(Note("no_byline", "", 1), LINES, "a.txt") is None


def test_a_caption_read_as_a_paragraph_suggests_caption():
    note = Note("caption_read_as_paragraph", "图为志愿者为老人", 1)
    assert suggestion(note, LINES, "a.txt") == "lcreader fix a.txt 5 --as caption"


def test_no_split_is_suggested_at_a_row_a_list_of_names_a_sentence_or_a_button():
    lines = [
        "姓名 楼号 事迹",
        "王秀兰\u3000李福根\u3000陶美娟",
        "5月下旬，物业集中清运无主杂物；",
        "新浪微博",
        "社区食堂推出晚餐服务",
    ]
    for k in range(4):
        assert suggestion(Note("title_in_body", lines[k], 1), lines, "a.txt") is None
    assert suggestion(Note("title_in_body", lines[4], 1), lines, "a.txt") == (
        "lcreader fix a.txt 5 --as split && lcreader fix a.txt 5 --as title"
    )
