"""Endorsements found automatically, one short article per pattern, and the look-alikes that
must give no row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from tests.auto_facts import (
    AFT,
    HARRIS,
    TEAMSTERS,
    TRUMP,
    UAW,
    stands,
)
from tui.facts.extract import Found


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
        ("The Glaziers union has yet to endorse.", "Glaziers union", "undecided"),
        (
            "The Carpenters union has yet to endorse.",  # a known union, said with its kind
            "United Brotherhood of Carpenters and Joiners of America",
            "undecided",
        ),
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


def test_a_vague_union_gives_no_row(found: Callable[[str], Found]) -> None:
    text = "Maria Lopez is president of Local 42. The national union has yet to endorse anyone."
    assert found(text).endorsements == []


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


def test_withholding_an_endorsement(found: Callable[[str], Found]) -> None:
    rows = found("The UAW is withholding its endorsement.").endorsements
    assert stands(rows) == {(UAW, None, "withheld")}


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


def test_the_local_is_the_local_named_before(found: Callable[[str], Found]) -> None:
    text = (
        "Laborers Local 1569 met on Saturday, after the Teamsters declined to endorse. "
        "The local has already endorsed Sen. Jacky Rosen."
    )
    assert ("Laborers Local 1569", "Jacky Rosen", "endorsed") in stands(found(text).endorsements)


def test_unite_here_in_capitals(found: Callable[[str], Found]) -> None:
    rows = found("UNITE HERE, which endorsed Harris in July, is canvassing.").endorsements
    assert {r["union"] for r in rows} == {"UNITE HERE"}


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
