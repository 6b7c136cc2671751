"""The FactBook shaped for reading: what each pane shows, computed with Polars, no Textual.

Panes call these and render the result; nothing here knows about widgets, so every number a
pane shows can be tested without a terminal.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

import polars as pl

from tui.facts.board import Board
from tui.facts.dates import ELECTION_DAY, format_date
from tui.facts.factbook import FactBook

Row = dict[str, Any]

STATUS_WORDS = {"endorsed": "endorsed", "withheld": "no endorsement", "undecided": "undecided"}
_BACKS = {"withheld": "none", "undecided": "undecided"}
# Kinds of event in which a candidate sits down with the union: the schedule makes them stand out.
MEETING_KINDS = frozenset({"meeting", "visit", "roundtable"})


def days_to_election(day: date | None) -> int | None:
    return None if day is None else (ELECTION_DAY - day).days


def coverage(book: FactBook) -> str:
    """What the corpus covers, for the header: never today's date."""
    latest = book.latest
    if latest is None:
        return "no dated articles"
    days = days_to_election(latest)
    n = len(book.articles)
    articles = f"{n} article{'s' if n != 1 else ''}"
    if days is not None and days > 0:
        return f"{articles} to {format_date(latest)} · {days} days to Election Day"
    return f"{articles} to {format_date(latest)}"


def _reported(book: FactBook, table: pl.DataFrame) -> pl.DataFrame:
    """Add `reported`: the earliest publication date among each row's articles."""
    published = book.articles.select("article", "published")
    firsts = (
        table.with_row_index("_row")
        .explode("articles")
        .join(published, left_on="articles", right_on="article", how="left")
        .group_by("_row")
        .agg(pl.col("published").min().alias("reported"))
    )
    return (
        table.with_row_index("_row").join(firsts, on="_row", how="left").sort("_row").drop("_row")
    )


def when(day: date | None, precision: str | None, reported: date | None) -> str:
    """The date of a fact, or the date it was first reported, saying which."""
    if day is not None:
        return format_date(day, precision)
    if reported is not None:
        return f"reported {format_date(reported)}"
    return "date unknown"


def standings(book: FactBook) -> pl.DataFrame:
    """One row per union: where it stands now, since when, and how many articles say so."""
    rows = _reported(book, book.endorsements).with_columns(
        pl.coalesce("date", "reported").alias("_when")
    )
    latest = rows.sort("_when", nulls_last=False, maintain_order=True).group_by(
        "union", maintain_order=True
    )
    current = latest.agg(
        pl.col("short").first(),
        pl.col("members").drop_nulls().first(),
        pl.col("status").last(),
        pl.col("candidate").last(),
        pl.col("date").last(),
        pl.col("date_precision").last(),
        pl.col("reported").last(),
        pl.col("articles")
        .list.explode(keep_nulls=False, empty_as_null=False)
        .n_unique()
        .alias("sources"),
        pl.col("conflict").drop_nulls().len().alias("conflicts"),
        pl.col("reviewed").all(),
        pl.len().alias("changes"),
    )
    return current.with_columns(
        pl.struct("status", "candidate")
        .map_elements(_stands, return_dtype=pl.String)
        .alias("stands"),
        pl.struct("date", "date_precision", "reported")
        .map_elements(lambda r: when(r["date"], r["date_precision"], r["reported"]), pl.String)
        .alias("since"),
    )


def _stands(row: dict[str, str | None]) -> str:
    status = row["status"] or ""
    if status == "endorsed" and row["candidate"]:
        return f"endorsed {row['candidate']}"
    return STATUS_WORDS.get(status, status)


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a union's history: "Aug 2020 · endorsed Joe Biden"."""

    when: str
    stands: str
    note: str | None
    conflict: str | None
    reviewed: bool


def history(book: FactBook, union: str) -> list[Step]:
    rows = _reported(book, book.endorsements.filter(pl.col("union") == union))
    rows = rows.with_columns(pl.coalesce("date", "reported").alias("_when")).sort(
        "_when", maintain_order=True
    )
    return [
        Step(
            when(r["date"], r["date_precision"], r["reported"]),
            _stands(r),
            r["note"],
            r["conflict"],
            r["reviewed"],
        )
        for r in rows.iter_rows(named=True)
    ]


