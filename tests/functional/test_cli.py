"""The command line, through the installed entry point, on the seeds and small libraries."""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import subprocess
import sys
from datetime import datetime

import pytest

from lcreader.cli.full import COMMANDS, _search_words_apart, build_parser
from lcreader.entity_pages import department_page
from lcreader.messages import message


def test_search_finds_the_united_front_article_first(run):
    result = run("search", "统战")
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert "郑宏在凉城新村街道调研基层统战工作" in first
    assert "\x1b[" not in result.stdout  # not a terminal: plain text


def test_search_json_shape(run):
    result = run("search", "统战", "--json")
    data = json.loads(result.stdout)
    assert set(data) >= {"query", "total", "hits"}
    assert data["query"] == "统战" and data["total"] >= 1
    hit = data["hits"][0]
    assert set(hit) >= {"article", "issue", "title", "score", "snippets"}
    assert hit["title"] == "郑宏在凉城新村街道调研基层统战工作"
    # The synonym 统一战线 is found too, and marked as matched through it.
    for snippet, spans in zip(hit["snippets"], hit["snippet_spans"], strict=True):
        assert all(snippet[s:e] in ("统战", "统一战线") for s, e in spans)
    assert hit["expanded"] == {"统一战线": "synonym"}
    exact = json.loads(run("search", "=统战", "--json").stdout)["hits"][0]
    for snippet, spans in zip(exact["snippets"], exact["snippet_spans"], strict=True):
        assert all(snippet[s:e] == "统战" for s, e in spans)


def test_search_exit_codes(run, lang):
    assert run("search", "不存在的词语组合").returncode == 1
    assert run("search", "统战", "--json", "--limit", "1").returncode == 0
    bad = run("search", "，。")
    assert bad.returncode == 2 and message("query.punctuation") in bad.stderr
    assert "Traceback" not in bad.stderr
    assert run("search").returncode == 2
    assert run("search", "x", "--limit", "0").returncode == 2


def test_search_highlights_matches_on_a_terminal(run_on_terminal):
    styled = run_on_terminal("search", "统战")
    assert "\x1b[" in styled and "统战" in styled
    plain = run_on_terminal("search", "统战", env={"NO_COLOR": "1"})
    assert "统战" in plain
    assert "\x1b[" not in plain.replace("\x1b[?", "")


def test_a_filter_only_search_shows_mentions_not_a_score(run, lang):
    data = json.loads(run("search", "person:乐跃明", "--json").stdout)
    assert [hit["score"] for hit in data["hits"]] == [None] * data["total"]
    mentions = [hit["mentions"] for hit in data["hits"]]
    assert mentions == sorted(mentions, reverse=True) and min(mentions) >= 1
    lines = run("search", "person:乐跃明").stdout.splitlines()
    heads = [line for line in lines if line[:3].strip().rstrip(".").isdigit()]
    assert len(heads) == data["total"]
    for head, count in zip(heads, mentions, strict=True):
        assert head.endswith("  " + message("hit.mentions", count=count)), head
    year_only = run("search", "year:2021").stdout
    assert "0.00" not in year_only and message("hit.mentions", count=1) not in year_only
    scored = json.loads(run("search", "统战", "--json").stdout)["hits"][0]
    assert scored["score"] > 0 and scored["mentions"] is None


def test_filters_through_flags_and_in_the_query(run, small_library):
    lib = ["--library", str(small_library)]
    assert run(*lib, "search", "year:2019", "--json").returncode == 0
    by_flag = json.loads(run(*lib, "search", "社区", "--year", "2020", "--json").stdout)
    assert [h["title"] for h in by_flag["hits"]] == ["社区统战工作座谈会召开"]
    by_person = json.loads(run(*lib, "search", "person:王建国", "--json").stdout)
    assert [h["title"] for h in by_person["hits"]] == ["2019年社区运动会举行"]
    by_dept = json.loads(run(*lib, "search", "社区", "--dept", "党建办", "--json").stdout)
    assert [h["title"] for h in by_dept["hits"]] == ["社区统战工作座谈会召开"]


