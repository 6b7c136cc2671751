"""The Teamsters member poll: both waves charted, the numbers beside, and how the lead swung."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Static

from tui.display import candidate_colour, marked, plain
from tui.evidence import with_conflict
from tui.facts.board import Board
from tui.panes.pane import Pane, matches
from tui.widgets.bars import Bar, BarChart
from tui.widgets.table import Table


class PollPane(Pane):
    TITLE = "Poll"
    KEY = "2"
    NOUN = "poll rows"
    EMPTY_HINT = "No poll figures found in these articles."

    def __init__(self) -> None:
        table = Table()
        super().__init__(table)
        self.table = table
        self.rows: list[dict[str, Any]] = []

    def compose(self) -> ComposeResult:
        with Horizontal(classes="poll-body"):
            yield BarChart(classes="chart")
            with Vertical(classes="numbers"):
                yield Static(classes="swing")
                yield self.table
        yield Static(classes="detail")
        yield from self.compose_common()

    def on_mount(self) -> None:
        for label, width in (("Who", 6), ("Share", 5), ("Poll", 9)):
            self.table.add_column(label, width=width)

    def fill(self, board: Board, query: str) -> tuple[int, int]:
        every = board.polls
        self.rows = [
            r for r in every if matches(query, r["candidate"], r["short"], r["poll"], r["timing"])
        ]
        keys = [(r["poll"], r["candidate"], r["pct"]) for r in self.rows]
        self.table.refill((self._cells(r) for r in self.rows), keys)
        self.query_one(".chart", BarChart).plot(
            [
                Bar(f"{name.split()[-1]} {wave['label']}", pct, candidate_colour(name))
                for wave in board.waves
                for name, pct in wave["shares"]
            ]
        )
        swing = board.swing
        self.query_one(".swing", Static).update(
            Text.assemble(("Lead: ", "dim"), swing) if swing else ""
        )
        self._show_detail()
        return len(self.rows), len(every)

    @staticmethod
    def _cells(r: dict[str, Any]) -> tuple[Text, Text, Text]:
        share = "—" if r["pct"] is None else f"{r['pct']:g}%"
        poll = marked(Text(r["short"] or ""), r["reviewed"])
        if r["conflict"]:
            poll.append(" ⚑", style="bold yellow")
        who = r["candidate"].split()[-1] if r["candidate"] else "undec."
        return Text(who, style=candidate_colour(r["candidate"])), Text(share, justify="right"), poll

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
        text = Text.assemble(
            (row["candidate"] or "undecided", candidate_colour(row["candidate"])),
            f" · {'no figure' if row['pct'] is None else format(row['pct'], 'g') + '%'} · ",
            (f"{row['poll']}", "bold"),
        )
        if row["population"] not in row["poll"]:
            text.append(f" · {row['population']}", style="dim")
        text.append("\n")
        text.append_text(plain(f"When: {row['timing'] or 'not stated'}"))
        if row["reported"]:
            text.append(f" · reported {row['reported']}", style="dim")
        if not row["reviewed"]:
            text.append("\nFound automatically, not reviewed.", style="dim italic")
        if row["conflict"]:
            text.append("\n⚑ sources disagree: ", style="yellow")
            text.append_text(plain(row["note"] or "", style="yellow"))
        detail.update(text)

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        row = self._current()
        if row is None or self.board is None:
            return
        title = f"{row['poll']}: {row['candidate']}"
        self.open_source(with_conflict(title, row, self.board.polls, _describe))


def _describe(row: Any) -> str:
    share = "ahead, no figure" if row["pct"] is None else f"{row['pct']:g}%"
    return f"{row['short']}: {row['candidate']} {share}"
