"""Paragraphs, tokens and sentences over article text, keeping exact offsets."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Literal

from tui.facts.lexicon import ABBREVIATIONS, NAMING_VERBS, NOT_NAME_WORDS, SAY_VERBS, TITLE_WORDS

TokenKind = Literal["word", "punct", "quote"]
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})

_WORD = re.compile(
    r"[^\W_]+(?:[’'\-&.]+[^\W_]+)*"  # letters/digits with inner ' - & . (O’Brien, A.F.L.-C.I.O)
    r"(?:(?<=s)[’'](?![^\W_]))?"  # plural possessive: Teamsters’
    r"\.?",
)
_TOKEN = re.compile(rf"(?P<word>{_WORD.pattern})|(?P<punct>[^\w\s]|_)")
_INITIAL = re.compile(r"^[A-Z]\.$")


def _fold(text: str, kind: TokenKind) -> tuple[str, str, bool, bool, bool, bool]:
    low = text.lower().translate(APOSTROPHES)
    word = kind == "word"
    # bare: the lower-case word without a possessive ending: "union’s" -> "union"
    bare = low[:-2] if low.endswith("'s") else low[:-1] if low.endswith("'") else low
    possessive = word and bare != low
    is_cap = word and text[:1].isupper()
    # a title word, hyphenated ones too: "Secretary-Treasurer"
    is_title = word and (
        bare in TITLE_WORDS or ("-" in bare and any(p in TITLE_WORDS for p in bare.split("-")))
    )
    # a capitalised word that can be part of a name (not "But", not "Asked")
    name_part = is_cap and low not in NOT_NAME_WORDS and low not in SAY_VERBS
    name_part = name_part and low not in NAMING_VERBS
    # an acronym or a name in capitals inside a sentence: "UNITE HERE", "AFSCME"
    name_part = name_part or (word and len(text) > 2 and text.isupper() and text.isalpha())
    return low, bare, possessive, is_cap, is_title, name_part


_FOLDED: dict[tuple[str, str], tuple[str, str, bool, bool, bool, bool]] = {}


class Token:
    """A word, a punctuation mark, or a whole quotation (kind "quote", index in `quote`).

    The folded forms are computed once: the extractors ask for them many times per token.
    """

    __slots__ = (
        "bare",
        "end",
        "is_cap",
        "is_title",
        "kind",
        "low",
        "name_part",
        "possessive",
        "quote",
        "start",
        "text",
    )

    def __init__(self, text: str, start: int, end: int, kind: TokenKind, quote: int = -1) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.kind: TokenKind = kind
        self.quote = quote
        folded = _FOLDED.get((text, kind))
        if kind == "quote":
            folded = ("", "", False, False, False, False)
        elif folded is None:
            if len(_FOLDED) > 100_000:
                _FOLDED.clear()
            folded = _FOLDED[text, kind] = _fold(text, kind)
        self.low, self.bare, self.possessive, self.is_cap, self.is_title, self.name_part = folded

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.kind})"


def normalize_name(name: str) -> str:
    """Canonical spelling for names in tables: ASCII apostrophes, single spaces."""
    return " ".join(name.translate(APOSTROPHES).split())


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of non-blank lines, trimmed of surrounding white space."""
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line)
    return spans


def _words_into(tokens: list[Token], text: str, start: int, end: int) -> None:
    append = tokens.append
    for match in _TOKEN.finditer(text, start, end):
        pos, stop = match.span()
        if match.lastindex == 2:  # punctuation
            append(Token(text[pos], pos, stop, "punct"))
            continue
        word = text[pos:stop]
        if word[-1] == "." and not _keeps_period(word):
            append(Token(word[:-1], pos, stop - 1, "word"))
            append(Token(".", stop - 1, stop, "punct"))
        else:
            append(Token(word, pos, stop, "word"))


def _keeps_period(word: str) -> bool:
    """Abbreviations and initials keep their period; a sentence-final period is punctuation."""
    low = word.lower().translate(APOSTROPHES)
    return low in ABBREVIATIONS or bool(_INITIAL.match(word)) or "." in word[:-1]