def _imported_by(*args: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "lcreader", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return {line.split("|")[-1].strip() for line in result.stderr.splitlines() if "|" in line}


def test_search_in_a_pipe_imports_only_what_it_needs(run):
    first = _imported_by("search", "统战")  # builds the cache and the snapshot
    assert "lcreader.parse" in first  # the check below can see lcreader's own modules
    imported = _imported_by("search", "统战")
    packages = {name.split(".")[0] for name in imported}
    assert "lcreader.search" in imported
    assert "textual" not in packages
    assert "rich" not in packages  # plain output needs no Rich
    # A fresh snapshot answers alone: no cache read, no parser, no entity rules.
    assert "tinydb" not in packages
    assert not any(name.startswith(("lcreader.parse", "lcreader.entities")) for name in imported)


def test_issues_lists_articles(run, lang):
    result = run("issues")
    assert result.returncode == 0
    assert "000_a74f4656124ffe3f/2  郑宏在凉城新村街道调研基层统战工作" in result.stdout
    assert message("issue_line", year=2020, count=4) in result.stdout


def test_show_lays_out_one_article(run, lang):
    result = run("show", "003_17d9481db0f4d0a8/1")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[:2] == [
        "团结凝聚广大职工群众 更好服务区域经济发展",
        "2020年凉城新村街道与工会联席会议举行",
    ]
    assert any(line.startswith("▣ 胡军为凉城") for line in lines)
    assert lines[-1].strip() == "（党建办）"
    missing = run("show", "nope/1")
    assert missing.returncode == 2
    assert message("no_article", wanted="nope/1") in missing.stderr


def test_one_meta_line_in_show_and_the_issue_under_a_hit(run, run_on_terminal):
    meta = "2021 · 000_a74f4656124ffe3f/2 · 党建办 杜嵩"
    assert meta in run("show", "000_a74f4656124ffe3f/2").stdout.splitlines()
    # A hit names its issue and its place there as the reader does, never its id (#20).
    where = "2021年 · 头条：胡广杰在凉城新村街道调研社区文化工作（本期第2篇） · 党建办 杜嵩"
    hits = run("search", "郑宏在凉城新村街道调研基层统战工作", "--limit", "1").stdout
    assert "    " + where in hits.splitlines()
    assert "000_a74f4656124ffe3f" not in hits and "相关度" not in hits
    shown = run_on_terminal("search", "郑宏在凉城新村街道调研基层统战工作", "--limit", "1")
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown)  # its styles
    assert "".join(where.split()) in "".join(shown.split())
    assert "000_a74f4656124ffe3f" not in shown and "相关度" not in shown


def test_show_as_markdown(run):
    result = run("show", "003_17d9481db0f4d0a8/1", "--format", "md")
    assert result.returncode == 0
    paragraphs = result.stdout.rstrip("\n").split("\n\n")
    assert paragraphs[:2] == [
        "*团结凝聚广大职工群众 更好服务区域经济发展*",
        "# 2020年凉城新村街道与工会联席会议举行",
    ]
    assert any(p.startswith("*▣ 胡军为凉城") for p in paragraphs)
    assert paragraphs[-1] == "（党建办）"


def test_export_as_markdown_and_csv(run):
    markdown = run("export", "--format", "md").stdout
    issues = [line for line in markdown.splitlines() if line.startswith("# ")]
    articles = [line for line in markdown.splitlines() if line.startswith("## ")]
    listed = json.loads(run("issues", "--json").stdout)
    assert issues == [f"# {i['title']}（{i['year']}）" for i in listed]
    assert articles == [f"## {a['title']}" for i in listed for a in i["articles"]]
    assert "## 郑宏在凉城新村街道调研基层统战工作" in articles
    raw = run("export", "--format", "csv").stdout
    assert raw.startswith("\ufeff姓名,年份,日期,期号,期,职务,本期文章数\n")
    rows = list(csv.reader(io.StringIO(raw[1:])))
    issue = "2021年 · 头条：胡广杰在凉城新村街道调研社区文化工作"  # no printed date: year, lead
    assert ["胡广杰", "2021", "", "", issue, "区长", "1"] in rows
    assert not any("000_a74f4656124ffe3f" in cell for row in rows for cell in row)
    english = run("export", "--format", "csv", "--lang", "en").stdout
    assert english.startswith("\ufeffname,year,date,number,issue,title,articles\n")
    assert run("export", "--format", "csv", env={"LCREADER_LANG": "en"}).stdout == english


def test_export_has_the_documented_names(run):
    data = json.loads(run("export", "--format", "json").stdout)
    assert data["version"] == 2
    assert set(data["issues"][0]) >= {
        "id",
        "source",
        "year",
        "title",
        "date",
        "number",
        "pages",
        "furniture",
        "articles",
    }
    article = data["articles"][0]
    assert set(article) >= {
        "id",
        "issue",
        "kicker",
        "title",
        "subtitle",
        "paragraphs",
        "intertitles",
        "captions",
        "bylines",
        "meta",
        "people",
        "departments",
    }
    assert set(article["bylines"][0]) == {"department", "author", "role"}
    assert set(data["people"][0]) >= {"name", "titles", "articles"}
    assert set(data["departments"][0]) >= {"name", "aliases", "articles"}
    person = next(p for p in data["people"] if p["name"] == "胡广杰")
    assert person["titles"] == ["区委副书记", "区长"]


