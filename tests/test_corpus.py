"""Reading a folder of articles: what loads, and the one-line problem for what does not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tui.facts import InputError, build
from tui.facts.corpus import MAX_BYTES, read_corpus


def write(folder: Path, name: str, data: bytes) -> None:
    (folder / name).write_bytes(data)


def test_reads_every_txt_sorted_and_ignores_other_files(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", b"Second.")
    write(tmp_path, "a.txt", b"First.")
    write(tmp_path, "notes.md", b"not an article")
    articles, problems = read_corpus(tmp_path)
    assert [a.name for a in articles] == ["a.txt", "b.txt"]
    assert problems == []


def test_bom_is_dropped_and_header_date_recognised(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "\ufeff date 2024-09-16 WASHINGTON — Text.".encode())
    (article,), _ = read_corpus(tmp_path)
    assert article.text.startswith(" date 2024-09-16")
    assert article.header_date == date(2024, 9, 16)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"caf\xe9 au lait", "not UTF-8 (byte 0xe9 at 3)"),
        (b"\x00\x01\x02binary", "binary file, not text"),
        (b"", "empty file"),
        (b"  \n\n ", "empty file"),
        (b" date 2024-13-45 Text.", "date header 'date 2024-13-45' is not a real date"),
    ],
)
def test_bad_files_are_problems_and_the_rest_loads(
    tmp_path: Path, data: bytes, message: str
) -> None:
    write(tmp_path, "bad.txt", data)
    write(tmp_path, "good.txt", "“Fine,” Ana Ruiz said.".encode())
    book = build(tmp_path, None)
    assert [str(p) for p in book.problems] == [f"bad.txt: {message}"]
    assert "good.txt" in book.articles["article"].to_list()
    assert book.quotes["speaker"].to_list()[-1] == "Ana Ruiz"


def test_huge_file_is_a_problem(tmp_path: Path) -> None:
    write(tmp_path, "huge.txt", b"word " * (MAX_BYTES // 5 + 1))
    book = build(tmp_path, None)
    assert len(book.problems) == 1
    assert str(book.problems[0]).startswith("huge.txt: too large to be an article")


def test_many_unbalanced_marks_are_a_problem_but_the_article_loads(tmp_path: Path) -> None:
    write(tmp_path, "marks.txt", "One ” two ” three.\n\n“A real one,” Ana Ruiz said.".encode())
    book = build(tmp_path, None)
    assert [str(p) for p in book.problems] == [
        "marks.txt: 2 quotation marks pair with nothing (first on line 1)"
    ]
    assert book.quotes["text"].to_list() == ["A real one,"]


def test_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such folder"):
        build(tmp_path / "nope", None)


def test_empty_folder_gives_empty_tables(tmp_path: Path) -> None:
    book = build(tmp_path, None)
    assert book.problems == ()
    assert len(book.articles) == len(book.quotes) == 0
    assert book.latest is None


def test_publication_date_inferred_from_the_text(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", b"With just 49 days left before the Nov. 5 election, a meeting.")
    row = build(tmp_path, None).articles.row(0, named=True)
    assert row["published"] == date(2024, 9, 17)
    assert row["published_basis"] == "text"


def test_without_a_date_relative_dates_stay_unknown(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", b"The union met on Monday.")
    row = build(tmp_path, None).articles.row(0, named=True)
    assert row["published"] is None
    assert row["published_basis"] is None


def test_seeds_are_never_written(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "“Fine,” Ana Ruiz said.".encode())
    before = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    build(tmp_path, None)
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == before


def test_an_article_the_rules_trip_on_keeps_its_quotes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def trips(context: object) -> list[object]:
        raise IndexError("list index out of range")

    monkeypatch.setattr("tui.facts.extract.endorsements", trips)
    write(tmp_path, "a.txt", " date 2024-09-18 x\n\n“We are ready,” O’Brien said.\n".encode())
    book = build(tmp_path, tmp_path)
    assert book.quotes.height == 1
    assert [str(p) for p in book.problems] == [
        "a.txt: automatic facts not read (IndexError: list index out of range)"
    ]
