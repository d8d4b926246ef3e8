"""The output formats: one set of shapes written as text, Markdown, JSON and CSV."""

from __future__ import annotations

import csv
import html
import io
import re
from dataclasses import fields

from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from lcreader.cli import build_parser
from lcreader.formats.catalog import FORMATS, choices, render
from lcreader.formats.csv import BOM, COLUMNS, people_csv
from lcreader.formats.json import article_dict, export_library, issue_dict
from lcreader.formats.markdown import article_markdown, escape, library_markdown
from lcreader.formats.shapes import CAPTION_MARK, article_blocks, issue_line, meta_line
from lcreader.formats.text import article_text
from lcreader.issue_names import issue_names
from lcreader.messages import message
from lcreader.model import Article, Byline, Issue, Library, Person
from lcreader.safe_text import clean

_MARKDOWN = MarkdownIt("commonmark")
_TAG = re.compile(r"<[^>]+>")


def _shown(markdown: str) -> str:
    """The text a Markdown viewer shows for one paragraph."""
    return html.unescape(_TAG.sub("", _MARKDOWN.render(markdown))).strip("\n")


def _article(**changes) -> tuple[Article, Issue]:
    article = Article(
        id="i/1",
        issue="i",
        title="社区*统战*工作",
        kicker="凉城",
        subtitle="座谈会召开",
        paragraphs=["第一段。", "# 第二段"],
        captions=["图一", "图二"],
        bylines=[Byline("党建办", "杜嵩")],
        byline_text="党建办 杜嵩",
    )
    for name, value in changes.items():
        setattr(article, name, value)
    return article, Issue(id="i", source="i.txt", title="第1期", year=2021, articles=[article])


MARKUP = st.text(
    alphabet=st.sampled_from(list("统战 \t-+=>#*_`[]()<>!&;\\|~.1234567890abc\u3000\x1b\u202e")),
    max_size=30,
)


@given(MARKUP)
def test_escaped_text_shows_in_markdown_exactly_as_written(text):
    assert _shown(escape(text)) == clean(text).strip()


def test_the_meta_line_is_year_then_id_then_byline(lang):
    assert meta_line(2021, "i/1", "党建办 杜嵩") == "2021 · i/1 · 党建办 杜嵩"
    assert meta_line(None, "i/1") == f"{message('year_unknown')} · i/1"


def test_plain_text_is_the_blocks_in_reading_order_with_one_caption_mark():
    article, issue = _article()
    assert article_text(article, issue).split("\n") == [
        "凉城",
        "社区*统战*工作",
        "——座谈会召开",
        "2021 · i/1 · 党建办 杜嵩",
        "",
        "\u3000\u3000第一段。",
        "",
        "\u3000\u3000# 第二段",
        "",
        f"{CAPTION_MARK}图一",
        f"{CAPTION_MARK}图二",
        "",
        "（党建办 杜嵩）",
        "",
    ]


def test_plain_text_removes_control_characters_unless_asked_to_keep_them():
    article, issue = _article(title="标题\x1b[2J")
    assert "\x1b" not in article_text(article, issue)
    assert article_text(article, issue, as_written=True).startswith("凉城\n标题\x1b[2J\n")


def test_markdown_has_the_title_as_heading_and_shows_every_block_as_written():
    article, issue = _article()
    markdown = article_markdown(article, issue)
    paragraphs = markdown.rstrip("\n").split("\n\n")
    assert paragraphs[1] == r"# 社区\*统战\*工作"
    shown = [_shown(p) for p in paragraphs]
    blocks = article_blocks(article, issue)
    assert shown == [(b.prefix + b.text + b.suffix).strip() for b in blocks]
    assert "<h1>" in _MARKDOWN.render(markdown) and "<h2>" in _MARKDOWN.render(
        article_markdown(article, issue, level=2)
    )


def test_library_markdown_puts_articles_under_their_issue():
    article, issue = _article()
    markdown = library_markdown(Library(issues=[issue]))
    assert markdown.startswith("# 第1期（2021）\n\n")
    assert "\n## 社区\\*统战\\*工作\n" in markdown


def test_json_is_written_from_the_model_fields():
    article, issue = _article()
    assert set(article_dict(article)) == {f.name for f in fields(Article)} | {"people"}
    assert set(issue_dict(issue)) == {f.name for f in fields(Issue)}
    assert issue_dict(issue)["articles"] == ["i/1"]
    exported = export_library(Library(issues=[issue]))
    assert exported["articles"][0]["bylines"] == [
        {"department": "党建办", "author": "杜嵩", "role": None}
    ]


