"""Issues named as people name them (issue_names.py): by the printed date and number,
never by the file's name, and no two alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from lcreader.issue_names import issue_names, paper_name
from lcreader.library import open_library
from lcreader.messages import message
from lcreader.model import Issue, Library
from tests.conftest import SEEDS

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def issue(stem: str, **fields) -> Issue:
    fields.setdefault("title", "社区新闻")
    fields.setdefault("year", 2024)
    return Issue(id=stem, source=f"{stem}.txt", **fields)


def test_a_dated_numbered_issue_is_named_by_date_and_number():
    one = issue("003_17d9481db0f4d0a8", date="2021-11-26", number="第21期", year=2021)
    names = issue_names(Library(issues=[one]))
    year, day = message("issue.year", year=2021), message("issue.month_day", month=11, day=26)
    assert names.full(one) == f"{year}{day} 第21期"
    # Under its year's heading: no year, and the number short enough to stay in view.
    assert names.within_year(one) == f"{day.lstrip('-')} 21期"


def test_a_number_printed_in_full_width_digits_is_narrow_where_room_is_short():
    # A 2008 paper prints 第２５期: at 80 columns the tree cut it to `6月20日…`.
    one = issue("t04", date="2008-06-20", number="第２５期", year=2008)
    names = issue_names(Library(issues=[one]))
    day = message("issue.month_day", month=6, day=20)
    assert names.within_year(one) == f"{day.lstrip('-')} 25期"
    assert names.full(one).endswith("第２５期")  # as printed where there is room


def test_an_issue_with_neither_is_named_by_year_and_headline_marked_as_its_lead():
    # #20: named `2021年 胡广杰在…` it read as that article, and `… 第2篇` as its part 2.
    one = issue("k03_xinhualu", title="番禺路街角口袋公园焕新亮相", year=None)
    names = issue_names(Library(issues=[one]))
    assert names.full(one) == f"{message('year_unknown')} · 头条：番禺路街角口袋公园焕新亮相"
    assert names.within_year(one) == "头条：番禺路街角口袋公园焕新亮相"
    # The tree's row, short of room, under which its articles are listed: year, headline.
    assert names.name(one).row == f"{message('year_unknown')} 番禺路街角口袋公园焕新亮相"


def test_the_lead_is_marked_in_english_too(monkeypatch):
    monkeypatch.setenv("LCREADER_LANG", "en")
    one = issue("a", title="番禺路街角口袋公园焕新亮相", year=2024)
    assert issue_names(Library(issues=[one])).full(one) == "2024 · lead: 番禺路街角口袋公园焕新亮相"


def test_a_headline_that_starts_with_its_year_says_the_year_once_in_the_tree():
    one = issue("a", title="2020年凉城新村街道与工会联席会议举行", year=2020)
    name = issue_names(Library(issues=[one])).name(one)
    assert name.row == "2020年凉城新村街道与工会联席会议举行"
    assert name.full == "2020年 · 头条：2020年凉城新村街道与工会联席会议举行"


@pytest.mark.parametrize("title", ["", "   ", "\u200b"])
def test_an_issue_of_no_headline_is_never_named_by_nothing(title):
    blank = issue("a", title=title, year=2024)
    other = issue("b", title=title, year=2024)
    names = issue_names(Library(issues=[blank, other]))
    full = [names.full(blank), names.full(other)]
    assert all(name.startswith("2024年 · 头条：") and name != "2024年 · 头条：" for name in full)
    assert len(set(full)) == 2


def test_two_issues_of_one_month_are_told_apart_by_their_papers():
    luodian = issue("g02_baoshan_luodian", date="2024-04", furniture=["罗店报 2024年4月 第1版"])
    tianping = issue(
        "g06_tianping", date="2024-04", furniture=["天平社區報\u30002024年4月\u3000第1版"]
    )
    names = issue_names(Library(issues=[luodian, tianping]))
    assert names.full(luodian) != names.full(tianping)
    assert names.full(luodian).endswith("罗店报") and names.full(tianping).endswith("天平社區報")
    assert names.within_year(luodian) != names.within_year(tianping)


def test_numbers_written_with_a_space_or_in_full_width_are_one_number_to_tell_apart():
    """(round yh: `第 5期` and `第5期` of two papers the same day read alike on a row)"""
    spaced = issue("a", date="2024-05-20", number="第 5期", furniture=["秋岩简报"])
    plain = issue("b", date="2024-05-20", number="第5期", furniture=["梓荫家园"])
    wide = issue("c", date="2024-05-20", number="第５期", furniture=["石桥邻里"])
    names = issue_names(Library(issues=[spaced, plain, wide]))
    assert names.full(spaced).endswith("秋岩简报") and names.full(plain).endswith("梓荫家园")
    assert names.full(wide).endswith("石桥邻里")


def test_the_same_paper_and_date_are_told_apart_by_headline_then_by_copy_never_by_file():
    a = issue("2024_04_a", date="2024-04", title="甲")
    b = issue("2024_04_b", date="2024-04", title="乙")
    c = issue("2024_04_c_copy", date="2024-04", title="乙")
    names = issue_names(Library(issues=[a, b, c]))
    full = [names.full(i) for i in (a, b, c)]
    assert len(set(full)) == 3, full
    assert full[0].endswith("头条：甲") and "2024_04" not in " ".join(full)
    assert full[1].endswith("第1份") and full[2].endswith("第2份")
    assert not any(part in " ".join(full) for part in ("copy", "_b", "_c"))


def test_undated_issues_of_one_headline_are_told_apart_by_their_second_headline():
    from lcreader.model import Article

    def undated(stem, second):
        articles = [Article(id=f"{stem}/1", issue=stem, title="社区新闻"),
                    Article(id=f"{stem}/2", issue=stem, title=second)]  # fmt: skip
        return issue(stem, articles=articles)

    a, b = undated("x_1", "垃圾分类"), undated("x_2", "敬老助餐")
    names = issue_names(Library(issues=[a, b]))
    assert names.full(a) == "2024年 · 头条：社区新闻 · 次条：垃圾分类"
    assert names.full(b) == "2024年 · 头条：社区新闻 · 次条：敬老助餐"


@pytest.mark.parametrize(
    ("furniture", "paper"),
    [
        (["曹杨家园", "主办：中共上海市普陀区曹杨新村街道工作委员会"], "曹杨家园"),
        (["邮编：200062", "新华路社区报\u3000第4期\u30002023.4.28", "第 1 版"], "新华路社区报"),
        (["第 1 版", "第 2 版"], None),
        # a masthead set letter-spaced; headers that name their page beside the paper
        (["桂\u3000园", "2024年5月10日\u3000星期五"], "桂园"),
        (
            ["夕阳红 第5期 2024年5月10日 第3版 文苑", "夕阳红 第5期 2024年5月10日 第4版 风采"],
            "夕阳红",
        ),
        (["第 1 版 要闻", "第 2 版 综合"], None),
    ],
)
def test_the_papers_name_comes_from_its_mastheads_and_headers(furniture, paper):
    assert paper_name(issue("x", furniture=furniture)) == paper


@pytest.mark.parametrize("folder", [CORPUS, SEEDS])
def test_no_two_issues_of_a_library_share_a_name_and_none_names_its_file(folder, tmp_path):
    library = open_library(folder, tmp_path / "cache.json")
    names = issue_names(library)
    full = [names.full(i) for i in library.issues]
    assert len(set(full)) == len(full)
    for i in library.issues:
        assert i.id not in names.full(i) and i.id not in names.within_year(i)
    by_year: dict = {}
    for i in library.issues:
        by_year.setdefault(i.year, []).append(names.within_year(i))
    assert all(len(set(group)) == len(group) for group in by_year.values())


def test_a_stored_librarys_names_read_no_issue_from_the_cache(tmp_path, monkeypatch):
    """Issues of one date and number from two papers are told apart by their papers'
    names, kept in the catalog's rows: naming 20,000 such issues read every one's entry
    (the reader's first screen took 15 s at ×10000)."""
    from lcreader.stored import StoredIssue
    from tests.helpers import write_library

    def paper(name: str) -> str:
        return f"{name}\n\n2024年3月15日　第5期\n\n# {name}的新闻\n\n社区活动。\n\n{name}　第5期　2024年3月15日\n"

    folder = write_library(
        tmp_path / "lib", {"a.txt": paper("曹杨家园"), "b.txt": paper("新华路社区报")}
    )
    open_library(folder, tmp_path / "cache.json")
    library = open_library(folder, tmp_path / "cache.json")  # as the reader opens it
    assert all(isinstance(i, StoredIssue) for i in library.issues)

    def refused(self):
        raise AssertionError(f"{self.source} read from the cache to be named")

    monkeypatch.setattr(StoredIssue, "load", refused)
    names = issue_names(library)
    assert sorted(names.full(i) for i in library.issues) == [
        "2024年3月15日 第5期 新华路社区报",
        "2024年3月15日 第5期 曹杨家园",
    ]


def test_a_catalog_written_before_rows_named_papers_is_named_at_its_next_open(tmp_path):
    """A cache built by an earlier lcreader is named once, from its entries (no parse),
    and from then on opened as fresh."""
    from lcreader.library import BuildReport, build_version
    from lcreader.snapshot import PAPERS_NAMED, Catalog
    from tests.helpers import write_library

    def paper(name: str) -> str:
        return f"{name}\n\n2024年3月15日　第5期\n\n# {name}的新闻\n\n社区活动。\n"

    folder = write_library(
        tmp_path / "lib", {"a.txt": paper("曹杨家园"), "b.txt": paper("新华路社区报")}
    )
    cache = tmp_path / "cache.json"
    open_library(folder, cache)
    catalog = Catalog(cache, build_version())
    head = catalog.read_head()
    parts = catalog.read(("sources", "issues", "links", "top"))
    for row in parts["issues"]:
        del row["paper"]
    meta = {k: v for k, v in head.meta.items() if k not in (PAPERS_NAMED, "build")}
    catalog.write(meta, head.names, head.stamps(), **parts)

    report = BuildReport()
    library = open_library(folder, cache, report=report)
    assert report.parsed == 0 and report.saved
    assert sorted(i.known_paper for i in library.issues) == [("新华路社区报",), ("曹杨家园",)]
    report = BuildReport()
    open_library(folder, cache, report=report)
    assert not report.saved  # fresh now


def test_a_years_issues_are_named_when_one_of_them_is_asked_for(monkeypatch):
    """A name begins with its year: only a year's issues can read alike, so they are
    named together, when asked (the reader's first screen shows the years closed)."""
    from lcreader import issue_names as module

    named = []
    own = module._own_name
    monkeypatch.setattr(module, "_own_name", lambda i: named.append(i.id) or own(i))
    issues = [issue(f"{year}_{n}", year=year, date=f"{year}-03-15", number="第5期")
              for year in (2022, 2023, 2024) for n in range(3)]  # fmt: skip
    names = issue_names(Library(issues=issues))
    assert named == []
    first = names.full(issues[3])
    assert sorted(named) == ["2023_0", "2023_1", "2023_2"]
    # told apart from the others of its year, as when the whole library is named at once
    assert first != names.full(issues[4])
    assert len({names.full(i) for i in issues}) == 9
