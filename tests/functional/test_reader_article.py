"""The article pane: line breaking, scrolling, theming, copying."""

from __future__ import annotations

from lcreader.formats.shapes import CAPTION_MARK
from lcreader.formats.text import article_text
from lcreader.issue_names import issue_names
from lcreader.model import Article, Issue, Library
from lcreader.tui.widgets.article_view import ArticleView
from lcreader.typeset import NO_LINE_END, NO_LINE_START
from tests.functional.reader_helpers import WIDE, body_lines, make_app


async def test_article_lines_follow_chinese_line_breaking(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(90, 30)) as pilot:
        for _ in range(9):
            lines = [line.strip() for line in body_lines(app)]
            for line in lines:
                if line:
                    assert line[0] not in NO_LINE_START or set(line) <= NO_LINE_START, line
                    assert line[-1] not in NO_LINE_END, line
            await pilot.press("j")
            await pilot.pause()


async def test_resizing_rewraps_the_article(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        wide = body_lines(app)
        await pilot.resize_terminal(100, 40)
        await pilot.pause()
        narrow = body_lines(app)
        assert len(narrow) > len(wide)
        assert "".join(narrow).replace(" ", "") == "".join(wide).replace(" ", "")


async def test_the_article_scrolls_with_keys_and_the_wheel(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(100, 14)) as pilot:
        await pilot.press("j", "j", "j", "tab")  # a long article, then focus it
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert view.max_scroll_y > 0
        await pilot.press("j", "j")
        await pilot.pause()
        assert view.scroll_y == 2
        await pilot.press("G")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert view.scroll_y == 0
        await pilot.press("space")
        await pilot.pause()
        assert view.scroll_y > 2
        before = view.scroll_y
        from textual.events import MouseScrollUp

        view.post_message(
            MouseScrollUp(view, 5, 5, 0, 0, 0, False, False, False, screen_x=5, screen_y=5)
        )
        await pilot.pause()
        assert view.scroll_y < before


async def test_a_theme_change_restyles_the_match_highlight(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        view = app.query_one(ArticleView)
        dark = view.get_component_rich_style("article-view--match")
        app.theme = "textual-light"
        await pilot.pause()
        assert view.get_component_rich_style("article-view--match") != dark


async def test_copy_puts_the_article_on_the_clipboard(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("c")
        await pilot.pause()
        assert app.clipboard.startswith("胡广杰在凉城新村街道调研社区文化工作\n")
        assert "（社区文化活动中心 张剑鸣）" in app.clipboard


async def test_the_pane_names_the_issue_as_printed_and_has_the_caption_mark(seeds, tmp_path):
    # The meta line under the title: the issue by its name (never its file's), the
    # article's place in it, the byline; the copy is `lcreader show`'s text.
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        names = issue_names(seeds)
        for article_id, where in (
            ("003_17d9481db0f4d0a8/1", "2020年 · 本期头条"),  # undated, named by this title
            # #20: never `2021年 胡广杰在… 第2篇`, read as the headline's part 2.
            (
                "003_17d9481db0f4d0a8/2",
                f"{names.full(seeds.issue('003_17d9481db0f4d0a8'))}（本期第2篇）",
            ),
        ):
            app.jump_to_article(article_id)
            await pilot.pause()
            article = seeds.article(article_id)
            # The meta line, however it wraps (`…（本期第2篇） ·` / `党建办`).
            shown = "".join("".join(body_lines(app)[:6]).split())
            assert "".join(f"{where} · {article.byline_label()}".split()) in shown, shown
            assert not any(article.issue in line for line in shown)
        shown = [line.strip() for line in body_lines(app)]
        assert any(line.startswith(CAPTION_MARK + article.captions[0][:5]) for line in shown)
        await pilot.press("c")
        await pilot.pause()
        assert app.clipboard == article_text(article, seeds.issue(article.issue))


async def test_the_pane_sets_intertitles_apart_and_ends_with_the_closing_lines(tmp_path):
    article = Article(
        id="i/1",
        issue="i",
        title="标题",
        paragraphs=["一、缘起", "正文。"],
        intertitles=[0],
        byline_text="党建办 杜嵩",
        meta={"责任编辑": "袁静"},
    )
    library = Library(issues=[Issue(id="i", source="i.txt", title="标题", articles=[article])])
    app = make_app(library, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        lines = [line.rstrip() for line in body_lines(app)]
        assert "一、缘起" in lines and "\u3000\u3000正文。" in lines
        assert lines[-1] == "责任编辑：袁静"


async def test_a_department_and_its_persons_name_stay_on_one_line(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        for article_id in ("000_a74f4656124ffe3f/1", "000_a74f4656124ffe3f/4"):
            app.jump_to_article(article_id)
            article = seeds.article(article_id)
            credits = article.byline_label().split("、")  # 社区文化活动中心 张剑鸣 …
            assert all(" " in credit for credit in credits)
            for width in range(80, 161, 4):
                await pilot.resize_terminal(width, 24)
                await pilot.pause()
                lines = body_lines(app)
                for credit in credits:
                    # In the meta line under the title and in the byline at the end.
                    held = [line for line in lines if credit in line]
                    assert len(held) == 2, (width, credit, lines[:6], lines[-3:])


async def test_the_meta_lines_mark_ends_a_line_never_starts_one(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        for article_id in ("000_a74f4656124ffe3f/2", "003_17d9481db0f4d0a8/2"):
            app.jump_to_article(article_id)
            for width in range(80, 161, 8):
                await pilot.resize_terminal(width, 24)
                await pilot.pause()
                assert not any(line.lstrip().startswith("·") for line in body_lines(app))
