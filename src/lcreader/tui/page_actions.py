"""A person's or department's page, opened from the sidebar or the palette, and the way
back to it. Mixed into `ReaderApp`."""

from __future__ import annotations

from ..kinds import kind_named
from .screens.entity_page import EntityPageScreen
from .widgets.sidebar import EntityPane


class PageActions:
    """Needs `library`, `article_id`, `page_to_return`, `jump_to_article`, `apply_filter`
    and Textual's App."""

    def on_entity_pane_entity_selected(self, event: EntityPane.EntitySelected) -> None:
        self.open_entity_page(event.kind, event.name)

    def open_entity_page(self, kind_name: str, name: str, at_article: str | None = None) -> None:
        """The entity's page; from it, an article opens or the tree is filtered by it.
        The page shows its head at once and is built off the UI thread (a person of
        4,000 articles takes a second or more at a large library)."""
        kind = kind_named(kind_name)
        library = self.library

        def build():
            entry = kind.find(library, name)
            return None if entry is None else kind.page(library, entry)

        def done(result: tuple[str, str] | None) -> None:
            if result is None:
                return
            what, value = result
            if what == "article":
                self.jump_to_article(value)
                self.page_to_return = (kind_name, page.page.name, value)
            else:
                self.apply_filter(kind_name, value)

        page = EntityPageScreen(kind.label, build, at_article, name=name)
        self.push_screen(page, done)

    def return_to_page(self) -> bool:
        """Reopen the page the open article was chosen on, as a pager's back would."""
        back, self.page_to_return = self.page_to_return, None
        if back is None or back[2] != self.article_id:
            return False  # the reader has moved on since
        self.open_entity_page(*back)  # on the article the reader came back from
        return True
