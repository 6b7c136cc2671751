"""Endorsements: where each union stands now, since when, and the selected union's history."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from tui.display import candidate_colour, marked, plain
from tui.evidence import SourceRequest, sheet_evidence
from tui.facts.board import Board
from tui.panes.pane import matches
from tui.panes.table_pane import TablePane

CONFLICT = "⚑"


class EndorsementsPane(TablePane):
    TITLE = "Endorsements"
    KEY = "1"
    NOUN = "unions"
    EMPTY_HINT = "No endorsements found in these articles."
    COLUMNS = (("Union", 17), ("Size", 4), ("Backs", 9), ("Since", 15), ("Src", 3))

    def fill(self, board: Board, query: str) -> tuple[int, int]:
        self.show_rows(
            [
                r
                for r in board.standings
                if matches(query, r["union"], r["short"], r["stands"], r["candidate"])
            ]
        )
        return len(self.rows), len(board.standings)

    def key(self, r: dict[str, Any]) -> str:
        return str(r["union"])

    def cells(self, r: dict[str, Any]) -> tuple[Text, ...]:
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

    def detail(self, row: dict[str, Any]) -> Text:
        """The union's history, step by step."""
        text = Text(row["union"], style="bold")
        if row["members"]:
            text.append(f" · {_members(row['members'])} members", style="dim")
        text.append(f" · {row['sources']} article(s)\n", style="dim")
        for step in self.board.histories.get(row["union"], []) if self.board else []:
            text.append(f"{step['when']:>21}  ", style="dim")
            text.append(step["stands"])
            if step["conflict"]:
                text.append(f" {CONFLICT} sources disagree", style="yellow")
            if not step["reviewed"]:
                text.append(" (found automatically, not reviewed)", style="dim italic")
            text.append("\n")
        return text

    def source(self, row: dict[str, Any]) -> SourceRequest:
        assert self.board is not None
        evidence = [
            item
            for r in self.board.endorsements
            if r["union"] == row["union"]
            for item in sheet_evidence(r, r["label"])
        ]
        return SourceRequest(f"{row['union']}: endorsements", tuple(evidence))


def _members(count: int | None) -> str:
    if not count:
        return "—"
    if count >= 1_000_000:
        return f"{count / 1_000_000:g}M"
    return f"{count:,}"
