"""Reviewed fact sheets (data/*.toml): read, validated, and every evidence string checked.

Each row names its article(s) and, for each, an evidence string that must occur verbatim in that
article. A source whose evidence is missing is dropped with a problem; a row left without sources
is dropped, so nothing reaches the screen without its evidence.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.facts.dates import parse_sheet_date
from tui.facts.people import Body, Person
from tui.facts.problems import Problem
from tui.facts.text import normalize_name

STATUSES = ("endorsed", "withheld", "undecided")
PRONOUNS = ("he", "she", "they")
Row = dict[str, Any]


@dataclass(slots=True)
class Sheets:
    people: list[Person] = field(default_factory=list)
    bodies: list[Body] = field(default_factory=list)
    speakers: list[Row] = field(default_factory=list)
    endorsements: list[Row] = field(default_factory=list)
    polls: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class _RowError(Exception):
    """A row that cannot be used; the message says why."""


def read_sheets(data_dir: Path | None, texts: Mapping[str, str], rows: bool = True) -> Sheets:
    """Load the speakers sheet, and the row sheets when they apply to this corpus."""
    sheets = Sheets()
    if data_dir is None:
        return sheets
    for entry in _entries(data_dir, "speakers.toml", "speaker", sheets.problems):
        where, item = entry
        try:
            person, row = _speaker(item)
        except _RowError as error:
            sheets.problems.append(Problem(where, str(error)))
            continue
        sheets.people.append(person)
        sheets.speakers.append(row)
    for where, item in _entries(data_dir, "unions.toml", "union", sheets.problems):
        try:
            aliases = tuple(normalize_name(a) for a in _str_list(item, "aliases"))
            name = normalize_name(_str(item, "name"))
            sheets.bodies.append(Body(name, _opt_str(item, "short"), aliases))
        except _RowError as error:
            sheets.problems.append(Problem(where, str(error)))
    if not rows:
        return sheets
    parsers: list[tuple[str, str, Callable[[Row], list[Row]], list[Row]]] = [
        ("endorsements.toml", "endorsement", _endorsement, sheets.endorsements),
        ("polls.toml", "poll", _poll, sheets.polls),
        ("events.toml", "event", _event, sheets.events),
    ]
    for file, key, parse, out in parsers:
        for where, item in _entries(data_dir, file, key, sheets.problems):
            try:
                sourced = _sources(item, texts, where, sheets.problems)
                for row in parse(item):
                    out.append({**row, **sourced})
            except _RowError as error:
                sheets.problems.append(Problem(where, str(error)))
    _apply_unions(data_dir, texts, sheets)
    return sheets


def _apply_unions(data_dir: Path, texts: Mapping[str, str], sheets: Sheets) -> None:
    """Each endorsement row gets its union's short name and, where [[membership]] gives it with
    its evidence, the union's size."""
    sizes: dict[str, Row] = {}
    for where, item in _entries(data_dir, "endorsements.toml", "membership", sheets.problems):
        try:
            members = item.get("members")
            if not isinstance(members, int) or isinstance(members, bool) or members < 0:
                raise _RowError("members is not a whole number")
            sourced = _sources(item, texts, where, sheets.problems)
            sizes[_str(item, "union")] = {
                "members": members,
                "members_articles": sourced["articles"],
                "members_evidence": sourced["evidence"],
            }
        except _RowError as error:
            sheets.problems.append(Problem(where, str(error)))
    shorts = {body.name: body.short for body in sheets.bodies}
    for row in sheets.endorsements:
        row.update(sizes.get(row["union"], {}))
        row["short"] = shorts.get(row["union"]) or row["union"]


def _entries(data_dir: Path, file: str, key: str, problems: list[Problem]) -> list[tuple[str, Row]]:
    path = data_dir / file
    label = f"{data_dir.name}/{file}"
    if not path.is_file():
        return []
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        if key != "membership":  # endorsements.toml is read for two tables; say it once
            problems.append(Problem(label, f"cannot be read: {error}"))
        return []
    items = document.get(key, [])
    if not isinstance(items, list):
        problems.append(Problem(label, f"[[{key}]] should be an array of tables"))
        return []
    return [(f"{label} {key} {n}", item) for n, item in enumerate(items, 1)]


