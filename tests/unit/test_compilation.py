"""Compiling articles into a document: Word read back with python-docx (every title and
paragraph there, in order), Markdown and HTML, hostile text, never overwriting."""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
from datetime import date

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lcreader.compilation import Compilation, in_issue_order, render, safe
from lcreader.compilation.output import write_new
from lcreader.library import open_library
from lcreader.model import Article, Issue, Library
from lcreader.safe_files import NotRegularFile
from tests.conftest import SEEDS

HOSTILE = "控制\x1b[2J字符\x00\x07与\u202e双向\u200b零宽\ufffe\uffff和\ud800代理"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    library = open_library(SEEDS, tmp_path_factory.mktemp("c") / "cache.json")
    return Compilation("统战", in_issue_order(library, [a.id for a in library.articles()]))


def word_paragraphs(data: bytes) -> list[tuple[str, str]]:
    document = docx.Document(io.BytesIO(data))
    return [(p.style.name, p.text) for p in document.paragraphs]


def expected_texts(article: Article) -> list[str]:
    """Every field of the article as the document writes it, in reading order."""
    texts = [article.kicker, article.title, article.subtitle and f"——{article.subtitle}"]
    texts += [*article.paragraphs, *(f"▣ {c}" for c in article.captions)]
    texts.append(article.byline_text and f"（{article.byline_text}）")
    texts += [f"{label}：{value}" for label, value in article.meta.items()]
    return [safe(t) for t in texts if t]


def titles_in_order(text: str, compilation: Compilation) -> bool:
    """Every article's title in the text after the contents, in order."""
    contents = [f"{n}. {a.title}" for n, (a, _) in enumerate(compilation.articles, 1)]
    at = text.find(contents[-1]) + len(contents[-1])
    for article, _ in compilation.articles:
        at = text.find(article.title, at)
        if at == -1:
            return False
        at += len(article.title)
    return True


def in_order(found: list[str], wanted: list[str]) -> bool:
    """Every wanted text is a paragraph of `found`, in this order."""
    at = 0
    for text in wanted:
        try:
            at = found.index(text, at) + 1
        except ValueError:
            return False
    return True


def test_word_holds_every_title_and_paragraph_in_order(seeds):
    paragraphs = word_paragraphs(render(seeds, "docx"))
    texts = [text for _, text in paragraphs]
    wanted = [t for article, _ in seeds.articles for t in expected_texts(article)]
    assert len(seeds.articles) >= 9
    assert in_order(texts, wanted)
    headings = [text for style, text in paragraphs if style == "Heading 1"]
    assert headings == [safe(a.title) for a, _ in seeds.articles]


def test_word_has_a_cover_a_contents_field_and_the_title_list(seeds):
    data = render(seeds, "docx")
    texts = [text for _, text in word_paragraphs(data)]
    assert texts[1] == seeds.cover and "统战" in texts[1]
    titles = [f"{n}. {safe(a.title)}" for n, (a, _) in enumerate(seeds.articles, 1)]
    assert in_order(texts, titles)
    document = docx.Document(io.BytesIO(data))
    body = document.element.body.xml
    assert 'TOC \\o "1-2"' in body
    footer = document.sections[0].footer.paragraphs[0]._p.xml
    assert "PAGE" in footer


def test_word_names_chinese_fonts_for_east_asian_text(seeds):
    document = docx.Document(io.BytesIO(render(seeds, "docx")))
    east_asian = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia"

    def font(style: str) -> str:
        return document.styles[style].element.rPr.rFonts.get(east_asian)

    assert font("Normal") == "仿宋"
    assert font("Heading 1") == "黑体" and font("Title") == "黑体"


def test_word_paragraph_starts_a_page_per_article(seeds):
    document = docx.Document(io.BytesIO(render(seeds, "docx")))
    starts = [p for p in document.paragraphs if p.paragraph_format.page_break_before]
    assert len(starts) == len(seeds.articles)


def hostile_compilation(text: str) -> Compilation:
    article = Article(
        id="x/1",
        issue="x",
        title=f"标题{text}",
        kicker=text,
        paragraphs=[text, "长" * 200_000, f"<script>alert(1)</script>{text}"],
        captions=[text],
    )
    issue = Issue(id="x", source="x.txt", title=text, year=2021, articles=[article])
    return Compilation(text, [(article, issue)])


def test_hostile_text_comes_out_clean_in_every_format():
    compilation = hostile_compilation(HOSTILE)
    texts = [text for _, text in word_paragraphs(render(compilation, "docx"))]
    cleaned = "控制[2J字符与双向零宽和代理"
    assert cleaned in texts and "长" * 200_000 in texts
    for form, shown in (("md", cleaned.replace("[", "\\[")), ("html", cleaned)):
        out = render(compilation, form).decode("utf-8")
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u202e\u200b\ufffe\uffff]", out)
        assert shown in out
    page = render(compilation, "html").decode("utf-8")
    assert "<script>" not in page and html.escape("<script>") in page


@given(st.text(min_size=1, max_size=60))
def test_any_text_makes_a_word_document_that_reads_back(text):
    compilation = hostile_compilation(text)
    texts = [t for _, t in word_paragraphs(render(compilation, "docx"))]
    assert safe(text) in texts or not safe(text).strip()


def test_markdown_and_html_hold_every_title_in_order(seeds):
    md = render(seeds, "md").decode("utf-8")
    page = render(seeds, "html").decode("utf-8")
    assert titles_in_order(md, seeds)
    assert titles_in_order(re.sub("<[^>]+>", "", html.unescape(page).replace("</li>", "")), seeds)
    assert (
        page.count("<article") == len(seeds.articles) and "<style>" in page and "src=" not in page
    )


def test_articles_come_in_the_order_of_their_issues():
    old = Issue(id="b", source="b.txt", title="旧", year=2019, articles=[Article("b/1", "b", "二")])
    new = Issue(id="a", source="a.txt", title="新", year=2021, articles=[Article("a/1", "a", "一")])
    library = Library(issues=[new, old])
    assert [a.id for a, _ in in_issue_order(library, ["a/1", "b/1"])] == ["b/1", "a/1"]


def test_cover_says_what_when_and_how_many():
    compilation = Compilation("统战", [], made=date(2023, 5, 1))
    assert compilation.cover == "检索：统战 · 2023年5月1日 · 共 0 篇"


def test_an_existing_file_is_never_replaced_without_force(tmp_path):
    path = tmp_path / "统战.docx"
    write_new(path, b"first")
    with pytest.raises(FileExistsError):
        write_new(path, b"second")
    assert path.read_bytes() == b"first"
    write_new(path, b"second", force=True)
    assert path.read_bytes() == b"second"
    link = tmp_path / "link.docx"
    link.symlink_to(tmp_path / "nowhere")
    with pytest.raises(FileExistsError):
        write_new(link, b"x")
    (tmp_path / "dir.docx").mkdir()
    with pytest.raises(NotRegularFile):
        write_new(tmp_path / "dir.docx", b"x", force=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dir.docx", "link.docx", "统战.docx"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_every_title_back(seeds, tmp_path):
    source = tmp_path / "汇编.docx"
    source.write_bytes(render(seeds, "docx"))
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "txt:Text", "--outdir", str(tmp_path), str(source)],
        capture_output=True, timeout=180, check=True,
    )  # fmt: skip
    assert titles_in_order((tmp_path / "汇编.txt").read_text("utf-8-sig"), seeds)
