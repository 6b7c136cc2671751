"""Endorsement rows: one per body, dated by the words nearest the candidate, with the short
name the table shows ("Local 299") and councils named in a row completed ("Joint Council 7")."""

from __future__ import annotations

import re

from tui.facts.auto.candidates import candidates
from tui.facts.auto.common import Context, Row, nearest_date
from tui.facts.people import Entity
from tui.facts.reading import Sentence

_NUMBERED = re.compile(r"\b(?:Local|Joint Council|Council|Lodge|District|Division|Chapter) \d+\w*$")


def rows_for(
    ctx: Context,
    sentence: Sentence,
    bodies: list[Entity],
    candidate: Entity | None,
    status: str,
    at: int,
) -> list[Row]:
    if status == "endorsed" and candidate is None:
        return []
    when = nearest_date(ctx, sentence, at, past=True)  # "declined in 2016 to endorse" too
    if when is not None and when.words.lower().startswith(("since", "until", "through")):
        when = None  # "the first election since 1996 in which it has not endorsed": a span
    rows = []
    for body in _completed(bodies):
        short = ctx.people.registry.short(body.name) if body.known else _short(body.name)
        rows.append(
            ctx.row(
                sentence,
                union=body.name,
                short=short or body.name,
                members=None,
                candidate=candidate.name if candidate else None,
                status=status,
                date=when.day if when else None,
                date_precision=when.precision if when else None,
            )
        )
    return rows


def each_candidate(
    ctx: Context, sentence: Sentence, bodies: list[Entity], i: int, v: int
) -> list[Row]:
    """Endorsed rows for each candidate named at toks[i]."""
    rows = []
    for person, at in candidates(ctx, sentence, i):
        rows += rows_for(ctx, sentence, bodies, person, "endorsed", v if at is None else at)
    return rows


def _short(name: str) -> str:
    """ "Teamsters Local 299" -> "Local 299": what tells it apart in a narrow column."""
    numbered = _NUMBERED.search(name)
    return numbered.group(0) if numbered else name


def _completed(bodies: list[Entity]) -> list[Entity]:
    """ "Teamsters Joint Council 25, Joint Council 7 and Joint Council 16": the others are
    Teamsters councils too, named as the first one is."""
    done: list[Entity] = []
    for body in bodies:
        head = body.name.split()[0]
        for other in bodies:
            at = other.name.find(f" {head} ")
            if not body.known and at > 0 and not body.name.startswith(other.name[:at]):
                body = Entity(f"{other.name[:at]} {body.name}", "org")
                break
        done.append(body)
    return done


def unique(rows: list[Row]) -> list[Row]:
    seen: set[tuple[object, ...]] = set()
    unique = []
    for row in rows:
        key = (row["union"], row["candidate"], row["status"], row["starts"][0])
        if key not in seen:
            seen.add(key)
            unique.append(row)
    return unique
