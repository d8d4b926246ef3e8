"""E-paper pages fetched through a reader service and appended to one file (issue #17,
round yq): each page under the service's head (`Title: …` / `URL Source: …` /
`Markdown Content:`), the site's links in Markdown, a headline underlined as Markdown
sets one. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all


def page(title: str, kicker: str, headline: str, text: str) -> str:
    return (
        f"Title: {headline}--东湖镇报\n\n"
        "URL Source: http://example.cn/html/2025-05/16/content_1.htm\n\n"
        "Markdown Content:\n"
        "*   [首页](http://example.cn/html/2025-05/16/node_1.htm)\n"
        "*   [往期回顾](http://example.cn/period.htm)\n\n"
        "2025年05月16日 星期五\n\n"
        "第03版：乡风\n\n"
        f"### {kicker}\n\n"
        f"{headline}\n"
        "=========\n\n"
        f"{text}\n\n"
        "上一篇  [下一篇](http://example.cn/html/2025-05/16/content_2.htm)\n\n"
    )


PAGES = page(
    "", "农技小贴士", "小满时节 农事莫误", "小满过后，气温升高，雨水增多，是夏收夏种的关键时期。"
) + page("", "乡村厨房", "蚕豆炒咸菜", "五月的蚕豆最嫩，剥出来和自家腌的咸菜一起炒，是一道下饭菜。")


def test_a_reader_services_head_over_each_page_and_the_sites_links_are_furniture():
    issue = parse_all(PAGES)
    assert "Markdown Content:" in issue.furniture
    assert "*   [首页](http://example.cn/html/2025-05/16/node_1.htm)" in issue.furniture
    assert "Title: 小满时节 农事莫误--东湖镇报" in issue.furniture
    # (one article a page; which of the two headings is the title is not yet read: the
    # `###` heading is taken for it, the underlined one for its subtitle)
    assert len(issue.articles) == 2
    assert issue.articles[1].paragraphs[0].startswith("五月的蚕豆最嫩")
