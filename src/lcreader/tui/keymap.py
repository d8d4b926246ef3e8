"""Every key binding of the reader, in one place; the help screen is built from these.

Descriptions are message keys (`messages.py`): `localize` puts each widget's bindings
in the user's language when the widget is made, so the footer and help speak it.
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding
from textual.dom import DOMNode

from ..messages import MESSAGES, message
from .tabs import TABS

APP = [
    Binding("slash", "open_search", "key.open_search", key_display="/"),
    # Not in the footer: the status line shows `n/N` while there are matches to walk, and
    # at 80 columns the footer has room for U and q then.
    Binding("n", "next_match", "key.next_match", show=False),
    Binding("N", "previous_match", "key.previous_match", show=False, key_display="N"),
    Binding("u", "next_unread", "key.next_unread"),
    # r only marks read (the automatic mark has often come first); unread is its own key.
    Binding("r", "mark_read", "key.mark_read", show=False),
    Binding("U", "mark_unread", "key.mark_unread", key_display="U"),
    Binding("A", "mark_all_read", "key.mark_all_read", show=False, key_display="A"),
    Binding("b", "toggle_bookmark", "key.toggle_bookmark"),
    Binding(
        "left_square_bracket",
        "previous_article",
        "key.previous_article",
        show=False,
        key_display="[",
    ),
    Binding(
        "right_square_bracket", "next_article", "key.next_article", show=False, key_display="]"
    ),
    *(Binding(tab.key, f"sidebar_tab('{tab.id}')", tab.title, show=False) for tab in TABS),
    Binding("s", "toggle_sidebar", "key.toggle_sidebar", show=False),
    Binding("less_than_sign", "tree_width(-4)", "key.narrower_tree", show=False, key_display="<"),
    Binding("greater_than_sign", "tree_width(4)", "key.wider_tree", show=False, key_display=">"),
    Binding("R", "reload", "key.reload", show=False, key_display="R"),
    Binding("x", "clear_filter", "key.clear_filter", show=False),
    Binding("c", "copy_article", "key.copy_article", show=False),
    Binding("e", "structure", "key.structure", show=False),
    Binding("escape", "escape", "key.escape", show=False),
    Binding("question_mark", "help", "key.help", key_display="?"),
    Binding("f1", "help", "key.help", show=False),
    Binding("q", "quit", "key.quit"),
]

TREE = [
    Binding("enter", "open_article", "key.open_article", show=False),
    Binding("j", "cursor_down", "key.down", show=False),
    Binding("k", "cursor_up", "key.up", show=False),
]

LIST = [
    Binding("j", "cursor_down", "key.down", show=False),
    Binding("k", "cursor_up", "key.up", show=False),
    # The tab strip takes no focus (Tab goes from the tree to the article to the list):
    # the list's left and right show the tab beside its own.
    Binding("left", "app.sidebar_neighbour(-1)", "key.previous_tab", show=False),
    Binding("right", "app.sidebar_neighbour(1)", "key.next_tab", show=False),
]


def pager_keys(
    down: str = "scroll_down",
    up: str = "scroll_up",
    top: str = "scroll_home",
    bottom: str = "scroll_end",
    line_words: tuple[str, str] = ("key.scroll_down", "key.scroll_up"),
) -> list[Binding]:
    """The pager's keys, as less has them, on these actions."""
    return [
        Binding("j", down, line_words[0], show=False),
        Binding("k", up, line_words[1], show=False),
        Binding("space", "page_down", "key.page_down", show=False),
        # As in less, but b bookmarks here: page up is on the page-up key and shift+space.
        Binding(
            "pageup,shift+space",
            "page_up",
            "key.page_up",
            show=False,
            key_display="pageup / shift+space",
        ),
        Binding("g", top, "key.top", show=False),
        Binding("G", bottom, "key.bottom", show=False),
    ]


ARTICLE = pager_keys()

# A person's or department's page: the pager keys move in the article list, or scroll
# the head (timeline, people around them) when tab has given it the focus.
PAGE = [
    Binding("escape,q", "dismiss_page", "key.back"),  # q: back, as newsboat's and frogmouth's
    Binding("f", "filter", "key.filter_entity"),
    *pager_keys("cursor_down", "cursor_up", "first", "last", ("key.down", "key.up")),
]

# The help screen scrolls as the article pane does.
HELP = [
    Binding("escape", "dismiss", "key.close"),
    Binding("q", "dismiss", "key.close", show=False),
    Binding("question_mark", "dismiss", "key.close", show=False, key_display="?"),
    Binding("f1", "dismiss", "key.close", show=False),
    *pager_keys(),
]

# The structure view (结构): the open article's source lines, each correctable.
STRUCTURE = [
    # First, so that however narrow the footer, the way out shows.
    Binding("escape", "close", "key.close"),
    Binding("s", "split", "key.fix_split"),
    Binding("J", "join", "key.fix_join", key_display="J"),
    Binding("t", "set_role('title')", "key.fix_title"),
    Binding("K", "set_role('kicker')", "key.fix_kicker", show=False, key_display="K"),
    Binding("S", "set_role('subtitle')", "key.fix_subtitle", show=False, key_display="S"),
    Binding("p", "set_role('paragraph')", "key.fix_paragraph"),
    Binding("c", "set_role('caption')", "key.fix_caption", show=False),
    Binding("f", "set_role('furniture')", "key.fix_furniture"),
    Binding("a", "edit_byline", "key.fix_byline", show=False),
    Binding("u", "undo", "key.fix_undo"),
    Binding("q", "close", "key.close", show=False),
    *LIST,
]

# The byline dialog of the structure view.
BYLINE = [Binding("escape", "cancel", "key.cancel")]

SEARCH = [
    Binding("escape", "close_search", "key.close_search"),
    Binding("down", "focus_results", "key.results", show=False),
]

# Keys that Textual itself provides, listed on the help screen too.
BUILT_IN = [
    ("tab / shift+tab", "builtin.tab"),
    ("ctrl+p", "builtin.palette"),
    ("enter", "builtin.enter"),
    ("mouse", "builtin.mouse"),
]


def describe(binding: Binding, short: bool = False) -> str:
    """The binding's description in the user's language; `short`, its short form where
    it has one (`key.fix_paragraph.short`), for a narrow footer."""
    key = binding.description
    if key not in MESSAGES:  # described already: from its words back to its message
        key = {message(k): k for k in MESSAGES if k.startswith("key.")}.get(key, key)
    if short and f"{key}.short" in MESSAGES:
        key = f"{key}.short"
    return message(key) if key in MESSAGES else key


def localize(node: DOMNode, short: bool = False) -> None:
    """Give a widget's bindings their descriptions in the user's language."""
    node._bindings.key_to_bindings = {
        key: [replace(b, description=describe(b, short)) for b in bindings]
        for key, bindings in node._bindings.key_to_bindings.items()
    }
