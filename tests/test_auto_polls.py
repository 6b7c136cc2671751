"""Poll figures found automatically: shares bound to candidates and populations, and the
numbers that are not shares."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.auto_facts import (
    shares,
)
from tui.facts.extract import Found


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


def test_polls_of_other_people_do_not_merge() -> None:
    from tui.facts.auto.merge import same_poll

    ohio = {"candidate": "Donald Trump", "pct": 40.0, "population": "Ohio voters"}
    texas = {**ohio, "population": "Texas voters"}
    assert not same_poll(ohio, texas)
    assert same_poll({**ohio, "population": "members"}, {**ohio, "population": "Teamsters members"})
