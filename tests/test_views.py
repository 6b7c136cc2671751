"""What the panes show, computed without a terminal."""

from __future__ import annotations

from datetime import date

import polars as pl

from tui.facts import FactBook
from tui.facts import views as v


def test_dates_at_their_precision() -> None:
    assert v.format_date(date(2024, 3, 12), "day") == "Mar 12, 2024"
    assert v.format_date(date(2024, 1, 1), "month") == "Jan 2024"
    assert v.format_date(date(2023, 1, 1), "year") == "2023"
    assert v.format_date(None, None) == "date unknown"


def test_coverage_is_the_corpus_never_today(shipped: FactBook) -> None:
    assert v.coverage(shipped) == "5 articles to Sep 18, 2024 · 48 days to Election Day"


def test_standings_where_each_union_stands_now(shipped: FactBook) -> None:
    rows = {r["short"]: r for r in v.standings(shipped).iter_rows(named=True)}
    assert rows["Teamsters"]["stands"] == "no endorsement"
    assert rows["Teamsters"]["since"] == "Sep 18, 2024"
    assert rows["Teamsters"]["members"] == 1_300_000
    assert rows["Teamsters"]["sources"] == 5
    assert rows["UAW"]["stands"] == "endorsed Kamala Harris"
    assert rows["UAW"]["since"] == "reported Sep 17, 2024"


def test_history_of_a_union(shipped: FactBook) -> None:
    steps = [(s.when, s.stands) for s in v.history(shipped, "United Auto Workers")]
    assert steps == [
        ("reported Feb 28, 2024", "endorsed Joe Biden"),
        ("reported Sep 17, 2024", "endorsed Kamala Harris"),
    ]
    teamsters = v.history(shipped, "International Brotherhood of Teamsters")
    assert [s.stands for s in teamsters] == ["endorsed Joe Biden", "undecided", "no endorsement"]


def test_poll_waves_and_the_swing(shipped: FactBook) -> None:
    waves = v.waves(shipped)
    assert [(w.label, w.shares) for w in waves] == [
        ("earlier", [("Joe Biden", 44.3), ("Donald Trump", 36.3)]),
        ("Sept. 18", [("Donald Trump", 58.0), ("Kamala Harris", 31.0)]),
    ]
    assert v.swing(shipped) == "Biden +8 → Trump +27"


def test_schedule_in_order_with_the_countdown_last(shipped: FactBook) -> None:
    assert v.schedule(shipped)["date"].is_sorted()
    schedule = v.schedule(shipped).filter(pl.col("reviewed"))
    assert schedule["when"].to_list()[:4] == [
        "Dec 2023",
        "Jan 2024",
        "Feb 27, 2024",
        "Mar 12, 2024",
    ]
    last = schedule.row(-1, named=True)
    assert last["kind"] == "election"
    assert last["countdown"] == "48 days after Sep 18, 2024"
    meetings = schedule.filter(pl.col("meeting"))["when"].to_list()
    assert meetings == ["Dec 2023", "Jan 2024", "Mar 12, 2024", "Sep 16, 2024"]


def test_quote_cards_merge_the_same_words_across_articles(shipped: FactBook) -> None:
    cards = v.quote_cards(shipped)
    firing = cards.filter(pl.col("text").str.starts_with("Firing workers"))
    assert len(firing) == 1
    assert firing["outlets"][0].to_list() == [
        "The Epoch Times (republished by an aggregator)",
        "Fox News Digital",
    ]
    paragraphs = cards.filter(pl.col("text").str.starts_with("You don’t hire"))
    assert paragraphs["text"][0].count("\n") == 1  # one card for the two paragraphs
    assert len(cards) == 25
