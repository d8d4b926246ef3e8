"""Every key binding of the reader, in one place; the help screen is built from these."""

from __future__ import annotations

from textual.binding import Binding

from .tabs import TABS

APP = [
    Binding("slash", "open_search", "Search", key_display="/"),
    Binding("n", "next_match", "Next match"),
    Binding("N", "previous_match", "Prev match", key_display="N"),
    Binding("left_square_bracket", "previous_article", "Prev article", show=False, key_display="["),
    Binding("right_square_bracket", "next_article", "Next article", show=False, key_display="]"),
    *(
        Binding(tab.key, f"sidebar_tab('{tab.id}')", f"{tab.title} tab ({tab.label})", show=False)
        for tab in TABS
    ),
    Binding("s", "toggle_sidebar", "Show/hide sidebar", show=False),
    Binding("x", "clear_filter", "Clear filter", show=False),
    Binding("c", "copy_article", "Copy article (OSC 52)", show=False),
    Binding("escape", "close_search", "Close search", show=False),
    Binding("question_mark", "help", "Help", key_display="?"),
    Binding("f1", "help", "Help", show=False),
    Binding("q", "quit", "Quit"),
]

TREE = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
]

LIST = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
]

ARTICLE = [
    Binding("j", "scroll_down", "Scroll down", show=False),
    Binding("k", "scroll_up", "Scroll up", show=False),
    Binding("space", "page_down", "Page down", show=False),
    Binding("b", "page_up", "Page up", show=False),
    Binding("g", "scroll_home", "Top", show=False),
    Binding("G", "scroll_end", "Bottom", show=False),
]

SEARCH = [
    Binding("escape", "close_search", "Close search"),
    Binding("down", "focus_results", "Results", show=False),
]

# Keys that Textual itself provides, listed on the help screen too.
BUILT_IN = [
    ("tab / shift+tab", "move between panes"),
    ("ctrl+p", "command palette: jump to an article, person or department"),
    ("enter", "open the selected article, search hit, person or department"),
    ("mouse", "click to select, wheel to scroll"),
]