def test_people_and_departments_commands(run, seeds):
    table = run("people")
    assert table.returncode == 0 and "乐跃明" in table.stdout
    one = json.loads(run("people", "乐跃明", "--json").stdout)
    assert {t["year"] for t in one["titles_by_issue"]} == {2020, 2021}
    assert len(one["articles"]) == 4
    detail = run("people", "沈忠裕")
    assert "2021年 · 头条：胡广杰在凉城新村街道调研社区文化工作  街道党工委副书记" in detail.stdout
    # (a new user's trial: four lines for one issue, its title in fragments) one an issue
    titled = [line for line in detail.stdout.splitlines() if "  街道" in line]
    assert titled == [
        "  2021年 · 头条：胡广杰在凉城新村街道调研社区文化工作  街道党工委副书记、街道办事处主任"
    ]
    depts = json.loads(run("departments", "--json").stdout)
    reception = next(d for d in depts if d["name"] == "社区事务受理中心")
    assert "社区受理中心" in reception["aliases"] and len(reception["articles"]) == 2
    alias = json.loads(run("departments", "党群中心", "--json").stdout)
    assert alias["name"] == "社区党群服务中心"
    # (a new user's trial: the reader's page of 党建办 named two people, the command none)
    page = department_page(seeds, next(d for d in seeds.departments if d.name == "党建办公室"))
    assert page.related
    signed = "、".join(f"{name}（{count}）" for name, count in page.related)
    assert f"署名人员：{signed}" in run("departments", "党建办").stdout.splitlines()
    assert run("people", "不存在").returncode == 2
    # (a new user's trial: `people 张` stopped with an error while `search person:张`
    # took all three) a part of several names lists them all, and says so
    several = run("people", "张", "--json")
    assert several.returncode == 0
    assert [p["name"] for p in json.loads(several.stdout)] == ["张剑鸣", "张寻嫣", "张琳璘"]
    assert "张剑鸣、张寻嫣、张琳璘" in several.stderr


def test_gb18030_and_crlf_files_read(run, small_library):
    result = run("--library", str(small_library), "search", "统战", "--json")
    assert json.loads(result.stdout)["hits"][0]["title"] == "社区统战工作座谈会召开"


