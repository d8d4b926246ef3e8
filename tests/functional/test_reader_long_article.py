"""The article pane on articles of any length, at the pane's own width from the first frame."""

from __future__ import annotations

import rich.text

from lcreader.model import Article, Issue, Library
from lcreader.tui.widgets.article_view import ArticleView
from tests.functional.reader_helpers import WIDE, body_lines, make_app

CHARS = 20_000  # a one-line article: took seconds to show when its lines were cut one by one


def one_line_library(chars: int) -> Library:
    clause = "社区举办运动会，统战人士参加。"
    paragraph = (clause * (chars // len(clause) + 1))[:chars]
    article = Article(id="long/1", issue="long", title="一行长文", paragraphs=[paragraph])
    return Library(
        issues=[Issue(id="long", source="long.txt", title="一行长文", articles=[article])]
    )


async def test_showing_a_long_one_line_article_costs_in_proportion_to_its_length(
    tmp_path, monkeypatch
):
    # Every Rich Text made copies (and cleans) its characters: count them. Cutting each
    # line from a copy of the whole paragraph made lines × length of them (millions).
    copied = []
    strip = rich.text.strip_control_codes

    def counted(text: str) -> str:
        copied.append(len(text))
        return strip(text)

    monkeypatch.setattr(rich.text, "strip_control_codes", counted)
    library = one_line_library(CHARS)
    paragraph = library.issues[0].articles[0].paragraphs[0]
    app = make_app(library, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert sum(copied) <= 10 * CHARS, sum(copied)
        monkeypatch.setattr(rich.text, "strip_control_codes", strip)
        lines = body_lines(app)
        assert len(lines) > 200  # the paragraph is wrapped, every character shown once
        assert "".join(line.strip() for line in lines).endswith(paragraph[-40:])
        view = app.query_one(ArticleView)
        view.focus()
        await pilot.press("G")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y > 0
