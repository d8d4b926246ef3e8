"""The query language is written once (SYNTAX); every help text says it from there."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lcreader.cli import build_parser
from lcreader.kinds import KINDS
from lcreader.search import parse_query
from lcreader.search.query import FILTERS, SYNTAX, placeholder, query_forms, query_help
from lcreader.tui.screens.help import help_text
from tests.conftest import ROOT


def test_every_example_parses_to_what_its_form_means():
    # A word beside each: exclusions alone search for nothing.
    parsed = {form.notation: parse_query(f"{form.example} 会") for form in SYNTAX}
    assert parsed["words"].terms == ["统战", "工作", "会"]
    assert parsed["-word"].excluded == ["座谈"]
    assert parsed['"a phrase"'].terms == ["社区 会客厅", "会"]
    assert parsed["person:NAME"].people == ["乐跃明"]
    assert parsed["dept:NAME"].departments == ["党建办"]
    assert parsed["year:YYYY"].years == [2021]


def test_the_filters_are_the_kinds_query_words_and_year():
    assert set(FILTERS) == {kind.query_word for kind in KINDS} | {"year"}


def test_cli_help_help_screen_and_search_bar_say_the_same_syntax(lang):
    search = build_parser(only="search")._subparsers._group_actions[0].choices["search"]
    assert search.description == query_help()
    assert any(action.help == query_forms() for action in search._actions)
    assert query_help() in help_text(width=1000).plain
    for form in SYNTAX:
        assert form.hint in placeholder()
        assert form.written.lower() in query_help().lower()


def test_the_readme_table_lists_every_form():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| you type | it means |") :]
    for form in SYNTAX:
        assert f"| `{form.example}`" in table, form.example


PLAIN_TEXTS = [
    "统战",
    "统战 工作",
    "  统战\u3000社区\t工作\n",
    "统战 OR 统一战线",
    "统战 AND 社区",
    "OR",
    "统战 OR",
    "=统战 tongzhan",
    "。。。 统战",
    "a\x1cb c\x85d",  # white space str.split and \S agree on
    "統戰 ＴＯＮＧ",
]


@pytest.mark.parametrize("text", PLAIN_TEXTS)
def test_plain_words_parse_as_the_token_expression_reads_them(text):
    from lcreader.search.query import QueryError, _parsed

    def parsed(plain_words):
        try:
            query = _parsed(text, plain_words)
        except QueryError as err:
            return str(err)
        return query, query.ignored

    assert parsed(True) == parsed(False)


@given(st.text(alphabet=st.sampled_from(list("统战工作社区OR AND=。 \t\u3000aA1")), max_size=30))
def test_any_plain_text_parses_as_the_token_expression_reads_it(text):
    test_plain_words_parse_as_the_token_expression_reads_them(text)


def test_an_alternative_is_the_namedtuple_it_was():
    import pickle
    from collections import namedtuple

    from lcreader.search.query import Alternative

    named = namedtuple("Alternative", "text folded weight via", defaults=(1.0, ""))
    for fields in [("统战", "统战"), ("统一战线", "统一战线", 0.85, "synonym")]:
        ours, theirs = Alternative(*fields), named(*fields)
        assert (ours, hash(ours), repr(ours)) == (theirs, hash(theirs), repr(theirs))
        assert (ours.text, ours.folded, ours.weight, ours.via) == tuple(theirs)
        assert pickle.loads(pickle.dumps(ours)) == ours


def test_the_filters_may_be_named_as_the_reader_s_tabs_name_them():
    # The newcomer's pass: `人物:沈忠裕` (the sidebar's tab says 人物) matched nothing.
    from lcreader.search.query import parse_query

    assert parse_query("人物:乐跃明").people == ["乐跃明"]
    assert parse_query("部门：党建办 统战").departments == ["党建办"]
    assert parse_query("年份:2021").years == [2021]
    assert parse_query("人物").people == []  # the word alone is a word to search for


def test_a_mark_an_input_method_ends_a_word_with_is_not_looked_for():
    """(the newcomer's pass: `统战工作？` found nothing) A quoted phrase or `=word` keeps
    its marks: there they were asked for."""
    from lcreader.search import parse_query

    def keys(text):
        return [[a.folded for a in term.alternatives] for term in parse_query(text).terms]

    assert keys("统战工作？") == [["统战工作"]]
    assert keys("统战。 社区，") == [["统战"], ["社区"]]
    assert keys('"统战。"') == [["统战。"]]
    assert keys("=统战。") == [["统战。"]]
