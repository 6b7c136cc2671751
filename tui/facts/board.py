"""The board: everything the dashboard shows, as plain data, ready to draw and to cache.

It is computed from a FactBook (tui.facts.views.board) and holds only JSON types, dates already
written out, so that the dashboard can start from a cached copy without importing Polars.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

Row = dict[str, Any]


@dataclass(frozen=True)
class Board:
    seeds_name: str  # the folder's name, for the empty state's hint
    coverage: str  # "5 articles to Sep 18, 2024 · 48 days to Election Day"
    problems: list[str] = field(default_factory=list)
    articles: list[Row] = field(default_factory=list)
    standings: list[Row] = field(default_factory=list)  # one per union, where it stands now
    histories: dict[str, list[Row]] = field(default_factory=dict)  # union -> its steps
    endorsements: list[Row] = field(default_factory=list)  # every row, with its evidence
    polls: list[Row] = field(default_factory=list)
    waves: list[Row] = field(default_factory=list)  # label, shares: [[candidate, pct], ...]
    swing: str = ""
    schedule: list[Row] = field(default_factory=list)
    cards: list[Row] = field(default_factory=list)  # one per quotation, sources merged
    speakers: list[str] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Board:
        data = json.loads(text)
        names = {f.name for f in fields(cls)}
        if not isinstance(data, dict) or set(data) != names:
            raise ValueError("not a board of this version")
        return cls(**data)

    def article(self, name: str) -> Row | None:
        return next((a for a in self.articles if a["article"] == name), None)
