"""Writing a table as text, CSV, JSON or Parquet."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import polars as pl

FORMATS = ("text", "csv", "json", "parquet")

# The text format is for reading in a terminal: the columns a person looks at first.
TEXT_COLUMNS = {
    "articles": ["article", "outlet", "published", "published_basis", "chars", "quotes", "facts"],
    "quotes": ["article", "start", "speaker", "relayed_by", "partial", "text"],
    "endorsements": ["union", "members", "status", "candidate", "date", "articles", "conflict"],
    "polls": ["poll", "population", "candidate", "pct", "timing", "articles", "conflict"],
    "events": ["date", "date_precision", "kind", "who", "where", "title", "conflict"],
    "speakers": ["name", "role", "pronoun", "aliases"],
}


def flat(table: pl.DataFrame) -> pl.DataFrame:
    """List cells joined with "; ", for formats that hold one value per cell."""
    lists = [name for name, dtype in table.schema.items() if isinstance(dtype, pl.List)]
    return table.with_columns(
        pl.col(name).cast(pl.List(pl.String)).list.join("; ") for name in lists
    )


def render(name: str, table: pl.DataFrame, fmt: str) -> str | bytes:
    if fmt == "json":
        return table.write_json() + "\n"
    if fmt == "csv":
        return flat(table).write_csv()
    if fmt == "parquet":
        buffer = io.BytesIO()
        table.write_parquet(buffer)
        return buffer.getvalue()
    shown = flat(table.select(TEXT_COLUMNS.get(name, table.columns)))
    with pl.Config(
        tbl_rows=-1,
        tbl_cols=-1,
        fmt_str_lengths=70,
        tbl_width_chars=160,
        tbl_hide_dataframe_shape=True,
        tbl_hide_column_data_types=True,
        tbl_formatting="ASCII_MARKDOWN",
    ):
        return f"{shown}\n"


def write(output: Path | None, data: str | bytes) -> None:
    """Write to a file, or to standard output when there is none. OSError on failure."""
    if output is None:
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data)
        return
    if isinstance(data, bytes):
        output.write_bytes(data)
    else:
        output.write_text(data, encoding="utf-8")
