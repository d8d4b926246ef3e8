"""`lcreader compile`: a Word document from a query, bookmarks or an issue; md and html
to standard output; never over an existing file without --force."""

from __future__ import annotations

import io
import json

import docx

from lcreader.messages import message


def test_compile_a_query_into_word(run, tmp_path):
    out = tmp_path / "统战2021.docx"
    result = run("compile", "统战", "--format", "docx", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert message("compile.written", path=str(out), count=1) in result.stderr
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "郑宏在凉城新村街道调研基层统战工作" in texts
    again = run("compile", "统战", "-o", str(out))
    assert again.returncode == 2 and message("compile.exists", path=str(out)) in again.stderr
    assert run("compile", "统战", "-o", str(out), "--force").returncode == 0


def test_compile_takes_query_words_and_filters_as_search_does(run, tmp_path):
    searched = json.loads(run("search", "社区", "-统战", "--limit", "50", "--json").stdout)
    md = run("compile", "社区", "-统战", "--format", "md")
    assert md.returncode == 0, md.stderr
    assert f"共 {searched['total']} 篇" in md.stdout
    page = run("compile", "--person", "乐跃明", "--format", "html")
    assert page.stdout.startswith("<!DOCTYPE html>") and "乐跃明" in page.stdout


def test_compile_an_issue_and_nothing(run, tmp_path):
    issues = json.loads(run("issues", "--json").stdout)
    first = issues[0]
    out = tmp_path / "issue.docx"
    assert run("compile", "--issue", first["id"], "-o", str(out)).returncode == 0
    texts = [p.text for p in docx.Document(io.BytesIO(out.read_bytes())).paragraphs]
    assert all(a["title"] in texts for a in first["articles"])
    assert run("compile", "--format", "md").returncode == 2  # nothing to compile
    assert run("compile", "--issue", "no-such-issue", "--format", "md").returncode == 2
    assert run("compile", "不存在的词语组合", "--format", "md").returncode == 1
    assert run("compile", "统战", "-o", str(tmp_path / "none" / "x.docx")).returncode == 2


def test_compile_bookmarks(run, tmp_path):
    assert run("compile", "--bookmarks", "--format", "md").returncode == 1  # none yet


def test_a_target_that_cannot_be_written_is_said_in_the_users_words(run):
    """#20 (attack pass): `compile -o` said the system's English (`Permission denied`)."""
    import os
    import sys

    import pytest

    if not sys.platform.startswith("linux") or not os.path.isdir("/sys/kernel"):
        pytest.skip("sysfs refuses new files, even to root")
    result = run("compile", "统战", "-o", "/sys/kernel/x.docx")
    assert result.returncode == 2
    assert "Permission denied" not in result.stderr and "not permitted" not in result.stderr
    reasons = {message("oserror.EACCES"), message("oserror.EPERM"), message("oserror.ENOENT")}
    assert any(reason in result.stderr for reason in reasons), result.stderr
