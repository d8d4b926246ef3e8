"""`lcreader fix`: list, add and remove a bulletin's structure corrections; doctor's
suggestions; search and export seeing the corrected structure."""

from __future__ import annotations

import json

from lcreader.messages import message
from tests.unit.test_corrections import CORPUS, TWO_RUN_TOGETHER


def _library(tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "a.txt").write_text(TWO_RUN_TOGETHER, encoding="utf-8")
    return lib


def _titles(run, lib) -> list[str]:
    out = run("--library", str(lib), "export", "--format", "json")
    assert out.returncode == 0, out.stderr
    return [a["title"] for a in json.loads(out.stdout)["articles"]]


def test_fix_round_trips_and_search_and_export_see_it(run, tmp_path, lang):
    lib = _library(tmp_path)
    assert "锦苑居民区开展垃圾分类宣传" not in _titles(run, lib)
    listed = run("--library", str(lib), "fix", "a.txt")
    assert listed.returncode == 0 and str(lib / "a.txt.corrections") in listed.stdout
    for op in ("split", "title"):
        added = run("--library", str(lib), "fix", "a.txt", "4", "--as", op)
        assert added.returncode == 0, added.stderr
        assert str(lib / "a.txt.corrections") in added.stdout
        # what it did, whole: `第 4 行 标题` alone read as if the title had gone
        assert message(f"fix.did.{op}", line=4) in added.stdout
    assert _titles(run, lib) == ["凉城新村街道举办敬老文艺汇演", "锦苑居民区开展垃圾分类宣传"]
    found = run("--library", str(lib), "search", "垃圾分类", "--json")
    hits = json.loads(found.stdout)["hits"]
    assert hits[0]["title"] == "锦苑居民区开展垃圾分类宣传"
    listed = run("--library", str(lib), "fix", "a.txt").stdout
    assert listed.count("锦苑居民区开展垃圾分类宣传") == 2
    assert message("fix.op.split") in listed and message("fix.op.title") in listed
    removed = run("--library", str(lib), "fix", "a.txt", "--remove", "2")
    assert removed.returncode == 0
    assert _titles(run, lib)[1] != "锦苑居民区开展垃圾分类宣传"
    assert run("--library", str(lib), "fix", "a.txt", "--remove", "1").returncode == 0
    assert _titles(run, lib) == ["凉城新村街道举办敬老文艺汇演"]


def test_fix_refuses_a_blank_line_an_unknown_number_and_a_missing_as(run, tmp_path):
    lib = _library(tmp_path)
    (lib / "a.txt").write_text(TWO_RUN_TOGETHER + "\n\n", encoding="utf-8")
    assert run("--library", str(lib), "fix", "a.txt", "8", "--as", "title").returncode == 2
    assert run("--library", str(lib), "fix", "a.txt", "--remove", "1").returncode == 2
    assert run("--library", str(lib), "fix", "a.txt", "4").returncode == 2
    assert not (lib / "a.txt.corrections").exists()


def test_a_byline_is_edited_from_the_shell(run, tmp_path):
    lib = _library(tmp_path)
    out = run("--library", str(lib), "fix", "a.txt", "6", "--as", "byline", "--author", "王小明")
    assert out.returncode == 0, out.stderr
    people = run("--library", str(lib), "people", "--json")
    assert "王小明" in people.stdout


def test_a_stale_correction_is_listed_and_doctor_says_so(run, tmp_path):
    lib = _library(tmp_path)
    run("--library", str(lib), "fix", "a.txt", "4", "--as", "title")
    (lib / "a.txt").write_text(TWO_RUN_TOGETHER.replace("锦苑", "锦园"), encoding="utf-8")
    assert message("fix.stale").strip() in run("--library", str(lib), "fix", "a.txt").stdout
    doctor = json.loads(run("--library", str(lib), "doctor", "--json").stdout)
    codes = [n["code"] for f in doctor["files"] for n in f["notes"]]
    assert "correction_stale" in codes


