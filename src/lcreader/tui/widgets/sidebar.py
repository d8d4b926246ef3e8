"""The person/department sidebar: two tabs, each a list on one base class."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, TabbedContent, TabPane
from textual.widgets.option_list import Option

from ...model import Department, Library, Person
from ...safe_text import clean
from .. import keymap

# A list of thousands costs layout time on every refresh; the palette finds the rest.
MAX_LISTED = 300


class EntityPane(OptionList):
    """A list of entities, most mentioned first; Enter or a click posts EntitySelected."""

    BINDINGS = keymap.LIST
    kind = "entity"

    class EntitySelected(Message):
        def __init__(self, kind: str, name: str) -> None:
            super().__init__()
            self.kind = kind
            self.name = name

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

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.EntitySelected(self.kind, event.option.id))


def _entry(name: str, detail: str, count: int) -> Text:
    text = Text(clean(name), style="bold")
    text.append(f"  {count}", style="dim")
    if detail:
        text.append("\n" + clean(detail), style="dim")
    return text


class PeoplePane(EntityPane):
    kind = "person"

    def entries(self, library: Library) -> list[Person]:
        return library.people

    def option_for(self, entry: Person) -> Option:
        detail = "、".join(entry.latest_titles)
        return Option(_entry(entry.name, detail, len(entry.articles)), id=entry.name)


class DepartmentsPane(EntityPane):
    kind = "department"

    def entries(self, library: Library) -> list[Department]:
        return library.departments

    def option_for(self, entry: Department) -> Option:
        return Option(_entry(entry.name, entry.level or "", len(entry.articles)), id=entry.name)


class Sidebar(Vertical):
    def __init__(self, library: Library, **kwargs) -> None:
        super().__init__(**kwargs)
        self.library = library

    def compose(self) -> ComposeResult:
        with TabbedContent(id="sidebar-tabs", initial="people"):
            with TabPane("人物", id="people"):
                yield PeoplePane(self.library, id="people-list")
            with TabPane("部门", id="departments"):
                yield DepartmentsPane(self.library, id="departments-list")

    @property
    def active_tab(self) -> str:
        return self.query_one(TabbedContent).active or "people"

    def show_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab
        self.query_one(f"#{tab}-list", EntityPane).focus()
