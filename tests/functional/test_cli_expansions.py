"""`lcreader search` finds every way a word is written (issue #21): synonyms both ways,
pinyin, an office's own table; `=word` and `--exact` turn it off; a hit through an
expansion says so (text and JSON) and ranks a little below an exact one."""

from __future__ import annotations

import json

import pytest

from lcreader.expansions.synonyms import OWN_FILE
from lcreader.messages import message

SHORT = (
    "# 社区统战工作座谈会召开\n\n2020年，街道召开统战工作座谈会，社区代表发言。\n\n(党建办 杜嵩)\n"
)
FULL = "# 社区统一战线工作推进会召开\n\n2021年，街道召开统一战线工作推进会，社区代表发言。\n\n(党建办 杜嵩)\n"
OTHER = "# 社区运动会举行\n\n2019年，社区举办运动会。\n\n(自治办 张琳璘)\n"


@pytest.fixture
def library(tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    for name, text in (("2020_01.txt", SHORT), ("2021_01.txt", FULL), ("2019_01.txt", OTHER)):
        (lib / name).write_text(text, encoding="utf-8")
    return lib


def _search(run, library, *words):
    result = run("--library", str(library), "search", *words, "--json")
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def _titles(data):
    return [hit["title"] for hit in data["hits"]]


@pytest.mark.parametrize("typed", ["统战", "统一战线"])
def test_abbreviation_and_full_form_find_each_other(run, library, typed):
    data = _search(run, library, typed)
    titles = _titles(data)
    exact, through = 0, 1
    assert data["total"] == 2
    # The article that says what was typed first: an expansion ranks a little below.
    assert typed in titles[0] and typed not in titles[1]
    assert data["hits"][0]["score"] > data["hits"][1]["score"]
    assert data["hits"][exact]["expanded"] == {}
    other = "统一战线" if typed == "统战" else "统战"
    assert data["hits"][through]["expanded"] == {other: "synonym"}
    assert data["hits"][through]["forms"][other] >= 1


@pytest.mark.parametrize("words", [["=统战"], ["＝统战"], ["统战", "--exact"], ["--exact", "统战"]])
def test_an_equals_sign_or_exact_turns_expansion_off(run, library, words):
    data = _search(run, library, *words)
    assert data["total"] == 1 and "统战" in data["hits"][0]["title"]
    assert data["hits"][0]["expanded"] == {}


def test_a_hit_through_an_expansion_says_so_under_its_snippets(run, library, lang):
    out = run("--library", str(library), "search", "统战").stdout
    note = message("search.through", via=message("via.synonym"), forms="统一战线")
    assert out.count(note) == 1
    blocks = out.split("\n\n")
    assert note in next(b for b in blocks if "推进会" in b)
    assert note not in next(b for b in blocks if "座谈会" in b)


def test_a_hit_with_the_typed_word_too_says_it_also_matched_the_synonym(run, library, lang):
    # `经同义词匹配` under an article that says 统战 itself reads as if it did not
    both = "# 统战工作简报\n\n统战工作即统一战线工作，社区代表发言。\n\n(党建办 杜嵩)\n"
    (library / "2022_01.txt").write_text(both, encoding="utf-8")
    out = run("--library", str(library), "search", "统战").stdout
    blocks = [[line.strip() for line in b.splitlines()] for b in out.split("\n\n")]
    both_lines = next(b for b in blocks if any("简报" in line for line in b))
    full_lines = next(b for b in blocks if any("推进会" in line for line in b))
    also = message("search.also_through", via=message("via.synonym"), forms="统一战线")
    only = message("search.through", via=message("via.synonym"), forms="统一战线")
    assert also in both_lines and only not in both_lines
    assert only in full_lines and also not in full_lines


def test_pinyin_and_its_initials_find_the_chinese(run, library):
    assert _search(run, library, "tongzhan")["total"] == 2
    data = _search(run, library, "tz", "2020年")
    assert _titles(data) == ["社区统战工作座谈会召开"]
    assert data["hits"][0]["expanded"] == {"统战": "pinyin"}
    assert _search(run, library, "=tongzhan")["total"] == 0


def test_an_offices_own_synonyms_file_is_used(run, library):
    assert _search(run, library, "运动会推进")["total"] == 0
    (library / OWN_FILE).write_text("运动会推进 运动会\n", encoding="utf-8")
    data = _search(run, library, "运动会推进")
    assert _titles(data) == ["社区运动会举行"]
    assert data["hits"][0]["expanded"] == {"运动会": "synonym"}


def test_a_broken_own_file_is_said_once_and_the_search_runs(run, library):
    (library / OWN_FILE).write_text("只有一个\n", encoding="utf-8")
    result = run("--library", str(library), "search", "统战")
    assert result.returncode == 0
    assert result.stderr.count(OWN_FILE) == 1


def test_the_chart_and_compile_count_through_expansions(run, library, tmp_path):
    lib = ["--library", str(library)]
    chart = json.loads(run(*lib, "search", "统战", "--by", "year", "--json").stdout)
    assert chart["total"] == 2
    exact = json.loads(run(*lib, "search", "=统战", "--by", "year", "--json").stdout)
    assert exact["total"] == 1
    out = tmp_path / "out.md"
    assert run(*lib, "compile", "统战", "--format", "md", "-o", str(out)).returncode == 0
    text = out.read_text(encoding="utf-8")
    assert "座谈会" in text and "推进会" in text
    out.unlink()
    assert run(*lib, "compile", "统战", "--exact", "--format", "md", "-o", str(out)).returncode == 0
    assert "推进会" not in out.read_text(encoding="utf-8")
