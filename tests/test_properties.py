"""For any text at all, extraction never raises and every row's offsets slice to its text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.facts.extract import quote_rows
from tui.facts.people import Registry

# Text built from the pieces that matter to the extractor, in any order and any number.
PIECES = st.sampled_from(
    [
        "“", "”", '"', "‘", "’", "'", "\n", "\n\n", " ", ",", ".", ":", "—", "[", "]",
        "said", "told", "according to", "he", "she", "they", "the", "a", "spokesperson",
        "O’Brien", "Harris", "Ana Ruiz", "Local 705", "President", "union", "called", "been",
        "saying", "her", "recalled", "that", "Monday", "5", "date 2024-09-16",
    ]
)  # fmt: skip
ARTICLE = st.one_of(
    st.lists(PIECES, max_size=60).map(" ".join),
    st.lists(PIECES, max_size=60).map("".join),
    st.text(max_size=300),
)

REGISTRY = Registry()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE)
def test_extraction_never_raises_and_offsets_are_exact(text: str) -> None:
    rows, unbalanced = quote_rows("any.txt", text, REGISTRY)
    for row in rows:
        assert text[row["start"] : row["end"]] == row["text"]
        assert row["text"].strip() == row["text"] != ""
    for offset in unbalanced:
        assert text[offset] in '“”"«»„'
