"""Dated events found automatically: meetings, visits, speeches and announcements, and the
look-alikes that must give no row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from tests.auto_facts import (
    HARRIS,
    OBRIEN,
    TRUMP,
    UAW,
    events_of,
)
from tui.facts.extract import Found, extract
from tui.facts.people import Registry


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Harris met with O'Brien on Monday.", ("meeting", "2024-09-16", "day", (HARRIS, OBRIEN))),
        ("Biden will visit the hall on Oct. 3.", ("visit", "2024-10-03", "day", ("Joe Biden",))),
        (
            "O'Brien held roundtables with Trump in January.",
            ("roundtable", "2024-01-01", "month", (OBRIEN, TRUMP)),
        ),
        (
            "Vance spoke at a rally in Erie early March.",
            ("speech", "2024-03-01", "month", ("JD Vance",)),
        ),
        ("Trump met with O'Brien last month.", ("meeting", "2024-08-01", "month", (TRUMP, OBRIEN))),
        (
            "Harris met with O'Brien on Sept. 16.",
            ("meeting", "2024-09-16", "day", (HARRIS, OBRIEN)),
        ),
    ],
)
def test_dated_events(
    found: Callable[[str], Found], text: str, event: tuple[str, str, str, tuple[str, ...]]
) -> None:
    assert events_of(found(text).events) == {event}


def test_two_events_in_one_sentence(found: Callable[[str], Found]) -> None:
    text = "Trump met with O'Brien in January, and Biden visited the union's hall in March."
    assert events_of(found(text).events) == {
        ("meeting", "2024-01-01", "month", (TRUMP, OBRIEN)),
        ("visit", "2024-03-01", "month", ("Joe Biden",)),
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Harris sat down with O'Brien on Monday.", "meeting"),
        ("Harris made her case to O'Brien on Monday.", "meeting"),
        ("Harris made the trip to the union's hall on Monday.", "visit"),
    ],
)
def test_meetings_said_otherwise(found: Callable[[str], Found], text: str, kind: str) -> None:
    (row,) = found(text).events
    assert (row["kind"], row["date"].isoformat(), row["who"][0]) == (kind, "2024-09-16", HARRIS)


def test_where(found: Callable[[str], Found]) -> None:
    (row,) = found("Trump visited a Teamsters hall in Detroit on Tuesday.").events
    assert row["where"] == "Detroit"


@pytest.mark.parametrize(
    "text",
    [
        "Trump did not speak at the convention on Tuesday.",
        "The meeting with Vance on Friday was cancelled.",
        "Harris has never met O'Brien, the union said on Monday.",
        "Harris met with O'Brien.",  # no date: nothing for the schedule
    ],
)
def test_event_look_alikes(found: Callable[[str], Found], text: str) -> None:
    assert found(text).events == []


def test_relative_dates_need_a_publication_date(registry: Registry) -> None:
    undated = extract("test.txt", "Harris met with O'Brien on Monday.", None, registry)
    assert undated.events == []


def test_where_stops_at_the_date(found: Callable[[str], Found]) -> None:
    (row,) = found("Vance spoke at a rally in Erie early March.").events
    assert row["where"] == "Erie"


def test_a_future_clause_keeps_its_date(found: Callable[[str], Found]) -> None:
    text = "Biden met the union on Monday, and he will visit the Teamsters on March 12."
    dates = {(r["kind"], r["date"].isoformat()) for r in found(text).events}
    assert ("visit", "2025-03-12") in dates  # after a September paper: next March


def test_a_cancellation_elsewhere_in_the_sentence(found: Callable[[str], Found]) -> None:
    text = "Harris met with O'Brien on Monday after the rally was cancelled."
    assert len(found(text).events) == 1


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Walz met privately for 40 minutes with leaders of Teamsters Local 2157 on Monday.",
            ("meeting", "2024-09-16", "day", ("Tim Walz", "Teamsters Local 2157")),
        ),
        (
            "Walz toured the hall with Teamsters Local 1588 last Wednesday.",
            ("visit", "2024-09-18", "day", ("Tim Walz", "Teamsters Local 1588")),
        ),
        (
            "On Tuesday morning, Walz dropped in on the labor caucus breakfast.",
            ("visit", "2024-09-17", "day", ("Tim Walz",)),
        ),
        (
            "County Legislator Rick Otero met with Harris last month.",
            ("meeting", "2024-08-01", "month", ("Rick Otero", HARRIS)),
        ),
    ],
)
def test_meetings_in_more_words(
    found: Callable[[str], Found], text: str, event: tuple[str, str, str, tuple[str, ...]]
) -> None:
    assert events_of(found(text).events) == {event}


def test_dropping_out_is_no_visit(found: Callable[[str], Found]) -> None:
    assert found("Biden dropped out of the race on July 21.").events == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Harris met O'Brien on Sept. 10, and Trump met with O'Brien two days later.",
            ("meeting", "2024-09-12", "day", (TRUMP, OBRIEN)),
        ),
        (
            "On Saturday, Harris held a roundtable with nurses in Erie.",
            ("roundtable", "2024-09-14", "day", (HARRIS,)),
        ),
        (
            "Teamsters Local 2210 in Ohio held a membership meeting on Sunday night.",
            ("meeting", "2024-09-15", "day", ("Teamsters Local 2210",)),
        ),
        (
            "O'Brien, who spoke at the convention in July, appeared alongside Vance in August.",
            ("meeting", "2024-08-01", "month", (OBRIEN, "JD Vance")),
        ),
    ],
)
def test_event_dates_in_more_words(
    found: Callable[[str], Found], text: str, event: tuple[str, str, str, tuple[str, ...]]
) -> None:
    assert event in events_of(found(text).events)


def test_a_day_counted_from_an_event_not_named_is_unresolved(
    found: Callable[[str], Found],
) -> None:
    assert found("Two days after the rally, Harris met with O'Brien.").events == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Harris and O'Brien met on Sept. 16.", {HARRIS, OBRIEN}),
        ("Trump's meeting with O'Brien in January was cordial.", {TRUMP, OBRIEN}),
        ("Shuler welcomed Harris to the AFL-CIO headquarters on Tuesday.", {"Liz Shuler", HARRIS}),
        ("Biden spoke to members of the United Auto Workers last month.", {"Joe Biden", UAW}),
    ],
)
def test_who_took_part(found: Callable[[str], Found], text: str, who: set[str]) -> None:
    (row,) = found(text).events
    assert set(row["who"]) == who


def test_a_future_rally_in_a_town_with_a_state(found: Callable[[str], Found]) -> None:
    (row,) = found("Trump will hold a rally in Walker, Michigan, on Friday night.").events
    assert row["date"].isoformat() == "2024-09-20"  # that Friday, the paper's own day


@pytest.mark.parametrize(
    "text",
    [
        "Kowalski spoke with the Dispatch on Thursday at her local's hall.",
        "Palmer spoke with us by phone on Thursday.",
        "Negotiators are scheduled to meet again Tuesday.",
    ],
)
def test_the_story_itself_is_no_event(found: Callable[[str], Found], text: str) -> None:
    assert found(text).events == []


def test_an_opening_participle_names_the_subject_after_it(found: Callable[[str], Found]) -> None:
    text = "Appearing with Biden at a union hall on Monday, Harris told a crowd she would win."
    (row,) = found(text).events
    assert set(row["who"]) == {HARRIS, "Joe Biden"}


def test_time_spent_with_members_is_a_meeting(found: Callable[[str], Found]) -> None:
    (row,) = found("On Monday, Harris spent 40 minutes with a dozen UAW members.").events
    assert (row["kind"], row["who"][0]) == ("meeting", HARRIS)


@pytest.mark.parametrize(
    "text",
    [
        "Local 4417 voted to stay neutral at its general membership meeting on Sept. 8.",
        "Teamsters Local 4417 met in June. The local's members met at the hall Tuesday night.",
    ],
)
def test_a_union_meeting_of_its_own(found: Callable[[str], Found], text: str) -> None:
    who = [w for r in found(text).events if r["kind"] == "meeting" for w in r["who"]]
    assert any("4417" in name for name in who), who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Trump campaign staff met with the UAW board on Sept. 9.", "Trump campaign"),
        ("The UAW met with senior Harris campaign officials on Sept. 10.", "Harris campaign"),
    ],
)
def test_a_campaign_is_not_its_candidate(
    found: Callable[[str], Found], text: str, who: str
) -> None:
    (row,) = found(text).events
    assert who in row["who"] and TRUMP not in row["who"] and HARRIS not in row["who"]


def test_a_span_dates_no_meeting(found: Callable[[str], Found]) -> None:
    text = (
        "The Teamsters met in June. Two days after Harris left, the board met, a first for a "
        "union that has backed Democrats since 2000."
    )
    assert [r["date_precision"] for r in found(text).events] == ["month"]


@pytest.mark.parametrize(
    "text",
    [
        "Harris praised the Sept. 16 meeting with the Teamsters executive board.",
        "Members of Teamsters Local 92 gathered at their Aug. 28 membership meeting.",
    ],
)
def test_a_date_inside_the_meeting_phrase(found: Callable[[str], Found], text: str) -> None:
    assert [r["kind"] for r in found(text).events] == ["meeting"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The AFL-CIO met in June. On Monday, the federation held a roundtable in Asheville.",
            "AFL-CIO",
        ),
        (
            "Teamsters Local 1146 met. Its president said the local's executive board would "
            "meet next Tuesday.",
            "Teamsters Local 1146",
        ),
    ],
)
def test_a_body_said_with_its_kind(found: Callable[[str], Found], text: str, who: str) -> None:
    assert who in found(text).events[-1]["who"]


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


def test_a_meeting_on_several_days(found: Callable[[str], Found]) -> None:
    text = (
        "The political committee of UFCW Local 1736 met on March 10, April 14 and again in "
        "early May. O'Brien visited Trump at Mar-a-Lago in April, and in July he spoke in "
        "Milwaukee."
    )
    days = {(r["date"], r["kind"]) for r in found(text).events}
    assert {(date(2024, 3, 10), "meeting"), (date(2024, 4, 14), "meeting")} <= days
    assert (date(2024, 5, 1), "meeting") in days
    assert (date(2024, 7, 1), "visit") not in days


def test_time_spent_with_a_board_is_a_meeting(found: Callable[[str], Found]) -> None:
    text = (
        "Andre Whitlock spent nearly two hours Tuesday evening behind closed doors with the "
        "executive board of ATU Local 1644."
    )
    assert meetings(found(text)) == {
        (date(2024, 9, 17), "meeting", ("Andre Whitlock", "ATU Local 1644"))
    }


def test_discussing_a_debate_is_still_a_meeting(found: Callable[[str], Found]) -> None:
    text = "Kamala Harris met with union leaders to discuss the debate on Sept. 10."
    assert {r["kind"] for r in found(text).events} == {"meeting"}


def test_a_month_before_a_name_after_during(found: Callable[[str], Found]) -> None:
    text = "During August Harris met with the Teamsters board on Aug. 12."
    assert all("August Harris" not in r["who"] for r in found(text).events)
