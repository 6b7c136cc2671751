"""What the source view shows for a fact: the article(s) and the spans to highlight."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

Row = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Evidence:
    """One article behind a fact, with the spans of it that say so."""

    article: str
    spans: tuple[tuple[int, int], ...]
    label: str | None = None  # for a fact in conflict: which side this source is on


@dataclass(frozen=True, slots=True)
class SourceRequest:
    title: str
    evidence: tuple[Evidence, ...]


def sheet_evidence(row: Row, label: str | None = None) -> list[Evidence]:
    """The evidence of a reviewed sheet row: each article with its evidence string."""
    return [
        Evidence(article, ((start, start + len(words)),), label)
        for article, words, start in zip(
            row["articles"], row["evidence"], row["starts"], strict=True
        )
    ]


def with_conflict(
    title: str, row: Row, rows: Iterable[Row], describe: Callable[[Row], str]
) -> SourceRequest:
    """A fact's sources; if its sources disagree with other rows, each side's too."""
    conflict = row.get("conflict")
    if not conflict:
        return SourceRequest(title, tuple(sheet_evidence(row)))
    evidence: list[Evidence] = sheet_evidence(row, f"this claim: {describe(row)}")
    for other in rows:
        if other.get("conflict") == conflict and not _same(other, row):
            evidence.extend(sheet_evidence(other, f"the other side: {describe(other)}"))
    return SourceRequest(title, tuple(evidence))


def _same(a: Row, b: Row) -> bool:
    """Rows of one sheet entry (a poll's candidates) share their evidence: one claim."""
    return bool(a["articles"] == b["articles"] and a["evidence"] == b["evidence"])
