"""The FactBook: every table the dashboard and the command line show, built in one call."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl

from tui.facts.corpus import Article, read_corpus
from tui.facts.dates import infer_published
from tui.facts.people import Registry
from tui.facts.problems import Problem
from tui.facts.quote_rows import all_quote_rows
from tui.facts.schema import TABLES, frame
from tui.facts.sheets import Sheets, read_sheets
from tui.facts.sources import Source, read_sources

# Marks that pair with nothing are worth a problem only when there are several: one stray mark
# is a typo the extractor steps over, many mean the file's quotation marks cannot be trusted.
UNBALANCED_LIMIT = 1


@dataclass(frozen=True)
class FactBook:
    """Polars tables of the articles' facts, and the problems found while building them."""

    articles: pl.DataFrame
    quotes: pl.DataFrame
    endorsements: pl.DataFrame
    polls: pl.DataFrame
    events: pl.DataFrame
    speakers: pl.DataFrame
    problems: tuple[Problem, ...]
    texts: Mapping[str, str]  # article name -> text, as the offsets index it
    seeds_dir: Path
    data_dir: Path | None

    def table(self, name: str) -> pl.DataFrame:
        if name not in TABLES:
            raise KeyError(name)
        table: pl.DataFrame = getattr(self, name)
        return table

    @property
    def latest(self) -> date | None:
        """The latest publication date in the corpus: what the dashboard is current to."""
        value = self.articles["published"].max()
        return value if isinstance(value, date) else None


def build(seeds_dir: Path, data_dir: Path | None, rows: bool = True) -> FactBook:
    """Read a folder of articles and a folder of sheets into a FactBook.

    `rows=False` leaves the row sheets (endorsements, polls, events) out: they describe the
    corpus they were written for. The speakers sheet always applies.
    """
    articles, problems = read_corpus(seeds_dir)
    sources, source_problems = read_sources(seeds_dir)
    problems.extend(source_problems)
    texts = {a.name: a.text for a in articles}
    sheets = read_sheets(data_dir, texts, rows=rows)
    problems.extend(sheets.problems)
    registry = Registry.of(sheets.people, sheets.bodies)

    quote_table: list[dict[str, Any]] = []
    extracted = all_quote_rows([(a.name, a.text) for a in articles], registry)
    for article, (rows_found, unbalanced) in zip(articles, extracted, strict=True):
        quote_table.extend(rows_found)
        if len(unbalanced) > UNBALANCED_LIMIT:
            line = article.text.count("\n", 0, unbalanced[0]) + 1
            problems.append(
                Problem(
                    article.name,
                    f"{len(unbalanced)} quotation marks pair with nothing (first on line {line})",
                )
            )
    article_rows = _article_rows(articles, sources, quote_table, sheets)
    published = {row["article"]: row["published"] for row in article_rows}
    for row in quote_table:
        row["published"] = published.get(row["article"])
    return FactBook(
        articles=frame("articles", article_rows),
        quotes=frame("quotes", quote_table),
        endorsements=frame("endorsements", sheets.endorsements),
        polls=frame("polls", sheets.polls),
        events=frame("events", sheets.events).sort("date", maintain_order=True),
        speakers=frame("speakers", sheets.speakers),
        problems=tuple(problems),
        texts=texts,
        seeds_dir=seeds_dir,
        data_dir=data_dir,
    )


def _article_rows(
    articles: list[Article],
    sources: dict[str, Source],
    quotes: list[dict[str, Any]],
    sheets: Sheets,
) -> list[dict[str, Any]]:
    quote_counts = Counter(row["article"] for row in quotes)
    fact_counts: Counter[str] = Counter()
    for table in (sheets.endorsements, sheets.polls, sheets.events):
        for row in table:
            fact_counts.update(set(row["articles"]))
    rows = []
    for article in articles:
        source = sources.get(article.name, Source())
        published = source.published
        basis: str | None = "reviewed"
        note = source.found
        if published is None and article.header_date is not None:
            published, basis, note = article.header_date, "header", "date header"
        if published is None:
            inferred = infer_published(article.text)
            if inferred is not None:
                published, basis, note = inferred[0], "text", f"from the text: {inferred[1]!r}"
        if published is None:
            basis = None
        rows.append(
            {
                "article": article.name,
                "outlet": source.outlet,
                "published": published,
                "published_basis": basis,
                "published_note": note,
                "headline": source.headline,
                "chars": len(article.text),
                "quotes": quote_counts[article.name],
                "facts": fact_counts[article.name],
            }
        )
    return rows