def test_csv_has_a_bom_a_row_per_title_and_no_formulas():
    article, issue = _article()
    issue.date, issue.number = "2021-11-26", "第21期"
    library = Library(
        issues=[issue],
        people=[
            Person("杜嵩", [("i", 2021, "主任"), ("i", 2021, "=HYPERLINK(x)")], ["i/1"]),
            Person("张三", [], ["i/1"]),
        ],
    )
    text = people_csv(library)
    assert text.startswith(BOM) and "\r\n" in text
    rows = list(csv.reader(io.StringIO(text[len(BOM) :])))
    assert rows[0] == [message(header) for header, _ in COLUMNS]
    name = issue_names(library).full(issue)  # the issue as printed, not its file's name
    assert (
        name
        == message("issue.year", year=2021)
        + message("issue.month_day", month=11, day=26)
        + " 第21期"
    )
    assert rows[1:] == [
        ["杜嵩", "2021", "2021-11-26", "第21期", name, "主任", "1"],
        ["杜嵩", "2021", "2021-11-26", "第21期", name, "'=HYPERLINK(x)", "1"],
        ["张三", "2021", "2021-11-26", "第21期", name, "", "1"],
    ]


def test_every_format_in_the_table_is_offered_and_writes_text():
    article, issue = _article()
    library = Library(issues=[issue], people=[Person("杜嵩", [("i", 2021, "主任")], ["i/1"])])
    parser = build_parser()
    for form in FORMATS:
        if form.article:
            assert parser.parse_args(["show", "i/1", "--format", form.name]).format == form.name
            assert "社区" in render(form.name, "article", article, issue)
        if form.library:
            assert parser.parse_args(["export", "--format", form.name]).format == form.name
            written = render(form.name, "library", library)
            # The mapping describes the index, not its data.
            assert ("杜嵩" in written) == (form.name != "mapping")
    assert {f.name for f in choices("library")} == {"json", "md", "csv", "ndjson", "mapping"}


def test_intertitles_closing_lines_and_the_issue_date_are_shown():
    article, issue = _article(paragraphs=["一、缘起", "正文。"], intertitles=[0])
    article.meta = {"来源": "凉城新村", "责任编辑": "袁静"}
    issue.date, issue.number = "2021-11-26", "第21期"
    lines = article_text(article, issue).split("\n")
    assert "一、缘起" in lines and "\u3000\u3000正文。" in lines
    assert lines[-4:] == ["", "来源：凉城新村", "责任编辑：袁静", ""]
    markdown = article_markdown(article, issue)
    assert "\n## 一、缘起\n" in markdown and "*责任编辑：袁静*" in markdown
    assert issue_line(issue) == "2021-11-26 · 第21期"
    assert library_markdown(Library(issues=[issue])).startswith("# 第1期（2021-11-26 · 第21期）")
    issue.date = issue.number = None
    assert issue_line(issue) == "2021"


def test_a_joined_jump_closes_on_one_line_and_a_lone_marker_as_printed(lang):
    # `下转：第3版` under the last line of an article joined across pages read as if it
    # went on elsewhere (the newcomer's find): one line says it was joined.
    article, issue = _article()
    article.meta = {"下转": "第3版", "上接": "第1版", "来源": "凉城新村"}
    lines = article_text(article, issue).split("\n")
    joined = (
        message("closing.joined_label")
        + "："
        + message("closing.joined", start="第1版", end="第3版")
    )
    assert lines[-4:] == ["", joined, "来源：凉城新村", ""]
    assert "下转" not in article_markdown(article, issue)
    article.meta = {"下转": "第3版"}  # cut off, its rest not found: said as printed
    assert article_text(article, issue).split("\n")[-2] == "下转：第3版"


def test_the_ndjson_export_is_the_bulk_format_with_a_cjk_bigram_mapping(tmp_path):
    """What OpenSearch/Elasticsearch's `_bulk` API takes: action and document lines in
    turn, each one JSON object, the body ending with a newline; the mapping analyses
    every text field with cjk_bigram."""
    import json
    from pathlib import Path

    from lcreader.formats.catalog import render
    from lcreader.formats.ndjson import BOOSTS, mapping
    from lcreader.library import open_library

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    library = open_library(seeds, tmp_path / "c.json")
    body = render("ndjson", "library", library)
    assert body.endswith("\n")
    lines = body.split("\n")[:-1]
    assert len(lines) == 2 * len(library.articles())
    for action, document in zip(lines[::2], lines[1::2], strict=True):
        action, document = json.loads(action), json.loads(document)
        assert list(action) == ["index"] and set(action["index"]) == {"_index", "_id"}
        article = library.article(action["index"]["_id"])
        assert document["article"] == article.id and document["title"] == article.title
        assert document["body"] == "\n".join(article.paragraphs)
    analysis = mapping()["settings"]["analysis"]["analyzer"]
    [analyzer] = analysis.values()
    assert "cjk_bigram" in analyzer["filter"]
    fields = mapping()["mappings"]["properties"]
    assert all(fields[name]["analyzer"] in analysis for name in BOOSTS)
    assert json.loads(render("mapping", "library", library)) == mapping()


def test_the_json_export_writes_the_people_an_issues_furniture_names():
    import json

    from lcreader.formats.catalog import render as render_format
    from lcreader.model import Mention

    issue = Issue("i", "i.txt", "第6期", articles=[Article("i/1", "i", "标题", ["正文。"])])
    issue.mentions = [Mention("魏澜", ("责任编辑",), "editor")]
    library = Library([issue])
    data = json.loads(render_format("json", "library", library))
    assert data["issues"][0]["mentions"][0]["name"] == "魏澜"
    assert data["issues"][0]["mentions"][0]["titles"] == ["责任编辑"]
