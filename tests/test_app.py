"""The dashboard driven key by key, checking what a user would see."""

from __future__ import annotations

import shutil
from pathlib import Path

from rich.text import Text
from textual.binding import Binding
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, OptionList, Static, Tabs

from tests.apps import broken_app, drive, empty_app, shipped_app
from tui.app import RaceDash, make_app
from tui.facts import build
from tui.panes.pane import Pane
from tui.paths import default_data, default_seeds
from tui.screens.articles import ArticlesScreen
from tui.screens.help import HelpScreen
from tui.screens.problems import ProblemsScreen
from tui.screens.source import HIGHLIGHT, SourceScreen


def app_of(pilot: Pilot[None]) -> RaceDash:
    app = pilot.app
    assert isinstance(app, RaceDash)
    return app


def focused_pane(pilot: Pilot[None]) -> str | None:
    app = app_of(pilot)
    for pane in app.panes:
        if app.focused is not None and app.focused in pane.walk_children():
            return pane.id
    return None


def text_of(widget: Static) -> str:
    return str(widget.content)


def test_all_four_panes_show_real_rows_at_once() -> None:
    async def check(pilot: Pilot[None]) -> None:
        app = app_of(pilot)
        endorsements = app.pane("endorsements").query_one(DataTable)
        assert endorsements.row_count == 6
        poll = app.pane("poll").query_one(DataTable)
        shares = [str(poll.get_row_at(i)[1]) for i in range(poll.row_count)]
        assert "58%" in shares and "31%" in shares
        schedule = app.pane("schedule").query_one(DataTable)
        assert schedule.row_count == len(app.board.schedule) >= 14
        assert app.pane("quotes").query_one(OptionList).option_count == 25
        assert "48 days to Election Day" in app.sub_title

    drive(shipped_app(), check)


def test_number_keys_focus_their_pane() -> None:
    async def check(pilot: Pilot[None]) -> None:
        assert focused_pane(pilot) == "endorsements"
        for key, pane in (("2", "poll"), ("3", "schedule"), ("4", "quotes"), ("1", "endorsements")):
            await pilot.press(key)
            assert focused_pane(pilot) == pane

    drive(shipped_app(), check)


def test_tab_and_shift_tab_cycle_the_panes() -> None:
    async def check(pilot: Pilot[None]) -> None:
        await pilot.press("tab")
        assert focused_pane(pilot) == "poll"
        await pilot.press("tab", "tab", "tab")
        assert focused_pane(pilot) == "endorsements"
        await pilot.press("shift+tab")
        assert focused_pane(pilot) == "quotes"

    drive(shipped_app(), check)


def test_moving_inside_a_pane() -> None:
    async def check(pilot: Pilot[None]) -> None:
        table = app_of(pilot).pane("schedule").query_one(DataTable)
        await pilot.press("3")
        await pilot.press("down", "j")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1
        await pilot.press("end")
        assert table.cursor_row == table.row_count - 1
        await pilot.press("home")
        assert table.cursor_row == 0
        await pilot.press("pagedown")
        assert table.cursor_row > 1
        quotes = app_of(pilot).pane("quotes").query_one(OptionList)
        await pilot.press("4", "j", "j")
        assert quotes.highlighted == 2
        await pilot.press("k")
        assert quotes.highlighted == 1

    drive(shipped_app(), check)


def test_selecting_a_union_shows_its_history() -> None:
    async def check(pilot: Pilot[None]) -> None:
        pane = app_of(pilot).pane("endorsements")
        await pilot.press("down")  # the UAW
        history = text_of(pane.query_one(".detail", Static))
        assert "United Auto Workers" in history
        assert history.index("endorsed Joe Biden") < history.index("endorsed Kamala Harris")

    drive(shipped_app(), check)


def test_z_zooms_the_focused_pane_and_back() -> None:
    async def check(pilot: Pilot[None]) -> None:
        app = app_of(pilot)
        await pilot.press("2", "z")
        assert app.screen.maximized is app.pane("poll")
        await pilot.press("z")
        assert app.screen.maximized is None

    drive(shipped_app(), check)


