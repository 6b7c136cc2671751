"""The schedule: the race's events in date order, meetings with the union standing out."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.widgets import DataTable, Static

from tui.display import marked, plain
from tui.evidence import with_conflict
from tui.facts.board import Board
from tui.panes.pane import Pane, matches
from tui.widgets.table import Table

MEETING = "★"


class SchedulePane(Pane):
    TITLE = "Schedule"
    KEY = "3"
    NOUN = "events"
    EMPTY_HINT = "No dated events found in these articles."

    def __init__(self) -> None:
        table = Table()
        super().__init__(table, Static(classes="detail"))
        self.table = table
        self.rows: list[dict[str, Any]] = []

    def on_mount(self) -> None:
        for label, width in (("When", 12), ("Event", None)):
            self.table.add_column(label, width=width)

    def fill(self, board: Board, query: str) -> tuple[int, int]:
        every = board.schedule
        self.rows = [
            r
            for r in every
            if matches(query, r["title"], r["kind"], r["where"], r["when"], *r["who"])
        ]
        keys = [(r["when"], r["title"]) for r in self.rows]
        self.table.refill((self._cells(r) for r in self.rows), keys)
        self._show_detail()
        return len(self.rows), len(every)

    @staticmethod
    def _cells(r: dict[str, Any]) -> tuple[Text, Text]:
        style = "bold" if r["meeting"] else ""
        title = Text()
        title.append(f"{MEETING} " if r["meeting"] else "  ", style="bold yellow")
        title.append_text(marked(plain(r["title"], style=style), r["reviewed"]))
        if r["countdown"]:
            title.append(f" · {r['countdown']}", style="dim")
        if r["conflict"]:
            title.append(" ⚑", style="bold yellow")
        return plain(r["when"], style=style), title

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show_detail()

    def _current(self) -> dict[str, Any] | None:
        row = self.table.cursor_row
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _show_detail(self) -> None:
        row = self._current()
        detail = self.query_one(".detail", Static)
        if row is None:
            detail.update("")
            return
        text = Text.assemble((row["kind"], "bold"), " · ")
        text.append_text(plain(row["title"]))
        text.append("\n")
        if row["who"]:
            text.append("Who: ", style="dim")
            text.append_text(plain(", ".join(row["who"])))
            text.append("  ")
        if row["where"]:
            text.append("Where: ", style="dim")
            text.append_text(plain(row["where"]))
        text.append(f"\n{len(row['articles'])} article(s)", style="dim")
        if not row["reviewed"]:
            text.append(" · found automatically, not reviewed", style="dim italic")
        if row["note"]:
            text.append_text(plain(f" · {row['note']}", style="dim italic"))
        detail.update(text)

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        row = self._current()
        if row is not None and self.board is not None:
            title = f"{row['when']}: {row['title']}"
            self.open_source(with_conflict(title, row, self.board.schedule, _describe))


def _describe(row: Any) -> str:
    return f"{row['when']}, {row['title']}"
