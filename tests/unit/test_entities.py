"""People and departments: measured against a hand annotation of the seeds."""

from __future__ import annotations

import json

import pytest

from lcreader.entities import link_library, load_department_index
from lcreader.entities.people import titled_people
from lcreader.library import build_issue
from lcreader.model import Library
from tests.conftest import DATA

ANNOTATION = {
    k: v
    for k, v in json.loads((DATA / "people_annotation.json").read_text(encoding="utf-8")).items()
    if not k.startswith("_")
}


@pytest.fixture(scope="module")
def seed_library(seed_texts):
    library = Library(issues=[build_issue(n, n, t) for n, t in seed_texts.items()])
    link_library(library)
    return library


def _pairs(found: dict[str, list]) -> tuple[set, set]:
    people = {(a, m["name"]) for a, ms in found.items() for m in ms}
    titles = {(a, m["name"], t) for a, ms in found.items() for m in ms for t in m["titles"]}
    return people, titles


def _score(expected: set, got: set) -> tuple[float, float]:
    hits = len(expected & got)
    precision = hits / len(got) if got else 1.0
    recall = hits / len(expected) if expected else 1.0
    return precision, recall


def test_people_and_titles_match_the_hand_annotation(seed_library):
    found = {
        a.id: [{"name": m.name, "titles": list(m.titles)} for m in a.mentions]
        for a in seed_library.articles()
    }
    want_people, want_titles = _pairs(ANNOTATION)
    got_people, got_titles = _pairs(found)
    people_pr = _score(want_people, got_people)
    titles_pr = _score(want_titles, got_titles)
    print(f"people precision/recall {people_pr}, titles precision/recall {titles_pr}")
    assert got_people - want_people == set(), "false people"
    assert want_people - got_people == set(), "missed people"
    assert got_titles - want_titles == set(), "false titles"
    assert want_titles - got_titles == set(), "missed titles"


def test_byline_authors_are_people_with_their_department(seed_library):
    article = seed_library.article("000_a74f4656124ffe3f/4")
    authors = [(m.name, m.role, m.department) for m in article.mentions if m.role == "author"]
    assert authors == [("刘冬萌", "author", "党建办"), ("张琳璘", "author", "自治办")]


def test_bare_mentions_count_for_the_person_found_earlier(seed_library):
    person = next(p for p in seed_library.people if p.name == "乐跃明")
    assert len(person.articles) == 4
    assert {year for _, year, _ in person.titles_by_issue} == {2020, 2021}


def test_no_false_people_from_common_words(seed_library):
    names = {p.name for p in seed_library.people}
    for word in ("一行", "同志", "主任", "书记", "凉城", "和主任", "关于"):
        assert word not in names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("区委书记欧阳明华一行来到社区。", [("欧阳明华", ["区委书记"])]),
        ("街道办事处主任司马光出席。", [("司马光", ["街道办事处主任"])]),
        (
            "副区长王建国，街道党工委书记李思远、办事处主任周敏等参加。",
            [("王建国", ["副区长"]), ("李思远", ["街道党工委书记"]), ("周敏", ["办事处主任"])],
        ),
        (
            "区总工会党组书记、常务副主席、一级巡视员陈立新到会指导。",
            [("陈立新", ["区总工会党组书记", "常务副主席", "一级巡视员"])],
        ),
        ("居委会主任述职评议会召开，各居民区书记和主任参加。", []),
        ("社区志愿者张秀兰表示，活动很有意义。", [("张秀兰", ["社区志愿者"])]),
        # another titled person inside the words before a title is none of that title
        (
            "居民区党总支书记戚明带着楼组长韦秀英上门走访。",
            [("戚明", ["居民区党总支书记"]), ("韦秀英", ["楼组长"])],
        ),
        (
            "居民区书记鲁春燕和楼组长陈芳一起走访。",
            [("鲁春燕", ["居民区书记"]), ("陈芳", ["楼组长"])],
        ),
        ("区文化和旅游局局长张明讲话。", [("张明", ["区文化和旅游局局长"])]),
        # a stop character opening a body's word, the source of a report
        ("街道经济服务办主任沈刚介绍，", [("沈刚", ["街道经济服务办主任"])]),
        ("据街道文化站负责人苏梅介绍，", [("苏梅", ["街道文化站负责人"])]),
        ("区大数据中心主任王刚出席。", [("王刚", ["区大数据中心主任"])]),
        # a rare surname that is an everyday word: the sentence goes on
        ("每周六，志愿者来修车，", []),
        ("队员平均年龄62岁，", []),
        ("提起第三网格党支部书记施永年，居民都说好。", [("施永年", ["第三网格党支部书记"])]),
        ("退休党员支部开展宣讲活动。", []),
        ("网格员、楼组长全部到位", []),
        ("经楼组长初步摸底，两幢楼同意的住户过半。", []),
        ("今年起，各居民区实现法律顾问全覆盖。", []),
        # an interview's subtitle (`——访…`), and a visit: no part of the post
        ("访社区法律顾问、律师苗嘉禾", [("苗嘉禾", ["社区法律顾问", "律师"])]),
        ("街道领导走访社区书记王红，", [("王红", ["社区书记"])]),
        ("请来了社区卫生服务站护士长蔡丽娟，", [("蔡丽娟", ["社区卫生服务站护士长"])]),
        ("73岁的居民鲁德明第一次自己挂上了号", [("鲁德明", ["居民"])]),
        ("随着社区党委书记邬明远按下按钮，", [("邬明远", ["社区党委书记"])]),
    ],
)
def test_sentences_the_seeds_lack(sentence, expected):
    assert titled_people(sentence) == expected


