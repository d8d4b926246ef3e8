"""The sidebar: one tab per row of `tabs.TABS`, each a list on one base class."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import OptionList, TabbedContent, TabPane
from textual.widgets.option_list import Option

from ...kinds import EntityKind
from ...model import Library
from ...safe_text import clean
from .. import keymap
from ..tabs import TABS, SidebarTab

# A list of thousands costs layout time on every refresh; the palette finds the rest.
MAX_LISTED = 300


class ListPane(OptionList):
    """The base of every sidebar list (as frogmouth's NavigationPane): its entries as
    options, the first MAX_LISTED of them; subclasses say what the entries are."""

    BINDINGS = keymap.LIST

    def __init__(self, library: Library, **kwargs) -> None:
        entries = self.entries(library)
        # Options only for the entries listed: a large library names tens of thousands.
        options = [self.option_for(entry) for entry in entries[:MAX_LISTED]]
        if len(entries) > MAX_LISTED:
            more = len(entries) - MAX_LISTED
            note = Text(f"… {more} more: ctrl+p finds any", style="dim italic")
            options.append(Option(note, disabled=True))
        super().__init__(*options, **kwargs)

    def entries(self, library: Library) -> list:
        raise NotImplementedError

    def option_for(self, entry) -> Option:
        raise NotImplementedError


def list_entry(name: str, detail: str, count: int) -> Text:
    """A list line: the name in bold, a count, and a dim detail line below."""
    text = Text(clean(name), style="bold")
    text.append(f"  {count}", style="dim")
    if detail:
        text.append("\n" + clean(detail), style="dim")
    return text


class EntityPane(ListPane):
    """The entries of one entity kind, most mentioned first; Enter or a click posts
    EntitySelected."""

    class EntitySelected(Message):
        def __init__(self, kind: str, name: str) -> None:
            super().__init__()
            self.kind = kind
            self.name = name

    def __init__(self, kind: EntityKind, library: Library, **kwargs) -> None:
        self.kind = kind
        super().__init__(library, **kwargs)

    def entries(self, library: Library) -> list:
        return self.kind.entries(library)

    def option_for(self, entry) -> Option:
        text = list_entry(entry.name, self.kind.detail(entry), len(entry.articles))
        return Option(text, id=entry.name)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.EntitySelected(self.kind.name, event.option.id))


class Sidebar(Vertical):
    # The list of a tab that lists no entity kind, by tab id: (library, widget id) -> list.
    PANES: ClassVar[dict[str, Callable[..., Widget]]] = {}

    def __init__(self, library: Library, **kwargs) -> None:
        super().__init__(**kwargs)
        self.library = library

    def pane_for(self, tab: SidebarTab) -> Widget:
        list_id = f"{tab.id}-list"
        if tab.kind is not None:
            return EntityPane(tab.kind, self.library, id=list_id)
        return self.PANES[tab.id](self.library, id=list_id)

    def compose(self) -> ComposeResult:
        with TabbedContent(id="sidebar-tabs", initial=TABS[0].id):
            for tab in TABS:
                with TabPane(tab.label, id=tab.id):
                    yield self.pane_for(tab)

    @property
    def active_tab(self) -> str:
        return self.query_one(TabbedContent).active or TABS[0].id

    def show_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab
        self.query_one(f"#{tab}-list").focus()
