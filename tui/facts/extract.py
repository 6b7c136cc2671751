"""Everything found in one article: its quotations (one row per quotation, or per paragraph of
one, with its speaker) and the polls, endorsements and events found automatically."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tui.facts.attribution import Attributor
from tui.facts.auto.common import Context
from tui.facts.auto.endorsements import endorsements
from tui.facts.auto.events import events
from tui.facts.auto.polls import polls
from tui.facts.people import Registry
from tui.facts.reading import Reading, read
from tui.facts.text import normalize_name

Row = dict[str, Any]


@dataclass
class Found:
    """What one article gave."""

    quotes: list[Row] = field(default_factory=list)
    unbalanced: list[int] = field(default_factory=list)  # offsets of marks that pair nothing
    polls: list[Row] = field(default_factory=list)
    endorsements: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    failed: str | None = None  # why the automatic facts could not be read, if they could not


def extract(article: str, text: str, published: date | None, registry: Registry) -> Found:
    reading = read(text, registry)
    quotes, unbalanced = _quote_rows(article, reading)
    context = Context(article, reading, published)
    try:
        return Found(quotes, unbalanced, polls(context), endorsements(context), events(context))
    except Exception as error:  # a sentence no rule foresaw must not cost the rest
        # The rules read free text: one article they trip on loses its automatic rows, keeps
        # its quotations, and is named in the problems view; the dashboard goes on.
        return Found(quotes, unbalanced, failed=f"{type(error).__name__}: {error}")


def quote_rows(article: str, text: str, registry: Registry) -> tuple[list[Row], list[int]]:
    """Rows for the quotes table, and the offsets of quotation marks that pair with nothing."""
    return _quote_rows(article, read(text, registry))


def _quote_rows(article: str, reading: Reading) -> tuple[list[Row], list[int]]:
    text = reading.text
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


# Below this many articles a process pool costs more than it saves.
PARALLEL_MIN = 400
_REGISTRY = Registry()


Item = tuple[str, str, date | None]  # article name, text, publication date


def extract_all(articles: Sequence[Item], registry: Registry) -> list[Found]:
    """extract() for every article, in order; large corpora use every core."""
    workers = min(os.cpu_count() or 1, 8)
    if len(articles) < PARALLEL_MIN or workers < 2:
        return [extract(name, text, day, registry) for name, text, day in articles]
    # forkserver: safe when called from a thread (the dashboard reloads in one), and the
    # server imports the extractor once for all workers
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tui.facts.extract"])
    chunk = max(16, len(articles) // (workers * 8))
    try:
        with ProcessPoolExecutor(workers, context, initializer=_use, initargs=(registry,)) as pool:
            return list(pool.map(_rows, articles, chunksize=chunk))
    except (BrokenProcessPool, OSError):
        # no worker processes here (a sandbox, an odd __main__): the same work, one core
        return [extract(name, text, day, registry) for name, text, day in articles]


def _use(registry: Registry) -> None:
    global _REGISTRY
    _REGISTRY = registry


def _rows(article: Item) -> Found:
    return extract(article[0], article[1], article[2], _REGISTRY)
