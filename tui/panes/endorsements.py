"""Endorsements: where each union stands now, since when, and the selected union's history."""

from __future__ import annotations

import polars as pl
from rich.text import Text
from textual import on
from textual.widgets import DataTable, Static

from tui.display import candidate_colour, plain
from tui.evidence import Evidence, SourceRequest, sheet_evidence
from tui.facts import FactBook
from tui.facts import views as v
from tui.panes.pane import Pane, matches
from tui.widgets.table import Table

CONFLICT = "⚑"


class EndorsementsPane(Pane):
    TITLE = "Endorsements"
    KEY = "1"
    NOUN = "unions"
    EMPTY_HINT = "No endorsements found in these articles."

    def __init__(self) -> None:
        table = Table()
        super().__init__(table, Static(classes="detail"))
        self.table = table
        self.unions: list[str] = []

    def on_mount(self) -> None:
        columns = (("Union", 12), ("Size", 4), ("Backs", 14), ("Since", 15), ("Src", 3))
        for label, width in columns:
            self.table.add_column(label, width=width)

    def fill(self, book: FactBook, query: str) -> tuple[int, int]:
        standings = v.standings(book)
        rows = [
            r
            for r in standings.iter_rows(named=True)
            if matches(query, r["union"], r["short"], r["stands"], r["candidate"])
        ]
        selected = self.unions[self.table.cursor_row] if self._has_selection() else None
        self.table.clear()
        self.unions = [r["union"] for r in rows]
        for r in rows:
            backs = r["candidate"] if r["status"] == "endorsed" else v.STATUS_WORDS[r["status"]]
            stands = Text(
                backs or "", style=candidate_colour(r["candidate"]) if r["candidate"] else ""
            )
            if r["conflicts"]:
                stands.append(f" {CONFLICT}", style="bold yellow")
            if not r["reviewed"]:
                stands.append(" ·auto", style="dim italic")
            self.table.add_row(
                plain(r["short"]),
                Text(_members(r["members"]), justify="right"),
                stands,
                plain(r["since"].replace("reported ", "by ")),
                Text(str(r["sources"]), justify="right"),
                key=r["union"],
            )
        if selected in self.unions:
            self.table.move_cursor(row=self.unions.index(selected))
        self._show_history()
        return len(rows), len(standings)

    def _has_selection(self) -> bool:
        return 0 <= self.table.cursor_row < len(self.unions)

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show_history()

    def _show_history(self) -> None:
        detail = self.query_one(".detail", Static)
        if self.book is None or not self._has_selection():
            detail.update("")
            return
        union = self.unions[self.table.cursor_row]
        standing = v.standings(self.book).filter(pl.col("union") == union).row(0, named=True)
        text = Text(union, style="bold")
        if standing["members"]:
            text.append(f" · {_members(standing['members'])} members", style="dim")
        text.append(f" · {standing['sources']} article(s)\n", style="dim")
        for step in v.history(self.book, union):
            text.append(f"{step.when:>21}  ", style="dim")
            text.append(step.stands)
            if step.conflict:
                text.append(f" {CONFLICT} sources disagree", style="yellow")
            text.append("\n")
        detail.update(text)

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if self.book is None or not self._has_selection():
            return
        union = self.unions[self.table.cursor_row]
        rows = self.book.endorsements.filter(pl.col("union") == union)
        evidence: list[Evidence] = []
        for row in rows.iter_rows(named=True):
            when = v.when(row["date"], row["date_precision"], None)
            label = f"{when}: {v.STATUS_WORDS.get(row['status'], row['status'])}"
            if row["candidate"]:
                label += f" {row['candidate']}"
            evidence.extend(sheet_evidence(row, label))
        self.open_source(SourceRequest(f"{union}: endorsements", tuple(evidence)))


def _members(count: int | None) -> str:
    if not count:
        return "—"
    if count >= 1_000_000:
        return f"{count / 1_000_000:g}M"
    return f"{count:,}"