def index_of(tokens: Sequence[Token], token: Token) -> int:
    """Where `token` stands in `tokens` (a sentence's, in text order), found by its offset."""
    at = bisect_left(tokens, token.start, key=lambda t: t.start)
    while at < len(tokens) and tokens[at] is not token:
        at += 1  # a quotation token shares no offset with a word, but be exact
    if at == len(tokens):
        raise ValueError("token not in tokens")
    return at


def tokenize(
    text: str, start: int, end: int, quotes: Sequence[tuple[int, int, int]] = ()
) -> list[Token]:
    """Tokens of text[start:end]; each (open, close, index) quote span becomes one token."""
    tokens: list[Token] = []
    pos = start
    for open_at, close_end, index in sorted(quotes):
        if close_end <= start or open_at >= end:
            continue
        _words_into(tokens, text, pos, max(pos, open_at))
        tokens.append(Token(text[open_at:close_end], open_at, close_end, "quote", index))
        pos = close_end
    _words_into(tokens, text, pos, end)
    _first_names_of_months(tokens)
    return tokens


_MONTH_NAMES = frozenset("april may june august".split())
_BEFORE_A_DATE = frozenset(
    """
    in on since until till by early late mid of last next this every during through throughout
    after before from between
    """.split()
)


def _first_names_of_months(tokens: Sequence[Token]) -> None:
    """ "June Hollis", "April Ryan": a month that is a first name, when a surname follows it
    and nothing before it asks for a date ("in June", "since May")."""
    for i, tok in enumerate(tokens[:-1]):
        if tok.low not in _MONTH_NAMES or not tok.is_cap:
            continue
        after = tokens[i + 1]
        if (
            after.kind != "word"
            or not after.name_part
            or after.is_title
            or after.low in _MONTH_NAMES
        ):
            continue
        if i > 0 and tokens[i - 1].low in _BEFORE_A_DATE:
            continue
        tok.name_part = True


_CLOSING = frozenset("”\"’')")


def _ends_sentence(token: Token) -> bool:
    if token.kind == "punct":
        return token.text in ".!?"
    if token.kind == "quote":
        inner = token.text.rstrip("”\"’' ")
        return inner.endswith((".", "!", "?"))
    return False


def _opens_sentence(token: Token) -> bool:
    return token.kind == "quote" or token.text[:1].isupper() or token.text[:1].isdigit()


# The " date YYYY-MM-DD" line some articles open with: a date for the reader, not a sentence.
DATE_HEADER = re.compile(r"\A\s*date (\d{4})-(\d{2})-(\d{2})\s")


# Abbreviations a sentence can end with ("… in Grand Rapids, Mich. Others are holding back"),
# and the words that then open the next one. Titles ("Sen.") and months never end one.
_ENDING_ABBREVIATIONS = frozenset(
    """
    fla. ga. ala. ariz. ark. calif. colo. conn. del. ill. ind. kan. ky. la. md. mass. mich. minn.
    miss. mo. mont. neb. nev. okla. ore. pa. tenn. tex. va. vt. wash. wis. wyo. a.m. p.m. u.s.
    d.c. jr. sr. inc. corp. co. ltd. etc.
    """.split()
)
_OPENERS = frozenset(
    """
    the a an he she it they we i this that these those there but and or so yet others some many
    most meanwhile however still also then in on at after before when while his her its their
    """.split()
)


def _abbreviation_ends(token: Token, nxt: Token) -> bool:
    return token.low in _ENDING_ABBREVIATIONS and nxt.is_cap and nxt.low in _OPENERS


def sentences(tokens: Sequence[Token]) -> list[list[Token]]:
    """Split a paragraph's tokens into sentences; quotations are never split."""
    result: list[list[Token]] = []
    start = 0
    for i in range(len(tokens) - 1):
        token = tokens[i]
        if token.kind == "word":
            if _abbreviation_ends(token, tokens[i + 1]):
                result.append(list(tokens[start : i + 1]))
                start = i + 1
            continue
        nxt = tokens[i + 1]
        if token.kind == "punct" and token.text in _CLOSING:
            # a closing mark after the full stop belongs to the sentence it closes
            ends = i > start and _ends_sentence(tokens[i - 1])
        else:
            ends = _ends_sentence(token) and nxt.text not in _CLOSING
        if ends and _opens_sentence(nxt):
            result.append(list(tokens[start : i + 1]))
            start = i + 1
    if start < len(tokens):
        result.append(list(tokens[start:]))
    return result
