"""Pinyin: full spellings, initials, mixed, polyphones; the vocabulary's expansions."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from lcreader.expansions.expand import expand
from lcreader.expansions.pinyin import (
    FULL_WEIGHT,
    SHORT_WEIGHT,
    Vocabulary,
    find,
    is_latin,
    pinyin_expansions,
    pinyin_keys,
    readings,
    spells,
)
from lcreader.expansions.synonyms import shipped_table
from lcreader.expansions.vocabulary import (
    build_vocabulary,
    frequent_words,
    index_vocabulary,
    library_vocabulary,
)
from lcreader.library import open_library, open_library_and_index
from tests.conftest import SEEDS


def test_readings_without_tones_and_every_reading_of_a_polyphone():
    assert readings("统") == ("tong",)
    assert {"le", "yue"} <= set(readings("乐"))
    assert readings("a") == ("a",)
    assert readings("，") == ()


@pytest.mark.parametrize(
    ("word", "text", "weight"),
    [
        ("tongzhan", "统战", FULL_WEIGHT),
        ("tz", "统战", SHORT_WEIGHT),
        ("tongz", "统战", SHORT_WEIGHT),
        ("tzhan", "统战", SHORT_WEIGHT),
        ("leyueming", "乐跃明", FULL_WEIGHT),  # 乐 as le
        ("yueyueming", "乐跃明", FULL_WEIGHT),  # 乐 as yue
        ("lym", "乐跃明", SHORT_WEIGHT),
        ("yym", "乐跃明", SHORT_WEIGHT),
        ("xi'an", "西安", FULL_WEIGHT),
        ("tongzhan", "统战工作", None),  # not all of it
        ("tongzhangongzuo", "统战", None),  # more than it
        ("tzz", "统战", None),
        ("", "统战", None),
    ],
)
def test_a_latin_word_spells_a_whole_word(word, text, weight):
    assert spells(word, text) == weight


def test_find_says_where_a_latin_word_spells_a_run_of_a_text():
    assert find("ly", "乐跃明") == (0, 2)
    assert find("yym", "乐跃明") == (0, 3)
    assert find("tz", "关于统战工作的通知") == (2, 4)
    assert find("tongzhangz", "关于统战工作") == (2, 6)
    assert find("qq", "统战") is None


def test_pinyin_keys_list_every_polyphone_combination_bounded():
    keys = pinyin_keys("乐跃明")
    assert {"leyueming", "lym", "yueyueming", "yym"} <= set(keys)
    assert pinyin_keys("统战") == ["tongzhan", "tz"]
    many = pinyin_keys("重重重重重重重重", limit=5)
    assert len(many) <= 10


def test_is_latin():
    assert is_latin("tongzhan") and is_latin("xi'an")
    assert not is_latin("统战") and not is_latin("tong zhan") and not is_latin("2021")


def vocabulary():
    return build_vocabulary(
        [("乐跃明", 12), ("刘远鸣", 3), ("党建办", 5)],
        ["统战工作座谈会", "统战工作推进会", "调整方案", "调整方案公布"],
        shipped_table(),
    )


def test_pinyin_expansions_find_the_words_spelled():
    words = vocabulary()
    assert pinyin_expansions("tongzhan", words) == [("统战", FULL_WEIGHT, "pinyin")]
    assert ("统战", SHORT_WEIGHT, "pinyin") in pinyin_expansions("tz", words)
    # Full spelling of a word mined from the text; its initials are not enough.
    assert ("调整", FULL_WEIGHT, "pinyin") in pinyin_expansions("tiaozheng", words)
    assert "调整" not in [f for f, _, _ in pinyin_expansions("tz", words)]
    # Names by initials, more used first; polyphones both ways.
    assert [f for f, _, _ in pinyin_expansions("lym", words)] == ["乐跃明", "刘远鸣"]
    assert pinyin_expansions("yueyueming", words) == [("乐跃明", FULL_WEIGHT, "pinyin")]
    assert pinyin_expansions("统战", words) == []


def test_expand_chains_pinyin_to_synonyms_and_respects_equals():
    words, table = vocabulary(), shipped_table()
    found = expand("tongzhan", table, words)
    assert found[0] == ("统战", FULL_WEIGHT, "pinyin")
    assert ("统一战线", round(FULL_WEIGHT * 0.85, 4), "pinyin") in found
    assert expand("=tongzhan", table, words) == []
    assert expand("tongzhan", table) == []  # no vocabulary, no pinyin


def test_frequent_words_are_han_runs_used_twice():
    counts = frequent_words(["统战工作，统战工作", "ABC统战"])
    assert counts["统战"] == 3 and counts["统战工作"] == 2
    assert "ABC" not in counts and "作统" not in counts


def test_library_vocabulary_holds_people_departments_and_titles(tmp_path):
    library = open_library(SEEDS, tmp_path / "cache.json")
    words = library_vocabulary(library, shipped_table())
    person = library.people[0].name
    assert len(words) > 0
    assert isinstance(words, Vocabulary)
    spelled = "".join(readings(ch)[0] for ch in person)
    assert person in [f for f, _, _ in pinyin_expansions(spelled, words)]


def test_a_chinese_search_never_imports_pypinyin():
    code = (
        "import sys; from lcreader.expansions.expand import expand;"
        "from lcreader.expansions.synonyms import shipped_table;"
        "expand('统战', shipped_table(), None); print('pypinyin' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


HAN = st.text(
    alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=6
)


@given(HAN)
def test_every_key_of_a_text_spells_it(text):
    # 瓼 has no reading (pypinyin has none either): a text is spelled by its readable
    # characters, and one with any unreadable character is not spelled whole.
    assume(all(readings(ch) for ch in text))
    keys = pinyin_keys(text)
    assert keys
    # 轭 is e both ways: its initials are its full key, listed once.
    full, initials = keys[0], keys[1] if len(keys) > 1 else keys[0]
    assert spells(full, text) == FULL_WEIGHT
    assert spells(initials, text) in (SHORT_WEIGHT, FULL_WEIGHT)  # 啊 is a and a
    assert find(initials, "的" + text) is not None


def test_the_index_gives_the_vocabulary_the_library_gives(tmp_path):
    library, index = open_library_and_index(SEEDS, tmp_path / "cache.json")
    table = shipped_table()
    whole = library_vocabulary(library, table).counts
    indexed = index_vocabulary(index, table).counts
    # The index keeps titles, not kickers and subtitles: fewer words mined from headlines,
    # but every person, department (with its aliases) and synonym form.
    assert set(indexed) <= set(whole)
    names = {p.name for p in library.people}
    names |= {n for d in library.departments for n in (d.name, *d.aliases)}
    assert names <= set(indexed)


@given(st.text(alphabet=st.sampled_from(list("ab'zA1é ")), max_size=8))
def test_a_latin_word_is_what_the_pinyin_expression_takes(word):
    import re

    from lcreader.expansions import is_latin

    assert is_latin(word) == bool(re.fullmatch(r"[a-z]+(?:'[a-z]+)*", word))
