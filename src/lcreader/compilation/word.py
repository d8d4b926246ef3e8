"""A compilation as a Word document (.docx, through python-docx), set as government
documents are: 仿宋 body, 黑体 headings, a cover line, a table of contents (a real
Word field, and the plain list of titles, which shows before the field is updated),
each article from a new page, page numbers in the footer.

Chinese text needs its font named for East Asian text (`w:eastAsia`): the font
python-docx sets is only the one for Latin text.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from ..formats.shapes import article_blocks
from ..messages import message
from . import Compilation, Progress, safe, source_line

BODY_FONT = "仿宋"
HEADING_FONT = "黑体"
LATIN_FONT = "Times New Roman"
BODY_SIZE = Pt(14)  # 四号, the body of an official document is 三号 or 四号
TOC_FIELD = 'TOC \\o "1-2" \\h \\z \\u'
# How each block of an article is set: (style, size in points or None, bold, italic).
_LOOKS = {
    "kicker": ("Normal", 12, False, False),
    "subtitle": ("Normal", 15, True, False),
    "meta": ("Normal", 11, False, False),
    "source": ("Normal", 11, False, False),
    "paragraph": ("Normal", None, False, False),
    "intertitle": ("Heading 2", None, False, False),
    "caption": ("Normal", 12, False, True),
    "byline": ("Normal", None, False, False),
    "closing": ("Normal", 12, False, False),
}


def _fonts(style_or_run, east_asian: str, latin: str = LATIN_FONT) -> None:
    """Name the fonts of a style or run for Latin and for East Asian text."""
    style_or_run.font.name = latin
    fonts = style_or_run.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asian)


def _styles(document) -> None:
    normal = document.styles["Normal"]
    _fonts(normal, BODY_FONT)
    normal.font.size = BODY_SIZE
    normal.paragraph_format.line_spacing = 1.5
    for name, size in (("Title", 22), ("Heading 1", 18), ("Heading 2", 15)):
        style = document.styles[name]
        _fonts(style, HEADING_FONT)
        style.font.size = Pt(size)
        style.font.bold = name != "Heading 2" or None
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.font.italic = False


def _field(paragraph, instruction: str, shown: str = "") -> None:
    """A Word field (TOC, PAGE) in a paragraph: Word works it out, `shown` until then."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instruction
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run._r.append(begin)
    run._r.append(text)
    run._r.append(separate)
    paragraph.add_run(shown)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


def _update_fields_on_open(document) -> None:
    """Ask Word to work the fields out (the table of contents) when it opens the file."""
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    document.settings.element.append(update)


def _page_numbers(section) -> None:
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("— ")
    _field(footer, "PAGE", "1")
    footer.add_run(" —")


def _add(document, look: str, text: str):
    style, size, bold, italic = _LOOKS[look]
    paragraph = document.add_paragraph(style=style)
    run = paragraph.add_run(text)
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold or None
    run.font.italic = italic or None
    if look == "paragraph":
        paragraph.paragraph_format.first_line_indent = BODY_SIZE * 2  # two characters
    if look in ("kicker", "subtitle", "source", "meta"):
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def _article(document, article, issue) -> None:
    """The article from a new page, its title a heading the table of contents lists."""
    first = None
    for block in article_blocks(article, issue):
        prefix = "" if block.kind == "paragraph" else block.prefix
        text = safe(prefix + block.text + block.suffix)
        if block.kind == "title":
            paragraph = document.add_heading(text, level=1)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            if block.kind == "meta":
                _add(document, "source", source_line(issue))
            paragraph = _add(document, block.look, text)
        first = first or paragraph
    first.paragraph_format.page_break_before = True


def write(compilation: Compilation, progress: Progress) -> bytes:
    document = Document()
    _styles(document)
    document.core_properties.title = safe(message("compile.title"))
    document.core_properties.subject = safe(compilation.heading)
    _page_numbers(document.sections[0])
    document.add_paragraph(
        safe(message("compile.title")), style="Title"
    ).alignment = WD_ALIGN_PARAGRAPH.CENTER
    cover = document.add_paragraph(compilation.cover)
    cover.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if compilation.articles:
        heading = document.add_paragraph(safe(message("compile.contents")), style="Title")
        heading.runs[0].font.size = Pt(16)
        heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _field(document.add_paragraph(), TOC_FIELD, message("compile.toc_hint"))
        for n, (article, _) in enumerate(compilation.articles, 1):
            document.add_paragraph(f"{n}. {safe(article.title)}")
        _update_fields_on_open(document)
    total = len(compilation.articles)
    for done, (article, issue) in enumerate(compilation.articles, 1):
        _article(document, article, issue)
        progress(done, total)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