def test_doctor_suggests_fix_commands_that_work_as_written(run, tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    for path in CORPUS:
        (lib / path.name).write_bytes(path.read_bytes())
    doctor = json.loads(run("--library", str(lib), "doctor", "--json").stdout)
    fixes = [(f["source"], n["fix"]) for f in doctor["files"] for n in f["notes"] if n["fix"]]
    assert fixes
    source, command = fixes[0]
    assert command.startswith(f"lcreader --library {lib} fix {source} ")
    for part in command.split(" && "):
        assert run(*part.split()[1:]).returncode == 0
    assert len(run("--library", str(lib), "fix", source).stdout.splitlines()) == 1 + len(
        command.split(" && ")
    )
    text = run("--library", str(lib), "doctor").stdout
    assert message("doctor.suggest", command=command) in text or "lcreader --library" in text


def test_a_bookmark_follows_its_article_when_fix_retitles_it(run, tmp_path):
    from lcreader.library import open_library
    from lcreader.reading import Reading, article_keys

    lib = _library(tmp_path)
    data = tmp_path / "data"
    library = open_library(lib, tmp_path / "c.json")
    article = library.issues[0].articles[0]
    reading = Reading()
    reading.toggle_bookmark(article_keys(library)[article.id], article)
    reading.read.add(article_keys(library)[article.id])
    reading.save(data)
    assert run("--library", str(lib), "fix", "a.txt", "3", "--as", "title").returncode == 0
    after = open_library(lib, tmp_path / "c.json")
    key = article_keys(after)[after.issues[0].articles[0].id]
    saved = Reading.load(data)
    assert [b.key for b in saved.bookmarks] == [key] and saved.read == {key}


def test_fix_and_explain_read_a_file_by_the_librarys_rules(run, tmp_path, lang):
    # #20's attacker: fix and doctor --explain read a file the build refuses (20 million
    # newlines took 2.46 GB) and ignored --follow.
    from lcreader.sources import MAX_LINES

    lib = _library(tmp_path)
    (lib / "long.txt").write_text("开头。\n" + "一行。\n" * (MAX_LINES + 1), encoding="utf-8")
    refused = run("--library", str(lib), "fix", "long.txt", "1", "--as", "split")
    assert refused.returncode == 2
    assert message("source.too_many_lines", limit=f"{MAX_LINES:,}") in refused.stderr
    assert not (lib / "long.txt.corrections").exists()
    explained = run("--library", str(lib), "doctor", "--explain", "long.txt")
    assert explained.returncode == 2
    assert message("source.too_many_lines", limit=f"{MAX_LINES:,}") in explained.stderr
    outside = tmp_path / "outside.txt"
    outside.write_text(TWO_RUN_TOGETHER, encoding="utf-8")
    (lib / "linked.txt").symlink_to(outside)
    assert run("--library", str(lib), "doctor", "--explain", "linked.txt").returncode == 2
    followed = run("--library", str(lib), "--follow", "doctor", "--explain", "linked.txt")
    assert followed.returncode == 0, followed.stderr
    followed = run("--library", str(lib), "doctor", "--explain", "linked.txt", "--follow")
    assert followed.returncode == 0, followed.stderr


def test_a_run_of_lines_is_corrected_at_once(run, tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    text = (
        "社区食堂推出晚餐\n\n从下周起，社区长者食堂每天增加晚餐供应，价格与午餐相同。\n\n"
        "举报\n收藏\n\n分享到\n"
    )
    (lib / "a.txt").write_text(text, encoding="utf-8")
    out = run("--library", str(lib), "fix", "a.txt", "5-8", "--as", "furniture")
    assert out.returncode == 0, out.stderr
    listed = run("--library", str(lib), "fix", "a.txt").stdout
    assert listed.count(message("fix.op.furniture")) == 3  # the blank line 7 is passed by
    exported = json.loads(run("--library", str(lib), "export", "--format", "json").stdout)
    text_out = "".join(p for a in exported["articles"] for p in a["paragraphs"])
    assert "收藏" not in text_out and "分享到" not in text_out
    bad = run("--library", str(lib), "fix", "a.txt", "8-5", "--as", "furniture")
    assert bad.returncode == 2 and "8-5" in bad.stderr
    whole = run("--library", str(lib), "fix", "a.txt", "5-6", "--as", "byline", "--author", "王")
    assert whole.returncode == 2


def test_doctors_commands_name_the_folders_the_user_named(run, tmp_path):
    """The newcomer's pass: doctor run with --cache-dir and --data-dir suggested commands
    without them, which pasted worked on another cache."""
    lib, cache, data = tmp_path / "lib", tmp_path / "cache", tmp_path / "data"
    lib.mkdir()
    for path in CORPUS:
        (lib / path.name).write_bytes(path.read_bytes())
    folders = ["--library", str(lib), "--cache-dir", str(cache), "--data-dir", str(data)]
    doctor = json.loads(run(*folders, "doctor", "--json").stdout)
    fixes = [n["fix"] for f in doctor["files"] for n in f["notes"] if n["fix"]]
    assert fixes and all(fix.startswith("lcreader " + " ".join(folders) + " fix ") for fix in fixes)