def _sources(item: Row, texts: Mapping[str, str], where: str, problems: list[Problem]) -> Row:
    sources = item.get("sources")
    if not isinstance(sources, list) or not sources:
        raise _RowError("no sources: every row names its article(s) and evidence")
    articles: list[str] = []
    evidence: list[str] = []
    starts: list[int] = []
    for source in sources:
        article = _str(source, "article")
        quote = _str(source, "evidence")
        text = texts.get(article)
        if text is None:
            problems.append(Problem(where, f"article {article} is not in the corpus"))
            continue
        start = text.find(quote)
        if start < 0:
            problems.append(Problem(where, f"evidence not found in {article}: {quote!r}"))
            continue
        articles.append(article)
        evidence.append(quote)
        starts.append(start)
    if not articles:
        raise _RowError("left out: none of its evidence was found")
    return {
        "articles": articles,
        "evidence": evidence,
        "starts": starts,
        "reviewed": True,
        "conflict": _opt_str(item, "conflict"),
        "note": _opt_str(item, "note"),
    }


def _speaker(item: Row) -> tuple[Person, Row]:
    name = normalize_name(_str(item, "name"))
    role = _opt_str(item, "role")
    pronoun = _opt_str(item, "pronoun")
    if pronoun is not None and pronoun not in PRONOUNS:
        raise _RowError(f"pronoun {pronoun!r} is not one of {', '.join(PRONOUNS)}")
    aliases = tuple(normalize_name(a) for a in _str_list(item, "aliases"))
    descriptions = tuple(_str_list(item, "descriptions"))
    person = Person(name, role, pronoun, aliases, descriptions)
    row = {
        "name": name,
        "role": role,
        "pronoun": pronoun,
        "aliases": list(aliases),
        "descriptions": list(descriptions),
    }
    return person, row


def _endorsement(item: Row) -> list[Row]:
    status = _str(item, "status")
    if status not in STATUSES:
        raise _RowError(f"status {status!r} is not one of {', '.join(STATUSES)}")
    candidate = _opt_str(item, "candidate")
    if status == "endorsed" and candidate is None:
        raise _RowError("an endorsement names its candidate")
    day, precision = _opt_date(item, "date")
    return [
        {
            "union": _str(item, "union"),
            "candidate": candidate,
            "status": status,
            "date": day,
            "date_precision": precision,
        }
    ]


def _poll(item: Row) -> list[Row]:
    results = item.get("results")
    if not isinstance(results, list) or not results:
        raise _RowError("a poll lists its results")
    fielded, _ = _opt_date(item, "fielded")
    released, _ = _opt_date(item, "released")
    wave = item.get("wave")
    if wave is not None and (not isinstance(wave, int) or isinstance(wave, bool) or wave < 1):
        raise _RowError("wave is not a whole number from 1")
    rows = []
    for result in results:
        pct = result.get("pct") if isinstance(result, dict) else None
        if pct is not None and (not isinstance(pct, int | float) or not 0 <= pct <= 100):
            raise _RowError(f"pct {pct!r} is not a share between 0 and 100")
        rows.append(
            {
                "poll": _str(item, "poll"),
                "population": _str(item, "population"),
                "short": _opt_str(item, "short") or _str(item, "poll"),
                "wave": wave,
                "candidate": _opt_str(result, "candidate"),
                "pct": None if pct is None else float(pct),
                "timing": _opt_str(item, "timing"),
                "fielded": fielded,
                "released": released,
            }
        )
    return rows


def _event(item: Row) -> list[Row]:
    day, precision = _opt_date(item, "date")
    if day is None:
        raise _RowError("an event has a date")
    return [
        {
            "date": day,
            "date_precision": precision,
            "kind": _str(item, "kind"),
            "who": [normalize_name(w) for w in _str_list(item, "who")],
            "where": _opt_str(item, "where"),
            "title": _str(item, "title"),
        }
    ]


def _str(item: object, key: str) -> str:
    value = item.get(key) if isinstance(item, dict) else None
    if not isinstance(value, str) or not value.strip():
        raise _RowError(f"{key} is missing")
    return value


def _opt_str(item: object, key: str) -> str | None:
    value = item.get(key) if isinstance(item, dict) else None
    if value is None:
        return None
    if not isinstance(value, str):
        raise _RowError(f"{key} is not text")
    return value.strip() or None


def _str_list(item: Row, key: str) -> list[str]:
    value = item.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _RowError(f"{key} is not a list of text")
    return value


def _opt_date(item: Row, key: str) -> tuple[Any, str | None]:
    value = item.get(key)
    if value is None:
        return None, None
    if not isinstance(value, str):
        raise _RowError(f'{key} should be a string: "YYYY", "YYYY-MM" or "YYYY-MM-DD"')
    try:
        return parse_sheet_date(value)
    except ValueError as error:
        raise _RowError(f"{key}: {error}") from None
