"""The extractor on the dev corpus: articles written for the tests, in several outlets' styles."""

from __future__ import annotations

from benchmarks.quotes import CORPORA, score


def test_quotations_found_with_the_right_speaker() -> None:
    result = score(CORPORA / "dev")
    assert result.expected >= 200
    assert result.found / result.expected >= 0.98, result.misses
    assert result.right / result.found >= 0.90, result.misses
    assert result.extra == 0, result.misses
