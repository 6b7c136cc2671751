"""What the automatic-facts tests share: rows reduced to what a reader checks, and names."""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]

HARRIS, OBRIEN, TRUMP = "Kamala Harris", "Sean O'Brien", "Donald Trump"
UAW = "United Auto Workers"
AFT = "American Federation of Teachers"
TEAMSTERS = "International Brotherhood of Teamsters"


def shares(rows: list[Row]) -> set[tuple[str | None, float]]:
    return {(r["candidate"], r["pct"]) for r in rows}


def stands(rows: list[Row]) -> set[tuple[str, str | None, str]]:
    return {(r["union"], r["candidate"], r["status"]) for r in rows}


def events_of(rows: list[Row]) -> set[tuple[str, str, str, tuple[str, ...]]]:
    return {(r["kind"], r["date"].isoformat(), r["date_precision"], tuple(r["who"])) for r in rows}
