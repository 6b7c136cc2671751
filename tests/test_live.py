"""The live dashboard: a file dropped into, changed in or removed from the folder shows on screen
by itself, and the user keeps their pane, selected row and filter."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import DataTable, OptionList

from tests.apps import FIXTURES, drive
from tui.app import RaceDash, make_app
from tui.facts import build
from tui.facts.board import Board
from tui.facts.watch import changes, notice, snapshot
from tui.paths import default_data, default_seeds

DROPPED = (FIXTURES / "found" / "local_299.txt").read_text(encoding="utf-8")


def watched_app(seeds: Path, messages: list[str]) -> RaceDash:
    app = make_app(
        build(seeds, default_data()),
        loader=lambda: build(seeds, default_data()),
        watch=[seeds],
        every=0.1,
    )
    notify = app.notify

    def record(message: str, **options: Any) -> None:
        messages.append(message)
        notify(message, **options)

    app.notify = record  # type: ignore[method-assign]
    return app


async def until(pilot: Pilot[None], done: Callable[[], bool]) -> None:
    for _ in range(100):
        await pilot.pause(0.1)
        if done():
            return
    raise AssertionError("the dashboard did not update within 10 s")


def copy_of_seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    shutil.copytree(default_seeds(), seeds)
    return seeds


def test_a_dropped_article_shows_by_itself(tmp_path: Path) -> None:
    seeds = copy_of_seeds(tmp_path)
    messages: list[str] = []
    app = watched_app(seeds, messages)

    async def check(pilot: Pilot[None]) -> None:
        endorsements = app.pane("endorsements").query_one(DataTable)
        before = endorsements.row_count
        (seeds / "local_299.txt").write_text(DROPPED, encoding="utf-8")
        await until(pilot, lambda: "6 articles" in app.sub_title)
        unions = [str(endorsements.get_row_at(n)[0]) for n in range(endorsements.row_count)]
        assert endorsements.row_count == before + 1
        assert "~ Local 299" in unions  # unreviewed, and marked so
        polls = app.pane("poll").query_one(DataTable)
        shares = {str(polls.get_row_at(n)[1]) for n in range(polls.row_count)}
        assert {"52%", "41%"} <= shares
        assert messages[-1] == (
            "1 new article: 1 quote, 3 poll figures, 2 endorsements, 2 dated events"
        )

    drive(app, check)


def test_the_user_keeps_pane_selection_and_filter(tmp_path: Path) -> None:
    seeds = copy_of_seeds(tmp_path)
    app = watched_app(seeds, [])

    async def check(pilot: Pilot[None]) -> None:
        await pilot.press("3", "down", "down", "down")
        schedule = app.pane("schedule").query_one(DataTable)
        selected = schedule.get_row_at(schedule.cursor_row)
        quotes = app.pane("quotes")
        quotes.set_filter("Diaz")
        (seeds / "local_299.txt").write_text(DROPPED, encoding="utf-8")
        await until(pilot, lambda: "6 articles" in app.sub_title)
        assert app.active is app.pane("schedule")
        assert schedule.has_focus
        # the new article's events come earlier in the schedule: the same row is still selected
        assert schedule.get_row_at(schedule.cursor_row) == selected
        assert quotes.query_text == "Diaz"
        assert quotes.query_one(OptionList).option_count == 1
        assert quotes.border_title is not None and "1 of 26" in str(quotes.border_title)

    drive(app, check)


def test_changed_and_removed_articles(tmp_path: Path) -> None:
    seeds = copy_of_seeds(tmp_path)
    (seeds / "local_299.txt").write_text(DROPPED, encoding="utf-8")
    messages: list[str] = []
    app = watched_app(seeds, messages)

    async def check(pilot: Pilot[None]) -> None:
        quotes = app.pane("quotes").query_one(OptionList)
        count = quotes.option_count
        (seeds / "local_299.txt").write_text(
            DROPPED + "\n“One more thing,” Diaz said.\n", encoding="utf-8"
        )
        await until(pilot, lambda: quotes.option_count == count + 1)
        assert messages[-1].startswith("1 article changed, now giving 2 quotes")
        (seeds / "local_299.txt").unlink()
        await until(pilot, lambda: "5 articles" in app.sub_title)
        assert messages[-1] == "1 article removed"

    drive(app, check)


def test_changes_between_snapshots(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    (tmp_path / "b.txt").write_text("two", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    before = snapshot([tmp_path])
    assert sorted(Path(p).name for p in before) == ["a.txt", "b.txt"]
    (tmp_path / "a.txt").write_text("one, longer", encoding="utf-8")
    (tmp_path / "b.txt").unlink()
    (tmp_path / "c.txt").write_text("three", encoding="utf-8")
    (tmp_path / "sources.toml").write_text("", encoding="utf-8")
    what = changes(before, snapshot([tmp_path]))
    assert (what.added, what.changed, what.removed, what.sheets) == (
        ["c.txt"],
        ["a.txt"],
        ["b.txt"],
        True,
    )
    assert not changes(before, before)


def test_a_missing_folder_is_an_empty_snapshot(tmp_path: Path) -> None:
    assert snapshot([tmp_path / "gone", None]) == {}


def test_notice_of_nothing_new() -> None:
    board = Board(seeds_name="seeds", coverage="", articles=[{"article": "a.txt", "quotes": 2}])
    assert notice(changes({}, {}), board) == "Nothing changed (1 article)"
