"""The articles view: what each article is, when it appeared, and what it gave."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from tui.display import plain
from tui.evidence import Evidence, SourceRequest
from tui.facts.board import Board
from tui.panes.pane import OpenSource
from tui.widgets.table import Table


class ArticlesScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,a", "dismiss", "Back"),
    ]

    def __init__(self, board: Board) -> None:
        super().__init__(classes="articles")
        self.board = board

    def compose(self) -> ComposeResult:
        n = len(self.board.articles)
        yield Static(Text(f"Articles ({n}): enter reads one", style="bold"), classes="source-title")
        yield Table()
        yield Static(classes="source-meta")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for label in (
            "Article",
            "Outlet",
            "Published",
            "How the date was found",
            "Facts",
            "Quotes",
        ):
            table.add_column(label)
        for row in self.board.articles:
            table.add_row(
                plain(row["article"]),
                plain(row["outlet"] or "—"),
                Text(row["published"] or "unknown"),
                plain(row["basis"] or "—"),
                Text(str(row["facts"]), justify="right"),
                Text(str(row["quotes"]), justify="right"),
                key=row["article"],
            )
        table.focus()
        self._show_note()

    @on(DataTable.RowHighlighted)
    def _show_note(self) -> None:
        table = self.query_one(DataTable)
        rows = self.board.articles
        note = self.query_one(".source-meta", Static)
        if 0 <= table.cursor_row < len(rows):
            row = rows[table.cursor_row]
            note.update(plain(row["note"] or "no publication date known", style="dim"))

    @on(DataTable.RowSelected)
    def _open(self, event: DataTable.RowSelected) -> None:
        event.stop()
        article = str(event.row_key.value)
        self.post_message(OpenSource(SourceRequest(article, (Evidence(article, ()),))))
