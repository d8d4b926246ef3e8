"""The query language is written once (SYNTAX); every help text says it from there."""

from __future__ import annotations

from lcreader.cli import build_parser
from lcreader.kinds import KINDS
from lcreader.search import parse_query
from lcreader.search.query import FILTERS, PLACEHOLDER, QUERY_FORMS, QUERY_HELP, SYNTAX
from lcreader.tui.screens.help import help_text
from tests.conftest import ROOT


def test_every_example_parses_to_what_its_form_means():
    # A word beside each: exclusions alone search for nothing.
    parsed = {form.written: parse_query(f"{form.example} 会") for form in SYNTAX}
    assert parsed["words"].terms == ["统战", "工作", "会"]
    assert parsed["-word"].excluded == ["座谈"]
    assert parsed['"a phrase"'].terms == ["社区 会客厅", "会"]
    assert parsed["person:NAME"].people == ["乐跃明"]
    assert parsed["dept:NAME"].departments == ["党建办"]
    assert parsed["year:YYYY"].years == [2021]


def test_the_filters_are_the_kinds_query_words_and_year():
    assert set(FILTERS) == {kind.query_word for kind in KINDS} | {"year"}


def test_cli_help_help_screen_and_search_bar_say_the_same_syntax():
    search = build_parser(only="search")._subparsers._group_actions[0].choices["search"]
    assert search.description == QUERY_HELP
    assert any(action.help == QUERY_FORMS for action in search._actions)
    assert QUERY_HELP in help_text().plain.replace("\n", " ")
    for form in SYNTAX:
        assert form.placeholder in PLACEHOLDER
        assert form.written.lower() in QUERY_HELP.lower()


def test_the_readme_table_lists_every_form():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| you type | it means |") :]
    for form in SYNTAX:
        assert f"| `{form.example}`" in table, form.example
