"""The FactBook: every table the dashboard and the command line show, built in one call."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl

from tui.facts.auto.merge import ENDORSEMENTS, EVENTS, POLLS, combine
from tui.facts.corpus import Article, read_corpus
from tui.facts.dates import infer_published
from tui.facts.extract import Found, extract_all
from tui.facts.people import Registry
from tui.facts.problems import Problem
from tui.facts.schema import TABLES, frame
from tui.facts.sheets import read_sheets
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

    dated = {a.name: _published(a, sources.get(a.name, Source())) for a in articles}
    found = extract_all([(a.name, a.text, dated[a.name][0]) for a in articles], registry)
    quote_table = [row for f in found for row in f.quotes]
    for article, result in zip(articles, found, strict=True):
        if result.failed is not None:
            problems.append(
                Problem(article.name, f"automatic facts not read ({result.failed[:80]})")
            )
        if len(result.unbalanced) > UNBALANCED_LIMIT:
            line = article.text.count("\n", 0, result.unbalanced[0]) + 1
            problems.append(
                Problem(
                    article.name,
                    f"{len(result.unbalanced)} quotation marks pair with nothing "
                    f"(first on line {line})",
                )
            )
    endorsements = combine(sheets.endorsements, _all(found, "endorsements"), ENDORSEMENTS)
    polls = combine(sheets.polls, _all(found, "polls"), POLLS)
    events = combine(sheets.events, _all(found, "events"), EVENTS)
    article_rows = _article_rows(
        articles, sources, dated, quote_table, [endorsements, polls, events]
    )
    for row in quote_table:
        row["published"] = dated[row["article"]][0]
    return FactBook(
        articles=frame("articles", article_rows),
        quotes=frame("quotes", quote_table),
        endorsements=frame("endorsements", endorsements),
        polls=frame("polls", polls),
        events=frame("events", events).sort("date", maintain_order=True),
        speakers=frame("speakers", sheets.speakers),
        problems=tuple(problems),
        texts=texts,
        seeds_dir=seeds_dir,
        data_dir=data_dir,
    )


def _all(found: list[Found], table: str) -> list[dict[str, Any]]:
    return [row for result in found for row in getattr(result, table)]


def _published(article: Article, source: Source) -> tuple[date | None, str | None, str | None]:
    """The publication date, how it was found (reviewed, header, text) and in what words."""
    if source.published is not None:
        return source.published, "reviewed", source.found
    if article.header_date is not None:
        return article.header_date, "header", "date header"
    inferred = infer_published(article.text)
    if inferred is not None:
        return inferred[0], "text", f"from the text: {inferred[1]!r}"
    return None, None, None


def _article_rows(
    articles: list[Article],
    sources: dict[str, Source],
    dated: dict[str, tuple[date | None, str | None, str | None]],
    quotes: list[dict[str, Any]],
    tables: list[list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    quote_counts = Counter(row["article"] for row in quotes)
    fact_counts: Counter[str] = Counter()
    for table in tables:
        for row in table:
            fact_counts.update(set(row["articles"]))
    rows = []
    for article in articles:
        source = sources.get(article.name, Source())
        published, basis, note = dated[article.name]
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
