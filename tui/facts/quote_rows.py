"""The quotes table: one row per quotation (or per paragraph of one), with its speaker."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
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


# Below this many articles a process pool costs more than it saves.
PARALLEL_MIN = 400
_REGISTRY = Registry()


def all_quote_rows(
    articles: Sequence[tuple[str, str]], registry: Registry
) -> list[tuple[list[dict[str, Any]], list[int]]]:
    """quote_rows for every (name, text), in order; large corpora use every core."""
    workers = min(os.cpu_count() or 1, 8)
    if len(articles) < PARALLEL_MIN or workers < 2:
        return [quote_rows(name, text, registry) for name, text in articles]
    # forkserver: safe when called from a thread (the dashboard reloads in one), and the
    # server imports the extractor once for all workers
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tui.facts.quote_rows"])
    chunk = max(16, len(articles) // (workers * 8))
    try:
        with ProcessPoolExecutor(workers, context, initializer=_use, initargs=(registry,)) as pool:
            return list(pool.map(_rows, articles, chunksize=chunk))
    except (BrokenProcessPool, OSError):
        # no worker processes here (a sandbox, an odd __main__): the same work, one core
        return [quote_rows(name, text, registry) for name, text in articles]


def _use(registry: Registry) -> None:
    global _REGISTRY
    _REGISTRY = registry


def _rows(article: tuple[str, str]) -> tuple[list[dict[str, Any]], list[int]]:
    return quote_rows(article[0], article[1], _REGISTRY)
