"""The sidebar's tabs as a table: one row per tab, its key bound and its list built from it.

Pure data, so the keymap can read it without importing any widget. A tab for an
entity kind comes from `kinds.KINDS`; another tab (a list that is not an entity
kind) is one more row here plus its list widget in `Sidebar.PANES`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..kinds import KINDS, EntityKind


@dataclass(frozen=True)
class SidebarTab:
    id: str  # the TabPane's id; its list is `#{id}-list`; remembered in the reader state
    label: str  # shown on the tab
    key: str  # the key that shows it
    title: str  # for the key's description: "People tab (人物)"
    kind: EntityKind | None = None  # the entity kind it lists, if any


def kind_tab(kind: EntityKind) -> SidebarTab:
    return SidebarTab(kind.plural, kind.label, kind.key, kind.title, kind)


TABS: tuple[SidebarTab, ...] = tuple(kind_tab(kind) for kind in KINDS)


def tab_named(tab_id: str) -> SidebarTab | None:
    return next((tab for tab in TABS if tab.id == tab_id), None)
