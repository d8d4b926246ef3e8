"""A 2012 Word .doc read by a converter that writes the headers, the footers and the text
boxes after the text (issue #17, round yh's catdoc file): the header's paper name and
issue, the footer with Word's page-number field left as its code (`第 PAGE 1 页`). They
are the page's, no caption of the last story. Each text is my own; none of a corpus
file's words."""

from __future__ import annotations

from tests.helpers import parse_all

DOC = "\n".join(
    [
        "石溪邻里",
        "",
        "2012年第3期（总第31期）　2012年3月10日",
        "",
        "楼道里装上了感应灯",
        "",
        "3月5日，居委会为小区六幢老楼的楼道装上了感应灯，老人们晚上上下楼方便多了。",
        "",
        "（居委会　柳青）",
        "",
        "",
        "",
        "石溪邻里　2012年第3期",
        "",
        "",
        "",
        "石溪居民区编印　第 PAGE 1 页",
    ]
)


def test_a_doc_files_header_and_footer_after_its_text_are_the_pages():
    issue = parse_all(DOC)
    [story] = issue.articles
    assert story.captions == [] and story.title == "楼道里装上了感应灯"
    assert "石溪居民区编印　第 PAGE 1 页" in issue.furniture
    assert "石溪邻里　2012年第3期" in issue.furniture
    assert issue.pages == []  # (the field's code names no page)
