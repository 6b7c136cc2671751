"""The schedule: the race's events in date order, meetings with the union standing out."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from tui.display import marked, plain
from tui.evidence import SourceRequest, with_conflict
from tui.facts.board import Board
from tui.panes.pane import matches
from tui.panes.table_pane import TablePane

MEETING = "★"


class SchedulePane(TablePane):
    TITLE = "Schedule"
    KEY = "3"
    NOUN = "events"
    EMPTY_HINT = "No dated events found in these articles."
    COLUMNS = (("When", 12), ("Event", None))

    def fill(self, board: Board, query: str) -> tuple[int, int]:
        every = board.schedule
        self.show_rows(
            [
                r
                for r in every
                if matches(query, r["title"], r["kind"], r["where"], r["when"], *r["who"])
            ]
        )
        return len(self.rows), len(every)

    def key(self, r: dict[str, Any]) -> tuple[str, str]:
        return r["when"], r["title"]

    def cells(self, r: dict[str, Any]) -> tuple[Text, Text]:
        style = "bold" if r["meeting"] else ""
        title = Text()
        title.append(f"{MEETING} " if r["meeting"] else "  ", style="bold yellow")
        title.append_text(marked(plain(r["title"], style=style), r["reviewed"]))
        if r["countdown"]:
            title.append(f" · {r['countdown']}", style="dim")
        if r["conflict"]:
            title.append(" ⚑", style="bold yellow")
        return plain(r["when"], style=style), title

    def detail(self, row: dict[str, Any]) -> Text:
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
        return text

    def source(self, row: dict[str, Any]) -> SourceRequest | None:
        assert self.board is not None
        title = f"{row['when']}: {row['title']}"
        return with_conflict(title, row, self.board.schedule, _describe)


def _describe(row: Any) -> str:
    return f"{row['when']}, {row['title']}"