def test_enter_opens_the_source_with_the_quote_highlighted() -> None:
    async def check(pilot: Pilot[None]) -> None:
        app = app_of(pilot)
        await pilot.press("4", "down", "down", "enter")
        screen = app.screen
        assert isinstance(screen, SourceScreen)
        hits = [p for p in screen.query(".paragraph") if p.has_class("-hit")]
        assert len(hits) == 1
        shown = hits[0].content
        assert isinstance(shown, Text)
        text = shown.plain
        assert text.startswith("“We appreciate Vice President Harris")
        spans = [text[s.start : s.end] for s in shown.spans if str(s.style) == HIGHLIGHT]
        assert spans and spans[0].startswith("We appreciate Vice President Harris")
        meta = text_of(screen.query_one(".source-meta", Static))
        assert "The Epoch Times" in meta and "Sep 17, 2024" in meta
        await pilot.press("escape")
        assert not isinstance(app.screen, SourceScreen)

    drive(shipped_app(), check)


def test_a_fact_in_conflict_shows_each_side() -> None:
    async def check(pilot: Pilot[None]) -> None:
        app = app_of(pilot)
        await pilot.press("3", "end", "enter")  # Election Day: 49 or 50 days
        screen = app.screen
        assert isinstance(screen, SourceScreen)
        assert len(screen.request.evidence) == 2
        first = text_of(screen.query_one(".source-meta", Static))
        await pilot.press("n")
        second = text_of(screen.query_one(".source-meta", Static))
        assert "this claim" in first and "the other side" in second

    drive(shipped_app(), check)


def test_slash_filters_the_quotes_and_escape_clears() -> None:
    async def check(pilot: Pilot[None]) -> None:
        app = app_of(pilot)
        pane = app.pane("quotes")
        await pilot.press("4", "slash")
        await pilot.pause()
        await pilot.press(*"harris")
        options = pane.query_one(OptionList)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert 0 < len(shown) < 25
        assert all("harris" in s.lower() for s in shown)
        assert str(pane.border_title) == f"4 Quotes {len(shown)} of 25"
        await pilot.press("enter")  # back to the list, the filter kept
        assert options.option_count == len(shown)
        await pilot.press("escape")
        assert options.option_count == 25
        assert str(pane.border_title) == "4 Quotes 25"

    drive(shipped_app(), check)


def test_escape_steps_back_one_level_at_a_time() -> None:
    async def check(pilot: Pilot[None]) -> None:
        app = app_of(pilot)
        pane = app.pane("quotes")
        await pilot.press("4", "slash")
        await pilot.pause()
        await pilot.press(*"trump", "enter", "z", "enter")
        assert isinstance(app.screen, SourceScreen)
        await pilot.press("escape")  # the view
        assert app.screen.maximized is pane and pane.query_text == "trump"
        await pilot.press("escape")  # the filter
        assert pane.query_text == "" and app.screen.maximized is pane
        await pilot.press("escape")  # the zoom
        assert app.screen.maximized is None

    drive(shipped_app(), check)


def test_a_opens_the_articles() -> None:
    async def check(pilot: Pilot[None]) -> None:
        app = app_of(pilot)
        await pilot.press("a")
        assert isinstance(app.screen, ArticlesScreen)
        table = app.screen.query_one(DataTable)
        first = [str(cell) for cell in table.get_row_at(0)]
        assert first[:3] == [
            "000_0f709d0d3c10674d.txt",
            "The Epoch Times (republished by an aggregator)",
            "Sep 17, 2024",
        ]
        await pilot.press("enter")
        assert isinstance(app.screen, SourceScreen)
        await pilot.press("escape", "escape")
        assert not isinstance(app.screen, ArticlesScreen | SourceScreen)

    drive(shipped_app(), check)


def test_question_mark_lists_every_key() -> None:
    async def check(pilot: Pilot[None]) -> None:
        app = app_of(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = text_of(app.screen.query_one(".keys", Static))
        for binding in RaceDash.BINDINGS:
            assert isinstance(binding, Binding)
            assert (binding.tooltip or binding.description) in text
        for words in ("Zoom the focused pane", "Next row", "Command palette", "Next source"):
            assert words in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)

    drive(shipped_app(), check)


def test_command_palette_shows_the_quotes_of_a_speaker() -> None:
    async def check(pilot: Pilot[None]) -> None:
        app = app_of(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"quotes by john palmer")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        pane = app.pane("quotes")
        assert pane.query_text == "John Palmer"
        assert pane.query_one(OptionList).option_count == 3

    drive(shipped_app(), check)


