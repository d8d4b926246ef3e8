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


async def test_the_article_is_never_laid_out_at_a_width_that_is_not_the_panes(
    seeds, tmp_path, monkeypatch
):
    # Before the first layout the pane measured nothing, and the first frame showed the
    # article wrapped at a few cells. Every layout is at the pane's own text width.
    widths = []
    layout = ArticleView._layout

    def recorded(view, article, issue, width):
        widths.append((width, view.scrollable_content_region.width - 1))
        return layout(view, article, issue, width)

    monkeypatch.setattr(ArticleView, "_layout", recorded)
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.resize_terminal(140, 40)
        await pilot.pause()
        assert widths and all(used == pane for used, pane in widths), widths


async def test_g_and_G_go_to_the_ends_with_the_sticky_title_showing_the_position(seeds, tmp_path):
    # The sticky title's row once made the end a row further than `G` went: the last
    # line hidden, the title saying 91%. The first article, and one opened after it.
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        sticky = app.query_one("#article-sticky")
        for article_id in (app.article_id, "000_a74f4656124ffe3f/4"):
            app.jump_to_article(article_id)
            await pilot.pause()
            view.focus()
            await pilot.press("G")
            await pilot.pause()
            assert view.max_scroll_y > 0 and view.scroll_y == view.max_scroll_y
            assert sticky.display and sticky.render().plain.endswith("100%")
            last = view.virtual_size.height - view.scrollable_content_region.height
            assert view.scroll_y == last  # the last line in view, none further
            await pilot.press("g")
            await pilot.pause()
            assert view.scroll_y == 0 and not sticky.display


async def test_pager_keys_typed_faster_than_frames_each_move(tmp_path):
    # Keys that came before the next frame (a held key, keys typed while a long article
    # was laid out) each scrolled from the same row: three j moved one line.
    import asyncio

    from textual import events

    clause = "社区举办运动会，统战人士参加。"
    long = Article(id="big/2", issue="big", title="长文", paragraphs=[clause * 20] * 3000)
    short = Article(id="big/1", issue="big", title="短文", paragraphs=["短文。"])
    library = Library(
        issues=[Issue(id="big", source="big.txt", title="短文", articles=[short, long])]
    )
    app = make_app(library, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert app.article_id == "big/1"
        view = app.query_one(ArticleView)
        # In one burst, as a terminal delivers them: down to the long article, open it
        # (its layout takes a while), then three lines and a page.
        for key, character in [("j", "j"), ("enter", "\r"), *[("j", "j")] * 3, ("space", " ")]:
            app._driver.send_message(events.Key(key, character))
        for _ in range(50):
            await asyncio.sleep(0.05)
            await pilot.pause()
            if view.scroll_y:
                break
        await pilot.pause(0.3)
        assert app.article_id == "big/2"
        page = view.scrollable_content_region.height
        assert view.scroll_y == 3 + page
        # And back up, as fast.
        for _ in range(2):
            app._driver.send_message(events.Key("k", "k"))
        await pilot.pause(0.3)
        assert view.scroll_y == 1 + page


async def test_the_first_j_in_an_article_moves_its_text_a_row(seeds, tmp_path):
    """#20: in a terminal, the first j after [ or ] did nothing to see: the title's row
    scrolled away, the sticky title took the same row, every other row stood still."""
    from tests.functional.test_reader_layout import screen_text

    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.press("enter", "right_square_bracket")  # the keys in the article
        await pilot.pause()
        assert view.max_scroll_y > 0 and view.scroll_y == 0
        region = view.scrollable_content_region
        # The rows under the title's, the text's columns (not the scrollbar's): what j
        # must move up.
        below = region._replace(y=region.y + 1, height=region.height - 1, width=region.width - 1)
        before = [screen_text(app, below._replace(y=y, height=1)) for y in below.line_range]
        await pilot.press("j")
        await pilot.pause()
        after = [screen_text(app, below._replace(y=y, height=1)) for y in below.line_range]
        assert after != before
        assert after[:-1] == before[1:]  # each row one up
        await pilot.press("k")
        await pilot.pause()
        assert [screen_text(app, below._replace(y=y, height=1)) for y in below.line_range] == before
