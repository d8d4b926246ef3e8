"""The reader speaks the user's language (Chinese by default) and sets Chinese text well."""

from __future__ import annotations

import itertools

from textual.widgets import Input, Static

from lcreader.messages import message
from lcreader.tui.screens.help import HelpScreen, HelpText
from lcreader.tui.widgets.footer import ReaderFooter
from lcreader.tui.widgets.search_panel import ResultList
from lcreader.typeset import NO_LINE_START, text_width
from tests.functional.reader_helpers import (
    WIDE,
    body_lines,
    choose_in_palette,
    make_app,
    type_query,
)


async def test_the_footer_speaks_the_users_language(seeds, tmp_path, lang):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        shown = {key.description for key in app.query_one(ReaderFooter).shown()}
        wanted = ("key.open_search", "key.help", "key.quit", "palette")
        assert {message(key) for key in wanted} <= shown
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert app.screen.query_one(Input).placeholder == message("palette.placeholder")
        assert not any(description.startswith("key.") for description in shown)


async def test_at_80_columns_every_key_of_the_footer_is_in_view(seeds, tmp_path, lang):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        footer = app.query_one(ReaderFooter)
        drawn = footer.drawn()
        line = footer.render().plain
        # Each key whole, none running past the footer or into the palette's key at its
        # right end.
        for (_, end, key), (start, _, after) in itertools.pairwise(drawn):
            assert end <= start, (key.description, after.description)
        assert drawn and drawn[-1][1] <= footer.size.width
        for _, _, key in drawn:
            assert key.display in line and key.description in line
        assert message("key.quit") in {key.description for _, _, key in drawn}


async def test_at_60_columns_the_footer_keeps_help_and_quit(seeds, tmp_path, lang):
    """Too narrow for every key: the way to help and the way out stay in view."""
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(60, 24)) as pilot:
        await pilot.pause()
        footer = app.query_one(ReaderFooter)
        shown = {key.description for key in footer.shown()}
        assert {message("key.help"), message("key.quit")} <= shown
        assert footer.drawn()[-1][1] <= footer.size.width


async def test_a_long_search_error_is_never_cut_off(seeds, tmp_path, lang):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_query(pilot, "year:20")
        line = app.query_one("#search-status", Static)
        error = message("query.bad_year", value=20)
        shown = line.render().plain.split("\n")  # wrapped to the bar, blanks at cuts left out
        assert "".join(shown).replace(" ", "") == error.replace(" ", "")
        # Wider than the bar: the line grows to show all of it.
        assert len(error) * 2 > line.size.width and line.size.height >= len(shown) >= 2


