"""Score quote extraction on the test corpora: quotations found, and found with the right speaker.

Run by hand: `python benchmarks/quotes.py [-v]`. `dev/` is the corpus rules may be tuned against;
`eval/` is held out, so its figures are the honest ones.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.facts import build
from tui.facts.text import normalize_name
from tui.paths import default_data

CORPORA = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def fold(name: str | None) -> str | None:
    if name is None:
        return None
    words = normalize_name(name).lower().replace("'s ", " ").split()
    while words and words[0] in ("the", "a", "an", "one", "another"):
        words = words[1:]
    return " ".join(words)


PREPOSITIONS = ("on", "in", "at", "of", "for", "from", "with", "inside", "who", "close")


def same_speaker(expected: Any, found: str | None) -> bool:
    """The same speaker; a description may add a place: "local president on the council"."""
    options = expected if isinstance(expected, list) else [expected]
    got = fold(found)
    for option in map(fold, options):
        if got == option:
            return True
        if got and option:
            longer, shorter = (got, option) if len(got) > len(option) else (option, got)
            # the same description with or without its place or clause: "person [in the room]"
            if any(longer.startswith(f"{shorter} {p} ") for p in PREPOSITIONS):
                return True
    return False


def words(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    right: int = 0
    extra: int = 0
    misses: list[str] = field(default_factory=list)
    # attribution rule -> [right, found]: which rule earns its keep, without reading the text
    by_rule: dict[str, list[int]] = field(default_factory=dict)

    def line(self, name: str) -> str:
        found = self.found / self.expected if self.expected else 0.0
        right = self.right / self.found if self.found else 0.0
        return (
            f"{name:5} {self.expected:3} quotations: found {self.found} ({found:.1%}), "
            f"right speaker {self.right} ({right:.1%} of found), extra rows {self.extra}"
        )


def score(folder: Path) -> Score:
    book = build(folder, default_data(), rows=False)
    result = Score()
    for gold_path in sorted(folder.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = gold_path.with_suffix(".txt").name
        rows = book.quotes.filter(article=article).to_dicts()
        unmatched = list(rows)
        for quote in gold["quotes"]:
            result.expected += 1
            match = next((r for r in unmatched if words(r["text"]) == words(quote["text"])), None)
            if match is None:
                result.misses.append(f"{article}: not found: {quote['text'][:60]!r}")
                continue
            unmatched.remove(match)
            result.found += 1
            tally = result.by_rule.setdefault(match["attribution"], [0, 0, 0])
            tally[1] += 1
            if same_speaker(quote["speaker"], match["speaker"]) and same_speaker(
                quote.get("relayed_by"), match["relayed_by"]
            ):
                result.right += 1
                tally[0] += 1
            else:
                tally[2] += match["speaker"] is not None
                result.misses.append(
                    f"{article}: {quote['text'][:50]!r}: expected {quote['speaker']!r}"
                    f" (relayed by {quote.get('relayed_by')!r}), found {match['speaker']!r}"
                    f" (relayed by {match['relayed_by']!r})"
                    f" [{match['attribution']}: {match['cue']}]"
                )
        result.extra += len(unmatched)
        result.misses.extend(f"{article}: extra row: {r['text'][:60]!r}" for r in unmatched)
    return result


def main() -> None:
    verbose = "-v" in sys.argv
    for name in ("dev", "eval"):
        folder = CORPORA / name
        if not folder.is_dir():
            continue
        result = score(folder)
        print(result.line(name))
        rules = ", ".join(
            f"{rule} {r}/{n} ({w} wrong)" for rule, (r, n, w) in sorted(result.by_rule.items())
        )
        print(f"      right by rule: {rules}")
        if verbose:
            for miss in result.misses:
                print("   ", miss)


if __name__ == "__main__":
    main()