def test_bom_crlf_empty_and_binary_files(run, small_library, lang):
    (small_library / "bom.txt").write_bytes(
        codecs.BOM_UTF8 + "# 带BOM的一期\r\n\r\n正文。\r\n".encode()
    )
    (small_library / "empty.txt").write_bytes(b"")
    (small_library / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    result = run("--library", str(small_library), "issues")
    assert result.returncode == 0
    assert "带BOM的一期" in result.stdout
    assert "empty.txt" in result.stderr and message("source.empty") in result.stderr
    assert message("skipped_file", path="", reason="")[:3] in result.stderr
    assert "binary.txt" in result.stderr and message("source.binary_nul") in result.stderr


def test_many_skipped_files_are_one_line_but_in_build(run, small_library, lang):
    """Said before every command, a list of skipped files buries its output: beyond two
    they are counted on one line that names the command listing them, `build`."""
    for name in ("a.txt", "b.txt", "c.txt"):
        (small_library / name).write_bytes(b"")
    lib = ["--library", str(small_library)]
    issues = run(*lib, "issues")
    assert issues.returncode == 0
    assert issues.stderr == message("notice", message=message("skipped_files", count=3)) + "\n"
    build = run(*lib, "build")
    assert sum(name in build.stderr for name in ("a.txt", "b.txt", "c.txt")) == 3
    (small_library / "c.txt").unlink()
    (small_library / "b.txt").unlink()
    assert "a.txt" in run(*lib, "issues").stderr  # one: named


def built(parsed: int, reused: int, skipped: int = 0) -> str:
    """The line of `lcreader build`'s summary that says what it did with each file."""
    files = parsed + reused + skipped
    return message("build.files", files=files, parsed=parsed, reused=reused, skipped=skipped)


def test_a_file_changed_between_two_runs(run, small_library, lang):
    lib = ["--library", str(small_library)]
    assert built(2, 0) in run(*lib, "build").stdout
    assert built(0, 2) in run(*lib, "build").stdout
    path = small_library / "2019_01.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("运动会", "读书会"), encoding="utf-8")
    assert built(1, 1) in run(*lib, "build").stdout
    assert run(*lib, "search", "读书会").returncode == 0


def test_build_counts_each_file_once_and_adds_up(run, small_library, lang):
    lib = ["--library", str(small_library)]
    assert built(2, 0) in run(*lib, "build").stdout
    (small_library / "2021_01.txt").write_text("# 新的一期\n\n正文。\n", encoding="utf-8")
    (small_library / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (small_library / "empty.txt").write_bytes(b"")
    result = run(*lib, "build")
    lines = result.stdout.splitlines()
    assert lines[0] == built(1, 2, 2), result.stdout
    assert lines[1] == message("build.library", issues=3, articles=3)
    assert run(*lib, "build").stdout.splitlines()[0] == built(0, 3, 2)
    (small_library / "2021_01.txt").unlink()
    assert message("build.dropped", dropped=1) in run(*lib, "build").stdout


def test_a_truncated_cache_shard_is_rebuilt_with_a_notice(run, small_library, tmp_path):
    lib = ["--library", str(small_library)]
    run(*lib, "build")
    [shard] = (tmp_path / "cache").glob("library-*.cache/*.tinydb")
    shard.write_bytes(shard.read_bytes()[:100])
    result = run(*lib, "issues")  # the issue read again from its file, not the shard
    assert result.returncode == 0 and "社区统战工作座谈会召开" in result.stdout
    result = run(*lib, "build")
    assert result.returncode == 0
    rebuilding = message("cache.unusable", path="", reason="").rsplit("：", 1)[-1]
    assert result.stderr.count("\n") == 1 and rebuilding in result.stderr
    assert "Traceback" not in result.stderr
    assert run(*lib, "build").stderr == ""


def test_a_truncated_catalog_is_rebuilt_quietly(run, small_library, tmp_path):
    lib = ["--library", str(small_library)]
    expected = run(*lib, "search", "统战").stdout
    [catalog] = (tmp_path / "cache").glob("library-*.json")
    whole = catalog.read_bytes()
    catalog.write_bytes(whole[: len(whole) // 2])
    result = run(*lib, "search", "统战")  # reads the catalog's head: still sound
    count = message("hits_summary", total=1) + "\n"  # the hits' count goes to stderr
    assert (result.returncode, result.stdout, result.stderr) == (0, expected, count)
    result = run(*lib, "issues")  # reads past it: built again, quietly
    assert result.returncode == 0 and result.stderr == "" and "统战" in result.stdout
    assert abs(len(catalog.read_bytes()) - len(whole)) < 8  # whole again (new file names)
    catalog.write_bytes(whole[:40])  # the head cut: a search builds it again too
    result = run(*lib, "search", "统战")
    assert (result.returncode, result.stdout, result.stderr) == (0, expected, count)


def test_cache_dir_flag_and_env(run, small_library, tmp_path):
    result = run(
        "--library", str(small_library), "--cache-dir", str(tmp_path / "elsewhere"), "build"
    )
    assert str(tmp_path / "elsewhere") in result.stdout
    env = {"LCREADER_LIBRARY": str(small_library)}
    assert run("build", env=env).stdout.startswith("2 ")


def test_two_builds_at_once(run, small_library, tmp_path):
    from tests.functional.conftest import ENTRY_POINT

    for n in range(30):
        (small_library / f"x{n:02}.txt").write_text(f"# 第{n}期\n\n正文{n}。\n", encoding="utf-8")
    procs = [
        subprocess.Popen(
            [str(ENTRY_POINT), "--library", str(small_library), "build"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), outputs
    assert all(out.startswith("32 ") for out, _ in outputs), outputs
    assert built(0, 32) in run("--library", str(small_library), "build").stdout


def test_missing_library_is_one_line_exit_2(run, tmp_path, lang):
    result = run("--library", str(tmp_path / "nope"), "issues")
    assert result.returncode == 2
    not_found = message("library.not_found", folder=tmp_path / "nope")
    assert result.stderr.strip() == message("error", message=not_found)
    assert "Traceback" in run("--debug", "--library", str(tmp_path / "nope"), "issues").stderr


@pytest.mark.parametrize("args", [["--bogus"], ["frobnicate"], ["show"]])
def test_bad_usage_exits_2(run, args):
    assert run(*args).returncode == 2


def test_python_dash_m_help_and_the_reader_needs_a_terminal(lang):
    result = subprocess.run(
        [sys.executable, "-m", "lcreader", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0 and message("cli.usage") + "lcreader" in result.stdout
    assert message("cli.description") in result.stdout and message("cli.help") in result.stdout
    reader = subprocess.run([sys.executable, "-m", "lcreader"], capture_output=True, text=True)
    assert reader.returncode == 2 and message("needs_terminal") in reader.stderr


def test_search_open_needs_a_terminal_too(run):
    result = run("search", "统战", "--open")
    assert result.returncode == 2 and message("needs_terminal") in result.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--bogus"], lambda: message("argparse.unrecognized") % "--bogus"),
        (["search"], lambda: message("query.empty")),  # no word and no filter
        (["search", ""], lambda: message("query.empty")),
        (["search", "，。！"], lambda: message("query.punctuation")),
        (["search", "x", "--limit", "abc"], lambda: message("cli.bad_limit", value="'abc'")),
        (["search", "x", "--limit", "-3"], lambda: message("cli.bad_limit", value="'-3'")),
        (
            ["search", "person:"],
            lambda: message("query.needs_value", name="person", example="person:乐跃明"),
        ),
        (
            ["search", "统战", "dept:"],
            lambda: message("query.needs_value", name="dept", example="dept:党建办"),
        ),
        (
            ["--max-file-size", "lots", "issues"],
            lambda: message("cli.bad_max_file_size", value="'lots'"),
        ),
        (["show", "nope/9"], lambda: message("no_article", wanted="nope/9")),
        (
            ["--library", "/no/such/folder", "issues"],
            lambda: message("library.not_found", folder=""),
        ),
        (["export", "--format", "xml"], lambda: message("argparse.choice").split("%")[0]),
    ],
)
def test_every_user_error_is_one_line_and_exit_2(run, args, expected, lang):
    result = run(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(message("error", message="")), result.stderr
    assert (expected() if callable(expected) else expected) in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "prog"),
    [
        (["search", "统战", "--limit", "abc"], "lcreader search"),
        (["search", "统战", "--limit", "0"], "lcreader search"),
        (["people", "--bogus"], "lcreader people"),
        (["departments", "党建办", "多余"], "lcreader departments"),
        (["build", "--json"], "lcreader build"),
        (["show", "x", "--format", "xml"], "lcreader show"),
        (["--bogus", "people"], "lcreader"),
        (["--max-file-size", "lots", "issues"], "lcreader"),
    ],
)
def test_a_usage_error_points_to_the_help_of_its_own_command(run, args, prog, lang):
    result = run(*args)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    hint = message("cli.error", message="\0", prog=prog).split("\0")[1]  # "（见 '… --help'）"
    assert line.endswith(hint), line


def test_doctor_lists_what_the_parser_guessed(run, tmp_path, lang):
    lib = tmp_path / "doc"
    lib.mkdir()
    (lib / "a.txt").write_text(
        "# 标题甲\n\n一段没有句号的正文\n\n没有年份。\n\n# 标题乙\n\n正文乙。\n", encoding="utf-8"
    )
    (lib / "b.txt").write_bytes(b"")
    result = run("--library", str(lib), "doctor")
    assert result.returncode == 0
    out = result.stdout
    assert message("doctor.file", source="a.txt", year=message("year_unknown"), count=2) in out
    assert message("note.no_byline") in out and message("note.year_unknown") in out
    assert message("doctor.skipped", source="b.txt", reason=message("source.empty")) in out
    data = json.loads(run("--library", str(lib), "doctor", "--json").stdout)
    assert data["files"][0]["source"] == "a.txt" and data["problems"][0]["reason"] == message(
        "source.empty"
    )
    assert data["cache"]["state"] == message("doctor.cache_ok", count=2)  # the empty file too


def test_doctor_on_the_seeds_points_at_the_late_headline(run):
    out = run("doctor").stdout
    assert message("note.headline_after_body", detail="").rstrip() in out


def test_the_command_word_is_found_past_global_options(run, small_library, tmp_path, lang):
    """Only the named command's parser is built: global options and their values skip."""
    named_search = tmp_path / "search"  # a library folder that is named like a command
    named_search.mkdir()
    for path in small_library.glob("*.txt"):
        (named_search / path.name).write_bytes(path.read_bytes())
    result = run(
        "--library", str(named_search), "--cache-dir", str(tmp_path / "c"), "search", "统战"
    )
    assert result.returncode == 0 and "社区统战工作座谈会召开" in result.stdout
    result = run(f"--library={small_library}", "--debug", "issues")
    assert result.returncode == 0 and "社区统战工作座谈会召开" in result.stdout
    # (a new user's trial: `--limt 5` was searched for as words, and found nothing)
    typo = run("search", "统战", "--limt", "5")
    assert typo.returncode == 2 and "--limt" in typo.stderr and "--limit" in typo.stderr
    assert run("search", "统战", "-n", "5").returncode == 2
    assert run("search", "统战", "-座谈").returncode in (0, 1)  # a word left out, as before
    slip = run("serch", "统战").stderr  # (a slip of the keys: the command it spells)
    assert message("cli.meant_command", command="search") in slip
    assert run("search", "--help").stdout.startswith(message("cli.usage") + "lcreader search")


def test_bookmarks_lists_what_the_reader_bookmarked(run, tmp_path, lang):
    from lcreader.library import open_library
    from lcreader.reading import Reading, article_keys
    from tests.conftest import SEEDS

    assert run("bookmarks").stderr.strip() == message("bookmarks.none")
    library = open_library(SEEDS, tmp_path / "c.json")
    article = library.article("003_17d9481db0f4d0a8/4")
    reading = Reading()
    reading.toggle_bookmark(article_keys(library)[article.id], article)
    reading.save(tmp_path / "data")  # LCREADER_DATA_DIR, as the reader would
    listed = run("bookmarks")
    assert listed.returncode == 0
    # (a new user's trial: it printed the file's id) named as the reader names it
    from lcreader.issue_names import issue_names

    issue = library.issue(article.issue)
    number = issue.articles.index(article) + 1
    place = f"{issue_names(library).full(issue)} {message('article.number', number=number)}"
    assert listed.stdout == f"{place}  {article.title}\n"
    assert article.id not in listed.stdout
    data = json.loads(run("bookmarks", "--json").stdout)
    assert [(b["article"], b["title"], b["year"]) for b in data] == [
        (article.id, article.title, 2020)
    ]
    # (a new user's trial) when, as a script reads it, not only seconds since 1970
    added = datetime.fromisoformat(data[0]["added_at"])
    assert added.tzinfo is not None and added.timestamp() == int(data[0]["added"])


def test_build_repairs_a_damaged_index(run, small_library, tmp_path):
    lib = ["--library", str(small_library)]
    right = run(*lib, "search", "统战", "--json").stdout
    [segment] = (tmp_path / "cache").glob("library-*.index/*.idx")
    raw = segment.read_bytes()
    at = len(raw) // 2
    segment.write_bytes(raw[:at] + bytes([raw[at] ^ 0x01]) + raw[at + 1 :])
    built = run(*lib, "build")
    assert built.returncode == 0 and built.stderr == ""
    again = run(*lib, "search", "统战", "--json")
    assert again.stdout == right and again.stderr == ""


@pytest.mark.parametrize("which", ["catalog", "segment"])
def test_a_fifo_in_place_of_the_catalog_or_index_is_one_line_not_a_hang(
    run, small_library, tmp_path, which
):
    import os

    from lcreader.paths import cache_file

    from .conftest import ENTRY_POINT

    lib = ["--library", str(small_library)]
    cache = cache_file(tmp_path / "cache", small_library)
    if which == "segment":
        run(*lib, "build")
    path = next(cache.with_suffix(".index").glob("*.idx")) if which == "segment" else cache
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    os.mkfifo(path)
    result = subprocess.run(
        [str(ENTRY_POINT), *lib, "search", "统战"],
        capture_output=True,
        text=True,
        timeout=30,  # a hang fails the test here
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "FIFO" in result.stderr
    assert "Traceback" not in result.stderr


def test_dash_words_are_query_words_wherever_they_stand(run, small_library):
    lib = ["--library", str(small_library)]
    # Words ANDed, -word excludes, an option after them (the README's example's form).
    readme = run(*lib, "search", "统战", "工作", "-座谈", "--limit", "5")
    assert readme.returncode == 1
    assert readme.stderr == message("no_match", query="统战 工作 -座谈") + "\n"
    for args in (
        ["社区", "-座谈", "--limit", "5", "--json"],
        ["-座谈", "社区", "--json"],
        ["--json", "-座谈", "--limit=5", "社区"],
    ):
        result = run(*lib, "search", *args)
        assert result.returncode == 0, result.stderr
        assert [h["title"] for h in json.loads(result.stdout)["hits"]] == ["2019年社区运动会举行"]
    moved = run("search", "统战", "--library", str(small_library), "--json")
    assert json.loads(moved.stdout)["hits"][0]["title"] == "社区统战工作座谈会召开"


def test_flag_values_are_values_not_query_text(run, small_library):
    lib = ["--library", str(small_library)]
    assert run(*lib, "search", "社区", "--person", "王建国").returncode == 0
    injected = run(*lib, "search", "社区", "--person", '王建国" year:2019 运动会', "--json")
    assert injected.returncode == 1  # nobody has that name: no year or word slipped in
    assert json.loads(injected.stdout)["query"] == '社区 person:“王建国" year:2019 运动会”'
    # A name holding both quotes cannot be written as query text; --open hands the
    # reader the built query itself (tests/functional/test_reader_search.py), so the
    # only complaint here is the missing terminal.
    both = run(*lib, "search", "社区", "--person", '王"建国”', "--open")
    assert both.returncode == 2
    assert both.stderr.strip() == message("error", message=message("needs_terminal"))


def test_a_library_folder_that_is_a_symlink_loop_says_so(run, tmp_path, lang):
    import os

    os.symlink(tmp_path / "b", tmp_path / "a")
    os.symlink(tmp_path / "a", tmp_path / "b")
    result = run("--library", str(tmp_path / "a"), "search", "统战")
    assert result.returncode == 2
    loop = message("library.symlink_loop", folder=tmp_path / "a")
    assert result.stderr.strip() == message("error", message=loop)


def test_a_library_that_is_a_file_says_so(run, tmp_path, lang):
    not_folder = tmp_path / "bulletin.txt"
    not_folder.write_text("# 标题\n\n正文。\n", encoding="utf-8")
    result = run("--library", str(not_folder), "issues")
    assert result.returncode == 2
    said = message("library.not_a_folder", folder=not_folder)
    assert result.stderr.strip() == message("error", message=said)


def test_follow_and_max_file_size_reach_the_library(run, small_library, tmp_path):
    import os

    outside = tmp_path / "outside.txt"
    outside.write_text("# 外面的标题\n\n外面的正文。\n", encoding="utf-8")
    os.symlink(outside, small_library / "link.txt")
    lib = ["--library", str(small_library)]
    skipped = run(*lib, "issues")
    assert skipped.returncode == 0 and "外面的标题" not in skipped.stdout
    reason = message("source.outside", target=outside)
    said = message("skipped_file", path=small_library / "link.txt", reason=reason)
    assert skipped.stderr == message("notice", message=said) + "\n"
    followed = run(*lib, "--follow", "issues")
    assert "外面的标题" in followed.stdout and followed.stderr == ""
    limited = run(*lib, "--follow", "--max-file-size", "0.0001", "issues")
    assert limited.returncode == 0 and "外面的标题" in limited.stdout  # 37 bytes
    limit = message("source.too_large", size="", limit="0.0001").strip()
    assert limited.stderr.count(limit) == 2


def test_argparse_errors_speak_the_users_language(run, lang):
    result = run("show")
    assert result.returncode == 2
    required = message("argparse.required") % message("metavar.article")  # in their words
    assert result.stderr.strip() == message("cli.error", message=required, prog="lcreader show")
    unknown = run("--bogus", "issues").stderr
    assert message("argparse.unrecognized") % "--bogus" in unknown


def test_doctor_explains_a_file_named_with_or_without_explain(run, tmp_path):
    # `lcreader doctor FILE`, as a newcomer typed it, said only 无法识别的参数.
    from pathlib import Path

    seed = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))[0]
    env = {"LCREADER_LANG": "zh", "LCREADER_CACHE_DIR": str(tmp_path / "cache")}
    flagged = run("doctor", "--explain", str(seed), env=env)
    bare = run("doctor", str(seed), env=env)
    assert flagged.returncode == bare.returncode == 0, bare.stderr
    assert "每一行的去处和依据" in bare.stdout
    assert bare.stdout == flagged.stdout


def test_the_people_tables_issues_run_in_date_order_undated_last(run, tmp_path):
    from tests.helpers import write_library

    story = "# {title}\n\n{date}，街道召开会议，街道党工委书记沈明远出席并讲话。\n\n(党建办 杜嵩)\n"
    library = write_library(
        tmp_path / "lib",
        {
            "a.txt": "社区报\n2024年5月10日\n\n" + story.format(title="五月会议", date="5月10日"),
            "b.txt": "社区报\n2021年3月2日\n\n" + story.format(title="三月会议", date="3月2日"),
            "c.txt": story.format(title="某次会议", date="当天"),
            "d.txt": "社区报\n2022年8月8日\n\n" + story.format(title="八月会议", date="8月8日"),
        },
    )
    table = run("--library", str(library), "--cache-dir", str(tmp_path / "c"), "people")
    row = next(line for line in table.stdout.splitlines() if line.startswith("沈明远"))
    dates = [row.index(d) for d in ("2021年3月2日", "2022年8月8日", "2024年5月10日", "年份不详")]
    assert dates == sorted(dates), row


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_takes_the_global_options_after_it(command, tmp_path):
    """#20: `lcreader people --data-dir X` and `doctor --data-dir X` were refused."""
    words = {"search": ["统战"], "compile": ["统战"], "show": ["1"], "fix": ["a.txt", "3"]}
    after = ["--library", "L", "--cache-dir", "C", "--data-dir", "D"]
    after += ["--max-file-size", "5", "--follow", "--debug"]
    argv = ["--data-dir", "before", command, *words.get(command, []), *after]
    if command in ("search", "compile"):
        argv = _search_words_apart(argv, 2)
    args, extras = build_parser(only=command).parse_known_args(argv)
    assert extras == []
    assert (args.library, args.cache_dir, args.data_dir) == ("L", "C", "D")  # after wins
    assert args.max_file_size == "5" and args.follow and args.debug
    # Not given after the command: what was given before it stands.
    args, _ = build_parser(only=command).parse_known_args(
        ["--data-dir", "before", "--follow", command, *words.get(command, [])]
    )
    assert args.data_dir == "before" and args.follow and not args.debug
    assert args.library is None and args.max_file_size is None


def test_people_doctor_and_show_use_a_data_dir_given_after_the_command(run, tmp_path):
    data = str(tmp_path / "data")
    for command in (["people"], ["doctor"], ["departments", "党建办"], ["issues"]):
        result = run(*command, "--data-dir", data)
        assert result.returncode == 0, result.stderr
    assert run("search", "统战", "--data-dir", data).returncode == 0
    # The last search is kept in that data folder, and `show 1` finds it there.
    assert "郑宏" in run("show", "1", "--data-dir", data).stdout
    assert run("show", "1", "--data-dir", str(tmp_path / "other")).returncode == 2


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_the_help_names_what_to_write_in_chinese(command, run):
    """#20: `--limit LIMIT`, `--person NAME` in a Chinese --help."""
    words = ["--help"] if command is None else [command, "--help"]
    shown = run(*words).stdout
    usage = shown.split("\n\n")[0]
    assert usage.startswith("用法："), usage
    # What is left in capitals is what is typed as it stands: none in the usage lines.
    assert not re.findall(r"\b[A-Z][A-Z_]+\b", usage), usage
    if command == "search":
        assert "--limit 数量" in shown and "--person 名字" in shown and "--year 年份" in shown
    english = run(*words, env={"LCREADER_LANG": "en"}).stdout
    if command == "search":
        assert "--limit LIMIT" in english and "--person NAME" in english


def test_no_match_names_the_query_in_chinese_quotes(run, small_library, lang):
    """The newcomer's pass: `没有文章匹配 '统战'`, a programmer's quotes in Chinese."""
    result = run("--library", str(small_library), "search", "量子计算")
    assert result.returncode == 1
    assert result.stderr == message("no_match", query="量子计算") + "\n"
    assert "'" not in result.stderr and ("“量子计算”" in result.stderr or lang == "en")


def test_a_persons_and_a_departments_page_print_their_text_in_colour(run):
    """The newcomer's pass: on a terminal (colour) they printed `<…_PlainLine object at …>`."""
    for command in (("people", "沈忠裕"), ("departments", "党建办")):
        shown = run("--color", "always", *command, env={"COLUMNS": "60"})
        assert shown.returncode == 0, shown.stderr
        assert "object at 0x" not in shown.stdout
        assert command[1] in shown.stdout or "党建办公室" in shown.stdout
        assert "文章（" in shown.stdout


def test_show_takes_a_files_name_as_its_issue(run, tmp_path):
    """(a new user's trial: `show 我的简报.txt` said there was no such article)"""
    from tests.helpers import write_library

    one = "# 楼道里装上了感应灯\n\n3月5日，居委会为老楼装上了感应灯。\n\n（居委会）\n"
    two = one + "\n# 社区食堂推出新菜单\n\n4月起，社区食堂推出新菜单。\n\n（居委会）\n"
    folder = write_library(tmp_path / "lib", {"我的简报.txt": one, "两篇.txt": two})
    shown = run("--library", str(folder), "show", "我的简报.txt")
    assert shown.returncode == 0 and "楼道里装上了感应灯" in shown.stdout
    several = run("--library", str(folder), "show", "两篇.txt")
    assert several.returncode == 2 and "两篇/1" in several.stderr and "两篇/2" in several.stderr
