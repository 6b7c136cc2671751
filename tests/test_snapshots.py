"""Snapshots of the screens a user sees, at 120x36 and 80x24. Review the SVG report after any
--snapshot-update before committing: each one must show what a user should see."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tests.apps import broken_app, empty_app, found_app, shipped_app

WIDE = (120, 36)
NARROW = (80, 24)
Compare = Callable[..., bool]


async def steady(pilot: Pilot[Any]) -> None:
    """No blinking cursors and no animations: the same picture every run."""
    pilot.app.animation_level = "none"
    for field in pilot.app.query(Input):
        field.cursor_blink = False
    await pilot.pause()


class TestStart:
    def test_start_screen(self, snap_compare: Compare) -> None:
        assert snap_compare(shipped_app(), run_before=steady, terminal_size=WIDE)

    def test_narrow_start_screen(self, snap_compare: Compare) -> None:
        assert snap_compare(shipped_app(), run_before=steady, terminal_size=NARROW)

    def test_empty_folder(self, snap_compare: Compare) -> None:
        assert snap_compare(empty_app(), run_before=steady, terminal_size=WIDE)

    def test_problems_notice(self, snap_compare: Compare) -> None:
        assert snap_compare(broken_app(), run_before=steady, terminal_size=WIDE)

    def test_unreviewed_rows(self, snap_compare: Compare) -> None:
        """Facts found automatically in an article no sheet describes, marked unreviewed."""
        assert snap_compare(found_app(), run_before=steady, terminal_size=WIDE)


class TestPanes:
    @pytest.mark.parametrize("key", ["1", "2", "3", "4"])
    def test_focused(self, snap_compare: Compare, key: str) -> None:
        assert snap_compare(
            shipped_app(), press=[key, "down"], run_before=steady, terminal_size=WIDE
        )

    @pytest.mark.parametrize("key", ["1", "2", "3", "4"])
    def test_zoomed(self, snap_compare: Compare, key: str) -> None:
        assert snap_compare(shipped_app(), press=[key, "z"], run_before=steady, terminal_size=WIDE)

    @pytest.mark.parametrize("key", ["2", "4"])
    def test_narrow(self, snap_compare: Compare, key: str) -> None:
        assert snap_compare(shipped_app(), press=[key], run_before=steady, terminal_size=NARROW)


class TestQuotes:
    def test_filter_applied(self, snap_compare: Compare) -> None:
        keys = ["4", "slash", *"palmer", "enter"]
        assert snap_compare(shipped_app(), press=keys, run_before=steady, terminal_size=WIDE)

    def test_markup_shown_literally(self, snap_compare: Compare) -> None:
        assert snap_compare(broken_app(), press=["4"], run_before=steady, terminal_size=WIDE)


class TestViews:
    def test_source_view(self, snap_compare: Compare) -> None:
        keys = ["4", "down", "down", "enter"]
        assert snap_compare(shipped_app(), press=keys, run_before=steady, terminal_size=WIDE)

    def test_source_view_of_a_conflict(self, snap_compare: Compare) -> None:
        keys = ["3", "end", "enter", "n"]
        assert snap_compare(shipped_app(), press=keys, run_before=steady, terminal_size=WIDE)

    def test_help_screen(self, snap_compare: Compare) -> None:
        assert snap_compare(
            shipped_app(), press=["question_mark"], run_before=steady, terminal_size=WIDE
        )

    def test_articles_view(self, snap_compare: Compare) -> None:
        assert snap_compare(shipped_app(), press=["a"], run_before=steady, terminal_size=WIDE)

    def test_problems_view(self, snap_compare: Compare) -> None:
        assert snap_compare(broken_app(), press=["p"], run_before=steady, terminal_size=WIDE)

    def test_narrow_source_view(self, snap_compare: Compare) -> None:
        keys = ["4", "enter"]
        assert snap_compare(shipped_app(), press=keys, run_before=steady, terminal_size=NARROW)
