"""What changed in the folders the dashboard reads, and the notice that tells the user.

The dashboard polls: every couple of seconds it takes a `Snapshot` of the folders (a name, size
and modification time per file, no reading) and rebuilds when it differs from the last one.
Polling needs no extra dependency and works the same on every platform and file system.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.facts.board import Board

Snapshot = dict[str, tuple[int, int]]  # path -> (size, modification time in ns)


def snapshot(folders: Iterable[Path | None]) -> Snapshot:
    """The articles (*.txt), sources.toml and sheets (*.toml) of the folders, by path."""
    found: Snapshot = {}
    for folder in folders:
        if folder is None:
            continue
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not entry.name.endswith((".txt", ".toml")):
                continue
            try:
                stat = entry.stat()
            except OSError:
                continue  # removed while we looked
            if entry.is_file():
                found[entry.path] = (stat.st_size, stat.st_mtime_ns)
    return found


@dataclass(frozen=True)
class Changes:
    added: list[str]  # article names
    changed: list[str]
    removed: list[str]
    sheets: bool  # sources.toml or a fact sheet changed

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.sheets)


def changes(before: Snapshot, after: Snapshot) -> Changes:
    def articles(paths: Iterable[str]) -> list[str]:
        return sorted(Path(p).name for p in paths if p.endswith(".txt"))

    added = after.keys() - before.keys()
    removed = before.keys() - after.keys()
    changed = {p for p in after.keys() & before.keys() if after[p] != before[p]}
    sheets = any(p.endswith(".toml") for p in added | removed | changed)
    return Changes(articles(added), articles(changed), articles(removed), sheets)


def notice(what: Changes, board: Board) -> str:
    """ "1 new article: 3 quotes, 1 poll figure" and the like, from the rebuilt board."""
    parts = []
    if what.added:
        parts.append(f"{_count(len(what.added), 'new article')}: {_yield(what.added, board)}")
    if what.changed:
        # what the changed articles give now, in all: the board does not keep the old counts
        parts.append(f"{_count(len(what.changed), 'article')} changed, now giving "
                     f"{_yield(what.changed, board)}")  # fmt: skip
    if what.removed:
        parts.append(f"{_count(len(what.removed), 'article')} removed")
    if what.sheets:
        parts.append("fact sheets re-read")
    return "; ".join(parts) or f"Nothing changed ({_count(len(board.articles), 'article')})"


def _yield(names: list[str], board: Board) -> str:
    """What these articles give now: quotes, poll figures, endorsements, dated events."""
    wanted = set(names)
    quotes = sum(a["quotes"] for a in board.articles if a["article"] in wanted)

    def rows(table: list[dict[str, Any]]) -> int:
        return sum(1 for r in table if wanted & set(r["articles"]))

    counts = [
        _count(quotes, "quote"),
        _count(rows(board.polls), "poll figure"),
        _count(rows(board.endorsements), "endorsement"),
        _count(rows(board.schedule), "dated event"),
    ]
    found = [c for c in counts if not c.startswith("0 ")]
    return ", ".join(found) if found else "nothing found in it"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
