"""seeds/sources.toml: what is known about each article (outlet, publication date, headline)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tui.facts.problems import Problem

SOURCES_FILE = "sources.toml"


@dataclass(frozen=True, slots=True)
class Source:
    outlet: str | None = None
    published: date | None = None
    found: str | None = None  # how the date was found, in words
    headline: str | None = None


def read_sources(folder: Path) -> tuple[dict[str, Source], list[Problem]]:
    path = folder / SOURCES_FILE
    if not path.is_file():
        return {}, []
    try:
        tables = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return {}, [Problem(SOURCES_FILE, f"cannot be read: {error}")]
    sources: dict[str, Source] = {}
    problems: list[Problem] = []
    for article, table in tables.items():
        if not isinstance(table, dict):
            problems.append(Problem(SOURCES_FILE, f"{article!r} should be a table"))
            continue
        published = table.get("published")
        if isinstance(published, str):
            try:
                published = date.fromisoformat(published)
            except ValueError:
                problems.append(Problem(SOURCES_FILE, f"[{article}] published is not a date"))
                published = None
        if published is not None and not isinstance(published, date):
            problems.append(Problem(SOURCES_FILE, f"[{article}] published is not a date"))
            published = None
        sources[article] = Source(
            outlet=_text(table.get("outlet")),
            published=published,
            found=_text(table.get("found")),
            headline=_text(table.get("headline")),
        )
    return sources, problems


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
