"""The quotes table: one row per quotation (or per paragraph of one), with its speaker."""

from __future__ import annotations

from typing import Any

from tui.facts.attribution import Attributor
from tui.facts.people import Registry
from tui.facts.reading import read
from tui.facts.text import normalize_name


def quote_rows(
    article: str, text: str, registry: Registry
) -> tuple[list[dict[str, Any]], list[int]]:
    """Rows for the quotes table, and the offsets of quotation marks that pair with nothing."""
    reading = read(text, registry)
    results = Attributor(reading).run()  # one per span, in order
    rows = []
    for index, span in enumerate(reading.spans):
        found = results[index]
        words = text[span.start : span.end]
        rows.append(
            {
                "article": article,
                "start": span.start,
                "end": span.end,
                "text": words,
                "speaker": found.speaker.name,
                "speaker_role": found.speaker.role,
                "relayed_by": found.relayed_by.name,
                "partial": found.partial,
                "cue": found.cue,
                "group": f"{article}#{span.group}",
                "sentence": found.sentence,
                "attribution": found.how,
                "key": quote_key(words),
            }
        )
    return rows, reading.scan.unbalanced


def quote_key(words: str) -> str:
    """The same words in any article give the same key: case, marks and spacing folded."""
    folded = normalize_name(words).lower().replace("“", '"').replace("”", '"')
    return folded.strip(" ,.;:!?\"'—–-")
