"""The help screen: every key, written from the bindings themselves."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

_KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "escape": "esc",
    "shift+tab": "shift+tab",
    "pageup": "pgup",
    "pagedown": "pgdn",
}


def key_label(keys: str) -> str:
    return " ".join(_KEY_NAMES.get(k.strip(), k.strip()) for k in keys.split(","))


def bindings_text(sections: Iterable[tuple[str, Iterable[BindingType]]]) -> Text:
    """A section per screen, a line per binding: its keys, then what it does."""
    text = Text()
    for title, bindings in sections:
        text.append(f"{title}\n", style="bold underline")
        for binding in bindings:
            if isinstance(binding, Binding) and binding.description:
                text.append(f"  {key_label(binding.key):<16}", style="bold cyan")
                text.append(f"{binding.tooltip or binding.description}\n")
        text.append("\n")
    return text


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close"),
    ]

    def __init__(self, sections: list[tuple[str, list[BindingType]]]) -> None:
        super().__init__(classes="help")
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog"):
            yield Static(Text("race-dash keys", style="bold"), classes="dialog-title")
            yield Static(bindings_text(self.sections), classes="keys")
            yield Static(Text("escape or ? closes this help", style="dim"))
