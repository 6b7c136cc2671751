"""What every pane shares: a titled border, one focusable body, a filter line, an empty state."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Static

from tui.evidence import SourceRequest
from tui.facts.board import Board


class OpenSource(Message):
    """Show the article(s) behind a fact, its evidence highlighted."""

    def __init__(self, request: SourceRequest) -> None:
        super().__init__()
        self.request = request


class Pane(Vertical):
    """A bordered pane of the dashboard. Subclasses fill it from the board."""

    ALLOW_MAXIMIZE = True
    TITLE: ClassVar[str] = ""
    KEY: ClassVar[str] = ""
    NOUN: ClassVar[str] = "rows"  # what the rows are, for "No quotes match"
    EMPTY_HINT: ClassVar[str] = "Nothing here yet."

    # Each pane shows the board's rows that match a query and returns (shown, total).
    fill: Callable[[Board, str], tuple[int, int]]

    def __init__(self, body: Widget, *details: Widget) -> None:
        super().__init__(id=self.TITLE.lower(), classes="pane")
        self.body = body  # the widget that takes the keys: a table or a list
        self.details = details  # what the pane shows beside or below its body
        self.board: Board | None = None
        self.query_text = ""

    def compose(self) -> ComposeResult:
        yield self.body
        yield from self.details
        yield from self.compose_common()

    def compose_common(self) -> ComposeResult:
        """The empty state and the filter line, last in every pane."""
        yield Static(classes="empty")
        yield Input(placeholder=f"filter {self.NOUN}…", classes="filter")

    # -- shared behaviour --------------------------------------------------------------------

    def show(self, board: Board) -> None:
        self.board = board
        self.refresh_rows()

    def refresh_rows(self) -> None:
        if self.board is None:
            return
        shown, total = self.fill(self.board, self.query_text.strip().lower())
        self._title(shown, total)
        empty = self.query_one(".empty", Static)
        if not self.board.articles:
            folder = self.board.seeds_name
            empty.update(
                Text(f"No articles in {folder}/ yet. Add .txt news articles there, press r.")
            )
        elif total == 0:
            empty.update(Text(self.EMPTY_HINT))
        elif shown == 0:
            empty.update(Text(f"No {self.NOUN} match “{self.query_text}”. Escape clears it."))
        self.set_class(shown == 0, "-empty")

    def _title(self, shown: int, total: int) -> None:
        count = f"{shown} of {total}" if self.query_text.strip() else str(total)
        self.border_title = Text(f"{self.KEY} {self.TITLE} {count}")
        self.border_subtitle = Text(f"/ {self.query_text}") if self.query_text else None

    def focus_body(self) -> None:
        self.body.focus()

    def action_filter(self) -> None:
        self.add_class("-filtering")
        # the line is hidden until the class applies: focus it once it is shown
        self.call_after_refresh(self.query_one(".filter", Input).focus)

    @property
    def filtering(self) -> bool:
        return bool(self.query_text) or self.has_class("-filtering")

    def clear_filter(self) -> None:
        field = self.query_one(".filter", Input)
        field.value = ""
        self.query_text = ""
        self.remove_class("-filtering")
        self.refresh_rows()
        self.focus_body()

    def set_filter(self, text: str) -> None:
        """Filter from outside (the command palette's "quotes by <speaker>")."""
        self.query_one(".filter", Input).value = text
        self.query_text = text
        self.refresh_rows()

    @on(Input.Changed, ".filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.query_text = event.value
        self.refresh_rows()

    @on(Input.Submitted, ".filter")
    def _filter_done(self, event: Input.Submitted) -> None:
        event.stop()
        # the line gives its rows back to the pane; the title keeps showing "/ words"
        self.remove_class("-filtering")
        self.focus_body()

    def open_source(self, request: SourceRequest | None) -> None:
        if request is not None and request.evidence:
            self.post_message(OpenSource(request))


def matches(query: str, *fields: object) -> bool:
    """Substring search over a row's fields, case and punctuation folded ("obrien" finds
    O’Brien); an empty query matches everything."""
    wanted = _fold(query)
    if not wanted:
        return True
    return any(wanted in _fold(str(field)) for field in fields if field is not None)


def _fold(text: str) -> str:
    return " ".join("".join(c for c in text.lower() if c.isalnum() or c.isspace()).split())
