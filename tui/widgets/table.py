"""A row table with the keys of a list: vi keys beside the arrows, home and end for rows."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import Any, ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import DataTable


class Table(DataTable[Any]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        # home and end go to the first and last row, as in every list (not sideways)
        Binding("home", "scroll_top", "First row", show=False),
        Binding("end", "scroll_bottom", "Last row", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True)
        self.keys: list[Hashable] = []

    def refill(self, rows: Iterable[Sequence[object]], keys: Sequence[Hashable]) -> None:
        """Replace the rows and keep the cursor on the row it was on, when that row is still
        there (a re-read folder, a narrower filter), else near where it was."""
        at = self.cursor_row
        kept = self.keys[at] if 0 <= at < len(self.keys) else None
        self.clear()
        for row in rows:
            self.add_row(*row)
        self.keys = list(keys)
        if kept is not None and kept in self.keys:
            self.move_cursor(row=self.keys.index(kept), animate=False)
        elif self.keys:
            self.move_cursor(row=min(max(at, 0), len(self.keys) - 1), animate=False)