def test_r_rereads_the_folder(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(default_seeds(), seeds)

    app = make_app(build(seeds, default_data()), loader=lambda: build(seeds, default_data()))

    async def check(pilot: Pilot[None]) -> None:
        (seeds / "zz_new.txt").write_text("“A new voice,” said Rosa Diaz.", encoding="utf-8")
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.pane("quotes").query_one(OptionList).option_count == 26
        assert "6 articles" in app.sub_title

    drive(app, check)


def test_q_quits() -> None:
    async def check(pilot: Pilot[None]) -> None:
        await pilot.press("q")
        await pilot.pause()
        assert not app_of(pilot).is_running

    drive(shipped_app(), check)


def test_problems_are_counted_and_listed() -> None:
    async def check(pilot: Pilot[None]) -> None:
        app = app_of(pilot)
        assert "3 problems" in app.sub_title
        await pilot.press("p")
        assert isinstance(app.screen, ProblemsScreen)
        text = "\n".join(text_of(w) for w in app.screen.query(Static))
        assert "binary.txt: binary file, not text" in text
        assert "latin1.txt: not UTF-8" in text
        assert "empty.txt: empty file" in text

    drive(broken_app(), check)


def test_markup_in_an_article_is_shown_literally() -> None:
    async def check(pilot: Pilot[None]) -> None:
        app = app_of(pilot)
        options = app.pane("quotes").query_one(OptionList)
        cards = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("[@click=app.quit]quit[/]" in c for c in cards)
        assert any("[red]still plain[/red]" in c for c in cards)
        await pilot.press("4", "end", "enter")
        assert app.is_running  # nothing was clicked, nothing quit

    drive(broken_app(), check)


def test_empty_folder_is_an_empty_state_with_a_hint() -> None:
    async def check(pilot: Pilot[None]) -> None:
        app = app_of(pilot)
        assert "no articles in empty" in app.sub_title
        for pane in app.panes:
            assert pane.has_class("-empty")
        await pilot.press("2", "3", "4", "z", "slash", "escape", "escape")

    drive(empty_app(), check)


def test_narrow_terminal_shows_one_pane_with_tabs() -> None:
    async def check(pilot: Pilot[None]) -> None:
        app = app_of(pilot)
        assert app.query_one(Tabs).display
        visible = [p.id for p in app.panes if p.display and p.styles.display != "none"]
        shown = [p.id for p in app.panes if p.region.width > 0]
        assert shown == ["endorsements"], visible
        await pilot.press("3")
        await pilot.pause()
        assert [p.id for p in app.panes if p.region.width > 0] == ["schedule"]
        assert app.query_one(Tabs).active == "tab-schedule"

    drive(shipped_app(), check, size=(80, 24))


def test_resizing_never_crashes() -> None:
    async def check(pilot: Pilot[None]) -> None:
        for size in ((120, 36), (80, 24), (40, 12), (200, 60), (20, 8), (120, 32)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
        assert app_of(pilot).is_running

    drive(shipped_app(), check)


def test_filter_line_is_an_input_in_the_focused_pane() -> None:
    async def check(pilot: Pilot[None]) -> None:
        await pilot.press("3", "slash")
        await pilot.pause()
        app = app_of(pilot)
        assert isinstance(app.focused, Input)
        assert app.focused in app.pane("schedule").walk_children()

    drive(shipped_app(), check)


def test_panes_are_the_four_of_the_design() -> None:
    assert [type(p).__name__ for p in shipped_app().panes] == [
        "EndorsementsPane",
        "PollPane",
        "SchedulePane",
        "QuotesPane",
    ]
    assert all(isinstance(p, Pane) for p in shipped_app().panes)


def test_readme_lists_every_key_the_app_binds() -> None:
    from tests.conftest import ROOT
    from tui.screens.help import key_label

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    keys = readme[readme.index("## Keys") : readme.index("The dashboard keeps")]
    for binding in RaceDash.BINDINGS:
        assert isinstance(binding, Binding)
        for key in key_label(binding.key).split():
            assert f"`{key.replace('esc', 'escape')}`" in keys, key