def test_a_name_with_no_title_is_found_through_the_byline_and_later_mentions():
    text = "# 标题\n\n赵一鸣参加活动。赵一鸣表示很高兴。\n\n(党建办 赵一鸣)"
    issue = build_issue("x", "x.txt", text)
    [article] = issue.articles
    assert [(m.name, m.role) for m in article.mentions] == [("赵一鸣", "author")]


def test_surname_with_honorific_resolves_to_the_one_full_name():
    text = "# 甲\n\n社区讲师薛明华授课。\n\n(党建办)\n\n# 乙\n\n薛老师讲解了要点。\n\n(党建办)"
    issue = build_issue("x", "x.txt", text)
    assert [m.name for m in issue.articles[1].mentions] == ["薛明华"]


def test_department_aliases_merge_into_one_entry(seed_library):
    departments = {d.name: d for d in seed_library.departments}
    reception = departments["社区事务受理中心"]
    # 000 writes 社区事务受理中心, 003 writes 社区受理中心: one entry, both issues.
    assert {a.split("/")[0] for a in reception.articles} == {
        "000_a74f4656124ffe3f",
        "003_17d9481db0f4d0a8",
    }
    assert "社区受理中心" in reception.aliases
    assert departments["社区党群服务中心"].level == "街道"
    assert departments["区委统战部"].level == "区"
    assert "党群中心" not in departments and "社区受理中心" not in departments


def test_articles_list_the_departments_they_name_and_their_bylines(seed_library):
    article = seed_library.article("003_17d9481db0f4d0a8/4")
    assert article.departments == ["劳动保障事务所", "上海理想职业技能培训学校", "社区事务受理中心"]
    outside = {d.name: d.level for d in seed_library.departments}
    assert outside["上海理想职业技能培训学校"] == "其他"


def test_the_alias_file_entries_are_well_formed():
    index = load_department_index()
    assert index.canonical("党群中心") == "社区党群服务中心"
    assert index.canonical("社区受理中心") == "社区事务受理中心"
    for entry in index.entries.values():
        assert entry.level in (None, "街道", "区", "市", "其他")


def test_a_rows_name_beside_a_phone_number_is_a_person():
    from lcreader.parse.habits import names_in_cells

    assert names_in_cells("5月10日—11日\t诸葛明月\t138 5712 6031") == ["诸葛明月"]
    assert names_in_cells("5月10日—11日\t社区服务站\t138 5712 6031") == []
    assert names_in_cells("5月10日—11日\t诸葛明月\t值守") == []


def test_who_talked_with_a_titled_person_is_no_part_of_the_title():
    # (issue #17: `我们和` before the title, a building's number inside it)
    assert titled_people("上周，我们和5号楼楼组长滕秀云聊了聊。") == [("滕秀云", ["5号楼楼组长"])]
    assert titled_people("我和社区书记何卫东一起走访。") == [("何卫东", ["社区书记"])]


def test_a_building_number_places_a_title_and_a_count_still_makes_a_group():
    assert titled_people("“装了电梯，我天天下楼。”3号楼六楼住户甘福根说。") == [
        ("甘福根", ["3号楼六楼住户"])
    ]
    # a neighbour called by how she is addressed is no name after a weak title
    assert titled_people("底楼住户滕阿姨也来帮忙。") == []


def test_a_rolls_row_of_a_building_and_a_name_names_a_person():
    from lcreader.parse.habits import name_after_unit

    assert name_after_unit("12号楼　滕秀云") == "滕秀云"
    assert name_after_unit("3号楼甘福根") == "甘福根"
    assert name_after_unit("三组　何卫东") == "何卫东"
    assert name_after_unit("12号楼加装电梯") is None


def test_no_name_begins_on_the_second_character_of_a_word_of_address():
    """(round yk: `两位退休老师傅加入进来` gave a person `傅加入` titled `退休老师`)"""
    from lcreader.entities.people import name_at

    text = "楼里又有两位退休老师傅加入进来。"
    assert name_at(text, text.index("傅"), after_title=True) is None
    assert name_at("请王师傅来修", 1) == "王师傅"
