"""The data layer: articles in, Polars tables out. Never imports Textual.

`build` and `FactBook` are loaded on first use, so that the polars-free parts of this package
(the corpus reader, the dashboard's cache) start without importing Polars.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tui.facts.problems import InputError, Problem

if TYPE_CHECKING:
    from tui.facts.factbook import FactBook, build
    from tui.facts.schema import TABLES

__all__ = ["TABLES", "FactBook", "InputError", "Problem", "build"]


def __getattr__(name: str) -> Any:
    if name in ("FactBook", "build"):
        from tui.facts import factbook

        return getattr(factbook, name)
    if name == "TABLES":
        from tui.facts.schema import TABLES

        return TABLES
    raise AttributeError(name)
