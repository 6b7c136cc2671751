"""Who endorses, said in the ways reporters say it: delegates, a body named twice, a council
named by its organ."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tui.facts.extract import Found

Stand = tuple[str, str | None, str]


def stands(found: Found) -> set[Stand]:
    return {(r["union"], r["candidate"], r["status"]) for r in found.endorsements}


def test_delegates_to_a_council_speak_for_it(found: Callable[[str], Found]) -> None:
    text = (
        "Delegates to the Fox Valley Area Labor Council, which represents 58 local unions, "
        "voted Wednesday to endorse Vice President Kamala Harris."
    )
    assert stands(found(text)) == {("Fox Valley Area Labor Council", "Kamala Harris", "endorsed")}


def test_later_delegates_are_the_same_councils(found: Callable[[str], Found]) -> None:
    text = (
        "Delegates to the Fox Valley Area Labor Council voted to endorse Kamala Harris. "
        "Steelworkers Local 1343 had asked for a delay. "
        "Delegates also voted not to endorse in the race for the 19th Senate District."
    )
    assert ("Fox Valley Area Labor Council", None, "withheld") in stands(found(text))
    assert all(union != "USW Local 1343" for union, _, _ in stands(found(text)))


def test_delegates_with_no_council_named_are_the_unions_named_before(
    found: Callable[[str], Found],
) -> None:
    text = (
        "The Marlow County Central Labor Council met Saturday. "
        "Delegates voted to endorse Celia Okonjo for mayor."
    )
    assert stands(found(text)) == {
        ("Marlow County Central Labor Council", "Celia Okonjo", "endorsed")
    }


def test_the_councils_delegates(found: Callable[[str], Found]) -> None:
    text = (
        "The Port Halden Central Labor Council has 48 locals. Mayor Lorraine Quist is running. "
        "The Port Halden Dockworkers Union Local 12 backed her rival. "
        "The labor council's delegates met on Nov. 12 and voted 88 to 57 to endorse Quist."
    )
    assert ("Port Halden Central Labor Council", "Lorraine Quist", "endorsed") in stands(
        found(text)
    )


def test_a_body_named_twice_is_one_body(found: Callable[[str], Found]) -> None:
    text = "The Tamarack County Professional Firefighters, IAFF Local 3307, endorsed Roy Dunnigan."
    assert stands(found(text)) == {("IAFF Local 3307", "Roy Dunnigan", "endorsed")}


def test_an_afl_cio_after_a_name_is_its_affiliation(found: Callable[[str], Found]) -> None:
    text = "The Fox Valley Area Labor Council, AFL-CIO, voted to endorse Celia Okonjo."
    assert stands(found(text)) == {("Fox Valley Area Labor Council", "Celia Okonjo", "endorsed")}


def test_a_description_then_the_name_is_the_name(found: Callable[[str], Found]) -> None:
    text = (
        "Local 1402 endorsed Harris in August, shortly after its parent union, "
        "the International Association of Fire Fighters, backed her."
    )
    assert ("International Association of Fire Fighters", "Kamala Harris", "endorsed") in stands(
        found(text)
    )


def test_a_list_with_including_is_not_one_body(found: Callable[[str], Found]) -> None:
    text = (
        "The Teamsters National Black Caucus and a number of locals, including Local 1145, "
        "have endorsed Kamala Harris."
    )
    assert ("Teamsters National Black Caucus", "Kamala Harris", "endorsed") in stands(found(text))


def test_her_is_the_woman_the_sentence_before_is_about(found: Callable[[str], Found]) -> None:
    text = (
        "Republican Lydia Castellane is running. Rosalind Achebe-Kerr leads the nurses. "
        "Achebe-Kerr said that promise settled it. "
        "Castellane, who voted against a prevailing-wage bill, has not sought the trades' support. "
        "Ashcombe County Police Lodge 9, which represents 430 officers, endorsed her in June."
    )
    assert ("Ashcombe County Police Lodge 9", "Lydia Castellane", "endorsed") in stands(found(text))


def test_the_national_union_said_by_its_name(found: Callable[[str], Found]) -> None:
    text = "The national Teamsters union decided last month not to endorse either candidate."
    assert stands(found(text)) == {("International Brotherhood of Teamsters", None, "withheld")}


def test_voted_to_follow_the_international(found: Callable[[str], Found]) -> None:
    text = (
        "The UAW endorsed Harris. "
        "UAW Local 1950's executive board voted in August to follow the International. "
        "UAW Local 12 will follow the International."
    )
    assert stands(found(text)) == {
        ("United Auto Workers", "Kamala Harris", "endorsed"),
        ("UAW Local 1950", "Kamala Harris", "endorsed"),
    }


def test_a_candidate_after_the_office_and_title(found: Callable[[str], Found]) -> None:
    text = (
        "IBEW Local 418 endorsed Ward 3 City Council candidate Tomas Diaz on Monday. "
        "FOP Lodge 88 endorsed Undersheriff Carla Benavides."
    )
    assert stands(found(text)) == {
        ("IBEW Local 418", "Tomas Diaz", "endorsed"),
        ("FOP Lodge 88", "Carla Benavides", "endorsed"),
    }


def test_a_recommendation_is_an_endorsement(found: Callable[[str], Found]) -> None:
    text = (
        "The National Education Association recommended Harris in late July. "
        "The Milwaukee Building Trades Council said it would not make a recommendation. "
        "The AFL-CIO recommended that members wait."
    )
    assert stands(found(text)) == {
        ("National Education Association", "Kamala Harris", "endorsed"),
        ("Milwaukee Building Trades Council", None, "withheld"),
    }


def test_never_endorsed_and_neither_did(found: Callable[[str], Found]) -> None:
    text = (
        "North America's Building Trades Unions never endorsed, and neither did the "
        "United Brotherhood of Carpenters and Joiners of America. The UAW did not endorse Harris."
    )
    assert stands(found(text)) == {
        ("North America's Building Trades Unions", None, "withheld"),
        ("United Brotherhood of Carpenters and Joiners of America", None, "withheld"),
    }


def test_a_name_joined_by_and_keeps_its_local_number(found: Callable[[str], Found]) -> None:
    text = (
        "United Food and Commercial Workers Local 4120 endorsed Lena Ruiz-Carr. "
        "Joint Council 7 and Joint Council 16 endorsed Kamala Harris."
    )
    assert {union for union, _, _ in stands(found(text))} == {
        "UFCW Local 4120",
        "Joint Council 7",
        "Joint Council 16",
    }


def test_a_month_that_is_a_first_name(found: Callable[[str], Found]) -> None:
    text = (
        "UFCW Local 2217 announced Saturday that it is backing June Hollis. In May Harris met them."
    )
    assert stands(found(text)) == {("UFCW Local 2217", "June Hollis", "endorsed")}


def test_a_headline_is_read_in_the_story_not_on_its_own(found: Callable[[str], Found]) -> None:
    text = (
        "Packing plant union backs Hollis for supervisor; teachers sit this one out\n\n"
        "The Dunmore Education Association met on Monday."
    )
    assert found(text).endorsements == []


def test_a_unions_decision_not_to_endorse(found: Callable[[str], Found]) -> None:
    text = (
        "The International Brotherhood of Teamsters' decision on Wednesday not to endorse "
        "anyone for president has sent the rest of organized labor scrambling."
    )
    assert stands(found(text)) == {("International Brotherhood of Teamsters", None, "withheld")}


def test_followed_that_same_week(found: Callable[[str], Found]) -> None:
    text = "The AFL-CIO endorsed Harris on July 17, and the UAW followed that same week."
    assert ("United Auto Workers", "Kamala Harris", "endorsed") in stands(found(text))


def test_a_candidates_campaign_is_the_candidate(found: Callable[[str], Found]) -> None:
    text = "The AFL-CIO endorsed Joe Biden's reelection bid a year ago."
    assert stands(found(text)) == {("AFL-CIO", "Joe Biden", "endorsed")}


def test_a_leaders_board_speaks_for_his_union(found: Callable[[str], Found]) -> None:
    text = (
        "Teamsters President Sean O'Brien spoke. "
        "Sean O'Brien's general executive board voted not to endorse."
    )
    assert stands(found(text)) == {("International Brotherhood of Teamsters", None, "withheld")}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Machinists Lodge 2288 has not endorsed in the race and does not plan to.", "withheld"),
        ("Machinists Lodge 2288 has not endorsed and will not until members vote.", "undecided"),
    ],
)
def test_not_yet_or_never(found: Callable[[str], Found], text: str, status: str) -> None:
    assert stands(found(text)) == {("Machinists Lodge 2288", None, status)}


def test_the_lodge_is_the_lodge_named_before(found: Callable[[str], Found]) -> None:
    text = (
        "Machinists Lodge 2288 has 300 members. Sen. Sherrod Brown is running for re-election. "
        "The lodge endorsed Brown in September."
    )
    assert stands(found(text)) == {("Machinists Lodge 2288", "Sherrod Brown", "endorsed")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lodge 31 of the Fraternal Order of Police in Cobb County, which endorsed Donald "
            "Trump in 2020, has decided not to endorse this year.",
            {("FOP Lodge 31", "Donald Trump", "endorsed"), ("FOP Lodge 31", None, "withheld")},
        ),
        (
            "The Fraternal Order of Police of Ohio, which endorsed Sherrod Brown in 2018, "
            "switched this year.",
            {("Fraternal Order of Police", "Sherrod Brown", "endorsed")},
        ),
    ],
)
def test_a_body_and_what_it_belongs_to(
    found: Callable[[str], Found], text: str, expected: set[Stand]
) -> None:
    assert stands(found(text)) == expected


def test_as_has_the_national_union(found: Callable[[str], Found]) -> None:
    text = (
        "The Georgia State Lodge of the Fraternal Order of Police has endorsed Donald Trump, "
        "as has the national FOP."
    )
    assert stands(found(text)) == {
        ("Georgia State Lodge", "Donald Trump", "endorsed"),
        ("Fraternal Order of Police", "Donald Trump", "endorsed"),
    }


def test_a_state_abbreviation_can_end_a_sentence(found: Callable[[str], Found]) -> None:
    text = (
        "Joint Council 53 endorsed Harris on Thursday, as did Teamsters Local 1038 in Grand "
        "Rapids, Mich. Others are holding back."
    )
    assert {candidate for _, candidate, _ in stands(found(text))} == {"Kamala Harris"}


def test_your_and_our_union_in_a_question_and_answer(found: Callable[[str], Found]) -> None:
    text = (
        "Transit Workers Union Local 1147 has endorsed Harris. Its president, Denise Okoye, "
        "spoke with us. SEIU Local 1012 has not.\n\n"
        "Q: Is that wrong?\n\nNo.\n\n"
        "Q: Your local endorsed Harlan Voight in 2018. Why not now?\n\n"
        "Our board voted not to endorse in that race, and I will leave it there."
    )
    assert stands(found(text)) >= {
        ("Transit Workers Union Local 1147", "Harlan Voight", "endorsed"),
        ("Transit Workers Union Local 1147", None, "withheld"),
    }
    assert all(
        union != "SEIU Local 1012" for union, candidate, _ in stands(found(text)) if candidate
    )


def test_a_board_before_its_verb(found: Callable[[str], Found]) -> None:
    text = "The AFL-CIO met in July. The AFL-CIO's general board voted to back Kamala Harris."
    assert stands(found(text)) == {("AFL-CIO", "Kamala Harris", "endorsed")}


def test_the_union_long_after_is_the_one_the_article_is_about(
    found: Callable[[str], Found],
) -> None:
    text = (
        "The North Carolina State AFL-CIO endorsed Harris in July. "
        "The SEIU has 60,000 members in Georgia. The SEIU canvassed. The SEIU phoned. "
        "Organizers knocked on doors. Volunteers drove voters. Nobody slept. "
        "The union's executive board voted in October to endorse Josh Stein."
    )
    assert ("Service Employees International Union", "Josh Stein", "endorsed") in stands(
        found(text)
    )


def test_union_households_are_not_a_union(found: Callable[[str], Found]) -> None:
    text = "The Teamsters declined to endorse. Union households still backed Kamala Harris."
    assert stands(found(text)) == {("International Brotherhood of Teamsters", None, "withheld")}


def test_her_is_the_surname_that_has_something(found: Callable[[str], Found]) -> None:
    text = (
        "The police union won't be endorsing his challenger, Tasha Renwick, either. "
        "Renwick has the other half of the labor movement. "
        "UNITE HERE Local 74, which represents 3,000 hotel workers, endorsed her in June."
    )
    assert ("UNITE HERE Local 74", "Tasha Renwick", "endorsed") in stands(found(text))


def test_a_body_its_apposition_calls_a_union(found: Callable[[str], Found]) -> None:
    text = (
        "The Harmon County Guardians, an association of Black officers, has endorsed Harris. "
        "Tim Walz spoke about Education Minnesota, the state's teachers union, which endorsed "
        "him in both of his campaigns. Nationally, the International Brotherhood of Teamsters "
        "decided not to endorse anyone."
    )
    assert stands(found(text)) == {
        ("Harmon County Guardians", "Kamala Harris", "endorsed"),
        ("Education Minnesota", "Tim Walz", "endorsed"),
        ("International Brotherhood of Teamsters", None, "withheld"),
    }


def test_the_state_afl_cio_is_not_the_national_one(found: Callable[[str], Found]) -> None:
    text = (
        "Danielle Strand is running. Strand has also been endorsed by the state AFL-CIO and "
        "the Northern Plains Education Association."
    )
    assert stands(found(text)) == {
        ("state AFL-CIO", "Danielle Strand", "endorsed"),
        ("Northern Plains Education Association", "Danielle Strand", "endorsed"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The executive board of UAW Local 3047 in Toledo, Ohio, met Tuesday night and "
            "voted unanimously to endorse Kamala Harris.",
            ("UAW Local 3047", "Kamala Harris", "endorsed"),
        ),
        (
            "The Osage Falls Police Officers Association has not made a decision.",
            ("Osage Falls Police Officers Association", None, "undecided"),
        ),
        (
            "Teamsters Local 1954 did endorse Rep. Ruben Gallego over the summer.",
            ("Teamsters Local 1954", "Ruben Gallego", "endorsed"),
        ),
        (
            "Four years ago, AFSCME Local 2211 stood together behind Frank Dorsey.",
            ("AFSCME Local 2211", "Frank Dorsey", "endorsed"),
        ),
    ],
)
def test_stands_said_in_yet_more_ways(
    found: Callable[[str], Found], text: str, expected: Stand
) -> None:
    assert stands(found(text)) == {expected}


def test_unions_other_than_one_are_not_that_one(found: Callable[[str], Found]) -> None:
    text = (
        "Most other major unions other than the Teamsters backed Biden earlier this cycle, "
        "and transferred their support to Harris."
    )
    assert all(
        union != "International Brotherhood of Teamsters" for union, _, _ in stands(found(text))
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Tuesday night, delegates to AFSCME Local 1809, which represents 2,300 workers, "
            "voted 68-22 to endorse Anita Sorensen.",
            {("AFSCME Local 1809", "Anita Sorensen", "endorsed")},
        ),
        (
            "The Kettle County Deputy Sheriffs' Association broke with the sheriff. Sheriff Dale "
            "Brandvold, whom it endorsed in 2018, is retiring.",
            {("Kettle County Deputy Sheriffs' Association", "Dale Brandvold", "endorsed")},
        ),
        (
            "The IAFF has not said whether it will endorse in the race. The Greenmont Education "
            "Association said it has not yet decided whether to make an endorsement.",
            {
                ("International Association of Fire Fighters", None, "undecided"),
                ("Greenmont Education Association", None, "undecided"),
            },
        ),
    ],
)
def test_delegates_whom_and_whether(
    found: Callable[[str], Found], text: str, expected: set[Stand]
) -> None:
    assert stands(found(text)) == expected


def test_a_calling_stands_for_its_union(found: Callable[[str], Found]) -> None:
    text = (
        "IBEW Local 1247 has 900 members. Nora Whitfield is running. The electricians endorsed "
        "Whitfield back in July. USW Local 7810 has 300 members. The steelworkers have not "
        "endorsed anyone yet. The firefighters say they understand."
    )
    assert stands(found(text)) == {
        ("IBEW Local 1247", "Nora Whitfield", "endorsed"),
        ("USW Local 7810", None, "undecided"),
    }


def test_a_surname_is_the_person_named_before_it(found: Callable[[str], Found]) -> None:
    text = (
        "Eli Brandt is in the runoff. The Port Halden Dockworkers Union Local 12 has since "
        "endorsed Brandt. The labor council endorsed his father, Walter Brandt, in 2009."
    )
    assert ("Port Halden Dockworkers Union Local 12", "Eli Brandt", "endorsed") in stands(
        found(text)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kamala Harris spoke. The AFL-CIO, the nation's largest labor federation, endorsed "
            "her Tuesday.",
            {("AFL-CIO", "Kamala Harris", "endorsed")},
        ),
        (
            "ATU Local 1749 members endorsed District 2 Council Member Luis Ferreira.",
            {("ATU Local 1749", "Luis Ferreira", "endorsed")},
        ),
        (
            "The Sabine Falls Education Association is backing incumbents Rosa Delgadillo and "
            "Peter Vang and first-time candidate Alisha Crane.",
            {
                ("Sabine Falls Education Association", "Rosa Delgadillo", "endorsed"),
                ("Sabine Falls Education Association", "Peter Vang", "endorsed"),
                ("Sabine Falls Education Association", "Alisha Crane", "endorsed"),
            },
        ),
        (
            "Proposition H would raise the wage. UNITE HERE Local 74 has endorsed the measure.",
            {("UNITE HERE Local 74", "Proposition H", "endorsed")},
        ),
    ],
)
def test_candidates_said_in_more_ways(
    found: Callable[[str], Found], text: str, expected: set[Stand]
) -> None:
    assert stands(found(text)) == expected


def test_members_counted_in_a_poll_are_not_their_union(found: Callable[[str], Found]) -> None:
    assert stands(found("UAW members backed Biden 56% to 40% in 2020.")) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Wisconsin AFL-CIO endorsed Harris. The holdout remains the International "
            "Brotherhood of Teamsters, which has not said whether it will endorse anyone.",
            {
                ("Wisconsin AFL-CIO", "Kamala Harris", "endorsed"),
                ("International Brotherhood of Teamsters", None, "undecided"),
            },
        ),
        (
            "Measure R would raise wages. UNITE HERE Local 419 voted at a membership meeting "
            "Tuesday to endorse the measure.",
            {("UNITE HERE Local 419", "Measure R", "endorsed")},
        ),
        (
            "The Michigan AFL-CIO is behind Harris and Rep. Elissa Slotkin in the Senate race.",
            {
                ("Michigan AFL-CIO", "Kamala Harris", "endorsed"),
                ("Michigan AFL-CIO", "Elissa Slotkin", "endorsed"),
            },
        ),
    ],
)
def test_which_where_and_whom_else(
    found: Callable[[str], Found], text: str, expected: set[Stand]
) -> None:
    assert stands(found(text)) == expected


def test_the_leader_a_union_is_led_by_is_not_its_candidate(found: Callable[[str], Found]) -> None:
    text = (
        "The AFL-CIO endorsed Joe Biden in June. The United Auto Workers, led by Shawn Fain, "
        "endorsed him in January."
    )
    assert ("United Auto Workers", "Joe Biden", "endorsed") in stands(found(text))


def test_both_are_the_two_unions_just_named(found: Callable[[str], Found]) -> None:
    text = (
        "The Brennan Harbor Police Officers' Association endorsed Greg Tolliver, putting it at "
        "odds with Brennan Harbor Professional Fire Fighters, IAFF Local 1407, which backed "
        "Marisa Okafor.\n\nIn 2021, both endorsed Linda Halvorsen."
    )
    assert {
        union for union, candidate, _ in stands(found(text)) if candidate == "Linda Halvorsen"
    } == {
        "Brennan Harbor Police Officers' Association",
        "IAFF Local 1407",
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Saginaw Valley Building Trades Council still hasn't made a presidential pick.",
        "The Saginaw Valley Building Trades Council has not made any endorsements yet.",
    ],
)
def test_no_pick_yet(found: Callable[[str], Found], text: str) -> None:
    assert stands(found(text)) == {("Saginaw Valley Building Trades Council", None, "undecided")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Teamsters declined to endorse. This is the same union that endorsed Joseph R. "
            "Biden Jr. four years ago.",
            {
                ("International Brotherhood of Teamsters", None, "withheld"),
                ("International Brotherhood of Teamsters", "Joe Biden", "endorsed"),
            },
        ),
        (
            "The Teamsters declined to endorse, breaking with the AFL-CIO, the labor federation "
            "that endorsed Harris in July.",
            {
                ("International Brotherhood of Teamsters", None, "withheld"),
                ("AFL-CIO", "Kamala Harris", "endorsed"),
            },
        ),
        (
            "The Harris campaign pointed to Teamsters locals that have endorsed her. Eddie Lujan "
            "works for a Carpenters union local in Henderson that has also held off on an "
            "endorsement.",
            set(),
        ),
    ],
)
def test_a_relative_that(found: Callable[[str], Found], text: str, expected: set[Stand]) -> None:
    assert stands(found(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The International Brotherhood of Electrical Workers was among Harris's earliest "
            "backers.",
            {("International Brotherhood of Electrical Workers", "Kamala Harris", "endorsed")},
        ),
        (
            "The International Association of Fire Fighters, an early and enthusiastic Biden "
            "backer in 2019, stayed out this year.",
            {("International Association of Fire Fighters", "Joe Biden", "endorsed")},
        ),
        (
            "The IAFF was an early supporter of Biden's 2020 campaign.",
            {("International Association of Fire Fighters", "Joe Biden", "endorsed")},
        ),
        ("Many Harris supporters were at the rally.", set()),
    ],
)
def test_backers_and_supporters(
    found: Callable[[str], Found], text: str, expected: set[Stand]
) -> None:
    assert stands(found(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CHARLOTTE, N.C. (AP) -- The Fraternal Order of Police, the nation's largest police "
            "union, endorsed former President Donald Trump on Friday.",
            {("Fraternal Order of Police", "Donald Trump", "endorsed")},
        ),
        (
            "DETROIT (AP) — Teamsters locals and regional councils in four states have endorsed "
            "Vice President Kamala Harris.",
            set(),
        ),
    ],
)
def test_after_a_dateline(found: Callable[[str], Found], text: str, expected: set[Stand]) -> None:
    assert stands(found(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The AFL-CIO endorsed Harris on July 23, and the United Auto Workers followed within "
            "the week.",
            {
                ("AFL-CIO", "Kamala Harris", "endorsed"),
                ("United Auto Workers", "Kamala Harris", "endorsed"),
            },
        ),
        (
            "The Georgia AFL-CIO endorsed Harris, as it did for President Joe Biden in 2020.",
            {
                ("Georgia AFL-CIO", "Kamala Harris", "endorsed"),
                ("Georgia AFL-CIO", "Joe Biden", "endorsed"),
            },
        ),
    ],
)
def test_said_again(found: Callable[[str], Found], text: str, expected: set[Stand]) -> None:
    assert stands(found(text)) == expected


def test_support_reaffirmed(found: Callable[[str], Found]) -> None:
    text = "Donald Trump spoke. FOP Lodge 41 reaffirmed its support for Trump on Sept. 12."
    assert stands(found(text)) == {("FOP Lodge 41", "Donald Trump", "endorsed")}


def test_members_supporting_and_a_span_since(found: Callable[[str], Found]) -> None:
    text = (
        "The International Brotherhood of Teamsters announced Sept. 18 it would not endorse "
        "anyone, after its own polling found a majority of members supporting Trump. It is the "
        "first election since 1996 in which the 1.3 million-member International Brotherhood "
        "of Teamsters has not endorsed."
    )
    rows = found(text).endorsements
    assert stands(found(text)) == {
        ("International Brotherhood of Teamsters", None, "withheld"),
        ("International Brotherhood of Teamsters", None, "undecided"),
    }
    assert all(r["date"] is None or r["date"].year == 2024 for r in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The members voted to endorse Harris.", set()),
        (
            "NABTU, the building trades, endorsed Kamala Harris — a first.",
            {("North America's Building Trades Unions", "Kamala Harris", "endorsed")},
        ),
        (
            "Like the Teamsters, SEIU, which represents 2 million workers, endorsed Kamala Harris.",
            {("Service Employees International Union", "Kamala Harris", "endorsed")},
        ),
        (
            "Some text opens the story.\n\nMore text follows it.\n\nThe report goes on.\n\n"
            "The UAW endorsed Kamala Harris on Monday (see related story)",
            {("United Auto Workers", "Kamala Harris", "endorsed")},
        ),
        ("Did the union endorse Harris?", set()),
        (
            "The Teamsters declined to endorse. The UAW endorsed Harris, and neither did the SEIU.",
            {
                ("International Brotherhood of Teamsters", None, "withheld"),
                ("United Auto Workers", "Kamala Harris", "endorsed"),
            },
        ),
    ],
)
def test_what_a_review_found(
    found: Callable[[str], Found], text: str, expected: set[Stand]
) -> None:
    assert stands(found(text)) == expected


def test_a_slate_listed_below(found: Callable[[str], Found]) -> None:
    text = (
        "IBEW Local 2204 met on Tuesday.\n\nThe local also endorsed:\n"
        "- Dana Whitlock, Democrat, for the Ohio House seat that covers Mansfield.\n"
        "- State Sen. Gil Maddox, Republican, for re-election. Maddox voted against the bill.\n\n"
        "The members then went home."
    )
    assert stands(found(text)) == {
        ("IBEW Local 2204", "Dana Whitlock", "endorsed"),
        ("IBEW Local 2204", "Gil Maddox", "endorsed"),
    }


def test_each_candidate_for_an_office(found: Callable[[str], Found]) -> None:
    text = (
        "ATU Local 1749 members endorsed District 2 Council Member Luis Ferreira for re-election "
        "and Hannah Bloch for an at-large council seat."
    )
    assert {candidate for _, candidate, _ in stands(found(text))} == {
        "Luis Ferreira",
        "Hannah Bloch",
    }
