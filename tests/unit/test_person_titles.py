"""A person's titles, each shown once: shortened or re-scripted repeats are the same title."""

from __future__ import annotations

import pytest

from lcreader.person_titles import distinct_titles


@pytest.mark.parametrize(
    ("titles", "shown"),
    [
        (
            ["街道党工委副书记", "办事处主任", "党工委副书记", "街道办事处主任"],
            ["街道党工委副书记", "街道办事处主任"],
        ),
        (["党工委副书记", "办事处主任", "街道党工委副书记"], ["街道党工委副书记", "办事处主任"]),
        (
            ["虹口区人大常委会副主任", "区总工会主席", "区人大常委会副主任"],
            ["虹口区人大常委会副主任", "区总工会主席"],
        ),
        (
            ["黨工委副書記", "党工委副书记", "ＧＤＰ统计员", "gdp统计员"],
            ["黨工委副書記", "ＧＤＰ统计员"],
        ),
        # A rank is a different title: 副主任 is not 主任, 老党员 not 党员, 总书记 not 书记.
        (["副主任", "主任"], ["副主任", "主任"]),
        (["老党员", "党员"], ["老党员", "党员"]),
        (["总书记", "书记"], ["总书记", "书记"]),
        (["常务副主任", "副主任"], ["常务副主任", "副主任"]),
        ([], []),
    ],
)
def test_each_title_is_shown_once_in_its_fullest_form(titles, shown):
    assert distinct_titles(titles) == shown


def test_the_latest_titles_are_the_latest_dated_issues():
    """Undated issues sort last, but they are not the latest: a title from an undated
    issue (here in traditional script) must not stand for the person's current post."""
    from lcreader.model import Person

    person = Person(
        "孙卫东",
        [
            ("a", 2022, "街道党工委副书记"),
            ("b", 2024, "街道党工委书记"),
            ("c", None, "街道黨工委書記"),
        ],
        ["a/1", "b/1", "c/1"],
    )
    assert person.latest_titles == ["街道党工委书记"]
    undated = Person("吴静", [("c", None, "居委會主任")], ["c/1"])
    assert undated.latest_titles == ["居委会主任"]  # in the script of the name (issue 20)


@pytest.mark.parametrize(
    ("name", "titles", "shown"),
    [
        ("吴静", ["黨工委副書記", "党工委副书记"], ["党工委副书记"]),
        ("吳靜", ["党工委副书记"], ["黨工委副書記"]),
        ("杜嵩", ["黨工委副書記", "党工委副书记"], ["黨工委副書記", "党工委副书记"]),  # either
    ],
)
def test_titles_are_shown_in_the_script_of_the_name(name, titles, shown):
    from lcreader.model import Person
    from lcreader.person_titles import titles_in_script_of

    assert titles_in_script_of(name, titles) == shown
    person = Person(name, [("a", 2021, title) for title in titles], ["a/1"])
    assert person.latest_titles == distinct_titles(shown)


def test_a_persons_page_and_entry_show_titles_in_the_script_of_the_name():
    from lcreader.entity_pages import person_page
    from lcreader.kinds import PERSON
    from lcreader.model import Library, Person

    person = Person("吴静", [("a", 2021, "黨工委副書記")], [])
    page = person_page(Library(issues=[], people=[person]), person)
    assert page.timeline == [("2021", "党工委副书记")]
    library = Library(issues=[], people=[person])
    assert "党工委副书记" in "\n".join(PERSON.facts(person, library))
