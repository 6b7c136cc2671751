"""Apps over fixture folders, for the Pilot and snapshot tests."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot

from tui.app import RaceDash, make_app
from tui.facts import FactBook, build
from tui.paths import default_data, default_seeds

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def shipped_book() -> FactBook:
    return build(default_seeds(), default_data())


def shipped_app() -> RaceDash:
    return make_app(shipped_book())


def broken_app() -> RaceDash:
    """A folder with a good article, one with markup in its quotes, and three bad files."""
    return make_app(build(FIXTURES / "broken", default_data(), rows=False))


def found_app() -> RaceDash:
    """A new article no sheet describes: every row on screen was found automatically."""
    return make_app(build(FIXTURES / "found", default_data(), rows=False))


def empty_app() -> RaceDash:
    return make_app(build(FIXTURES / "empty", default_data(), rows=False))


Scenario = Callable[[Pilot[None]], Awaitable[None]]


def drive(app: RaceDash, scenario: Scenario, size: tuple[int, int] = (120, 36)) -> None:
    """Run the app headless, play the scenario, then leave an event loop for the next test.

    A fresh loop per test: asyncio.run() would leave none behind, which breaks the snapshot
    plugin's own app.run() in later tests (Textual issue #5788).
    """

    async def play() -> None:
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await scenario(pilot)

    global _spare
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(play())
    finally:
        loop.close()
        if _spare is not None:
            _spare.close()  # the one left behind last time: done with now
        _spare = asyncio.new_event_loop()
        asyncio.set_event_loop(_spare)


_spare: asyncio.AbstractEventLoop | None = None
