"""Endorsements: where each union stands now, since when, and the selected union's history."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.widgets import DataTable, Static

from tui.display import candidate_colour, marked, plain
from tui.evidence import SourceRequest, sheet_evidence
from tui.facts.board import Board
from tui.panes.pane import Pane, matches
from tui.widgets.table import Table

CONFLICT = "⚑"


class EndorsementsPane(Pane):
    TITLE = "Endorsements"
    KEY = "1"
    NOUN = "unions"
    EMPTY_HINT = "No endorsements found in these articles."

    def __init__(self) -> None:
        self.table = Table()
        super().__init__(self.table, Static(classes="detail"))
        self.rows: list[dict[str, Any]] = []

    def on_mount(self) -> None:
        columns = (("Union", 17), ("Size", 4), ("Backs", 9), ("Since", 15), ("Src", 3))
        for label, width in columns:
            self.table.add_column(label, width=width)

    def fill(self, board: Board, query: str) -> tuple[int, int]:
        self.rows = [
            r
            for r in board.standings
            if matches(query, r["union"], r["short"], r["stands"], r["candidate"])
        ]
        self.table.refill((self._cells(r) for r in self.rows), [r["union"] for r in self.rows])
        self._show_history()
        return len(self.rows), len(board.standings)

    @staticmethod
    def _cells(r: dict[str, Any]) -> tuple[Text, ...]:
        backs = Text(r["backs"], style=candidate_colour(r["candidate"]) if r["candidate"] else "")
        if r["conflicts"]:
            backs.append(f" {CONFLICT}", style="bold yellow")
        return (
            marked(plain(r["short"]), r["reviewed"]),
            Text(_members(r["members"]), justify="right"),
            backs,
            plain(r["since"].replace("reported ", "by ")),
            Text(str(r["sources"]), justify="right"),
        )

    def _current(self) -> dict[str, Any] | None:
        row = self.table.cursor_row
        return self.rows[row] if 0 <= row < len(self.rows) else None

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show_history()

    def _show_history(self) -> None:
        detail = self.query_one(".detail", Static)
        row = self._current()
        if self.board is None or row is None:
            detail.update("")
            return
        text = Text(row["union"], style="bold")
        if row["members"]:
            text.append(f" · {_members(row['members'])} members", style="dim")
        text.append(f" · {row['sources']} article(s)\n", style="dim")
        for step in self.board.histories.get(row["union"], []):
            text.append(f"{step['when']:>21}  ", style="dim")
            text.append(step["stands"])
            if step["conflict"]:
                text.append(f" {CONFLICT} sources disagree", style="yellow")
            if not step["reviewed"]:
                text.append(" (found automatically, not reviewed)", style="dim italic")
            text.append("\n")
        detail.update(text)

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        row = self._current()
        if self.board is None or row is None:
            return
        evidence = [
            item
            for r in self.board.endorsements
            if r["union"] == row["union"]
            for item in sheet_evidence(r, r["label"])
        ]
        self.open_source(SourceRequest(f"{row['union']}: endorsements", tuple(evidence)))


def _members(count: int | None) -> str:
    if not count:
        return "—"
    if count >= 1_000_000:
        return f"{count / 1_000_000:g}M"
    return f"{count:,}"
