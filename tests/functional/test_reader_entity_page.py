"""Enter on a person or department (sidebar or palette) opens their page; escape returns."""

from __future__ import annotations

import re

from textual.widgets import OptionList, Static

from lcreader.entities import link_library
from lcreader.entity_pages import EntityPage, PageArticle, naming_sentence, person_page
from lcreader.library import build_issue
from lcreader.messages import message
from lcreader.model import Library
from lcreader.tui.screens.entity_page import EntityPageScreen
from lcreader.tui.widgets.article_view import ArticleView
from lcreader.tui.widgets.issue_tree import IssueTree
from tests.functional.reader_helpers import WIDE, choose_in_palette, make_app, status


async def test_enter_on_a_person_opens_their_page_and_escape_returns(seeds, tmp_path, lang):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        shown = app.article_id
        await pilot.press("p")
        await pilot.pause()
        name = app.focused.get_option_at_index(0).id
        person = next(p for p in seeds.people if p.name == name)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EntityPageScreen)
        head = app.screen.query_one("#page-head", Static).render().plain
        assert name in head and message("page.co_mentioned") in head
        for _, year, title in person.titles_by_issue:  # the timeline
            assert str(year) in head and title in head
        articles = app.screen.query_one("#page-articles", OptionList)
        assert articles.option_count == len(person.articles)
        prompt = articles.get_option_at_index(0).prompt.plain
        assert name in prompt.replace("\n", "")  # the sentence that names them
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, EntityPageScreen) and app.article_id == shown


async def test_from_the_page_enter_opens_an_article_and_f_filters(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("p", "enter")
        await pilot.pause()
        page = app.screen
        wanted = page.query_one("#page-articles", OptionList).get_option_at_index(1).id
        await pilot.press("j", "enter")
        await pilot.pause()
        assert app.article_id == wanted
        await pilot.press("p", "enter")
        await pilot.pause()
        name = app.screen.page.name
        await pilot.press("f")
        await pilot.pause()
        assert app.filter == ("person", name)
        assert f"人物：{name}" in status(app)


async def test_escape_goes_back_to_the_page_an_article_was_opened_from(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("p", "enter")
        await pilot.pause()
        name = app.screen.page.name
        await pilot.press("j", "enter")
        await pilot.pause()
        opened = app.article_id
        assert not isinstance(app.screen, EntityPageScreen)
        await pilot.press("escape")  # back, as a pager's back
        await pilot.pause()
        assert isinstance(app.screen, EntityPageScreen) and app.screen.page.name == name
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, EntityPageScreen) and app.article_id == opened
        await pilot.press("escape")  # once back and out again, escape has nothing to undo
        await pilot.pause()
        assert not isinstance(app.screen, EntityPageScreen)
        # Having moved on to another article, escape does not return to the page.
        await pilot.press("p", "enter")
        await pilot.pause()
        await pilot.press("j", "enter")
        await pilot.pause()
        await pilot.press("]")
        await pilot.pause()
        moved = app.article_id
        assert moved != opened
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, EntityPageScreen) and app.article_id == moved


