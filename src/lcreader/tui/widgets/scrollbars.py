"""Lists that draw their own lines (the tree, the option lists) keep their scrollbars
still when a layout of the screen leaves them as they were."""

from __future__ import annotations

from textual.geometry import Size


class SteadyScrollbars:
    """Mixed into a ScrollView (Tree, OptionList) ahead of it.

    Textual tells each widget its size after every layout of the screen, and a
    ScrollView compares the virtual size the layout gives (its region) with its own
    (its lines): never the same, so each layout, whatever it changed, repainted the
    scrollbars of every such list a frame later (17–33 ms after the layout's own,
    at ×1000 the last frame of `n`, `/` and escape). What changed since the last
    layout (its size, its container) still updates them; new lines (a year opened in
    the tree) update them at once, as OptionList does itself, so their new thumb is
    drawn in the frame that draws the new lines, not in one after it.
    """

    _laid_out_as: tuple[Size, Size, Size] | None = None

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        seen = (size, self.virtual_size, container_size)
        if seen == self._laid_out_as:
            return False  # what Textual returns for an unchanged size, without the repaint
        self._laid_out_as = seen
        return super()._size_updated(size, virtual_size, container_size, layout)

    def watch_virtual_size(self, virtual_size: Size) -> None:
        if self._laid_out_as is None:
            return  # not laid out yet: the first layout sets the scrollbars
        size, _, container_size = self._laid_out_as
        self._laid_out_as = (size, virtual_size, container_size)
        self._scroll_update(virtual_size)
