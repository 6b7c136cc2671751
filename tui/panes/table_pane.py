"""A pane whose body is a table of the board's rows, the highlighted row's detail below it and
its source one enter away: what the endorsements, poll and schedule panes share."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.widgets import DataTable, Static

from tui.evidence import SourceRequest
from tui.panes.pane import Pane
from tui.widgets.table import Table

Row = dict[str, Any]


class TablePane(Pane):
    COLUMNS: ClassVar[tuple[tuple[str, int | None], ...]] = ()

    # Each table pane says what a row shows, how its detail reads and what its source is.
    cells: Callable[[Row], Sequence[Text]]
    key: Callable[[Row], Hashable]  # what keeps a row selected across refills
    detail: Callable[[Row], Text]
    source: Callable[[Row], SourceRequest | None]

    def __init__(self) -> None:
        self.table = Table()
        self.rows: list[Row] = []
        super().__init__(self.table, Static(classes="detail"))

    def on_mount(self) -> None:
        for label, width in self.COLUMNS:
            self.table.add_column(label, width=width)

    def show_rows(self, rows: list[Row]) -> None:
        self.rows = rows
        self.table.refill((self.cells(r) for r in rows), [self.key(r) for r in rows])
        self.show_detail()

    def current(self) -> Row | None:
        at = self.table.cursor_row
        return self.rows[at] if 0 <= at < len(self.rows) else None

    def show_detail(self) -> None:
        row = self.current()
        self.query_one(".detail", Static).update(self.detail(row) if row is not None else "")

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self.show_detail()

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        row = self.current()
        if row is not None and self.board is not None:
            self.open_source(self.source(row))