def poll_rows(book: FactBook) -> pl.DataFrame:
    """Every poll row in time order (wave, then the order the sheet gives), with `reported`."""
    return (
        _reported(book, book.polls)
        .with_row_index("_order")
        .sort("population", "wave", "_order", nulls_last=True, maintain_order=True)
        .drop("_order")
    )


@dataclass(frozen=True, slots=True)
class Wave:
    """One survey's shares of the two leading candidates, and the lead."""

    label: str
    population: str
    timing: str | None
    shares: list[tuple[str, float]]  # candidate, percent, highest first
    ordered: bool = False  # a reviewed sheet places it in its series (the `wave` column)

    @property
    def lead(self) -> str:
        """ "Trump +27": the leader's margin over the runner-up."""
        if len(self.shares) < 2:
            return ""
        (first, a), (_, b) = self.shares[:2]
        return f"{first.split()[-1]} +{a - b:g}"


def waves(book: FactBook) -> list[Wave]:
    """The surveys with figures, oldest first: what the chart draws."""
    rows = poll_rows(book).filter(pl.col("pct").is_not_null() & pl.col("candidate").is_not_null())
    result = []
    for (_, population), group in rows.group_by("poll", "population", maintain_order=True):
        shares = sorted(zip(group["candidate"], group["pct"], strict=True), key=lambda s: -s[1])
        ordered = group["wave"].is_not_null().any()
        result.append(
            Wave(str(group["short"][0]), str(population), group["timing"][0], shares, ordered)
        )
    return result


def swing(book: FactBook) -> str:
    """ "Biden +8 → Trump +27": how the lead moved between the waves."""
    every = waves(book)
    # A swing runs between the waves of one series, which only a reviewed sheet can order;
    # polls found automatically may be of different people, so their leads are not chained.
    by_population: dict[str, list[str]] = {}
    for wave in every:
        if wave.lead and wave.ordered:
            by_population.setdefault(wave.population, []).append(wave.lead)
    swings = [" → ".join(leads) for leads in by_population.values() if len(leads) > 1]
    if swings:
        return " · ".join(swings)
    return every[0].lead if len(every) == 1 else ""


def schedule(book: FactBook) -> pl.DataFrame:
    """The events in date order with their date at its precision and the meetings marked."""
    events = _reported(book, book.events)
    latest = book.latest
    return events.with_columns(
        pl.struct("date", "date_precision")
        .map_elements(lambda r: format_date(r["date"], r["date_precision"]), pl.String)
        .alias("when"),
        # a meeting with the union: reviewed, or found with a body among those who took part
        (
            pl.col("kind").is_in(list(MEETING_KINDS))
            & (pl.col("reviewed") | (pl.col("who").list.len() > 1))
        ).alias("meeting"),
        pl.when(pl.col("kind") == "election")
        .then(pl.col("date").map_elements(lambda d: _countdown(d, latest), pl.String))
        .otherwise(None)
        .alias("countdown"),
    )


def _countdown(day: date, latest: date | None) -> str | None:
    if latest is None:
        return None
    days = (day - latest).days
    return f"{days} days after {format_date(latest)}" if days >= 0 else None


def quote_cards(book: FactBook) -> pl.DataFrame:
    """One card per quotation: paragraphs of one quotation joined, the same words in several
    articles merged, each card listing every source."""
    quotes = book.quotes.join(
        book.articles.select("article", "outlet"), on="article", how="left"
    ).with_row_index("_order")
    per_quote = quotes.group_by("group", maintain_order=True).agg(
        pl.col("_order").first(),
        pl.col("text").str.join("\n").alias("text"),
        pl.col("key").str.join(" ").alias("key"),
        pl.col("article").first(),
        pl.col("start").first(),
        pl.col("end").last(),
        pl.col("speaker", "speaker_role", "relayed_by", "partial", "sentence", "cue").first(),
        pl.col("outlet").first(),
        pl.col("published").first(),
    )
    cards = per_quote.group_by("key", "speaker", maintain_order=True).agg(
        pl.col("_order").first(),
        pl.col("text").sort_by(pl.col("text").str.len_chars(), descending=True).first(),
        pl.col("speaker_role", "relayed_by", "partial", "sentence", "cue").first(),
        pl.col("article").alias("articles"),
        pl.col("start").alias("starts"),
        pl.col("end").alias("ends"),
        pl.col("outlet").alias("outlets"),
        pl.col("published").alias("dates"),
    )
    return cards.sort("_order").drop("_order", "key")


