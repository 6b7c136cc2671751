"""The problems found while loading: a bad file, evidence not found. One line each."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.display import plain


class ProblemsScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,p", "dismiss", "Close"),
    ]

    def __init__(self, problems: list[str]) -> None:
        super().__init__(classes="help")
        self.problems = problems

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog"):
            n = len(self.problems)
            yield Static(
                Text(f"{n} problem{'s' if n != 1 else ''} while loading", style="bold"),
                classes="dialog-title",
            )
            lines = Text("\n").join(plain(p) for p in self.problems)
            yield Static(lines)
            yield Static(Text("The rest loaded. `race-dash check` lists these too.", style="dim"))
