"""Score the automatic facts on the test corpora: polls, endorsements and dated events.

Run by hand: `python benchmarks/facts.py [-v]`. For each kind: how many of the facts the articles
state were found ("found"), and how many of the automatic rows are right ("right"). Only
automatic extraction is scored (the reviewed sheets describe the shipped articles only).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from tui.facts import build
from tui.facts.auto.merge import same_event
from tui.facts.people import Registry
from tui.facts.sheets import read_sheets
from tui.facts.text import normalize_name
from tui.paths import default_data

MEETINGS = frozenset({"meeting", "visit", "roundtable"})
CORPORA = Path(__file__).resolve().parent.parent / "tests" / "corpus"
Row = dict[str, Any]


@dataclass
class Tally:
    expected: int = 0
    found: int = 0
    rows: int = 0
    right: int = 0
    notes: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        found = self.found / self.expected if self.expected else 0.0
        right = self.right / self.rows if self.rows else 0.0
        return (
            f"{name:13} found {self.found}/{self.expected} ({found:.0%}), "
            f"right {self.right}/{self.rows} automatic rows ({right:.0%})"
        )


def _fold(text: str | None) -> str:
    return normalize_name(text or "").lower().removeprefix("the ")


class Judge:
    def __init__(self) -> None:
        sheets = read_sheets(default_data(), {}, rows=False)
        self.registry = Registry.of(sheets.people, sheets.bodies)

    def union(self, name: str | None) -> str:
        name = self.registry.local_name(name or "")  # "FOP Lodge 88" whichever way it is spelt
        return _fold(self.registry.body(name) or name)

    def person(self, name: str | None) -> str | None:
        if not name:
            return None
        person = self.registry.lookup(normalize_name(name).split())
        return _fold(person.name) if person else self.union(name)

    def poll(self, gold: Row, row: Row) -> bool:
        return bool(
            self.person(gold.get("candidate")) == self.person(row["candidate"])
            and row["pct"] is not None
            and abs(float(gold["pct"]) - row["pct"]) < 0.05
        )

    def endorsement(self, gold: Row, row: Row) -> bool:
        a, b = self.union(gold["union"]), self.union(row["union"])
        return bool(
            gold["status"] == row["status"]
            and self.person(gold.get("candidate")) == self.person(row["candidate"])
            and (a == b or a in b or b in a)
        )

    def event(self, gold: Row, row: Row) -> bool:
        day = date.fromisoformat(gold["date"])
        shaped = {
            "kind": gold.get("kind", "meeting"),
            "who": [self.person(w) for w in gold.get("who", [])],
            "date": day,
            "date_precision": gold.get("precision", "day"),
        }
        found = {**row, "who": [self.person(w) for w in row["who"]]}
        return same_event(shaped, found)


def score(folder: Path, verbose: bool = False) -> dict[str, Tally]:
    book = build(folder, default_data(), rows=False)
    judge = Judge()
    tallies = {"polls": Tally(), "endorsements": Tally(), "events": Tally(), "meetings": Tally()}
    checks = {"polls": judge.poll, "endorsements": judge.endorsement, "events": judge.event}
    for gold_path in sorted(folder.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = gold_path.with_suffix(".txt").name
        for name, tally in tallies.items():
            table = "events" if name == "meetings" else name
            expected = [g for g in gold.get(table, []) if not g.get("negated")]
            if table == "events":
                expected = [g for g in expected if g.get("date")]
            rows = [r for r in book.table(table).iter_rows(named=True) if article in r["articles"]]
            if name == "meetings":  # the goal's own measure: dated meetings, visits, roundtables
                expected = [g for g in expected if g.get("kind", "meeting") in MEETINGS]
                rows = [r for r in rows if r["kind"] in MEETINGS]
            check = checks[table]
            tally.expected += len(expected)
            tally.rows += len(rows)
            tally.found += sum(any(check(g, r) for r in rows) for g in expected)
            tally.right += sum(any(check(g, r) for g in expected) for r in rows)
            if verbose and name != "meetings":
                for g in expected:
                    if not any(check(g, r) for r in rows):
                        tally.notes.append(f"{article}: missed {_brief(g)}")
                for r in rows:
                    if not any(check(g, r) for g in expected):
                        tally.notes.append(f"{article}: wrong {_brief(r)}")
    return tallies


def _brief(row: Row) -> str:
    keys = ("union", "candidate", "status", "pct", "date", "kind", "who", "evidence")
    return str({k: row[k] for k in keys if k in row and row[k] not in (None, [])})[:240]


def main() -> None:
    verbose = "-v" in sys.argv
    names = [a for a in sys.argv[1:] if not a.startswith("-")] or ["dev", "eval"]
    for name in names:
        print(name)
        for table, tally in score(CORPORA / name, verbose).items():
            print("  " + tally.line(table))
            for note in tally.notes:
                print("     ", note)


if __name__ == "__main__":
    main()
