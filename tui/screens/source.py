"""The source view: the article behind a fact, its evidence highlighted and scrolled to."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from tui.display import plain
from tui.evidence import Evidence, SourceRequest
from tui.facts.board import Board
from tui.facts.text import paragraphs

HIGHLIGHT = "bold black on #e8c547"


class ArticleView(VerticalScroll):
    """An article, a paragraph per widget, so a highlighted paragraph can be scrolled to."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
    ]

    def show(self, text: str, spans: tuple[tuple[int, int], ...]) -> None:
        self.remove_children()
        first: Static | None = None
        widgets = []
        for start, end in paragraphs(text):
            shown = plain(text[start:end])
            hit = False
            for s, e in spans:
                if s < end and e > start:
                    shown.stylize(HIGHLIGHT, max(s, start) - start, min(e, end) - start)
                    hit = True
            widget = Static(shown, classes="paragraph -hit" if hit else "paragraph")
            widgets.append(widget)
            if hit and first is None:
                first = widget
        self.mount_all(widgets)
        if first is not None:
            target = first
            self.call_after_refresh(lambda: self.scroll_to_widget(target, animate=False, top=True))


class SourceScreen(Screen[None]):
    """One fact's sources, one article at a time."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back"),
        Binding("n,right", "move(1)", "Next source"),
        Binding("p,left", "move(-1)", "Previous source"),
    ]

    def __init__(self, board: Board, texts: Callable[[str], str], request: SourceRequest) -> None:
        super().__init__(classes="source")
        self.board = board
        self.texts = texts  # article name -> its text, as the offsets index it
        self.request = request
        self.position = 0

    def compose(self) -> ComposeResult:
        yield Static(classes="source-title")
        yield Static(classes="source-meta")
        yield ArticleView(classes="article")
        yield Footer()

    def on_mount(self) -> None:
        self._show()
        self.query_one(ArticleView).focus()

    def action_close(self) -> None:
        self.dismiss()

    def action_move(self, step: int) -> None:
        count = len(self.request.evidence)
        if count > 1:
            self.position = (self.position + step) % count
            self._show()

    def _show(self) -> None:
        evidence = self.request.evidence[self.position]
        self.query_one(".source-title", Static).update(plain(self.request.title, style="bold"))
        self.query_one(".source-meta", Static).update(self._meta(evidence))
        text = self.texts(evidence.article)
        self.query_one(ArticleView).show(text, evidence.spans)

    def _meta(self, evidence: Evidence) -> Text:
        count = len(self.request.evidence)
        meta = Text(f"Source {self.position + 1} of {count}", style="bold")
        row = self.board.article(evidence.article)
        if row is not None:
            meta.append(" · ")
            meta.append_text(plain(row["outlet"] or "outlet unknown"))
            meta.append(f" · published {row['published'] or 'date unknown'}")
            if row["basis"]:
                meta.append(f" ({row['basis']})", style="dim")
        meta.append_text(plain(f" · {evidence.article}", style="dim"))
        if evidence.label:
            meta.append("\n")
            meta.append_text(plain(f"⚑ {evidence.label}", style="yellow"))
        if count > 1:
            meta.append("\nn / p: the other sources", style="dim")
        return meta
