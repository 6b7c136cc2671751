"""The dashboard: four panes over one FactBook, wired together. Panes do the showing."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.command import Hit, Hits, Provider
from textual.containers import Grid
from textual.widget import Widget
from textual.widgets import Footer, Header, Tab, Tabs

from tui.facts.board import Board
from tui.facts.watch import Snapshot, changes, notice, snapshot
from tui.panes.endorsements import EndorsementsPane
from tui.panes.pane import OpenSource, Pane
from tui.panes.poll import PollPane
from tui.panes.quotes import QuotesPane
from tui.panes.schedule import SchedulePane
from tui.screens.articles import ArticlesScreen
from tui.screens.help import HelpScreen
from tui.screens.problems import ProblemsScreen
from tui.screens.source import SourceScreen

if TYPE_CHECKING:
    from tui.facts import FactBook

Texts = Callable[[str], str]  # article name -> its text, as the offsets index it
Loader = Callable[[], tuple[Board, Texts]]


class RaceDash(App[None]):
    """A terminal dashboard of the 2024 endorsement race around the Teamsters union."""

    CSS_PATH = Path(__file__).with_name("app.tcss")
    ESCAPE_TO_MINIMIZE = False  # escape clears a filter first, then leaves zoom: action_back
    TITLE = "race-dash"
    # Four panes at 120x32 and up; one pane at a time, with a tab bar, below that.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]  # noqa: RUF012 (Textual's own)
    VERTICAL_BREAKPOINTS = [(0, "-short"), (32, "-tall")]  # noqa: RUF012
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "1",
            "show_pane('endorsements')",
            "Endorsements",
            show=False,
            tooltip="Focus the endorsements pane",
        ),
        Binding("2", "show_pane('poll')", "Poll", show=False, tooltip="Focus the poll pane"),
        Binding(
            "3", "show_pane('schedule')", "Schedule", show=False, tooltip="Focus the schedule pane"
        ),
        Binding("4", "show_pane('quotes')", "Quotes", show=False, tooltip="Focus the quotes pane"),
        Binding("tab", "cycle(1)", "Next pane", show=False, priority=True),
        Binding("shift+tab", "cycle(-1)", "Previous pane", show=False, priority=True),
        Binding(
            "slash",
            "filter",
            "Filter",
            tooltip="Show only the rows of the pane that contain some words",
        ),
        Binding("z", "zoom", "Zoom", tooltip="Zoom the focused pane to full screen and back"),
        Binding("enter", "noop", "Source", tooltip="Open the article behind the selected row"),
        Binding("a", "articles", "Articles", tooltip="The articles: outlet, date, what each gave"),
        Binding("r", "reload", "Re-read", tooltip="Re-read the folder now (it is also watched)"),
        Binding("p", "problems", "Problems", tooltip="What could not be loaded, one line each"),
        Binding(
            "escape",
            "step_back",
            "Back",
            show=False,
            tooltip="Close the view, else clear the filter, else leave zoom",
        ),
        Binding("question_mark", "help", "Help", tooltip="This list of keys"),
        Binding("q", "quit", "Quit"),
    ]
    # Keys inside a pane, for the help screen (the widgets themselves bind them).
    MOVE_KEYS: ClassVar[list[BindingType]] = [
        Binding("up,k", "", "Previous row"),
        Binding("down,j", "", "Next row"),
        Binding("pageup,pagedown", "", "Page up, page down"),
        Binding("home,end", "", "First, last row"),
        Binding("ctrl+p", "", "Command palette: panes, quotes by a speaker"),
    ]

    def __init__(
        self,
        board: Board,
        texts: Texts,
        loader: Loader | None = None,
        watch: Sequence[Path | None] = (),
        every: float = 2.0,
        seen: Snapshot | None = None,
    ) -> None:
        """`loader` rebuilds the board (r); `watch` names the folders to poll every `every`
        seconds for new, changed or removed files, rebuilding by itself when they change;
        `seen` is what they held when `board` was built (else: when the app starts)."""
        super().__init__()
        self.board = board
        self.texts = texts
        self.loader = loader
        self.watched = list(watch) if loader is not None else []
        self.every = every
        self.seen: Snapshot = dict(seen) if seen is not None else {}
        self.reloading = False
        self.pending: str | None = None  # "asked" or "again": a re-read wanted during a build
        self.panes: list[Pane] = [EndorsementsPane(), PollPane(), SchedulePane(), QuotesPane()]
        self.active = self.panes[0]

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="◆")
        yield Tabs(*(Tab(f"{p.KEY} {p.TITLE}", id=f"tab-{p.id}") for p in self.panes))
        with Grid(id="grid"):
            yield from self.panes
        yield Footer()

    def on_mount(self) -> None:
        if self.watched:
            self.seen = self.seen or snapshot(self.watched)
            self.set_interval(self.every, self._look)
        self.show_board(self.board)
        self.active.add_class("-active")
        self.active.focus_body()
        if self.board.problems:
            n = len(self.board.problems)
            self.notify(
                f"{n} problem{'s' if n != 1 else ''} while loading; press p to list them",
                severity="warning",
                timeout=8,
                markup=False,
            )

    def show_board(self, board: Board) -> None:
        self.board = board
        self.sub_title = self._coverage()
        for pane in self.panes:
            pane.show(board)

    def _coverage(self) -> str:
        if not self.board.articles:
            return f"no articles in {self.board.seeds_name}/: add .txt articles there, press r"
        text = f"2024 endorsement race · {self.board.coverage}"
        if self.board.problems:
            text += f" · ⚠ {len(self.board.problems)} problems (p)"
        return text

    # -- panes and focus ---------------------------------------------------------------------

    def pane(self, name: str) -> Pane:
        return next(p for p in self.panes if p.id == name)

    def action_show_pane(self, name: str) -> None:
        self._activate(self.pane(name))

    def action_cycle(self, step: int) -> None:
        if self.screen is not self.screen_stack[0]:
            self.screen.focus_next() if step > 0 else self.screen.focus_previous()
            return
        index = self.panes.index(self.active)
        self._activate(self.panes[(index + step) % len(self.panes)])

    def _activate(self, pane: Pane) -> None:
        if self.screen.maximized is not None and self.screen.maximized is not pane:
            self.screen.maximize(pane, container=False)
        self._mark_active(pane)  # now, not when focus lands: the next key may be for it
        pane.focus_body()

    def action_filter(self) -> None:
        self.active.action_filter()

    @on(Tabs.TabActivated)
    def _tab(self, event: Tabs.TabActivated) -> None:
        name = (event.tab.id or "").removeprefix("tab-")
        if name and self.active.id != name:
            self._activate(self.pane(name))

    def on_descendant_focus(self, event: object) -> None:
        focused = self.focused
        for pane in self.panes:
            if focused is not None and _inside(focused, pane):
                self._mark_active(pane)

    def _mark_active(self, pane: Pane) -> None:
        if pane is self.active:
            return
        self.active.remove_class("-active")
        pane.add_class("-active")
        self.active = pane
        self.query_one(Tabs).active = f"tab-{pane.id}"

    def action_zoom(self) -> None:
        if self.screen.maximized is not None:
            self.screen.minimize()
        else:
            self.screen.maximize(self.active, container=False)

    def action_step_back(self) -> None:
        """One step back: clear the filter, else leave zoom."""
        if self.active.filtering:
            self.active.clear_filter()
        elif self.screen.maximized is not None:
            self.screen.minimize()

    def action_noop(self) -> None:
        """enter is handled by the focused table or list; listed for the footer and help."""

    # -- views -------------------------------------------------------------------------------

    @on(OpenSource)
    def _open_source(self, event: OpenSource) -> None:
        self.push_screen(SourceScreen(self.board, self.texts, event.request))

    def action_articles(self) -> None:
        self.push_screen(ArticlesScreen(self.board))

    def action_problems(self) -> None:
        if self.board.problems:
            self.push_screen(ProblemsScreen(self.board.problems))
        else:
            self.notify("No problems: every file and sheet loaded.", markup=False)

    def action_help(self) -> None:
        sections = [
            ("Dashboard", list(self.BINDINGS)),
            ("Inside a pane", list(self.MOVE_KEYS)),
            ("Source view", list(SourceScreen.BINDINGS)),
        ]
        self.push_screen(HelpScreen(sections))

    def action_reload(self) -> None:
        if self.loader is None:
            self.notify("This dashboard was opened without a folder to re-read.", markup=False)
            return
        self._start_reload(asked=True)

    @work(thread=True, exclusive=True, group="watch")
    def _look(self) -> None:
        """Poll the folders; rebuild when a file came, went or changed."""
        if not self.reloading and snapshot(self.watched) != self.seen:
            self.call_from_thread(self._start_reload, asked=False)

    def _start_reload(self, asked: bool) -> None:
        """One build at a time: asked again meanwhile, it runs once more when this one ends
        (a build cannot be stopped half-way, and two would race for the screen)."""
        if self.reloading:
            self.pending = self.pending or "again"
            if asked:
                self.pending = "asked"
            return
        self.reloading = True
        self._reload(asked)

    @work(thread=True, group="reload")
    def _reload(self, asked: bool) -> None:
        assert self.loader is not None
        now = snapshot(self.watched)  # before the build: a change during it is seen next time
        try:
            board, texts = self.loader()
        except Exception as error:  # a folder gone or unreadable: say so, keep what is shown
            self.call_from_thread(self._not_reloaded, now, str(error) or type(error).__name__)
            return
        self.call_from_thread(self._reloaded, board, texts, now, asked)

    def _reloaded(self, board: Board, texts: Texts, now: Snapshot, asked: bool) -> None:
        what = changes(self.seen, now)
        self.seen = now
        self.texts = texts
        self.show_board(board)  # the panes keep their filter and selected row
        if what or asked:
            self.notify(notice(what, board), title="Articles re-read", markup=False)
        self._reload_done()

    def _not_reloaded(self, now: Snapshot, error: str) -> None:
        self.seen = now
        self.notify(f"Could not re-read the folder: {error}", severity="error", markup=False)
        self._reload_done()

    def _reload_done(self) -> None:
        self.reloading = False
        pending, self.pending = self.pending, None
        if pending is not None:
            self._start_reload(asked=pending == "asked")


def _inside(widget: Widget, container: Widget) -> bool:
    node: object = widget
    while isinstance(node, Widget):
        if node is container:
            return True
        node = node.parent
    return False


class PaneCommands(Provider):
    """The command palette: go to a pane, open a view, show the quotes of one speaker."""

    def _commands(self) -> Iterator[tuple[str, Callable[[], object], str]]:
        app = self.app
        assert isinstance(app, RaceDash)
        for pane in app.panes:
            yield (f"Go to {pane.TITLE}", partial(app.action_show_pane, str(pane.id)), pane.KEY)
        yield ("Articles", app.action_articles, "a")
        yield ("Problems", app.action_problems, "p")
        yield ("Re-read the folder", app.action_reload, "r")
        quotes = app.pane("quotes")
        assert isinstance(quotes, QuotesPane)
        for speaker in quotes.speakers():
            yield (f"Quotes by {speaker}", partial(_quotes_by, app, speaker), "")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, action, key in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), action, help=key or None)


def _quotes_by(app: RaceDash, speaker: str) -> None:
    quotes = app.pane("quotes")
    app._activate(quotes)
    quotes.set_filter(speaker)


RaceDash.COMMANDS = App.COMMANDS | {PaneCommands}


def make_app(
    book: FactBook,
    loader: Callable[[], FactBook] | None = None,
    watch: Sequence[Path | None] = (),
    every: float = 2.0,
) -> RaceDash:
    """The app over a built FactBook; tests pass one built from fixture folders."""
    from tui.facts.views import board

    def load() -> tuple[Board, Texts]:
        assert loader is not None
        fresh = loader()
        return board(fresh), _texts_of(fresh)

    return RaceDash(board(book), _texts_of(book), load if loader else None, watch, every)


def _texts_of(book: FactBook) -> Texts:
    return lambda name: book.texts.get(name, "")
