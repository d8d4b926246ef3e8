"""Synonyms: the shipped table, an office's own file, folding, both ways and `=`."""

from __future__ import annotations

import pytest

from lcreader.data import read_text
from lcreader.expansions import exact_word
from lcreader.expansions.expand import expand
from lcreader.expansions.synonyms import (
    OWN_FILE,
    SYNONYM_WEIGHT,
    TableError,
    expansions,
    load_table,
    parse_groups,
    shipped_table,
)
from lcreader.messages import set_language
from lcreader.textkey import fold_query

PAIRS = [
    ("统战", "统一战线"),
    ("党建", "党的建设"),
    ("人大", "人民代表大会"),
    ("政协", "政治协商会议"),
    ("两新组织", "新经济组织和新社会组织"),
    ("居委", "居民委员会"),
    ("街道办", "街道办事处"),
    ("垃圾分类", "生活垃圾分类"),
    ("受理中心", "社区事务受理服务中心"),
]


def forms(expansions):
    return [form for form, _, _ in expansions]


@pytest.mark.parametrize(("short", "full"), PAIRS)
def test_abbreviation_and_full_form_find_each_other(short, full):
    table = shipped_table()
    # The full form is found from the abbreviation only where it does not contain it.
    if short not in full:
        assert full in forms(table.expansions(short))
    assert short in forms(table.expansions(full))


def test_the_shipped_table_has_sixty_groups_and_no_form_twice():
    groups = parse_groups(read_text("synonyms.txt"))
    assert len(groups) >= 60
    every = [form for group in groups for form in group]
    assert len(every) == len(set(every)), "a form in two groups"


def test_the_shipped_table_is_written_folded():
    # shipped_table() takes its forms as they are written, without folding them.
    text = read_text("synonyms.txt")
    assert parse_groups(text, folded=True) == parse_groups(text)


def test_expansions_weigh_below_one_and_say_how_they_were_found():
    found = shipped_table().expansions("统战")
    assert found == [("统一战线", SYNONYM_WEIGHT, "synonym")]
    assert expansions("统一战线") == [("统战", SYNONYM_WEIGHT, "synonym")]
    assert 0 < SYNONYM_WEIGHT < 1


def test_a_form_containing_the_term_is_left_out():
    # 网格化 finds 网格化管理 as it is; the other way round it adds 网格化.
    table = shipped_table()
    assert table.expansions("网格化") == []
    assert forms(table.expansions("网格化管理")) == ["网格化"]


def test_traditional_and_full_width_forms_fold_to_the_table():
    table = shipped_table()
    assert forms(table.expansions(fold_query("統戰"))) == ["统一战线"]
    assert fold_query("１５分钟生活圈") != "１５分钟生活圈"
    assert "15分钟社区生活圈" in forms(table.expansions(fold_query("１５分钟生活圈")))


def test_an_equals_sign_turns_expansion_off():
    table = shipped_table()
    assert exact_word("=统战") == ("统战", True)
    assert exact_word("＝统战") == ("统战", True)
    assert exact_word("统战") == ("统战", False)
    assert exact_word("=") == ("=", False)
    assert forms(expand("统战", table)) == ["统一战线"]
    assert expand("=统战", table) == []


def test_an_offices_own_file_adds_groups_in_either_folder(tmp_path):
    library, config = tmp_path / "lib", tmp_path / "config"
    library.mkdir()
    config.mkdir()
    (library / OWN_FILE).write_text("# 本街道的简称\n凉城 凉城新村街道  # 注释\n", encoding="utf-8")
    (config / OWN_FILE).write_bytes("睦邻点，睦邻点位,睦邻中心\n".encode("gb18030"))
    table = load_table(library, config)
    assert table.problems == []
    assert forms(table.expansions("凉城新村街道")) == ["凉城"]
    assert sorted(forms(table.expansions("睦邻中心"))) == ["睦邻点", "睦邻点位"]
    assert table.files == [library / OWN_FILE, config / OWN_FILE]


def test_a_group_sharing_a_form_with_a_shipped_one_joins_it(tmp_path):
    (tmp_path / OWN_FILE).write_text("统战 统战工作\n", encoding="utf-8")
    table = load_table(tmp_path)
    assert sorted(forms(table.expansions("统一战线"))) == ["统战", "统战工作"]
    assert sorted(forms(table.expansions("统战工作"))) == ["统一战线", "统战"]


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("统战 统一战线\n只有一个\n".encode(), "第 2 行"),
        ("统战 ！！\n".encode(), "第 1 行"),
        (b"\x00\x01\x02binary\x00", "二进制"),
        ("统战 统一战线\n".encode() * 100_000, "KB"),
    ],
)
def test_a_malformed_own_file_is_named_in_one_line_and_ignored(tmp_path, content, said):
    set_language("zh")
    try:
        (tmp_path / OWN_FILE).write_bytes(content)
        table = load_table(tmp_path)
    finally:
        set_language(None)
    assert len(table.problems) == 1
    assert "\n" not in table.problems[0]
    assert OWN_FILE in table.problems[0] and said in table.problems[0]
    assert table.files == []
    assert len(table) == len(shipped_table())


def test_a_folder_in_the_files_place_is_named_not_read(tmp_path):
    (tmp_path / OWN_FILE).mkdir()
    table = load_table(tmp_path)
    assert len(table.problems) == 1


def test_parse_groups_names_the_line():
    with pytest.raises(TableError, match="3"):
        parse_groups("a b\n\nc\n")
