"""Where a body stands, said without "endorse" and its like: staying out or on the sidelines,
taking no position, holding off, an endorsement told by reference ("the UAW followed", "So did
Local 31"), and a side taken for a candidate ("moved its support to", "announced for", "is
with")."""

from __future__ import annotations

from collections.abc import Sequence

from tui.facts.auto.bodies import union_of
from tui.facts.auto.candidates import candidates
from tui.facts.auto.common import Context, Row, named_person
from tui.facts.auto.endorsement_rows import each_candidate, rows_for
from tui.facts.auto.endorsers import endorsers, listed
from tui.facts.auto.verbs import (
    NOT,
    UNDECIDED,
    WITHHELD,
    group_start,
    group_words,
    hedged,
    speculative,
    timely,
)
from tui.facts.people import Entity
from tui.facts.phrases import Phrase, np_after, np_before
from tui.facts.reading import Sentence
from tui.facts.text import Token


def stayed_out(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    """ "voted to stay neutral", "sat out the presidential race", "stayed out of the race":
    no endorsement."""
    toks = sentence.tokens
    verb = v - 1
    this_one = [t.low for t in toks[max(0, v - 2) : v]] == ["this", "one"]
    if toks[v].low == "out" and this_one:  # "will sit this one out"
        verb = v - 3
    if toks[v].low == "sidelines":  # "will stay on the sidelines"
        verb = v - 3 if [t.low for t in toks[max(0, v - 2) : v]] == ["on", "the"] else -1
    if verb < 0 or toks[verb].low not in _STAY:
        return []
    rest = [t.low for t in toks[v + 1 : v + 6]]
    if (toks[v].low == "out" and not this_one) or rest[:1] in (["on"], ["in"]):
        # "sat out the race", "neutral in the race"; not "neutral on the measure"
        ahead = rest[: rest.index(",")] if "," in rest else rest
        this_race = " ".join(ahead).startswith("of this one")  # "stay out of this one"
        if not {"race", "election", "contest", "primary"} & set(ahead) and not this_race:
            return []
    start = group_start(toks, verb)
    before = group_words(toks, start, verb)
    if speculative(toks, start, before):
        return []
    if any(w in before.split() for w in ("not", "never", "didn't", "won't")):
        return []
    return rows_for(ctx, sentence, endorsers(ctx, sentence, start), None, "withheld", v)


_STAY = frozenset(
    "stay stays stayed staying remain remains remained remaining sat sit sits sitting".split()
)


def stance(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    """ "hasn't decided", "hasn't taken a position", "has chosen not to take a side": where a
    body stands, said without "endorse". Taking a side, unsaid which, gives no row."""
    toks = sentence.tokens
    verb = v
    made = next((k for k in range(v - 1, max(-1, v - 4), -1) if toks[k].low in _MADE), -1)
    if toks[v].low in ("pick", "choice") and made >= 0:
        verb = made  # "still hasn't made a presidential pick"
    elif toks[v].low == "decision":  # "has not made a decision"
        if made < 0:
            return []
        verb = made
    elif toks[v].low == "mind":  # "has not made up its mind"
        near = [t.low for t in toks[max(0, v - 3) : v]]
        if len(near) < 3 or near[0] not in ("made", "make") or near[1] != "up":
            return []
        verb = v - 3
    elif toks[v].low in STANCES:
        verb = next((k for k in range(v - 1, max(-1, v - 4), -1) if toks[k].low in _TAKE), -1)
        if verb < 0 or any(t.kind != "word" for t in toks[verb:v]):
            return []
    rest = [t.low for t in toks[v + 1 : v + 6]]
    if rest[:1] in (["on"], ["in"]) and not {"race", "election", "contest", "primary"} & set(
        rest[: rest.index(",")] if "," in rest else rest
    ):
        return []  # "hasn't taken a position on the measure" is not about the race
    start = group_start(toks, verb)
    before = group_words(toks, start, verb)
    if speculative(toks, start, before):
        return []
    deciding = toks[v].low in ("decide", "decided", "choose", "pick", "decision", "choice")
    negated = any(w in NOT or w == "yet" for w in before.split())
    if deciding and negated:
        status = "undecided"  # "has not decided", "will not decide until later this year"
    elif any(m in before for m in WITHHELD):
        status = "withheld"
    elif any(m in before for m in UNDECIDED) or before.split()[-1:] in (["not"], ["yet"]):
        status = "undecided"
    else:
        return []
    return rows_for(ctx, sentence, endorsers(ctx, sentence, start), None, status, v)


STANCES = frozenset("position side sides stance".split())

_TAKE = frozenset("take takes taken taking took".split())

_MADE = frozenset("made make makes reached reach".split())


def holding_off(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    """ "The IAFF is also holding off": not yet."""
    toks = sentence.tokens
    start = group_start(toks, v - 1)
    if hedged(toks, start, v - 1):
        return []
    return rows_for(ctx, sentence, endorsers(ctx, sentence, start), None, "undecided", v)


HOLDING_OFF = frozenset("holding hold holds held".split())

ECHO_WORDS = frozenset("followed follows follow same so neither nor".split())

_CHOSE_TO = frozenset("voted decided agreed chose".split())

_SO_VERBS = frozenset("did has have had does is are was".split())


def echoed(ctx: Context, sentence: Sentence, v: int, before: list[Row]) -> list[Row]:
    """ "The UAW followed a day later", "the council has done the same", "So did Local 31":
    the endorsement just told of, made again by another body."""
    toks = sentence.tokens
    low = toks[v].low
    leader: str | None = None  # "followed the international union": whose endorsement
    if low == "follow":  # "will follow", "plans to follow": not done; "voted to follow" is
        chose = {t.low for t in toks[group_start(toks, v) : v]} & _CHOSE_TO
        if not chose or toks[v - 1].low != "to":
            return []
    if low in ("followed", "follows", "follow"):
        rest = toks[v + 1 :]
        if rest and rest[0].low == "suit":
            rest = rest[1:]
        # "followed that week", "followed the next day": a time, not whom it followed
        when = len(rest) > 1 and rest[0].low in ("that", "the")
        when = when and (timely(rest[1]) or rest[1].low in ("same", "next", "following"))
        when = when or (len(rest) > 0 and rest[0].low in ("within", "shortly", "soon", "quickly"))
        if (
            rest
            and rest[0].kind == "word"
            and not (timely(rest[0]) or when)
            and rest[0].low != "with"
        ):
            found = np_after(toks, v + 1, len(toks))
            body = union_of(ctx, sentence, found[0]) if found else None
            if body is None:
                return []  # "followed the vote": an object, not the endorsement echoed
            leader = body.name
        bodies = endorsers(ctx, sentence, group_start(toks, v))
    elif low == "same":
        near = [t.low for t in toks[max(0, v - 3) : v]]
        if near[-2:] != ["done", "the"] and near[-2:] != ["did", "the"]:
            return []
        bodies = endorsers(ctx, sentence, group_start(toks, v - 2))
    else:  # "So did Local 31", "and so is the United Auto Workers", "neither did the UFCW"
        opens = v == 0 or toks[v - 1].low == "and" or toks[v - 1].text in ",;"
        if not opens or v + 2 >= len(toks) or toks[v + 1].low not in _SO_VERBS:
            return []
        bodies = listed(ctx, sentence, v + 2)
        if low in ("neither", "nor"):
            stand = _last_stand(sentence, before)
            return rows_for(ctx, sentence, bodies, None, stand, v) if stand else []
    last = _last_endorsed(sentence, before, leader)
    bodies = [b for b in bodies if b.name != leader]
    if last is None or not bodies:
        return []
    return rows_for(ctx, sentence, bodies, Entity(last, "person"), "endorsed", v)


def _last_endorsed(sentence: Sentence, before: list[Row], by: str | None = None) -> str | None:
    """The candidate of the latest endorsement told just before (by one body, when named)."""
    for row in reversed(before):
        if row["status"] != "endorsed" or (by is not None and row["union"] != by):
            continue
        if by is not None or sentence.start - row["starts"][0] < 600:
            return str(row["candidate"])
    return None


def _last_stand(sentence: Sentence, before: list[Row]) -> str | None:
    """ "never endorsed, and neither did the Carpenters": the stand without a candidate just
    told of."""
    if not before or sentence.start - before[-1]["starts"][0] >= 600:
        return None
    status = before[-1]["status"]  # "endorsed Harris, and neither did…" borrows nothing older
    return None if status == "endorsed" else str(status)


_MOVES = frozenset("moved switched shifted transferred came come comes coming turned".split())


def moved(toks: Sequence[Token], v: int) -> int | None:
    """ "moved its support to Harris", "switched its backing to her", "came around to Harris"."""
    for k in range(v - 1, max(-1, v - 4), -1):
        if toks[k].low in _MOVES:
            between = {t.low for t in toks[k + 1 : v]}
            if between <= {"its", "their", "support", "backing", "endorsement", "around", "over"}:
                return k
            return None
    return None


_FOR_VERBS = frozenset("announced declared came lined".split())

_BE = frozenset("is are was were been".split())

_STOOD = frozenset("stood stand stands standing lined lines".split())


def sided(toks: Sequence[Token], v: int) -> int | None:
    """ "had all announced for Harris", "came out for Harris", "is also with Feeney": the
    verb of a side taken."""
    k = v - 1
    while k > 0 and toks[k].low in (
        "all",
        "also",
        "firmly",
        "squarely",
        "now",
        "out",
        "up",
        "together",
        "solidly",
    ):
        k -= 1
    if k < 0:
        return None
    if toks[v].low == "for" and toks[k].low in _FOR_VERBS:
        return k
    if toks[v].low in ("with", "behind") and toks[k].low in _BE:
        return k  # "is also with Feeney", "The nurses association is behind Okafor-Bell"
    if toks[v].low == "behind" and toks[k].low in _STOOD:
        return k  # "the trades and AFSCME stood together behind Frank Dorsey"
    return None


def sided_with(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    return _to_candidate(ctx, sentence, v, sided(sentence.tokens, v))


def moved_to(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    return _to_candidate(ctx, sentence, v, moved(sentence.tokens, v))


def _to_candidate(ctx: Context, sentence: Sentence, v: int, verb: int | None) -> list[Row]:
    """The side a verb at toks[verb] takes, for the person named after toks[v]: "moved its
    support to Harris", "announced for Harris", "is with Feeney"."""
    toks = sentence.tokens
    if verb is None:
        return []
    start = group_start(toks, verb)
    if hedged(toks, start, verb):
        return []
    # "is behind Harris and Rep. Elissa Slotkin": every candidate named
    return each_candidate(ctx, sentence, endorsers(ctx, sentence, start), v + 1, v)


BACKERS = frozenset("backer backers supporter supporters".split())


def backer(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    """ "The IBEW was among Harris's earliest backers", "the IAFF, an early Biden backer",
    "an early supporter of Biden's 2020 campaign": a side taken, said with a noun."""
    toks = sentence.tokens
    candidate = _backed(ctx, sentence, v)
    if candidate is None:
        return []
    k = max(v - 1, 0)  # back to the start of the noun phrase: "among Harris's earliest"
    while k > 0 and toks[k].kind == "word" and toks[k].low not in _BE and toks[k].text != ",":
        k -= 1
    if toks[k].text == "," and k > 0:  # "the IAFF, an early and enthusiastic Biden backer"
        bodies = [b for b in [union_of(ctx, sentence, np_before(toks, k - 1, 0))] if b]
    elif toks[k].low in _BE:  # "was among Harris's earliest backers"
        start = group_start(toks, k)
        if hedged(toks, start, k):
            return []
        bodies = endorsers(ctx, sentence, start)
    else:
        return []
    return rows_for(ctx, sentence, bodies, candidate, "endorsed", v)


def _backed(ctx: Context, sentence: Sentence, v: int) -> Entity | None:
    toks = sentence.tokens
    if v + 2 < len(toks) and toks[v + 1].low == "of":  # "an early supporter of Biden's 2020 …"
        found = candidates(ctx, sentence, v + 2)
        return found[0][0] if found else None
    for k in range(v - 1, max(-1, v - 4), -1):  # "Harris's earliest backers", "a Biden backer"
        if toks[k].is_cap and (toks[k].possessive or k == v - 1):
            first = k
            while first > 0 and toks[first - 1].is_cap and not toks[first - 1].possessive:
                first -= 1
            return named_person(ctx, sentence, Phrase("name", tuple(toks[first : k + 1])))
        if toks[k].kind != "word" or toks[k].low in ("a", "an", "the", "among"):
            return None
    return None