async def test_the_palette_opens_a_department_page(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await choose_in_palette(pilot, "部门 社区事务受理中心")
        assert isinstance(app.screen, EntityPageScreen)
        head = app.screen.query_one("#page-head", Static).render().plain
        assert "社区受理中心" in head  # an alias
        # (a new user's trial) its articles per year once, as the chart (oldest first),
        # not also as a list of years newest first above it
        assert not app.screen.page.timeline
        years = re.findall(r"^(\d{4}) ", head, re.M)
        assert years == sorted(years) and len(years) == len(set(years))
        assert "署名人员" in head
        assert "\n\n\n" not in head  # (one blank line between its parts, never two)
        assert app.screen.query_one("#page-articles", OptionList).option_count == 2
        await pilot.press("escape")
        await pilot.pause()
        assert app.query_one(IssueTree) is not None and app.filter is None


def test_the_naming_sentence_is_the_one_with_the_name(seeds):
    person = next(p for p in seeds.people if p.name == "乐跃明")
    for item in person_page(seeds, person).articles:
        assert "乐跃明" in item.sentence
        assert item.sentence in naming_sentence(seeds.article(item.article_id), ["乐跃明"])


async def test_on_a_page_the_readers_pane_keys_are_off_and_not_offered(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        shown = app.article_id
        await pilot.press("p", "enter")
        await pilot.pause()
        assert isinstance(app.screen, EntityPageScreen)
        offered = {binding.key for _, binding, enabled, _ in app.active_bindings.values()}
        assert not offered & {"slash", "n", "b", "u", "p"}, offered
        assert {"escape", "f", "question_mark", "q"} <= offered
        # Each would act unseen on the reader behind the page.
        await pilot.press("slash", "b", "u", "right_square_bracket", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, EntityPageScreen)
        assert app.article_id == shown and not app.reading.bookmarks
        assert not app.searching
        focused = app.focused
        assert focused is not None and focused.region.width > 0  # never a hidden widget
        await pilot.press("slash")  # back on the reader, the keys work
        await pilot.pause()
        assert app.searching


async def test_an_article_chosen_in_the_palette_on_a_page_is_shown(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p", "enter")
        await pilot.pause()
        assert isinstance(app.screen, EntityPageScreen)
        await choose_in_palette(pilot, "凝新")  # an article, not on this person's page
        assert not isinstance(app.screen, EntityPageScreen)
        assert app.article_id == "003_17d9481db0f4d0a8/3"
        assert app.focused is app.query_one("#article")


TRADITIONAL = """# 社區議事會召開

近日，黨建辦組織居民議事會，區委副書記王錦辰出席。

(黨建辦 杜嵩)
"""


async def test_a_filter_marks_its_names_in_traditional_script(tmp_path):
    library = Library(issues=[build_issue("t", "t.txt", TRADITIONAL)])
    link_library(library)
    [department] = [d for d in library.departments if "党建办" in d.aliases]
    app = make_app(library, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        app.apply_filter("department", department.name)
        await pilot.pause()
        body = app.query_one("#article-body", Static).render()
        # The filter's style is the only underlined one (article-view--filter).
        assert app.query_one(ArticleView).get_component_rich_style("article-view--filter").underline
        spans = [body.plain[s.start : s.end] for s in body.spans if s.style.underline]
        assert spans == ["黨建辦"] * 3  # in the meta line, the paragraph and the byline


def long_page(seeds) -> EntityPage:
    """A page whose timeline alone is taller than an 80×24 terminal."""
    ids = [a.id for issue in seeds.issues for a in issue.articles]
    articles = [
        PageArticle(i, 2020, f"文章{n}", f"第{n}句，提到了某人。") for n, i in enumerate(ids)
    ]
    return EntityPage(
        name="某人",
        facts=["别名：某某"],
        timeline=[
            (str(1990 + n), f"街道办事处第{n}任副主任兼社区事务受理中心负责人") for n in range(40)
        ],
        articles=articles,
        related_heading=message("page.co_mentioned"),
        related=[("王建国", 3), ("张琳璘", 2)],
    )


async def test_at_80x24_a_long_timeline_leaves_the_list_in_view(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        page = long_page(seeds)
        app.push_screen(EntityPageScreen("人物", page))
        await pilot.pause()
        screen = app.screen
        articles = screen.query_one("#page-articles", OptionList)
        assert articles.region.height >= 4 and articles.region.bottom <= screen.size.height
        # The keys of the list move in it and keep the highlighted row in view.
        await pilot.press("j", "j")
        await pilot.pause()
        assert articles.highlighted == 2
        await pilot.press("G")
        await pilot.pause()
        assert articles.highlighted == len(page.articles) - 1
        assert articles.scroll_y == articles.max_scroll_y > 0
        await pilot.press("g")
        await pilot.pause()
        assert articles.highlighted == 0 and articles.scroll_y == 0
        await pilot.press("space")
        await pilot.pause()
        assert articles.highlighted > 0
        # Tab goes to the head, which scrolls on its own down to the people around them.
        head = screen.query_one("#page-head-scroll")
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is head and head.max_scroll_y > 0
        await pilot.press("G")
        await pilot.pause()
        assert head.scroll_y == head.max_scroll_y
        await pilot.press("g", "j")
        await pilot.pause()
        assert head.scroll_y == 1


async def test_back_on_the_page_the_cursor_is_on_the_article_the_reader_left(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("p", "enter")  # the first person: several articles
        await pilot.pause()
        assert len(app.screen.page.articles) > 2
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        opened = app.article_id
        await pilot.press("escape")
        await pilot.pause()
        articles = app.screen.query_one("#page-articles", OptionList)
        assert articles.get_option_at_index(articles.highlighted).id == opened


async def test_q_on_a_page_goes_back_and_on_the_reader_quits(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("p", "enter")
        await pilot.pause()
        assert isinstance(app.screen, EntityPageScreen)
        await pilot.press("q")
        await pilot.pause()
        assert not isinstance(app.screen, EntityPageScreen) and app.is_running
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_a_page_shows_its_head_at_once_and_its_articles_as_they_come(seeds, tmp_path):
    import threading

    from lcreader.kinds import kind_named

    kind = kind_named("person")
    release = threading.Event()

    def build():  # as slow as a person of thousands of articles, until released
        release.wait(10)
        return kind.page(seeds, kind.find(seeds, "乐跃明"))

    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        app.push_screen(EntityPageScreen(kind.label, build, name="乐跃明"))
        await pilot.pause()
        page = app.screen
        head = page.query_one("#page-head", Static).render().plain
        assert "乐跃明" in head  # the head, while the page is built
        heading = page.query_one("#page-articles-heading", Static).render().plain
        assert heading == message("page.building")
        await pilot.press("j", "f")  # keys while it is built do nothing amiss
        assert app.screen is page
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        articles = page.query_one("#page-articles", OptionList)
        assert articles.option_count == len(page.page.articles) > 1
        assert articles.highlighted == 0
        heading = page.query_one("#page-articles-heading", Static).render().plain
        assert heading == message("page.articles", count=articles.option_count)


async def open_page_at_80x24(app, pilot, name: str) -> EntityPageScreen:
    app.open_entity_page("person", name)
    await pilot.pause(0.3)
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, EntityPageScreen)
    return app.screen


async def test_at_80x24_a_persons_page_shows_every_section(seeds, tmp_path, lang):
    # The head had its last section (the people named with them) scrolled out of view.
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        page = await open_page_at_80x24(app, pilot, "乐跃明")
        head = page.query_one("#page-head-scroll")
        shown = page.query_one("#page-head", Static).render().plain
        assert message("chart.page_heading") in shown and message("page.co_mentioned") in shown
        assert head.max_scroll_y == 0  # all of it in view
        articles = page.query_one("#page-articles", OptionList)
        assert articles.size.height >= 8  # and the list keeps its room


async def test_the_persons_page_keeps_every_name_on_one_line(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        page = await open_page_at_80x24(app, pilot, "乐跃明")
        articles = page.query_one("#page-articles", OptionList)
        assert articles.option_count == 4
        for index in range(articles.option_count):
            option = articles.get_option_at_index(index)
            lines = option.prompt.plain.split("\n")
            for name in seeds.article(option.id).people:
                whole = "".join(lines).count(name)
                assert whole == sum(line.count(name) for line in lines), (name, lines)


async def test_a_page_opened_wide_then_narrowed_to_80x24_still_shows_every_section(seeds, tmp_path):
    # Found by a newcomer: opened at 140×40, the window made 80×24, and the people named
    # with them were scrolled out of view.
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        page = await open_page_at_80x24(app, pilot, "乐跃明")
        await pilot.resize_terminal(80, 24)
        await pilot.pause(0.3)
        head = page.query_one("#page-head-scroll")
        shown = page.query_one("#page-head", Static).render().plain
        assert message("page.co_mentioned") in shown
        assert head.max_scroll_y == 0
        articles = page.query_one("#page-articles", OptionList)
        assert articles.size.height >= 8
