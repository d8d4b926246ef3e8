"""Entity kinds as a table: matching, articles, marks, and every layer looping over KINDS."""

from __future__ import annotations

from lcreader.cli import COMMANDS, build_parser
from lcreader.formats.json import export_library
from lcreader.kinds import DEPARTMENT, KINDS, PERSON, kind_named, match_names
from lcreader.model import Article, Department, Issue, Library, Person
from lcreader.tui.keymap import APP
from lcreader.tui.tabs import TABS


def _library() -> Library:
    articles = [Article(id=f"i/{n}", issue="i", title=f"t{n}") for n in range(1, 5)]
    return Library(
        issues=[Issue(id="i", source="i.txt", title="i", articles=articles)],
        people=[
            Person("王建国", [("i", 2020, "书记")], ["i/1", "i/2"]),
            Person("王建", [], ["i/3"]),
            Person("張琳璘", [], ["i/4"]),
        ],
        departments=[
            Department("党建办", ["党建办公室", "党群办"], "街道", ["i/1"]),
            Department("自治办", [], "街道", ["i/2", "i/3"]),
        ],
    )


def test_an_exact_name_beats_a_part_of_one():
    library = _library()
    assert PERSON.matching(library, "王建") == {"王建"}
    assert PERSON.matching(library, "建国") == {"王建国"}
    assert PERSON.articles_of(library, "建") == {"i/1", "i/2", "i/3"}


def test_names_match_folded_and_through_aliases():
    library = _library()
    assert PERSON.matching(library, "张琳璘") == {"張琳璘"}
    assert DEPARTMENT.matching(library, "党群办") == {"党建办"}
    assert DEPARTMENT.articles_of(library, "办公室") == {"i/1"}
    assert match_names([("甲", ["乙"])], "丙") == set()


def test_the_words_marked_are_the_name_and_its_aliases_longest_first():
    library = _library()
    assert DEPARTMENT.words(library, "党建办") == ["党建办公室", "党建办", "党群办"]
    assert PERSON.words(library, "王建国") == ["王建国"]
    assert DEPARTMENT.words(library, "不存在") == ["不存在"]


def test_kinds_are_found_by_name_or_plural():
    for kind in KINDS:
        assert kind_named(kind.name) is kind_named(kind.plural) is kind


def test_every_kind_has_a_command_a_tab_a_key_and_an_export_section():
    library = _library()
    exported = export_library(library)
    tab_keys = {b.key: b.action for b in APP}
    for kind in KINDS:
        assert kind.plural in COMMANDS
        args = build_parser().parse_args([kind.plural, "x", "--json"])
        assert (args.command, args.name, args.json) == (kind.plural, "x", True)
        assert any(tab.kind is kind and tab.label == kind.label for tab in TABS)
        assert tab_keys[kind.key] == f"sidebar_tab('{kind.plural}')"
        assert exported[kind.plural] == [kind.dict_form(e) for e in kind.entries(library)]
        row = [column.cell(kind.entries(library)[0], library) for column in kind.columns]
        assert row[0] == kind.entries(library)[0].name
