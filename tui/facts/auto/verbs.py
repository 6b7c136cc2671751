"""The verb group before a verb of endorsing and what it says: "has yet to", "voted in August
to", "declined on Wednesday to", "could", "would not … until"."""

from __future__ import annotations

from collections.abc import Sequence

from tui.facts.lexicon import MONTHS, WEEKDAYS
from tui.facts.text import Token

SPECULATIVE = frozenset(
    "could may might expected considering consider considered plans plan planning likely".split()
)

WITHHELD = ("declined to", "decided not", "opted not", "chose not", "will not", "would not",
            "won't", "wouldn't", "refused to", "not to", "no one", "no candidate")  # fmt: skip

UNDECIDED = ("yet to", "not yet", "hasn't", "haven't", "has not", "have not")

NOT = frozenset("not never n't didn't hasn't haven't hadn't won't wouldn't".split())

# Words of a verb group between the endorser and "endorse": "has yet to", "voted in August to".
_GROUP = frozenset(
    """
    to not never yet has have had is are was were been will would already also formally
    officially unanimously voted decided declined opted chose refused went ahead quickly
    since then today later previously all each both jointly together n't hasn't be being
    against chosen did does do twice once again haven't hadn't didn't won't wouldn't isn't
    aren't wasn't weren't doesn't don't
    """.split()
)


def group_start(toks: Sequence[Token], v: int) -> int:
    """The first word of the verb group ending at toks[v]: "has yet to endorse" -> "has"."""
    k = v
    while (
        k > 0
        and toks[k - 1].kind == "word"
        and (
            toks[k - 1].low in _GROUP
            or toks[k - 1].low.endswith("ly")
            or (toks[k - 1].low == "and" and k > 1 and toks[k - 2].low == "ahead")  # went ahead and
        )
    ):
        k -= 1
    # "voted in August to endorse", "voted 312 to 141 on Saturday to endorse", "voted
    # Wednesday not to endorse": a date or a tally inside the group
    if k < v and toks[k].low in ("to", "not", "never"):
        j = k
        while j > 0 and k - j < 9 and _inside(toks, j - 1, toks[k].low == "to"):
            j -= 1
        if 0 < j < k and toks[j - 1].low in _GROUP:
            return group_start(toks, j)
    return k


def _inside(toks: Sequence[Token], j: int, to_ends: bool) -> bool:
    """A date or tally word inside a verb group ("voted 312 to 141 on Saturday to"), or where
    it was done ("voted at a membership meeting Tuesday to"); a "to" when the group ends in
    "to"."""
    inside = timely(toks[j]) or toks[j].low in _WHERE_VOTED
    return inside and (to_ends or toks[j].low != "to")


_WHERE_VOTED = frozenset(
    "at a its their the membership monthly general special meeting convention session".split()
)


def group_words(toks: Sequence[Token], start: int, v: int) -> str:
    """The verb group's words without its date: "declined on Wednesday to" -> "declined to"."""
    return " ".join(t.low for t in toks[start:v] if t.low == "to" or not timely(t))


def timely(tok: Token) -> bool:
    low = tok.low.rstrip(".")
    return (
        low in _TIME_WORDS
        or low in WEEKDAYS
        or low in MONTHS
        or low[:1].isdigit()
        or tok.text == ","
    )


_TIME_WORDS = frozenset(
    """
    on in at last this early late night morning afternoon evening to ago week weeks month months
    year years day days a an one two three four five six several few
    """.split()
)


def conditional(toks: Sequence[Token], start: int) -> bool:
    """ "whether or not it backed her", "if the union endorses": nothing was done."""
    for k in range(start - 1, max(-1, start - 5), -1):
        if toks[k].text in ",;:":
            return False
        if toks[k].low in ("whether", "if", "unless"):
            return True
    return False


def rest_of_clause(toks: Sequence[Token], v: int) -> str:
    end = next((k for k in range(v + 1, len(toks)) if toks[k].text in ",;:."), len(toks))
    return " ".join(t.low for t in toks[v + 1 : end])


NOBODY = ("a candidate", "any candidate", "anyone", "anybody", "either", "in ", "for president")


_NO_PLANS = (" not plan to", " no plans to", " not intend to", " will not ", " won't ")


def status_of(before: str, word: str, after: str, later: str | None = None) -> str | None:
    """Where the verb group leaves a body: `later` is the rest of the clause ("will not endorse
    until its members vote" is not yet, not never)."""
    if any(words in before for words in UNDECIDED):
        # "has not endorsed in the race and does not plan to": never, not yet
        rest = f" {later or ''} "
        never = any(w in rest for w in _NO_PLANS) and " until " not in rest
        return "withheld" if never else "undecided"
    if any(words in before for words in WITHHELD) or after.startswith(("no one", "nobody")):
        return "undecided" if " until " in f" {later or ''} " else "withheld"
    if before.split()[-1:] == ["against"]:
        return "withheld"  # "decided against endorsing"
    if before.split()[-1:] in (["not"], ["never"], ["didn't"]) or "did not" in before:
        if after.startswith(NOBODY) or (later is not None and not later.strip()):
            return "withheld"  # "did not endorse a candidate in the race", "never endorsed."
        return None  # "did not endorse Harris": what the union decided is not said
    if before.split()[-1:] in (["did"], ["does"], ["do"]):
        return "endorsed"  # "the local did endorse Solheim"
    if word == "endorse" and not _DECIDING & set(before.split()):
        return None  # "to endorse Harris", "will endorse": not yet done (unless announced)
    return "endorsed"


# "voted to endorse", "decided to back": done, not only meant
_DECIDING = frozenset("voted vote voting decided agreed chose opted moved".split())


def announced(toks: Sequence[Token], start: int, before: str) -> bool:
    """ "The SEIU announced that it would endorse Harris", "said it will back Harris": the
    body's own word that it endorses, not a forecast."""
    return before in ("would", "will", "is going to") and said_before(toks, start) is not None


def said_before(toks: Sequence[Token], start: int) -> int | None:
    """The verb of saying in "announced Thursday that it" just before toks[start], if any."""
    k = start - 1
    if k < 1 or toks[k].low not in ("it", "they"):
        return None
    k -= 1
    if toks[k].low in ("that", "whether"):
        k -= 1
    while k > 0 and timely(toks[k]) and toks[k].low != "to":
        k -= 1
    return k if toks[k].low in SAID else None


def speculative(toks: Sequence[Token], start: int, before: str) -> bool:
    """ "could endorse", "is expected to back", "if the union endorses": nothing done."""
    return any(w in SPECULATIVE for w in before.split()) or conditional(toks, start)


def hedged(toks: Sequence[Token], start: int, verb: int) -> bool:
    """The verb group before toks[verb] speculates or denies: "could win", "has not moved"."""
    group = group_words(toks, start, verb).split()
    return any(w in NOT for w in group) or speculative(toks, start, " ".join(group))


SAID = frozenset("said says announced announces told confirmed declared".split())
