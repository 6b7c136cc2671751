"""Meetings and visits, dated as reporters date them, and what only looks like a meeting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tui.facts.extract import Found


def meetings(found: Found) -> set[tuple[date | None, str, tuple[str, ...]]]:
    return {(r["date"], r["kind"], tuple(r["who"])) for r in found.events}


def test_a_debate_is_no_meeting(found: Callable[[str], Found]) -> None:
    text = "Lorraine Petrakis and Darnell Hughes will meet in a televised debate on Oct. 18."
    assert {kind for _, kind, _ in meetings(found(text))} == {"debate"}


def test_the_sentences_opening_date_dates_its_visit(found: Callable[[str], Found]) -> None:
    text = (
        "Yolanda Marsh is running. In July, she rode the overnight Route 9 with operators from "
        "the Eastside garage, a visit members cited during Saturday's debate."
    )
    assert meetings(found(text)) == {(date(2024, 7, 1), "visit", ("Yolanda Marsh",))}


def test_a_date_between_the_lead_and_the_verb_wins(found: Callable[[str], Found]) -> None:
    text = (
        "The Silver Fork Ski Patrol Association met on Friday, Sept. 13. Two days later, on "
        "Sunday night, the association's members met in the lodge."
    )
    assert (date(2024, 9, 15), "meeting", ("Silver Fork Ski Patrol Association",)) in meetings(
        found(text)
    )


def test_a_colon_opens_a_clause_of_its_own(found: Callable[[str], Found]) -> None:
    text = (
        "He had met with both: Trump sat down with the Teamsters' executive board in January, "
        "and Harris met with the same board on Sept. 16."
    )
    assert (
        date(2024, 1, 1),
        "meeting",
        ("Donald Trump", "International Brotherhood of Teamsters"),
    ) in (meetings(found(text)))
