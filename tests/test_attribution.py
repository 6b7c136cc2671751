"""Who said it: one short article per attribution rule, written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Extract = Callable[[str], list[dict[str, Any]]]


def speakers(rows: list[dict[str, Any]]) -> list[str | None]:
    return [row["speaker"] for row in rows]


def test_name_said_after_the_quote(quotes: Extract) -> None:
    (row,) = quotes("“The plan is dead,” Maria Lopez said on Tuesday.")
    assert row["speaker"] == "Maria Lopez"
    assert row["cue"] == "Maria Lopez said on Tuesday"
    assert row["attribution"] == "after"


def test_said_name_inverted_with_title(quotes: Extract) -> None:
    (row,) = quotes("“We are ready,” said Local 705 President Dan Reyes in a statement.")
    assert row["speaker"] == "Dan Reyes"
    assert row["speaker_role"] == "Local 705 President"


def test_attribution_before_with_colon_and_comma(quotes: Extract) -> None:
    rows = quotes(
        "Governor Alice Chen told reporters: “We will not back down.”\n\n"
        "Later, Tom Hart said, “That is a mistake.”"
    )
    assert speakers(rows) == ["Alice Chen", "Tom Hart"]


def test_told_an_outlet(quotes: Extract) -> None:
    (row,) = quotes("“Nobody asked us,” Dana Whitfield told CBS News.")
    assert row["speaker"] == "Dana Whitfield"


def test_known_people_are_canonical_whatever_the_spelling(quotes: Extract) -> None:
    rows = quotes(
        "“We wait,” O’Brien said.\n\n"
        "“We still wait,” said Teamsters General President Sean O'Brien.\n\n"
        "“I want it,” Vice President Harris said."
    )
    assert speakers(rows) == ["Sean O'Brien", "Sean O'Brien", "Kamala Harris"]
    assert rows[0]["speaker_role"] == "Teamsters General President"


def test_unknown_person_keeps_the_role_the_article_gives(quotes: Extract) -> None:
    rows = quotes(
        "Rita Moreno, a nurses union steward at Mercy Hospital, said the vote was close.\n\n"
        "“We will strike if we must,” Moreno said."
    )
    assert rows[0]["speaker"] == "Rita Moreno"
    assert rows[0]["speaker_role"] == "nurses union steward at Mercy Hospital"


def test_pronouns_take_the_nearest_fitting_person(quotes: Extract) -> None:
    rows = quotes(
        "Karen Walsh met Peter Odum on Monday. Odum said little afterward.\n\n"
        "“It went fine,” he said.\n\n"
        "Walsh was more open about the talks.\n\n"
        "“We made progress,” she added."
    )
    assert speakers(rows) == ["Peter Odum", "Karen Walsh"]


def test_they_is_a_body(quotes: Extract) -> None:
    (row,) = quotes(
        "The Harlan Valley Teachers Association met Sunday. “We are united,” they said."
    )
    assert row["speaker"] == "Harlan Valley Teachers Association"


def test_follow_on_quote_in_the_next_sentence_and_paragraph(quotes: Extract) -> None:
    rows = quotes(
        "“We asked every candidate,” Fred Zuckerman said. “Nobody got a pass.”\n\n"
        "“Not one of them.”\n\n"
        "Others disagreed sharply.\n\n"
        "“Wrong,” said one steward."
    )
    assert speakers(rows) == ["Fred Zuckerman"] * 3 + ["steward"]
    assert rows[1]["attribution"] == rows[2]["attribution"] == "continues"


def test_quote_with_no_cue_after_narration_has_no_speaker(quotes: Extract) -> None:
    rows = quotes(
        "“We asked every candidate,” Fred Zuckerman said.\n\n"
        "The union's board met for hours on Tuesday.\n\n"
        "“This is the end of the road.”"
    )
    assert speakers(rows) == ["Fred Zuckerman", None]


def test_quote_over_paragraphs_takes_the_cue_of_its_last_paragraph(quotes: Extract) -> None:
    rows = quotes("“First we listen.\n\n“Then we decide,” Lena Ortiz said.")
    assert speakers(rows) == ["Lena Ortiz", "Lena Ortiz"]
    assert rows[0]["group"] == rows[1]["group"]


def test_interrupted_quote(quotes: Extract) -> None:
    rows = quotes("“We are ready,” Sam Adler said, “but not yet.”")
    assert speakers(rows) == ["Sam Adler", "Sam Adler"]


def test_according_to(quotes: Extract) -> None:
    (row,) = quotes("“The talks are over,” according to Maya Singh, a union organizer.")
    assert row["speaker"] == "Maya Singh"
    assert row["relayed_by"] is None


def test_relayed_quote_belongs_to_who_said_it(quotes: Extract) -> None:
    rows = quotes(
        "Paul Greer, a board member, was in the room. "
        "Harris told the board, “I’m confident,” according to Greer.\n\n"
        "Greer recalled her saying, “I will treat you fairly.”"
    )
    assert speakers(rows) == ["Kamala Harris", "Kamala Harris"]
    assert [row["relayed_by"] for row in rows] == ["Paul Greer", "Paul Greer"]


def test_cue_before_and_after_means_relay(quotes: Extract) -> None:
    rows = quotes(
        "Harris spoke for an hour, said John Palmer, who was there. "
        "She also said, “I want your endorsement,” he added."
    )
    assert rows[0]["speaker"] == "Kamala Harris"
    assert rows[0]["relayed_by"] == "John Palmer"


def test_unnamed_speaker_keeps_the_description(quotes: Extract) -> None:
    rows = quotes(
        "“We respect the process,” a Harris campaign spokesperson said.\n\n"
        "“And we will keep talking,” the spokesperson said."
    )
    assert speakers(rows) == ["Harris campaign spokesperson"] * 2


def test_definite_description_of_a_known_person(quotes: Extract) -> None:
    rows = quotes("Sean O’Brien met Harris on Monday.\n\n“We will wait,” the union president said.")
    assert speakers(rows) == ["Sean O'Brien"]


def test_description_of_a_known_person_needs_the_person_in_the_article(quotes: Extract) -> None:
    rows = quotes("“We will wait,” the union president said.")
    assert speakers(rows) == ["union president"]


def test_the_board_member_is_the_board_member_named_before(quotes: Extract) -> None:
    rows = quotes(
        "John Palmer, a Teamsters executive board member, left early.\n\n"
        "“It was tense,” the board member said."
    )
    assert speakers(rows) == ["John Palmer"]


def test_partial_quote_takes_the_subject_of_its_verb(quotes: Extract) -> None:
    rows = quotes(
        "O’Brien argued that Trump was guilty of “economic terrorism” after the interview.\n\n"
        "Lena Ortiz called the offer “an insult.”"
    )
    assert speakers(rows) == ["Sean O'Brien", "Lena Ortiz"]
    assert all(row["partial"] for row in rows)
    assert rows[1]["sentence"] == "Lena Ortiz called the offer “an insult.”"


def test_passive_partial_quote_has_no_speaker(quotes: Extract) -> None:
    (row,) = quotes("Biden has often been labeled “the most pro-union president ever.”")
    assert row["speaker"] is None
    assert row["partial"]


def test_scare_quote_has_no_speaker(quotes: Extract) -> None:
    (row,) = quotes("The union kept its “neutral” stance through the summer.")
    assert row["speaker"] is None


def test_participle_cue_belongs_to_the_clause_subject(quotes: Extract) -> None:
    rows = quotes(
        "However, the union leadership has opted not to endorse, citing a lack of "
        "“serious commitments” from either side.\n\n"
        "The Trump campaign seized on the poll, stating, “Members want Trump.”"
    )
    assert speakers(rows) == ["union leadership", "Trump campaign"]


def test_a_name_near_a_quote_is_not_its_speaker(quotes: Extract) -> None:
    rows = quotes(
        "Harris met O’Brien on Monday.\n\n"
        "“We talked about Trump and Musk,” a Teamsters official said of the meeting."
    )
    assert speakers(rows) == ["Teamsters official"]


def test_noun_that_looks_like_a_verb_is_not_a_cue(quotes: Extract) -> None:
    (row,) = quotes(
        "O’Brien has clashed with Trump, condemning the former president’s remarks as "
        "“economic terrorism.”"
    )
    assert row["speaker"] == "Sean O'Brien"


@pytest.mark.parametrize(
    "text",
    [
        "“Hello,” he said.",  # nobody to point to
        "“Hello.”",
        "Nothing quoted at all.",
    ],
)
def test_no_speaker_rather_than_a_wrong_one(quotes: Extract, text: str) -> None:
    assert all(row["speaker"] is None for row in quotes(text))


def test_a_surname_with_a_particle_is_the_person_named_before(quotes: Extract) -> None:
    rows = quotes(
        "Troy Van Dusen drives a plow for the county.\n\n"
        "“We are tired,” Van Dusen told the station."
    )
    assert speakers(rows) == ["Troy Van Dusen"]


def test_said_a_description_then_the_name(quotes: Extract) -> None:
    rows = quotes(
        "The Toledo local voted Tuesday.\n\n"
        "“We weren’t going to wait,” said the local’s president, Tamika Sorrell.\n\n"
        "“We know,” said the joint council’s president, Dennis Kowalczyk, who drives for UPS."
    )
    assert speakers(rows) == ["Tamika Sorrell", "Dennis Kowalczyk"]
