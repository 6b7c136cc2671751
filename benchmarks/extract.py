"""Extraction throughput: build the fact tables from N articles, for N = 1,000 and 10,000.

Run by hand: `python benchmarks/extract.py [N ...]`. The corpus is the shipped seeds varied:
other names, dates and numbers, so no two articles are the same text. Reports articles/s and
MB/s for each N; the cost should stay linear in N.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
import time
from pathlib import Path

from tui.facts import build
from tui.paths import default_data, default_seeds

SURNAMES = (
    "Alvarez Brennan Chowdhury Delgado Eriksen Fitzgerald Okafor Haddad Ivanova Jansen Kowalski "
    "Lindqvist Moreau Nakamura"
).split()
FIRST = ["Ana", "Brian", "Carmen", "David", "Elena", "Frank", "Grace", "Hector", "Irene", "Jack"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct."]


def vary(text: str, rng: random.Random) -> str:
    """The same article with other people, dates and figures."""
    swaps = {
        "O’Brien": rng.choice(SURNAMES),
        "O'Brien": rng.choice(SURNAMES),
        "Palmer": rng.choice(SURNAMES),
        "Sean": rng.choice(FIRST),
        "John": rng.choice(FIRST),
    }
    for old, new in swaps.items():
        text = text.replace(old, new)
    text = re.sub(
        r"\b(Sept\.|March|July|January) (\d{1,2})\b",
        lambda m: f"{rng.choice(MONTHS)} {rng.randint(1, 28)}",
        text,
    )
    return re.sub(r"\b\d{2}(\.\d)?%", lambda m: f"{rng.randint(10, 90)}%", text)


def make_corpus(folder: Path, n: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(default_seeds().glob("*.txt"))]
    size = 0
    for i in range(n):
        text = vary(seeds[i % len(seeds)], rng)
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
    return size


def measure(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        size = make_corpus(folder, n)
        start = time.perf_counter()
        book = build(folder, default_data(), rows=False)
        elapsed = time.perf_counter() - start
    print(
        f"N={n:>6,}: {elapsed:6.2f} s, {n / elapsed:7.0f} articles/s, "
        f"{size / elapsed / 1e6:5.2f} MB/s, {len(book.quotes):,} quotes, "
        f"{len(book.problems)} problems"
    )


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1_000, 10_000]
    for n in sizes:
        measure(n)


if __name__ == "__main__":
    main()
