"""A horizontal bar chart drawn by plotext into a Static, redrawn when its size changes.

plotext is drawn directly rather than through textual-plotext: that package is unmaintained and
holds plotext below 6, while all this needs is plotext's text output at the widget's size.
plotext takes a fifth of a second to import: it is imported in a thread after the first frame,
and the chart draws when it is ready, so the dashboard's first frame does not wait for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import work
from textual.events import Resize
from textual.widgets import Static


@dataclass(frozen=True, slots=True)
class Bar:
    label: str  # always shown: a candidate reads right without colour
    value: float
    colour: str  # "#rrggbb"


class BarChart(Static):
    """Bars from top to bottom, 0 to 100 on the axis."""

    DEFAULT_CSS = """
    BarChart { min-width: 20; }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.bars: list[Bar] = []
        self.ready = False  # plotext imported

    def on_mount(self) -> None:
        self.call_after_refresh(self._load)

    @work(thread=True, exclusive=True, group="plotext")
    def _load(self) -> None:
        import plotext  # noqa: F401  (the import is the work)

        self.app.call_from_thread(self._loaded)

    def _loaded(self) -> None:
        self.ready = True
        self._draw()

    def plot(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.styles.height = len(bars) + 3 if bars else 0  # a row a bar, the frame and axis
        self._draw()

    def on_resize(self, event: Resize) -> None:
        self._draw()

    def _draw(self) -> None:
        if not self.ready:
            return
        width, height = self.content_size
        if not self.bars or width < 12 or height < len(self.bars) + 3:
            self.update("")
            return
        self.update(Text.from_ansi(_render(self.bars, width, height)))


def _render(bars: list[Bar], width: int, height: int) -> str:
    import plotext as plt

    figure = plt.figure
    figure.clear()
    plt.terminal.limit(False, False)
    # one row a bar, each beside its label: plotext spreads taller bars unevenly over rows
    figure.plot_size(width, len(bars) + 3)
    figure.theme("simple")
    markers = [plt.marker("full", plt.pixel(foreground=_rgb(bar.colour))) for bar in bars]
    # plotext draws the first bar at the bottom; the chart reads top to bottom
    ordered = list(reversed(bars))
    figure.draw(
        figure.bar(
            [bar.label for bar in ordered],
            [bar.value for bar in ordered],
            orientation="h",
            width=0.5,  # wider bars bleed into the next row at one row a bar
            marker=list(reversed(markers)),
        )
    )
    figure.ruler("x").lim(0, 100)
    figure.ruler("x").ticks([0, 50, 100], ["0", "50", "100%"])
    return str(figure.build().string()).rstrip("\n")


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
