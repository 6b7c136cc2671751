"""Automatic rows beside reviewed ones: rows that say the same thing merge and count their
sources; a reviewed row that says it confirms the automatic one, which then gives way.

The same thing: endorsements with the same body, candidate and status; polls with the same
candidate, share and population; events of the same kind, with someone in common, on the same
date at the precision they share.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date
from typing import Any

Row = dict[str, Any]
Same = Callable[[Row, Row], bool]

_MEETINGS = frozenset({"meeting", "visit", "roundtable"})
_ORDER = {"day": 0, "month": 1, "year": 2}


@dataclass(frozen=True)
class Sameness:
    """When two rows say the same thing, and the keys that rows saying it must share: a row is
    only compared with rows in its buckets, so merging stays linear in the number of rows."""

    same: Same
    buckets: Callable[[Row], list[Hashable]]
    # A sentence a reviewed row cites was read by a person: what else it says was seen too.
    cited_covers: bool = False


def combine(reviewed: list[Row], found: list[Row], rule: Sameness) -> list[Row]:
    """Reviewed rows, then the automatic rows no reviewed row confirms, merged."""
    reviewed = [{**r, **_sources(r)} for r in reviewed]
    sheet = _index(reviewed, rule)
    merged: list[Row] = []
    seen: dict[Hashable, list[Row]] = defaultdict(list)
    cited = _cited(reviewed) if rule.cited_covers else {}
    for row in found:
        sentence = row["evidence"][0]
        if any(quoted in sentence for quoted in cited.get(row["articles"][0], ())):
            continue
        keys = rule.buckets(row)
        confirmed = _twin(row, keys, sheet, rule)
        if confirmed is not None:
            _add_sources(confirmed, row)  # one more article says what the sheet says
            continue
        twin = _twin(row, keys, seen, rule)
        if twin is None:
            fresh = {**row, **_sources(row)}
            merged.append(fresh)
            for key in keys:
                seen[key].append(fresh)
            continue
        _add_sources(twin, row)
        _sharpen(twin, row)
    return reviewed + merged


def _cited(rows: list[Row]) -> dict[str, list[str]]:
    cited: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        for article, evidence in zip(row["articles"], row["evidence"], strict=True):
            cited[article].append(evidence)
    return cited


def _index(rows: list[Row], rule: Sameness) -> dict[Hashable, list[Row]]:
    index: dict[Hashable, list[Row]] = defaultdict(list)
    for row in rows:
        for key in rule.buckets(row):
            index[key].append(row)
    return index


def _twin(
    row: Row, keys: list[Hashable], index: dict[Hashable, list[Row]], rule: Sameness
) -> Row | None:
    return next((r for key in keys for r in index.get(key, ()) if rule.same(row, r)), None)


def _sources(row: Row) -> Row:
    return {key: list(row[key]) for key in ("articles", "evidence", "starts")}


def _add_sources(twin: Row, row: Row) -> None:
    for article, evidence, start in zip(
        row["articles"], row["evidence"], row["starts"], strict=True
    ):
        # the rows of one article come together: most often it is the last one listed
        if twin["articles"][-1:] != [article] and article not in twin["articles"]:
            twin["articles"].append(article)
            twin["evidence"].append(evidence)
            twin["starts"].append(start)


def _sharpen(twin: Row, row: Row) -> None:
    """Keep the more precise date of two rows that say the same thing."""
    if "date_precision" not in row or row.get("date") is None:
        return
    if twin.get("date") is None or _ORDER[row["date_precision"]] < _ORDER[twin["date_precision"]]:
        twin["date"], twin["date_precision"] = row["date"], row["date_precision"]


def same_endorsement(a: Row, b: Row) -> bool:
    return bool(
        a["union"] == b["union"] and a["candidate"] == b["candidate"] and a["status"] == b["status"]
    )


def same_poll(a: Row, b: Row) -> bool:
    if a["pct"] is None or b["pct"] is None:
        return False
    same = a["candidate"] == b["candidate"] and abs(a["pct"] - b["pct"]) < 0.05
    return bool(same and _same_people(a["population"], b["population"]))


def _same_people(a: str | None, b: str | None) -> bool:
    """ "members" and "Teamsters members" may be one population; Ohio and Texas voters not."""
    if not a or not b or "not stated" in (a, b):
        return True
    words_a, words_b = set(a.lower().split()), set(b.lower().split())
    return words_a <= words_b or words_b <= words_a


def same_event(a: Row, b: Row) -> bool:
    kinds = {a["kind"], b["kind"]}
    if len(kinds) > 1 and not kinds <= _MEETINGS:
        return False
    if not set(a["who"]) & set(b["who"]):
        return False
    return _same_day(a["date"], a["date_precision"], b["date"], b["date_precision"])


def _same_day(a: date | None, pa: str | None, b: date | None, pb: str | None) -> bool:
    if a is None or b is None or pa is None or pb is None:
        return False
    coarser = max(pa, pb, key=lambda p: _ORDER[p])
    if coarser == "year":
        return a.year == b.year
    if coarser == "month":
        return (a.year, a.month) == (b.year, b.month)
    return a == b


def _event_buckets(row: Row) -> list[Hashable]:
    if row["date"] is None:
        return []
    family = "meeting" if row["kind"] in _MEETINGS else row["kind"]
    return [(family, row["date"].year, who) for who in row["who"]]


ENDORSEMENTS = Sameness(same_endorsement, lambda r: [(r["union"], r["candidate"], r["status"])])
POLLS = Sameness(
    same_poll, lambda r: [] if r["pct"] is None else [(r["candidate"], round(r["pct"], 1))]
)
EVENTS = Sameness(same_event, _event_buckets, cited_covers=True)
