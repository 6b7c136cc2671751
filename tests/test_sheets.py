"""Reviewed sheets: every evidence string is checked, and a bad row is a problem, not a crash."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui.facts import build
from tui.paths import default_data, default_seeds


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(default_data(), folder)
    return folder


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_missing_evidence_is_a_problem_naming_sheet_row_and_article(data: Path) -> None:
    append(
        data / "endorsements.toml",
        """
[[endorsement]]
union = "Made-up Union"
candidate = "Joe Biden"
status = "endorsed"
sources = [{ article = "004_0aa5125cc031d501.txt", evidence = "words that are not there" }]
""",
    )
    book = build(default_seeds(), data)
    messages = [str(p) for p in book.problems]
    assert messages == [
        "data/endorsements.toml endorsement 11: evidence not found in "
        "004_0aa5125cc031d501.txt: 'words that are not there'",
        "data/endorsements.toml endorsement 11: left out: none of its evidence was found",
    ]
    assert "Made-up Union" not in book.endorsements["union"].to_list()
    assert len(book.endorsements) == 10


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ('union = "U"\nstatus = "maybe"', "status 'maybe' is not one of endorsed, withheld"),
        ('union = "U"\nstatus = "endorsed"', "an endorsement names its candidate"),
        ('union = "U"\nstatus = "withheld"\ndate = "2024-13"', "date: "),
        ('status = "withheld"', "union is missing"),
    ],
)
def test_bad_rows_are_one_line_problems(data: Path, row: str, message: str) -> None:
    source = 'sources = [{ article = "004_0aa5125cc031d501.txt", evidence = "Teamsters" }]'
    append(data / "endorsements.toml", f"\n[[endorsement]]\n{row}\n{source}\n")
    book = build(default_seeds(), data)
    assert len(book.problems) == 1
    assert message in str(book.problems[0])


def test_unreadable_sheet_is_a_problem(data: Path) -> None:
    (data / "polls.toml").write_text("this is [ not toml", encoding="utf-8")
    book = build(default_seeds(), data)
    assert len(book.problems) == 1
    assert str(book.problems[0]).startswith("data/polls.toml: cannot be read")
    assert not any(book.polls["reviewed"])  # what is left was found automatically
    assert len(book.events) > 0


def test_rows_naming_absent_articles_are_problems_when_the_sheets_apply(
    tmp_path: Path, data: Path
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "other.txt").write_text("Nothing here.", encoding="utf-8")
    book = build(seeds, data)
    assert book.problems
    assert all("is not in the corpus" in str(p) or "left out" in str(p) for p in book.problems)


def test_row_sheets_left_out_for_another_corpus_but_speakers_apply(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("“We wait,” the union president said of O’Brien.")
    book = build(tmp_path, default_data(), rows=False)
    assert book.problems == ()
    assert len(book.endorsements) == len(book.polls) == len(book.events) == 0
    assert len(book.speakers) > 0
