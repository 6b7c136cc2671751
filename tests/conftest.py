"""Shared fixtures: the shipped corpus built once, and a quote extractor over short texts."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tui.facts import FactBook, build
from tui.facts.extract import Found, extract, quote_rows
from tui.facts.people import Registry
from tui.facts.sheets import read_sheets
from tui.paths import default_data, default_seeds

# Snapshots are compared as coloured SVG: a harness that sets NO_COLOR must not change them.
os.environ.pop("NO_COLOR", None)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def shipped() -> FactBook:
    return build(default_seeds(), default_data())


@pytest.fixture(scope="session")
def registry() -> Registry:
    sheets = read_sheets(default_data(), {}, rows=False)
    return Registry.of(sheets.people, sheets.bodies)


@pytest.fixture
def quotes(registry: Registry) -> Callable[[str], list[dict[str, Any]]]:
    """The quote rows of a short article given as text."""

    def extract(text: str) -> list[dict[str, Any]]:
        rows, _ = quote_rows("test.txt", text, registry)
        return rows

    return extract


PUBLISHED = date(2024, 9, 20)  # a Friday: the publication date of the short test articles


@pytest.fixture
def found(registry: Registry) -> Callable[[str], Found]:
    """The automatic facts of a short article given as text, published on PUBLISHED."""

    def read(text: str) -> Found:
        return extract("test.txt", text, PUBLISHED, registry)

    return read
