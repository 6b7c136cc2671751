"""The five shipped articles: every quotation found with its right speaker; every sheet checked."""

from __future__ import annotations

import pytest

from tui.facts import FactBook
from tui.paths import default_seeds

# (article, the quotation's first words, speaker, relayed by), in reading order.
EXPECTED = [
    ("000", "The Vice President appreciates", "Harris campaign spokesperson", None),
    ("000", "Vice President Harris cast", "Harris campaign spokesperson", None),
    ("000", "We appreciate Vice President Harris", "Sean O'Brien", None),
    ("000", "little different.", "Sean O'Brien", None),
    ("000", "This time, under our leadership", "Sean O'Brien", None),
    ("000", "You don’t hire someone", "Sean O'Brien", None),
    ("000", "And you know, this is our opportunity", "Sean O'Brien", None),
    ("000", "Firing workers for organizing", "Sean O'Brien", None),
    ("001", "We look forward to having", "Sean O'Brien", None),
    ("001", "economic terrorism", "Sean O'Brien", None),
    ("001", "Firing workers for organizing", "Sean O'Brien", None),
    ("002", "I’m confident I’m going to win this", "Kamala Harris", "John Palmer"),
    ("002", "I want your endorsement", "Kamala Harris", "John Palmer"),
    ("002", "Listen to the guy", "Kamala Harris", None),
    ("002", "I think he knows", "John Palmer", None),
    ("003", "serious commitments", "union leadership", None),
    ("003", "For the past year", "Sean O'Brien", None),
    ("003", "Our members are the union", "Sean O'Brien", None),
    ("003", "The vast majority", "Trump campaign", None),
    ("003", "There’s no secret", "Sean O'Brien", None),
    ("003", "economic terrorism.", "Sean O'Brien", None),
    ("003", "This is a president and a vice president", "Karine Jean-Pierre", None),
    ("003", "the most pro-union president ever.", None, None),
    ("004", "We realize that President Biden", "Sean O'Brien", None),
    ("004", "Our rank-and-file members", "Sean O'Brien", None),
    ("004", "good shot", "Donald Trump", None),
    ("004", "Usually a Republican", "Donald Trump", None),
    ("004", "proud to be the most pro-union president.", "Joe Biden", None),
]


def test_every_quotation_with_its_speaker(shipped: FactBook) -> None:
    rows = shipped.quotes.select("article", "text", "speaker", "relayed_by").rows()
    found = [(a[:3], t, s, r) for a, t, s, r in rows]
    assert len(found) == len(EXPECTED)
    for (article, text, speaker, relay), expected in zip(found, EXPECTED, strict=True):
        assert (article, speaker, relay) == (expected[0], expected[2], expected[3]), text
        assert text.startswith(expected[1])


@pytest.mark.parametrize("path", sorted(default_seeds().glob("*.txt")), ids=lambda p: p.name[:3])
def test_count_matches_the_raw_quotation_marks(shipped: FactBook, path: object) -> None:
    text = shipped.texts[path.name]  # type: ignore[attr-defined]
    marks = text.count("“") + text.count('"') // 2
    assert len(shipped.quotes.filter(article=path.name)) == marks  # type: ignore[attr-defined]


def test_offsets_slice_to_the_quotation(shipped: FactBook) -> None:
    for row in shipped.quotes.iter_rows(named=True):
        assert shipped.texts[row["article"]][row["start"] : row["end"]] == row["text"]


def test_multi_paragraph_quote_shares_a_group(shipped: FactBook) -> None:
    rows = shipped.quotes.filter(article="000_0f709d0d3c10674d.txt")["group"].to_list()
    assert rows[5] == rows[6]
    assert len(set(rows)) == 7


def test_partial_quote_carries_its_sentence(shipped: FactBook) -> None:
    row = shipped.quotes.filter(text="little different.").row(0, named=True)
    assert row["partial"]
    assert row["sentence"].startswith("O’Brien told CBS on Sept. 1 that")


def test_shipped_data_has_no_problems(shipped: FactBook) -> None:
    assert shipped.problems == ()


def test_every_evidence_string_is_in_its_article(shipped: FactBook) -> None:
    for name in ("endorsements", "polls", "events"):
        table = shipped.table(name)
        assert len(table) > 0
        for row in table.iter_rows(named=True):
            assert row["articles"], row
            for article, evidence, start in zip(
                row["articles"], row["evidence"], row["starts"], strict=True
            ):
                text = shipped.texts[article]
                assert text[start : start + len(evidence)] == evidence


def test_publication_dates_and_how_they_were_found(shipped: FactBook) -> None:
    dates = {
        row["article"][:3]: (row["published"].isoformat(), row["outlet"])
        for row in shipped.articles.iter_rows(named=True)
    }
    assert dates == {
        "000": ("2024-09-17", "The Epoch Times (republished by an aggregator)"),
        "001": ("2024-09-16", "Fox News Digital"),
        "002": ("2024-09-16", "The New York Times"),
        "003": ("2024-09-18", "The Federalist Wire"),
        "004": ("2024-02-28", "NBC News"),
    }
    assert shipped.latest is not None and shipped.latest.isoformat() == "2024-09-18"


def test_the_member_polls(shipped: FactBook) -> None:
    polls = {(r["candidate"], r["pct"]) for r in shipped.polls.iter_rows(named=True)}
    assert {("Donald Trump", 58.0), ("Kamala Harris", 31.0)} <= polls
    assert {("Joe Biden", 44.3), ("Donald Trump", 36.3)} <= polls


def test_teamsters_history_and_membership(shipped: FactBook) -> None:
    teamsters = shipped.endorsements.filter(union="International Brotherhood of Teamsters")
    history = [
        (r["status"], r["candidate"], r["date"].isoformat())
        for r in teamsters.iter_rows(named=True)
    ]
    assert history == [
        ("endorsed", "Joe Biden", "2020-08-01"),
        ("undecided", None, "2024-02-28"),
        ("withheld", None, "2024-09-18"),
    ]
    assert set(teamsters["members"]) == {1_300_000}


def test_disagreements_are_kept_and_marked(shipped: FactBook) -> None:
    conflicts = {
        c
        for table in (shipped.events, shipped.polls)
        for c in table["conflict"].drop_nulls().to_list()
    }
    assert conflicts == {"days-to-election", "obrien-x-statement", "earlier-poll-lead"}
    election = shipped.events.filter(conflict="days-to-election")
    assert sorted(a for arts in election["articles"] for a in arts) == [
        "000_0f709d0d3c10674d.txt",
        "001_d650a88df4790eea.txt",
    ]


def test_events_in_date_order_with_precision(shipped: FactBook) -> None:
    events = shipped.events
    assert events["date"].is_sorted()
    by_title = {
        r["title"]: (r["date"].isoformat(), r["date_precision"])
        for r in events.iter_rows(named=True)
    }
    assert by_title["Trump meets Teamsters leadership at headquarters"] == ("2024-01-01", "month")
    assert by_title["Harris meets the Teamsters' executive leadership at headquarters"] == (
        "2024-09-16",
        "day",
    )


def test_seeds_are_the_source_articles(shipped: FactBook) -> None:
    from tests.conftest import ROOT

    shared = ROOT.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("the source articles are not beside this checkout")
    for path in shared.glob("*.txt"):
        assert (default_seeds() / path.name).read_bytes() == path.read_bytes()
