"""The Teamsters member poll: both waves charted, the numbers beside, and how the lead swung."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from tui.display import candidate_colour, marked, plain
from tui.evidence import SourceRequest, with_conflict
from tui.facts.board import Board
from tui.panes.pane import matches
from tui.panes.table_pane import TablePane
from tui.widgets.bars import Bar, BarChart


class PollPane(TablePane):
    TITLE = "Poll"
    KEY = "2"
    NOUN = "poll rows"
    EMPTY_HINT = "No poll figures found in these articles."
    COLUMNS = (("Who", 6), ("Share", 5), ("Poll", 9))

    def compose(self) -> ComposeResult:
        with Horizontal(classes="poll-body"):
            yield BarChart(classes="chart")
            with Vertical(classes="numbers"):
                yield Static(classes="swing")
                yield self.table
        yield from self.details
        yield from self.compose_common()

    def fill(self, board: Board, query: str) -> tuple[int, int]:
        every = board.polls
        self.show_rows(
            [r for r in every if matches(query, r["candidate"], r["short"], r["poll"], r["timing"])]
        )
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
        return len(self.rows), len(every)

    def key(self, r: dict[str, Any]) -> tuple[str, str | None, float | None]:
        return r["poll"], r["candidate"], r["pct"]

    def cells(self, r: dict[str, Any]) -> tuple[Text, Text, Text]:
        share = "—" if r["pct"] is None else f"{r['pct']:g}%"
        poll = marked(Text(r["short"] or ""), r["reviewed"])
        if r["conflict"]:
            poll.append(" ⚑", style="bold yellow")
        who = r["candidate"].split()[-1] if r["candidate"] else "undec."
        return Text(who, style=candidate_colour(r["candidate"])), Text(share, justify="right"), poll

    def detail(self, row: dict[str, Any]) -> Text:
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
        return text

    def source(self, row: dict[str, Any]) -> SourceRequest | None:
        assert self.board is not None
        title = f"{row['poll']}: {row['candidate']}"
        return with_conflict(title, row, self.board.polls, _describe)


def _describe(row: Any) -> str:
    share = "ahead, no figure" if row["pct"] is None else f"{row['pct']:g}%"
    return f"{row['short']}: {row['candidate']} {share}"
