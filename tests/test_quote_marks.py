"""Finding quotations: which marks pair, and how offsets slice the text."""

from __future__ import annotations

from tui.facts.quotes import find_quotes


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quotes(text).spans]


def test_curly_and_straight_marks() -> None:
    text = 'He said “we are ready,” and she said "not yet."'
    assert texts(text) == ["we are ready,", "not yet."]


def test_apostrophes_are_not_quotation_marks() -> None:
    text = "The Teamsters’ leader said “we don’t endorse members’ choices” on Monday."
    assert texts(text) == ["we don’t endorse members’ choices"]


def test_single_quotes_inside_double_belong_to_the_outer_quote() -> None:
    text = "“He told me ‘no deal’ twice,” she said."
    assert texts(text) == ["He told me ‘no deal’ twice,"]


def test_double_quote_nested_in_curly_quote() -> None:
    text = '“She called it "nonsense" today,” he said.'
    assert texts(text) == ['She called it "nonsense" today,']


def test_quote_over_paragraphs_is_one_row_per_paragraph_in_one_group() -> None:
    text = "“First part of it.\n\n“Second part.\n\n“Third and last,” he said.\n\n“Next one.”"
    scan = find_quotes(text)
    assert [text[s.start : s.end] for s in scan.spans] == [
        "First part of it.",
        "Second part.",
        "Third and last,",
        "Next one.",
    ]
    groups = [s.group for s in scan.spans]
    assert groups[0] == groups[1] == groups[2] != groups[3]
    assert scan.unbalanced == []


def test_brackets_inside_a_quote_stay_in_the_text() -> None:
    text = "“We will ask [Harris] about it,” he said."
    assert texts(text) == ["We will ask [Harris] about it,"]


def test_unclosed_quote_at_end_of_file_is_reported_not_extracted() -> None:
    text = "It ended there. “And then nothing"
    scan = find_quotes(text)
    assert scan.spans == []
    assert scan.unbalanced == [text.index("“")]


def test_stray_closing_mark_is_reported_and_the_rest_still_found() -> None:
    text = "Odd mark” here. Then “a real quote,” she said."
    scan = find_quotes(text)
    assert [text[s.start : s.end] for s in scan.spans] == ["a real quote,"]
    assert scan.unbalanced == [text.index("”")]


def test_inch_marks_are_not_quotes() -> None:
    assert texts('He is 6\'2" tall and said "hello" twice.') == ["hello"]


def test_offsets_are_exact_after_a_bom_and_header() -> None:
    text = " date 2024-09-16 Lead. “Quoted words,” he said."
    (span,) = find_quotes(text).spans
    assert text[span.start : span.end] == "Quoted words,"
    assert text[span.open_at] == "“"
