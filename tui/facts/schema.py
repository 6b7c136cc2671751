"""The columns of every table, so that empty tables still have them, typed."""

from __future__ import annotations

from typing import Any

import polars as pl

_STR = pl.String
_LIST = pl.List(pl.String)
_SOURCED = {
    "articles": _LIST,
    "evidence": _LIST,
    "starts": pl.List(pl.Int64),  # offset of each evidence string in its article
    "reviewed": pl.Boolean,
    "conflict": _STR,
    "note": _STR,
}

SCHEMAS: dict[str, dict[str, Any]] = {
    "articles": {
        "article": _STR,
        "outlet": _STR,
        "published": pl.Date,
        "published_basis": _STR,  # reviewed (sources.toml), header, text, or null
        "published_note": _STR,
        "headline": _STR,
        "chars": pl.Int64,
        "quotes": pl.Int64,
        "facts": pl.Int64,
    },
    "quotes": {
        "article": _STR,
        "start": pl.Int64,
        "end": pl.Int64,
        "text": _STR,
        "speaker": _STR,
        "speaker_role": _STR,
        "relayed_by": _STR,
        "partial": pl.Boolean,
        "cue": _STR,
        "group": _STR,
        "sentence": _STR,
        "attribution": _STR,  # after, before, partial, continues, none
        "key": _STR,  # the words folded, equal for the same quotation in several articles
        "published": pl.Date,
    },
    "endorsements": {
        "union": _STR,
        "short": _STR,  # the name the dashboard shows: "Teamsters", "UAW"
        "members": pl.Int64,
        "members_articles": _LIST,  # where the membership figure is stated
        "members_evidence": _LIST,
        "candidate": _STR,
        "status": _STR,
        "date": pl.Date,
        "date_precision": _STR,
        **_SOURCED,
    },
    "polls": {
        "poll": _STR,
        "short": _STR,  # the survey's label on the chart: "earlier", "Sept. 18"
        "population": _STR,
        "wave": pl.Int64,  # the survey's place in time among polls of its population
        "candidate": _STR,
        "pct": pl.Float64,
        "timing": _STR,
        "fielded": pl.Date,
        "released": pl.Date,
        **_SOURCED,
    },
    "events": {
        "date": pl.Date,
        "date_precision": _STR,
        "kind": _STR,
        "who": _LIST,
        "where": _STR,
        "title": _STR,
        **_SOURCED,
    },
    "speakers": {
        "name": _STR,
        "role": _STR,
        "pronoun": _STR,
        "aliases": _LIST,
        "descriptions": _LIST,
    },
}

TABLES = tuple(SCHEMAS)


def frame(table: str, rows: list[dict[str, Any]]) -> pl.DataFrame:
    """A table from row dicts, with exactly its schema's columns in order."""
    schema = SCHEMAS[table]
    columns = {name: [row.get(name) for row in rows] for name in schema}
    return pl.DataFrame(columns, schema=schema)