async def test_the_help_is_set_with_chinese_line_breaking(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        body = app.screen.query_one(HelpText)
        lines = body.render().plain.split("\n")
        assert all(len(line) <= body.size.width for line in lines)
        assert any(line.startswith(message("help.heading")) for line in lines)
        key_rows = [line for line in lines if line[:2] == "  " and line[2:3] != " "]
        for line in set(lines) - set(key_rows):  # the notes and wrapped descriptions
            stripped = line.strip()
            assert not stripped or stripped[0] not in NO_LINE_START, line


async def test_the_palette_folds_traditional_to_simplified(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await choose_in_palette(pilot, "調研基層統戰")
        assert app.article_id == "000_a74f4656124ffe3f/2"


async def test_results_and_sidebar_are_set_with_chinese_line_breaking(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await type_query(pilot, "统战")
        results = app.query_one(ResultList)
        width = results.scrollable_content_region.width
        prompts = [results.get_option_at_index(k).prompt for k in range(results.option_count)]
        assert prompts
        for prompt in prompts:
            lines = prompt.plain.split("\n")
            assert len(lines) > 2  # title and snippet, wrapped by the reader itself
            for line, following in itertools.pairwise(lines):
                assert text_width(line) <= width - 2
                assert following[:1] not in NO_LINE_START
                assert not (line.endswith("统") and following.startswith("战"))  # a match whole
        people = app.query_one("#people-list")
        for k in range(people.option_count):
            option = people.get_option_at_index(k)
            if option.id:  # the name's count stays on the name's line
                assert option.prompt.plain.split("\n")[0].startswith(option.id + " ")


async def test_a_highlighted_match_is_never_split_across_lines(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await type_query(pilot, "统战")
        await pilot.press("enter")
        await pilot.pause()
        for width in (120, 100, 90, 80):
            await pilot.resize_terminal(width, 36)
            await pilot.pause()
            lines = [line.rstrip() for line in body_lines(app)]
            assert not any(
                a.endswith("统") and b.lstrip().startswith("战")
                for a, b in itertools.pairwise(lines)
            ), width


async def test_textuals_own_palette_entries_speak_the_users_language(seeds, tmp_path, lang):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE):
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert message("palette.theme.title") in titles and message("palette.quit.title") in titles
        if lang == "zh":
            assert not titles & {"Theme", "Quit", "Keys", "Screenshot"}


def palette_prompts(app) -> list[str]:
    from textual.command import CommandList

    options = app.screen.query_one(CommandList).options
    return [str(getattr(o.prompt, "renderable", o.prompt)) for o in options]


async def test_the_palette_says_it_found_nothing_in_the_users_language(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("ctrl+p", *"qqqzzz")
        await pilot.pause(1.2)
        prompts = palette_prompts(app)
        assert message("palette.no_matches") in prompts
        assert "No matches found" not in prompts


async def test_the_palette_finds_the_theme_by_its_english_name_too(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        for query in ("theme", "主题"):
            await pilot.press("ctrl+p", *query)
            await pilot.pause(0.6)
            assert palette_prompts(app)[0].split("\n")[0] == message("palette.theme.title"), query
            await pilot.press("escape")
            await pilot.pause()


async def test_the_theme_picker_speaks_the_users_language(seeds, tmp_path, lang):
    from textual.widgets import Input

    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        app.search_themes()
        await pilot.pause(0.6)
        placeholder = app.screen.query_one(Input).placeholder
        assert placeholder == message("palette.theme_placeholder")
        prompts = palette_prompts(app)
        kinds = (message("palette.theme_dark"), message("palette.theme_light"))
        assert len(prompts) == len(app.available_themes)
        assert all(p.startswith(kinds) for p in prompts), prompts
        await pilot.press(*message("palette.theme_light"))
        await pilot.pause(0.6)
        await pilot.press("enter")
        await pilot.pause()
        assert not app.current_theme.dark


def english_words_in_keys(app) -> list[str]:
    """The descriptions and tooltips of the keys the screen lists that are in English."""
    import re

    words = []
    for active in app.screen.active_bindings.values():
        for text in (active.binding.description, active.binding.tooltip, active.tooltip):
            if text and re.search(r"[A-Za-z]{2,}", text):
                words.append(text)
    return words


async def test_the_keys_panel_lists_textuals_own_keys_in_chinese_too(seeds, tmp_path):
    # Textual's tree, input, scrolling and screen keys were `Cursor Up`, `Focus Next`,
    # `Quit the app and return to the command prompt.` in the palette's keys panel.
    from textual.widgets import KeyPanel

    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        app.action_show_help_panel()
        await pilot.pause()
        panel = app.screen.query_one(KeyPanel)
        for keys in ("", "tab", "slash", "escape tab tab"):  # tree, article, search, sidebar
            for key in keys.split():
                await pilot.press(key)
            await pilot.pause(0.2)
            assert english_words_in_keys(app) == [], (keys, app.focused)
        await pilot.press("escape", "question_mark")  # the help screen
        await pilot.pause()
        assert english_words_in_keys(app) == []
        assert panel.is_attached


async def test_the_search_boxs_keys_are_grouped_under_a_chinese_name(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        assert app.focused.BINDING_GROUP_TITLE == "输入框"


async def test_ctrl_c_says_how_to_quit_in_the_users_language(seeds, tmp_path, lang):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+c")
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert said == [message("reader.help_quit")]
        assert app.is_running
        # (in the search bar q is typed: the notice names only Ctrl+Q there)
        app.clear_notifications()
        await pilot.press("slash", "ctrl+c")
        await pilot.pause()
        said = [n.message.replace("\n", "") for n in app._notifications]
        assert said == [message("reader.help_quit_typing")]
        assert "q " not in said[0].split("Ctrl+Q")[0]


def _broken_inside(lines: list[str], words: list[str]) -> list[tuple[str, str]]:
    """Pairs of lines the break between which falls inside one of `words`, puts closing
    punctuation first, or splits `——`."""
    bad = []
    for line, following in itertools.pairwise(line.strip() for line in lines):
        joined = line + following
        at = len(line)
        if following[:1] in NO_LINE_START or (line.endswith("—") and following[:1] == "—"):
            bad.append((line, following))
        for word in words:
            start = joined.find(word)
            while start != -1:
                if start < at < start + len(word):
                    bad.append((line, following))
                start = joined.find(word, start + 1)
    return bad


async def test_a_sidebar_entrys_titles_break_between_titles_never_inside_one(seeds, tmp_path):
    """#20: `街道党工委副书记、街道办 / 事处主任`: a title cut inside."""
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        people = app.query_one("#people-list")
        checked = 0
        for k in range(people.option_count):
            option = people.get_option_at_index(k)
            person = next((p for p in seeds.people if p.name == option.id), None)
            if person is None or not person.titles:
                continue
            lines = option.prompt.plain.split("\n")
            titles = [t for title in person.titles for t in title.split("、")]
            assert not _broken_inside(lines, titles), lines
            checked += 1
        assert checked > 5


async def test_a_notice_is_set_with_chinese_line_breaking(tmp_path):
    """#20: a notice naming a long title broke it anywhere: `，` first on a line, `——`
    split, a Latin word cut."""
    from textual.widgets._toast import Toast

    from lcreader.library import open_library
    from tests.helpers import write_library

    title = "凉城新村街道乐跃明——APP服务，" * 6 + "启动"
    body = "街道党工委书记乐跃明出席。"
    folder = write_library(tmp_path / "lib", {"a.txt": f"# {title}\n\n{body}\n"})
    library = open_library(folder, tmp_path / "cache.json")
    app = make_app(library, tmp_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        for width in (80, 87, 94, 101, 120, 133):
            await pilot.resize_terminal(width, 30)
            await pilot.pause()
            app.clear_notifications()
            await pilot.press("U")  # 已标为未读：title
            await pilot.pause(0.3)
            toast = app.screen.query(Toast).last()
            region = toast.content_region
            strips = app.screen._compositor.render_strips()
            lines = [
                strips[y].crop(region.x, region.right).text.rstrip() for y in region.line_range
            ]
            lines = [line for line in lines if line.strip()]
            assert "".join("".join(lines).split()).endswith("启动"), lines  # every character
            assert not _broken_inside(lines, ["APP", "乐跃明"]), (width, lines)


async def test_no_such_person_in_the_search_bar_never_cuts_a_name(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_query(pilot, "person:乐跃明明明明")
        status = app.query_one("#search-status", Static)
        region = status.content_region
        strips = app.screen._compositor.render_strips()
        lines = [strips[y].crop(region.x, region.right).text for y in region.line_range]
        lines = [line.strip() for line in lines if line.strip()]
        names = [p.name for p in seeds.people] + ["乐跃明明明明"]
        assert len(lines) > 1 and "".join(lines).endswith("乐跃明？"), lines
        assert not _broken_inside(lines, names), lines


async def test_the_theme_picker_names_the_themes_in_chinese(seeds, tmp_path):
    """#20: the picker listed `深色 · tokyo-night`: names in English."""
    import re

    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        app.search_themes()
        await pilot.pause(0.6)
        prompts = palette_prompts(app)
        assert len(prompts) == len(app.available_themes)
        assert not [p for p in prompts if re.search(r"[A-Za-z]", p)], prompts
        assert len(set(prompts)) == len(prompts)
        # Found by its proper name too, as the web calls it.
        await pilot.press(*"nord")
        await pilot.pause(0.6)
        assert palette_prompts(app)[0] == "深色 · 北境"