def board(book: FactBook) -> Board:
    """Everything the dashboard shows, written out: the panes draw this and nothing else."""
    standings = standings_rows(book)
    return Board(
        seeds_name=book.seeds_dir.name,
        coverage=coverage(book) if len(book.articles) else "",
        problems=[str(p) for p in book.problems],
        articles=[_article(r) for r in book.articles.iter_rows(named=True)],
        standings=standings,
        histories={
            r["union"]: [asdict(step) for step in history(book, r["union"])] for r in standings
        },
        endorsements=[_endorsement(r) for r in book.endorsements.iter_rows(named=True)],
        polls=[_poll(r) for r in poll_rows(book).iter_rows(named=True)],
        waves=[{"label": w.label, "shares": [list(s) for s in w.shares]} for w in waves(book)],
        swing=swing(book),
        schedule=[_event(r) for r in schedule(book).iter_rows(named=True)],
        cards=[_card(r) for r in quote_cards(book).iter_rows(named=True)],
        speakers=[str(s) for s in book.quotes["speaker"].drop_nulls().unique(maintain_order=True)],
    )


def _backs(candidate: str) -> str:
    """ "Harris" for Kamala Harris; a ballot measure keeps its whole name ("Proposition 7")."""
    last = candidate.split()[-1]
    return candidate if last.isdigit() or len(last) == 1 else last


def standings_rows(book: FactBook) -> list[Row]:
    rows = []
    for r in standings(book).iter_rows(named=True):
        # the table cell: a surname or a word; the union's history below says it in full
        backs = _backs(r["candidate"]) if r["status"] == "endorsed" else _BACKS[r["status"]]
        rows.append(
            {
                "union": r["union"],
                "short": r["short"],
                "members": r["members"],
                "backs": backs,
                "candidate": r["candidate"],
                "stands": r["stands"],
                "since": r["since"],
                "sources": r["sources"],
                "conflicts": r["conflicts"],
                "reviewed": r["reviewed"],
            }
        )
    return rows


def _sourced(r: Row) -> Row:
    return {
        "articles": list(r["articles"]),
        "evidence": list(r["evidence"]),
        "starts": list(r["starts"]),
        "conflict": r["conflict"],
        "note": r["note"],
        "reviewed": r["reviewed"],
    }


def _article(r: Row) -> Row:
    return {
        "article": r["article"],
        "outlet": r["outlet"],
        "published": format_date(r["published"]) if r["published"] else None,
        "basis": r["published_basis"],
        "note": r["published_note"],
        "facts": r["facts"],
        "quotes": r["quotes"],
    }


def _endorsement(r: Row) -> Row:
    status = STATUS_WORDS.get(r["status"], r["status"])
    label = f"{when(r['date'], r['date_precision'], None)}: {status}"
    if r["candidate"]:
        label += f" {r['candidate']}"
    return {"union": r["union"], "label": label, **_sourced(r)}


def _poll(r: Row) -> Row:
    return {
        "poll": r["poll"],
        "short": r["short"],
        "population": r["population"],
        "candidate": r["candidate"],
        "pct": r["pct"],
        "timing": r["timing"],
        "reported": format_date(r["reported"]) if r["reported"] else None,
        **_sourced(r),
    }


def _event(r: Row) -> Row:
    return {
        "when": r["when"],
        "kind": r["kind"],
        "title": r["title"],
        "who": list(r["who"]),
        "where": r["where"],
        "meeting": r["meeting"],
        "countdown": r["countdown"],
        **_sourced(r),
    }


def _card(r: Row) -> Row:
    sources = "; ".join(
        f"{outlet or article} · {format_date(day)}"
        for article, outlet, day in zip(r["articles"], r["outlets"], r["dates"], strict=True)
    )
    return {
        "text": r["text"],
        "speaker": r["speaker"],
        "speaker_role": r["speaker_role"],
        "relayed_by": r["relayed_by"],
        "partial": r["partial"],
        "sentence": r["sentence"],
        "articles": list(r["articles"]),
        "starts": list(r["starts"]),
        "ends": list(r["ends"]),
        "sources": sources,
    }
