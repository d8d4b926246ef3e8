"""The message table itself: Chinese is written without spaces between Chinese words."""

from __future__ import annotations

import re

import pytest

from lcreader.messages import MESSAGES, set_language
from lcreader.search.query import placeholder, query_forms, query_help

_HAN = "\u3400-\u9fff\uf900-\ufaff"
# A run of spaces between two Han characters…
_SPACE_IN_CHINESE = re.compile(f"(?<=[{_HAN}]) +(?=[{_HAN}])")
# …is fine when a word beside it is Latin or code: `-词 排除`, `person:姓名 按人物筛选`.
_CODE = re.compile(r"[!-~]")
# A word ends at a space or at Chinese punctuation.
_WORD = re.compile(r"[^\s，。；：、！？（）“”‘’《》「」【】…·]+")


def spaced_chinese(text: str) -> list[str]:
    """Each place where Chinese words are spaced apart, with the words either side."""
    found = []
    for space in _SPACE_IN_CHINESE.finditer(text):
        left = _WORD.findall(text[: space.start()])[-1]
        right = _WORD.match(text, space.end()).group()
        if not _CODE.search(left) and not _CODE.search(right):
            found.append(f"{left} {right}")
    return found


def test_the_rule_finds_spaced_chinese_and_keeps_spaces_beside_code():
    assert spaced_chinese("多个词 须同时出现；-词 排除") == ["多个词 须同时出现"]
    assert spaced_chinese("-词 排除含此词的文章；person:姓名 按人物筛选") == []
    assert spaced_chinese("共 {total} 篇文章匹配；Esc 返回 · Enter 打开") == []


def test_no_chinese_message_spaces_chinese_words_apart():
    wrong = {key: spaced_chinese(zh) for key, (zh, _) in MESSAGES.items() if spaced_chinese(zh)}
    assert wrong == {}


@pytest.mark.parametrize("composed", [query_help, query_forms, placeholder])
def test_texts_composed_from_the_table_keep_the_rule(composed):
    set_language("zh")
    try:
        assert spaced_chinese(composed()) == []
    finally:
        set_language(None)


def test_every_help_text_keeps_the_rule():
    from lcreader.cli import COMMANDS, build_parser

    set_language("zh")
    try:
        parser = build_parser()
        helps = [parser.format_help()] + [parser.commands[c].format_help() for c in COMMANDS]
        # Two spaces or more are a column gap (`搜索词    多个词…`: a name, then its help).
        columns = [re.split(" {2,}", text) for text in helps]
        found = [[w for cell in cells for w in spaced_chinese(cell)] for cells in columns]
        assert found == [[]] * len(helps)
    finally:
        set_language(None)


# Nouns the English messages count.
_COUNTED = "articles|issues|files|hits|guesses|departments|titles|bookmarks"


def test_no_english_message_counts_one_in_the_plural(monkeypatch):
    """`1 issues`, `1 article(s)`: every count in English says its noun as one or many."""
    import string

    from lcreader.messages import MESSAGES, message

    monkeypatch.setattr("lcreader.messages._language", "en")
    wrong = []
    for key, (_, english) in MESSAGES.items():
        fields = {name for _, name, _, _ in string.Formatter().parse(english) if name}
        if not fields:
            continue
        text = message(key, **dict.fromkeys(fields, 1))
        if re.search(rf"\b1 (?:{_COUNTED})\b", text) or "(s)" in text:
            wrong.append((key, text))
    assert not wrong
