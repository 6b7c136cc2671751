"""Quotes: every quotation as a card: the words, who said them (and who relayed them), where."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.display import plain
from tui.evidence import Evidence, SourceRequest
from tui.facts.board import Board
from tui.panes.pane import Pane, matches


class QuoteList(OptionList):
    """The cards, with vi keys beside the arrows."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]


class QuotesPane(Pane):
    TITLE = "Quotes"
    KEY = "4"
    NOUN = "quotes"
    EMPTY_HINT = "No quotations found in these articles."

    def __init__(self) -> None:
        self.cards_list = QuoteList()
        super().__init__(self.cards_list)
        self.cards: list[dict[str, Any]] = []

    def fill(self, board: Board, query: str) -> tuple[int, int]:
        every = board.cards
        at = self.cards_list.highlighted
        kept = _key(self.cards[at]) if at is not None and at < len(self.cards) else None
        self.cards = [c for c in every if matches(query, c["text"], c["speaker"], c["relayed_by"])]
        self.cards_list.clear_options()
        self.cards_list.add_options(Option(_card(c), id=str(n)) for n, c in enumerate(self.cards))
        if self.cards:
            keys = [_key(c) for c in self.cards]
            # the card that was highlighted stays so, after a re-read or a narrower filter
            index = keys.index(kept) if kept in keys else min(at or 0, len(keys) - 1)
            self.cards_list.highlighted = index
        return len(self.cards), len(every)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        card = self.cards[int(event.option.id or 0)]
        evidence = tuple(
            Evidence(article, ((start, end),))
            for article, start, end in zip(
                card["articles"], card["starts"], card["ends"], strict=True
            )
        )
        who = card["speaker"] or "speaker not stated"
        self.open_source(SourceRequest(f"Quote: {who}", evidence))

    def speakers(self) -> list[str]:
        """Everyone quoted, for the command palette's "quotes by <speaker>"."""
        return self.board.speakers if self.board is not None else []


def _key(card: dict[str, Any]) -> tuple[str, str | None, str]:
    """The same words said by two people, or twice in different articles, are two cards."""
    return card["text"], card["speaker"], card["articles"][0]


def _card(card: dict[str, Any]) -> Text:
    text = Text()
    text.append_text(plain(f"“{card['text']}”", style="bold" if not card["partial"] else ""))
    if card["partial"] and card["sentence"]:
        text.append("\n  in: ", style="dim")
        text.append_text(plain(card["sentence"], style="italic"))
    text.append("\n  — ", style="dim")
    if card["speaker"]:
        text.append_text(plain(card["speaker"], style="bold cyan"))
        if card["speaker_role"]:
            text.append_text(plain(f", {card['speaker_role']}", style="cyan"))
    else:
        text.append("speaker not stated", style="dim italic")
    if card["relayed_by"]:
        text.append_text(plain(f" (as relayed by {card['relayed_by']})", style="cyan"))
    text.append("\n  ")
    text.append_text(plain(card["sources"], style="dim"))
    text.append("\n")  # a blank line between cards
    return text
