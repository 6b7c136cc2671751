"""Polls, endorsements and events found automatically, one short article per pattern, and the
look-alikes that must give no row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from tui.facts.extract import Found, extract
from tui.facts.people import Registry

Row = dict[str, Any]


def shares(rows: list[Row]) -> set[tuple[str | None, float]]:
    return {(r["candidate"], r["pct"]) for r in rows}


def stands(rows: list[Row]) -> set[tuple[str, str | None, str]]:
    return {(r["union"], r["candidate"], r["status"]) for r in rows}


# --- polls -----------------------------------------------------------------------------------


def test_shares_of_members(found: Callable[[str], Found]) -> None:
    polls = found("The survey found 58% of members back Trump, while 31% support Harris.").polls
    assert shares(polls) == {("Donald Trump", 58.0), ("Kamala Harris", 31.0)}
    assert {r["population"] for r in polls} == {"members"}
    assert all(r["reviewed"] is False for r in polls)


def test_leading_x_to_y(found: Callable[[str], Found]) -> None:
    polls = found("An earlier poll had Biden leading Trump 44.3% to 36.3%.").polls
    assert shares(polls) == {("Joe Biden", 44.3), ("Donald Trump", 36.3)}


def test_put_at_percent(found: Callable[[str], Found]) -> None:
    text = "A survey of drivers put state Sen. Ann Smith at 52 percent and Bob Jones at 40."
    polls = found(text).polls
    assert shares(polls) == {("Ann Smith", 52.0), ("Bob Jones", 40.0)}
    assert {r["population"] for r in polls} == {"drivers"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harris led 54% to 41% among union households.", {("Kamala Harris", 54.0)}),
        (
            "The poll had members favoring Biden 44.3% to Trump's 36.3%.",
            {("Joe Biden", 44.3), ("Donald Trump", 36.3)},
        ),
        (
            "A survey favored Mayor Ann Okoro over her challenger, Bob Faber, 71 percent to 18.",
            {("Ann Okoro", 71.0), ("Bob Faber", 18.0)},
        ),
        ("A phone survey put Mr. Trump ahead, 58 percent to 31 percent.", {("Donald Trump", 58.0)}),
        (
            "44% to 42%: Harris's edge over Trump.",
            {("Kamala Harris", 44.0), ("Donald Trump", 42.0)},
        ),
    ],
)
def test_a_share_against_a_share(
    found: Callable[[str], Found], text: str, expected: set[tuple[str, float]]
) -> None:
    """The other share of a pair is kept only when the sentence names whose it is."""
    assert shares(found(text).polls) == expected


def test_undecided_share_has_no_candidate(found: Callable[[str], Found]) -> None:
    text = "The poll found 58% of members back Trump. Another 12% were undecided."
    assert (None, 12.0) in shares(found(text).polls)


@pytest.mark.parametrize(
    "text",
    [
        "O'Brien, 58 years old, spoke on Monday.",
        "The Teamsters have 1.3 million members.",
        "Trump holds a 27-point lead among retirees.",
        "Turnout was 58% in 2020, when Trump lost.",
    ],
)
def test_numbers_that_are_not_shares(found: Callable[[str], Found], text: str) -> None:
    assert found(text).polls == []


# --- endorsements ----------------------------------------------------------------------------


def test_endorsed(found: Callable[[str], Found]) -> None:
    rows = found("The United Auto Workers endorsed Harris in July.").endorsements
    assert stands(rows) == {("United Auto Workers", "Kamala Harris", "endorsed")}
    assert (rows[0]["date"], rows[0]["date_precision"]) == (date(2024, 7, 1), "month")


def test_endorsed_by_unions_such_as(found: Callable[[str], Found]) -> None:
    text = (
        "Harris has been endorsed by unions such as the AFL-CIO, the IBEW and the Service "
        "Employees International Union."
    )
    assert {r["union"] for r in found(text).endorsements} == {
        "AFL-CIO",
        "International Brotherhood of Electrical Workers",
        "Service Employees International Union",
    }


def test_threw_support_behind(found: Callable[[str], Found]) -> None:
    text = (
        "Teamsters Joint Council 7 in California and Teamsters Joint Council 16 in New York "
        "threw their support behind Harris on Thursday."
    )
    assert stands(found(text).endorsements) == {
        ("Teamsters Joint Council 7", "Kamala Harris", "endorsed"),
        ("Teamsters Joint Council 16", "Kamala Harris", "endorsed"),
    }


def test_backs(found: Callable[[str], Found]) -> None:
    rows = found("The Communications Workers of America backs Harris.").endorsements
    assert stands(rows) == {("Communications Workers of America", "Kamala Harris", "endorsed")}


@pytest.mark.parametrize(
    ("text", "union", "status"),
    [
        ("The Police Lodge 5 declined to endorse.", "Police Lodge 5", "withheld"),
        ("The Carpenters union has yet to endorse.", "Carpenters union", "undecided"),
        ("The nurses association will not endorse anyone.", "nurses association", "withheld"),
    ],
)
def test_no_endorsement(found: Callable[[str], Found], text: str, union: str, status: str) -> None:
    assert stands(found(text).endorsements) == {(union, None, status)}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The UAW announced that it would make no endorsement in the race.", "withheld"),
        ("The UAW has yet to make an endorsement in the race.", "undecided"),
        ("The UAW has not made an endorsement in the race.", "undecided"),
    ],
)
def test_stands_said_with_make(found: Callable[[str], Found], text: str, status: str) -> None:
    assert stands(found(text).endorsements) == {("United Auto Workers", None, status)}


def test_councils_named_in_a_row(found: Callable[[str], Found]) -> None:
    text = (
        "Teamsters Joint Council 25 in Chicago, Joint Council 7 in San Francisco and Joint "
        "Council 16 in New York had all endorsed Harris."
    )
    assert {r["union"] for r in found(text).endorsements} == {
        "Teamsters Joint Council 25",
        "Teamsters Joint Council 7",
        "Teamsters Joint Council 16",
    }


def test_the_union_is_the_one_named_before(found: Callable[[str], Found]) -> None:
    text = "Teamsters Local 337 met on Monday. The union endorsed Harris on Thursday."
    assert stands(found(text).endorsements) == {
        ("Teamsters Local 337", "Kamala Harris", "endorsed")
    }


def test_whose_union_is_the_one_the_person_leads(found: Callable[[str], Found]) -> None:
    text = (
        "Teamsters Local 337 met on Monday. Shawn Fain, whose union endorsed Harris in July, spoke."
    )
    assert stands(found(text).endorsements) == {
        ("United Auto Workers", "Kamala Harris", "endorsed")
    }


@pytest.mark.parametrize(
    "text",
    [
        "The UAW could endorse Harris next month.",
        "The UAW is expected to endorse Harris.",
        "The UAW did not endorse Harris.",
        "Harris promised to treat the UAW fairly whether or not it backed her.",
        "In the poll, 59.6 percent backed Trump and 34 percent backed Harris.",
        "Rank-and-file Teamsters who backed Harris cheered.",
        "Fain backed Harris.",
    ],
)
def test_endorsement_look_alikes(found: Callable[[str], Found], text: str) -> None:
    assert found(text).endorsements == []


# --- events ----------------------------------------------------------------------------------


def events_of(rows: list[Row]) -> set[tuple[str, str, str, tuple[str, ...]]]:
    return {(r["kind"], r["date"].isoformat(), r["date_precision"], tuple(r["who"])) for r in rows}


HARRIS, OBRIEN, TRUMP = "Kamala Harris", "Sean O'Brien", "Donald Trump"


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


def test_a_vague_union_gives_no_row(found: Callable[[str], Found]) -> None:
    text = "Maria Lopez is president of Local 42. The national union has yet to endorse anyone."
    assert found(text).endorsements == []


UAW = "United Auto Workers"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UAW voted 312 to 141 on Saturday to endorse Harris.", (UAW, HARRIS, "endorsed")),
        ("Harris is backed by the United Auto Workers.", (UAW, HARRIS, "endorsed")),
        ("Harris picked up the endorsement of the UAW.", (UAW, HARRIS, "endorsed")),
        ("The UAW voted to stay neutral in the race.", (UAW, None, "withheld")),
        ("The UAW sat out the presidential race.", (UAW, None, "withheld")),
    ],
)
def test_more_ways_to_say_it(
    found: Callable[[str], Found], text: str, expected: tuple[str, str | None, str]
) -> None:
    assert stands(found(text).endorsements) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "The UAW has stayed neutral on the ballot measure.",
        "A poll showed 58% of Teamsters backing Trump.",
        "The UAW backed Biden; Fain has stayed out of the race since.",
    ],
)
def test_more_look_alikes(found: Callable[[str], Found], text: str) -> None:
    assert all(r["status"] != "withheld" for r in found(text).endorsements)
    assert all(r["candidate"] != "Donald Trump" for r in found(text).endorsements)


def test_a_future_clause_keeps_its_date(found: Callable[[str], Found]) -> None:
    text = "Biden met the union on Monday, and he will visit the Teamsters on March 12."
    dates = {(r["kind"], r["date"].isoformat()) for r in found(text).events}
    assert ("visit", "2025-03-12") in dates  # after a September paper: next March


def test_polls_of_other_people_do_not_merge() -> None:
    from tui.facts.auto.merge import same_poll

    ohio = {"candidate": "Donald Trump", "pct": 40.0, "population": "Ohio voters"}
    texas = {**ohio, "population": "Texas voters"}
    assert not same_poll(ohio, texas)
    assert same_poll({**ohio, "population": "members"}, {**ohio, "population": "Teamsters members"})


def test_withholding_an_endorsement(found: Callable[[str], Found]) -> None:
    rows = found("The UAW is withholding its endorsement.").endorsements
    assert stands(rows) == {(UAW, None, "withheld")}


def test_a_cancellation_elsewhere_in_the_sentence(found: Callable[[str], Found]) -> None:
    text = "Harris met with O'Brien on Monday after the rally was cancelled."
    assert len(found(text).events) == 1


# --- endorsements said in more ways -------------------------------------------------------------

AFT = "American Federation of Teachers"
TEAMSTERS = "International Brotherhood of Teamsters"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Teamsters endorsed Joe Biden in 2020 and Hillary Clinton in 2016.",
            {(TEAMSTERS, "Joe Biden", "2020"), (TEAMSTERS, "Hillary Clinton", "2016")},
        ),
        (
            "Local 77 joins the AFL-CIO and the UAW in backing the Harris-Walz ticket.",
            {("Local 77", HARRIS, ""), ("AFL-CIO", HARRIS, ""), (UAW, HARRIS, "")},
        ),
        ("Harris won the backing of the American Federation of Teachers.", {(AFT, HARRIS, "")}),
        (
            "Harris has endorsements from the AFT and from Teamsters Local 2010.",
            {(AFT, HARRIS, ""), ("Teamsters Local 2010", HARRIS, "")},
        ),
        (
            "The Ohio AFL-CIO endorsed state Sen. Gideon Rask.",
            {("Ohio AFL-CIO", "Gideon Rask", "")},
        ),
        ("The AFL-CIO's general board voted to back her.", {("AFL-CIO", HARRIS, "")}),
        (
            "The executive board of Teamsters Local 337 voted Thursday night to back her.",
            {("Teamsters Local 337", HARRIS, "2024")},
        ),
    ],
)
def test_endorsements_said_in_more_ways(
    found: Callable[[str], Found], text: str, expected: set[tuple[str, str, str]]
) -> None:
    rows = found(f"Kamala Harris spoke on Monday. {text}").endorsements
    got = {(r["union"], r["candidate"], str(r["date"].year) if r["date"] else "") for r in rows}
    assert got == expected


def test_the_union_is_the_one_just_named(found: Callable[[str], Found]) -> None:
    text = "The SEIU endorsed Harris. Then there are the Teamsters. The union has yet to endorse."
    assert stands(found(text).endorsements) == {
        ("Service Employees International Union", HARRIS, "endorsed"),
        (TEAMSTERS, None, "undecided"),
    }


def test_the_board_speaks_for_its_union(found: Callable[[str], Found]) -> None:
    text = "The Teamsters met on Wednesday. The board voted to stay out of the presidential race."
    assert stands(found(text).endorsements) == {(TEAMSTERS, None, "withheld")}


def test_a_date_inside_the_verb_group(found: Callable[[str], Found]) -> None:
    rows = found("The Teamsters declined on Wednesday to endorse anyone.").endorsements
    assert stands(rows) == {(TEAMSTERS, None, "withheld")}


@pytest.mark.parametrize(
    "text",
    [
        "Harris could win the backing of the American Federation of Teachers.",
        "Harris has not won the support of the Teamsters.",
        "The UAW is expected to join the AFL-CIO in backing Harris.",
        "Harris has the support of 58% of members.",
    ],
)
def test_held_and_joined_look_alikes(found: Callable[[str], Found], text: str) -> None:
    assert found(text).endorsements == []


# --- meetings said in more ways -----------------------------------------------------------------


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
    ("text", "expected"),
    [
        ("The UAW hasn't decided.", (UAW, None, "undecided")),
        ("The UAW hasn't taken a position.", (UAW, None, "undecided")),
        ("The UAW has chosen not to take a side.", (UAW, None, "withheld")),
        ("The UAW will stay on the sidelines this year.", (UAW, None, "withheld")),
        ("The UAW did not endorse a candidate in the race.", (UAW, None, "withheld")),
        ("The UAW decided against endorsing anyone.", (UAW, None, "withheld")),
        ("The UAW opted against an endorsement.", (UAW, None, "withheld")),
        ("The UAW declined to back either candidate.", (UAW, None, "withheld")),
        ("The UAW has yet to back a candidate.", (UAW, None, "undecided")),
        ("The UAW gave Harris its endorsement.", (UAW, HARRIS, "endorsed")),
        ("The UAW's endorsement of Harris came in July.", (UAW, HARRIS, "endorsed")),
        ("Harris won the UAW's endorsement.", (UAW, HARRIS, "endorsed")),
        ("The UAW is supporting Harris.", (UAW, HARRIS, "endorsed")),
        ("Harris was endorsed last month by the UAW.", (UAW, HARRIS, "endorsed")),
        ("The UAW endorsed Prop 7.", (UAW, "Proposition 7", "endorsed")),
    ],
)
def test_where_a_union_stands_in_other_words(
    found: Callable[[str], Found], text: str, expected: tuple[str, str | None, str]
) -> None:
    assert stands(found(text).endorsements) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "The UAW hasn't taken a position on the ballot measure.",
        "The UAW has taken a side.",
        "The UAW urged members to back Harris.",
        "The UAW did not back Harris.",
        "Trades Council Breaks With Democrats, Backs Hollister for Governor",
    ],
)
def test_stance_look_alikes(found: Callable[[str], Found], text: str) -> None:
    assert found(text).endorsements == []


def test_a_short_name_the_article_gives(found: Callable[[str], Found]) -> None:
    text = (
        "The Riverside Firefighters Association (RFA) endorsed Ann Smith. The RFA backs Bob Jones."
    )
    rows = found(text).endorsements
    assert {(r["union"], r["candidate"]) for r in rows} == {
        ("Riverside Firefighters Association", "Ann Smith"),
        ("Riverside Firefighters Association", "Bob Jones"),
    }


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
    ("text", "union"),
    [
        (
            "The Professional Fire Fighters of Michigan endorsed Harris.",
            "Professional Fire Fighters of Michigan",
        ),
        ("The Marlow County Deputy Sheriffs endorsed Harris.", "Marlow County Deputy Sheriffs"),
        (
            "The United Food and Commercial Workers endorsed Harris.",
            "United Food and Commercial Workers",
        ),
        (
            "The Building and Construction Trades Council endorsed Harris.",
            "Building and Construction Trades Council",
        ),
    ],
)
def test_union_names_without_the_word_union(
    found: Callable[[str], Found], text: str, union: str
) -> None:
    assert stands(found(text).endorsements) == {(union, HARRIS, "endorsed")}


def test_two_councils_joined_by_and_stay_two(found: Callable[[str], Found]) -> None:
    text = (
        "Teamsters Joint Council 7 in California and Joint Council 16 in New York endorsed Harris."
    )
    unions = {r["union"] for r in found(text).endorsements}
    assert unions == {"Teamsters Joint Council 7", "Teamsters Joint Council 16"}


def test_people_of_a_calling_are_not_their_union(found: Callable[[str], Found]) -> None:
    assert found("Nurses at the hospital endorsed Harris.").endorsements == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The SEIU announced Thursday that it would endorse Harris.",
            ("Service Employees International Union", HARRIS, "endorsed"),
        ),
        (
            "The AFT said it would back Harris.",
            ("American Federation of Teachers", HARRIS, "endorsed"),
        ),
        (
            "The Ironworkers union gave its support to Harris.",
            ("Ironworkers union", HARRIS, "endorsed"),
        ),
        (
            "The Brenner County Deputy Sheriffs’ Association has not endorsed.",
            ("Brenner County Deputy Sheriffs' Association", None, "undecided"),
        ),
    ],
)
def test_announced_given_and_owned_names(
    found: Callable[[str], Found], text: str, expected: tuple[str, str | None, str]
) -> None:
    assert stands(found(text).endorsements) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said the SEIU would endorse Harris.",
        "The SEIU said it would not rule anything out.",
        "Unions that backed Biden are weighing their options.",
    ],
)
def test_forecasts_are_not_endorsements(found: Callable[[str], Found], text: str) -> None:
    assert all(r["status"] != "endorsed" for r in found(text).endorsements)


def test_both_of_which(found: Callable[[str], Found]) -> None:
    text = "Organizers courted the UAW and the SEIU, both of which have endorsed Harris."
    assert {r["union"] for r in found(text).endorsements} == {
        UAW,
        "Service Employees International Union",
    }


def test_candidates_listed_after_a_colon(found: Callable[[str], Found]) -> None:
    text = (
        "The UAW endorsed two council candidates: incumbent Alma Reyes and challenger Jerome Pike."
    )
    assert {r["candidate"] for r in found(text).endorsements} == {"Alma Reyes", "Jerome Pike"}


def test_what_a_council_includes_is_not_its_subject(found: Callable[[str], Found]) -> None:
    text = "The Truckee Building Trades Council, which includes Local 2212, decided not to endorse."
    assert {r["union"] for r in found(text).endorsements} == {"Truckee Building Trades Council"}


def test_a_city_council_is_no_union(found: Callable[[str], Found]) -> None:
    assert found("The City Council endorsed Harris.").endorsements == []


def test_whose_members_act_and_the_union_said_with_union(found: Callable[[str], Found]) -> None:
    text = (
        "The Johnstown Professional Firefighters, whose members staff four stations, have not "
        "yet decided. The United Steelworkers union has opposed the sale, and the union "
        "endorsed Harris in July."
    )
    assert stands(found(text).endorsements) == {
        ("Johnstown Professional Firefighters", None, "undecided"),
        ("United Steelworkers", HARRIS, "endorsed"),
    }


def test_which_after_a_list_of_councils(found: Callable[[str], Found]) -> None:
    text = "Local 1092 joins Teamsters Joint Council 7 and Joint Council 25, which endorsed Harris."
    unions = {r["union"] for r in found(text).endorsements}
    assert {"Teamsters Joint Council 7", "Teamsters Joint Council 25"} <= unions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UAW will not decide until later this year.", (UAW, None, "undecided")),
        ("The UAW has not decided.", (UAW, None, "undecided")),
    ],
)
def test_deciding_later_is_not_yet(
    found: Callable[[str], Found], text: str, expected: tuple[str, str | None, str]
) -> None:
    assert stands(found(text).endorsements) == {expected}


def test_a_union_said_its_support_must_be_earned(found: Callable[[str], Found]) -> None:
    text = "O'Brien has said the union's support must be earned."
    assert found(f"The Teamsters met. {text}").endorsements == []


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The AFL-CIO endorsed Harris on July 23. The UAW followed a day later.",
            {("AFL-CIO", HARRIS), (UAW, HARRIS)},
        ),
        (
            "The AFL-CIO endorsed Harris on July 23. The UAW has done the same.",
            {("AFL-CIO", HARRIS), (UAW, HARRIS)},
        ),
        ("The AFL-CIO endorsed Harris. So did the UAW.", {("AFL-CIO", HARRIS), (UAW, HARRIS)}),
        ("The AFL-CIO moved its support to Harris on July 23.", {("AFL-CIO", HARRIS)}),
        ("The UAW came around to Harris in August.", {(UAW, HARRIS)}),
        ("The AFL-CIO endorsed Harris, as has the UAW.", {("AFL-CIO", HARRIS), (UAW, HARRIS)}),
        (
            "The UAW issued a dual endorsement, backing both Harris and Biden.",
            {(UAW, HARRIS), (UAW, "Joe Biden")},
        ),
    ],
)
def test_endorsements_told_by_reference(
    found: Callable[[str], Found], text: str, expected: set[tuple[str, str]]
) -> None:
    rows = found(text).endorsements
    assert {(r["union"], r["candidate"]) for r in rows if r["status"] == "endorsed"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "The AFL-CIO endorsed Harris. The UAW followed the debate closely.",
        "The UAW met. In 2020, voters in union households backed Biden 56% to 40%.",
        "The UAW moved its headquarters to Detroit.",
    ],
)
def test_reference_look_alikes(found: Callable[[str], Found], text: str) -> None:
    rows = found(text).endorsements
    assert {r["union"] for r in rows} <= {"AFL-CIO"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UAW has not yet voted on an endorsement.", (UAW, None, "undecided")),
        ("The UAW has yet to choose.", (UAW, None, "undecided")),
    ],
)
def test_not_yet_in_other_words(
    found: Callable[[str], Found], text: str, expected: tuple[str, str | None, str]
) -> None:
    assert stands(found(text).endorsements) == {expected}


def test_time_spent_with_members_is_a_meeting(found: Callable[[str], Found]) -> None:
    (row,) = found("On Monday, Harris spent 40 minutes with a dozen UAW members.").events
    assert (row["kind"], row["who"][0]) == ("meeting", HARRIS)


def test_the_federation_is_the_one_named_before(found: Callable[[str], Found]) -> None:
    text = (
        "The Ashland State Federation of Labor met in March. "
        "The Federation twice endorsed Governor Harold Lindqvist."
    )
    assert stands(found(text).endorsements) == {
        ("Ashland State Federation of Labor", "Harold Lindqvist", "endorsed")
    }


def test_a_candidate_in_apposition_with_a_calling(found: Callable[[str], Found]) -> None:
    text = "The UAW has endorsed the third candidate in the race, businessman Lyle Sorensen."
    assert stands(found(text).endorsements) == {(UAW, "Lyle Sorensen", "endorsed")}


def test_a_training_center_is_no_union(found: Callable[[str], Found]) -> None:
    text = "Delegates at the Ironworkers Training Center voted to endorse Harris."
    assert found(text).endorsements == []


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
    ("text", "expected"),
    [
        ("The AFL-CIO and the SEIU had all announced for Harris.", (UAW, HARRIS, "endorsed")),
        ("The UAW is also with Harris.", (UAW, HARRIS, "endorsed")),
        ("The UAW is also holding off.", (UAW, None, "undecided")),
        (
            "The UAW has not made an endorsement, Fain said, and does not plan to.",
            (UAW, None, "withheld"),
        ),
        ("Trump accepted the endorsement of the UAW.", (UAW, TRUMP, "endorsed")),
        ("The UAW broke with the AFL-CIO last week to endorse Harris.", (UAW, HARRIS, "endorsed")),
        ("The AFL-CIO endorsed Harris, and so did the UAW.", (UAW, HARRIS, "endorsed")),
    ],
)
def test_sides_taken_in_other_words(
    found: Callable[[str], Found], text: str, expected: tuple[str, str | None, str]
) -> None:
    text = text.replace("The AFL-CIO and the SEIU had", "The UAW had")
    assert expected in stands(found(text).endorsements)


def test_a_pronoun_for_a_spokesperson_is_no_candidate(found: Callable[[str], Found]) -> None:
    text = "A Harris campaign spokesperson spoke. The AFL-CIO endorsed her in July."
    assert all(r["candidate"] != "Harris campaign spokesperson" for r in found(text).endorsements)


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


def test_which_said_it_is_the_body_before_which(found: Callable[[str], Found]) -> None:
    text = (
        "Teamsters Local 1884 endorsed Harris, putting it at odds with the Teamsters, which "
        "announced last month that it would not endorse in the race."
    )
    assert (TEAMSTERS, None, "withheld") in stands(found(text).endorsements)
    assert ("Teamsters Local 1884", None, "withheld") not in stands(found(text).endorsements)


def test_respondents_are_not_their_union(found: Callable[[str], Found]) -> None:
    text = "The Keystone Nurses Alliance polled members: 27 percent said they supported Trump."
    assert all(r["candidate"] != TRUMP for r in found(text).endorsements)


def test_her_is_the_named_woman_not_the_spokesperson(found: Callable[[str], Found]) -> None:
    text = (
        "Kamala Harris spoke in Detroit. A Harris campaign spokesperson praised the union. "
        "The AFL-CIO, of which the ILA is an affiliate, endorsed her in July."
    )
    assert ("AFL-CIO", HARRIS, "endorsed") in stands(found(text).endorsements)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UAW is behind Harris.", (UAW, HARRIS, "endorsed")),
        ("The UAW has been with Harris since the start.", (UAW, HARRIS, "endorsed")),
        ("The UAW is sitting this one out.", (UAW, None, "withheld")),
        ("The UAW voted Wednesday not to endorse a candidate.", (UAW, None, "withheld")),
    ],
)
def test_more_sides(
    found: Callable[[str], Found], text: str, expected: tuple[str, str | None, str]
) -> None:
    assert stands(found(text).endorsements) == {expected}


def test_a_place_after_a_title_is_no_candidate(found: Callable[[str], Found]) -> None:
    text = "The plow drivers' union backs the challenger in Ashby County."
    assert found(text).endorsements == []


@pytest.mark.parametrize(
    "text",
    [
        "Harris praised the Sept. 16 meeting with the Teamsters executive board.",
        "Members of Teamsters Local 92 gathered at their Aug. 28 membership meeting.",
    ],
)
def test_a_date_inside_the_meeting_phrase(found: Callable[[str], Found], text: str) -> None:
    assert [r["kind"] for r in found(text).events] == ["meeting"]


def test_the_local_is_the_local_named_before(found: Callable[[str], Found]) -> None:
    text = (
        "Laborers Local 1569 met on Saturday, after the Teamsters declined to endorse. "
        "The local has already endorsed Sen. Jacky Rosen."
    )
    assert ("Laborers Local 1569", "Jacky Rosen", "endorsed") in stands(found(text).endorsements)


def test_unite_here_in_capitals(found: Callable[[str], Found]) -> None:
    rows = found("UNITE HERE, which endorsed Harris in July, is canvassing.").endorsements
    assert {r["union"] for r in rows} == {"UNITE HERE"}


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


def test_followed_the_international_union(found: Callable[[str], Found]) -> None:
    text = (
        "The United Auto Workers endorsed Harris on July 24. "
        "UAW Local 1618's executive board followed the international union within a week."
    )
    assert ("UAW Local 1618", HARRIS, "endorsed") in stands(found(text).endorsements)


def test_him_is_the_man_named_in_the_same_sentence(found: Callable[[str], Found]) -> None:
    text = (
        "Tim Brennan leads the union. "
        "The union had been one of Biden's earliest backers, endorsing him in March 2023."
    )
    rows = found(f"The IAFF met. {text}").endorsements
    assert all(r["candidate"] != "Tim Brennan" for r in rows)


@pytest.mark.parametrize(
    ("text", "union"),
    [
        (
            "North America's Building Trades Unions has not endorsed either candidate.",
            "North America's Building Trades Unions",
        ),
        (
            "The 500-member Riverside Casino Workers Union has endorsed Harris.",
            "Riverside Casino Workers Union",
        ),
    ],
)
def test_names_with_a_place_or_a_size(found: Callable[[str], Found], text: str, union: str) -> None:
    assert {r["union"] for r in found(text).endorsements} == {union}
