"""Text from articles, made safe to show: never markup, control characters made visible."""

from __future__ import annotations

from rich.text import Text

# Every control character but newline and tab becomes its Unicode "control picture" (␛ for
# ESC): one character for one, so offsets into the article still line up with what is shown.
_PICTURES = {code: 0x2400 + code for code in range(0x20) if code not in (0x09, 0x0A)}
_PICTURES[0x7F] = 0x2421
_PICTURES.update({code: 0xFFFD for code in range(0x80, 0xA0)})


def visible(text: str) -> str:
    return text.translate(_PICTURES)


def plain(text: str | None, style: str = "") -> Text:
    """Article text as a Rich Text: shown literally, "[bold]" and all."""
    return Text(visible(text or ""), style=style, end="")


CANDIDATE_COLOURS = {
    "Donald Trump": "#e0605e",
    "Kamala Harris": "#5b8def",
    "Joe Biden": "#4fc3d9",
}
_OTHERS = ("#c99a2e", "#9b7ede", "#5fb878", "#d9739f", "#8fa3b8")


def candidate_colour(name: str | None) -> str:
    """One colour per candidate everywhere; candidates are always labelled by name as well."""
    if not name:
        return "#8fa3b8"
    if name in CANDIDATE_COLOURS:
        return CANDIDATE_COLOURS[name]
    return _OTHERS[sum(map(ord, name)) % len(_OTHERS)]


# A fact found automatically, not yet confirmed by a reviewed sheet: marked and set in italics.
AUTO_MARK = "~"
AUTO_STYLE = "italic"


def marked(text: Text, reviewed: bool) -> Text:
    """A cell's text, marked as automatic when it is."""
    if reviewed:
        return text
    text.stylize(AUTO_STYLE)
    return Text.assemble((f"{AUTO_MARK} ", "dim"), text)
