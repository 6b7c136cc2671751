"""Finding direct quotations: pairing double quotation marks by character, paragraph by paragraph.

Only double marks (“ ” and ") delimit quotations. Single marks are left alone because in news copy
they are nearly always apostrophes (Teamsters’, don’t) or quotes inside a quote, which belong to
the outer quotation. A quotation that runs over paragraphs follows news style: each paragraph
reopens with a mark and only the last one closes; every paragraph becomes its own span, and the
spans share a group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.facts.text import paragraphs

OPENERS = "“«„"
CLOSERS = "”»"
STRAIGHT = '"'
_MARKS = re.compile(f"[{OPENERS}{CLOSERS}{STRAIGHT}]")
_OPEN_CONTEXT = " \t([{—–-/‘'“:;"


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quotation (or one paragraph of a quotation that runs over paragraphs)."""

    open_at: int  # index of the opening mark
    start: int  # first character of the words
    end: int  # one past the last character of the words
    close_end: int  # one past the closing mark, or the paragraph end when it continues
    paragraph: int
    group: int
    continues: bool  # the next paragraph carries on the same quotation


@dataclass(frozen=True, slots=True)
class MarkScan:
    spans: list[QuoteSpan]
    unbalanced: list[int]  # offsets of marks that open or close nothing


def _is_opening_straight(text: str, i: int, para_start: int, para_end: int) -> bool:
    before = text[i - 1] if i > para_start else " "
    after = text[i + 1] if i + 1 < para_end else " "
    return (before in _OPEN_CONTEXT or before.isspace()) and not after.isspace()


def _is_closing_straight(text: str, i: int, para_start: int, para_end: int) -> bool:
    before = text[i - 1] if i > para_start else " "
    after = text[i + 1] if i + 1 < para_end else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _starts_with_open(text: str, start: int, end: int) -> bool:
    return start < end and (text[start] in OPENERS or text[start] == STRAIGHT)


def find_quotes(text: str) -> MarkScan:
    """Pair the quotation marks of a whole article."""
    spans: list[QuoteSpan] = []
    unbalanced: list[int] = []
    paras = paragraphs(text)
    group = 0
    carried = False  # the previous paragraph's quotation continues into this one
    for p, (pstart, pend) in enumerate(paras):
        stack: list[int] = []  # offsets of open marks, outermost first
        if carried and not _starts_with_open(text, pstart, pend):
            carried = False
        for mark in _MARKS.finditer(text, pstart, pend):
            i = mark.start()
            char = text[i]
            if char == STRAIGHT and i > pstart and text[i - 1].isdigit() and not stack:
                continue  # an inch mark: 5'10"
            if char == STRAIGHT:
                if stack and _is_closing_straight(text, i, pstart, pend):
                    opening = False
                elif _is_opening_straight(text, i, pstart, pend):
                    opening = True
                else:
                    unbalanced.append(i)
                    continue
            else:
                opening = char in OPENERS
            if opening:
                stack.append(i)
                continue
            if not stack:
                unbalanced.append(i)
                continue
            open_at = stack.pop()
            if not stack:
                if not (carried and open_at == pstart):
                    group += 1
                carried = False
                _add(spans, text, open_at, i, i + 1, p, group, continues=False)
        if stack:
            outer = stack[0]
            nxt = paras[p + 1] if p + 1 < len(paras) else None
            if nxt and _starts_with_open(text, *nxt):
                if not (carried and outer == pstart):
                    group += 1
                _add(spans, text, outer, pend, pend, p, group, continues=True)
                carried = True
                unbalanced.extend(stack[1:])
            else:
                unbalanced.extend(stack)
                carried = False
        else:
            carried = False
    return MarkScan(spans, unbalanced)


def _add(
    spans: list[QuoteSpan],
    text: str,
    open_at: int,
    end: int,
    close_end: int,
    paragraph: int,
    group: int,
    continues: bool,
) -> None:
    start = open_at + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(QuoteSpan(open_at, start, end, close_end, paragraph, group, continues))
