"""`lcreader show` and `search` set their lines on a terminal; --color as ripgrep's."""

from __future__ import annotations

import itertools
import re

from lcreader.messages import message
from lcreader.search.query import query_help
from lcreader.typeset import NO_LINE_END, NO_LINE_START, text_width

ANSI = re.compile(r"\x1b\[[0-9;?]*[a-zA-Z]")


def screen_lines(output: str) -> list[str]:
    return [ANSI.sub("", line) for line in output.replace("\r\n", "\n").split("\n")]


def test_show_wraps_to_the_terminal_with_chinese_rules(run_on_terminal):
    out = run_on_terminal("show", "003_17d9481db0f4d0a8/1", env={"COLUMNS": "40"})
    lines = screen_lines(out)
    assert max(text_width(line) for line in lines) <= 40
    body = [line.strip() for line in lines if line.strip()]
    assert len(body) > 20  # a paragraph of hundreds of characters became many lines
    for line in body:
        assert line[0] not in NO_LINE_START and line[-1] not in NO_LINE_END, line


def test_search_keeps_the_snippet_indent_and_matches_whole(run_on_terminal):
    out = run_on_terminal("search", "统战", "--color=never", env={"COLUMNS": "41"})
    assert "\x1b[1m" not in out  # never: no styles
    lines = screen_lines(out)
    snippet_rows = [line for line in lines[2:] if line.startswith("    ")]
    assert len(snippet_rows) > 4
    assert all(text_width(line) <= 41 for line in lines)
    # A match is never cut across lines: 统 never ends a line followed by 战.
    pairs = itertools.pairwise(lines)
    assert not any(a.endswith("统") and b.strip().startswith("战") for a, b in pairs)


def test_color_always_styles_a_pipe_and_never_does_not(run):
    styled = run("search", "统战", "--color=always")
    assert "\x1b[" in styled.stdout and "统战" in styled.stdout
    plain = run("--color", "never", "show", "003_17d9481db0f4d0a8/1")
    assert "\x1b[" not in plain.stdout
    # In a pipe, a paragraph stays one line, for scripts.
    assert any(text_width(line) > 150 for line in plain.stdout.splitlines())


def test_help_in_both_languages(run, lang):
    out = run("--help").stdout
    assert out.startswith(message("cli.usage") + "lcreader")
    # Help is wrapped at spaces and between Chinese characters: compared without them.
    bare = lambda text: "".join(text.split())  # noqa: E731
    assert bare(message("cli.search")) in bare(out) and bare(message("cli.color")) in bare(out)
    search_help = run("search", "--help").stdout
    assert bare(query_help()) in bare(search_help)


def test_names_in_the_meta_and_byline_lines_are_never_cut():
    from lcreader.cli.render import styled_article_lines
    from lcreader.model import Article, Byline, Issue

    article = Article(
        "x/6",
        "x",
        "首批社区“法律明白人”结业",
        paragraphs=["正文。"],
        bylines=[Byline("司法所", "陶然"), Byline("统战办", "欧阳璐")],
        byline_text="司法所 陶然、统战办 欧阳璐",
    )
    issue = Issue("x", "x.txt", "标题", year=2023, articles=[article])
    for width in range(16, 60):
        lines = [line.plain for line in styled_article_lines(article, issue, width)]
        for name in ("陶然", "欧阳璐"):
            assert any(name in line for line in lines), (width, lines)
        # A department never ends a line: its person's name goes with it.
        assert not any(line.rstrip().endswith(("司法所", "统战办")) for line in lines), (
            width,
            lines,
        )
        # A cut at a space leaves no stray space at the next line's start (the meta
        # lines: those before the first blank one; the byline is set flush right).
        head = lines[: lines.index("")]
        assert not any(line.startswith(" ") for line in head), (width, head)
