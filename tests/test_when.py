"""Date expressions resolved against the day an article was published."""

from __future__ import annotations

from datetime import date

import pytest

from tui.facts.when import find_dates

FRIDAY = date(2024, 9, 20)


@pytest.mark.parametrize(
    ("text", "day", "precision"),
    [
        ("They met on Monday.", "2024-09-16", "day"),
        ("They met on Sept. 16.", "2024-09-16", "day"),
        ("They met on March 12, 2024.", "2024-03-12", "day"),
        ("They met in January.", "2024-01-01", "month"),
        ("They met in early March.", "2024-03-01", "month"),
        ("They met last month.", "2024-08-01", "month"),
        ("They met in December 2023.", "2023-12-01", "month"),
        ("They met this summer.", "2024-01-01", "year"),
        ("They endorsed Biden in 2020.", "2020-01-01", "year"),
        ("They met on Labor Day.", "2024-09-02", "day"),
        ("They met yesterday.", "2024-09-19", "day"),
        ("They met two weeks ago.", "2024-09-06", "day"),
        ("They met three months ago.", "2024-06-01", "month"),
    ],
)
def test_past_dates(text: str, day: str, precision: str) -> None:
    (found,) = find_dates(text, FRIDAY)
    assert (found.day.isoformat() if found.day else None, found.precision) == (day, precision)


def test_a_month_after_publication_is_last_year() -> None:
    (found,) = find_dates("They met in December.", FRIDAY)
    assert found.day == date(2023, 12, 1)


def test_future_dates_look_ahead() -> None:
    (found,) = find_dates("Biden will visit on Tuesday.", FRIDAY, future=True)
    assert found.day == date(2024, 9, 24)


def test_relative_dates_stay_unresolved_without_a_publication_date() -> None:
    (monday,) = find_dates("They met on Monday.", None)
    assert monday.day is None and monday.precision is None
    (absolute,) = find_dates("They met on March 12, 2024.", None)
    assert absolute.day == date(2024, 3, 12)


def test_may_the_verb_is_not_a_month() -> None:
    assert find_dates("The union may endorse later.", FRIDAY) == []


def test_days_counted_from_a_date_named_before() -> None:
    from tui.facts.when import find_anchored

    text = "Harris met him on Sept. 10 and Trump two days later; Vance came the day before."
    assert [(words, days) for _, _, words, days, _ in find_anchored(text)] == [
        ("two days later", 2),
        ("the day before", -1),
    ]
    # "two days after Harris met": what follows happened two days before the date named
    ((_, _, _, days, same_sentence),) = find_anchored("on Wednesday, two days after Harris met")
    assert (days, same_sentence) == (-2, True)


@pytest.mark.parametrize(
    ("text", "day", "precision"),
    [
        ("In January, they met.", "2024-01-01", "month"),
        ("Early March, they met.", "2024-03-01", "month"),
        ("In 2020, they met.", "2020-01-01", "year"),
        ("Last Monday they met.", "2024-09-16", "day"),
    ],
)
def test_a_date_opening_a_sentence(text: str, day: str, precision: str) -> None:
    (found,) = find_dates(text, FRIDAY)
    assert (found.day.isoformat() if found.day else None, found.precision) == (day, precision)


def test_a_weekday_with_its_date_is_one_day() -> None:
    found = find_dates(
        "General Membership Meeting - Tuesday, Aug. 20, 7 p.m., at the hall.", FRIDAY
    )
    assert [(d.words, d.day) for d in found] == [("Tuesday, Aug. 20", date(2024, 8, 20))]
