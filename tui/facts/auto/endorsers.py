"""Who endorses: the subject of the verb group and every body coordinated with it ("Joint
Council 7 in California and Joint Council 16 in New York endorsed"), the bodies of a list
("unions such as A, B and C", "A and B, both of which"), and "as did A and B"."""

from __future__ import annotations

from collections.abc import Sequence

from tui.facts import lexicon as lx
from tui.facts.auto.bodies import (
    LEVEL_WORDS,
    assembly_of,
    calling,
    union_like,
    union_of,
    union_of_calling,
)
from tui.facts.auto.common import Context, counts_a_share
from tui.facts.auto.verbs import SAID, said_before, timely
from tui.facts.cues import subject_of
from tui.facts.people import Entity, verb_like
from tui.facts.phrases import Phrase, np_after, np_before
from tui.facts.reading import Sentence
from tui.facts.text import Token, index_of

_LEADS = frozenset("and , including such as like along with as well the both".split())

_SUBJECT_WORDS = _LEADS | frozenset("in of from at for its their state county regional".split())


def endorsers(ctx: Context, sentence: Sentence, start: int) -> list[Entity]:
    """The bodies that do what the verb group at toks[start] says: the subject, and every body
    coordinated with it ("Joint Council 7 in California and Joint Council 16 in New York")."""
    toks = sentence.tokens
    if start > 0 and (counts_a_share(toks[start - 1 : start])):
        return []  # "59.6 percent backed Trump": a share of members, not a body
    both = _both_of_which(ctx, sentence, start) or _both_named_before(ctx, sentence, start)
    if both:
        return both
    if _respondents(toks, start):
        return []  # "27 percent said they supported Trump": members asked, not the body
    which = _which_said_it(ctx, sentence, start)
    if which is not None:
        return [which]
    # "It backed the mayor; Delacroix has stayed out of the race": the subject of this clause
    lo = next((k + 1 for k in range(start - 1, -1, -1) if toks[k].text in ";:"), 0)
    lo = max(lo, after_dateline(toks, start))  # "CHARLOTTE, N.C. (AP) — The Fraternal Order of…"
    opening = assembly_of(ctx, sentence, lo) if lo < start else None
    if opening is not None:
        return [opening]  # "Delegates to the X, which represents 58 locals, voted to endorse"
    phrase = _decision_before(toks, start, lo)  # "the Teamsters' decision not to endorse"
    if phrase is None and start > lo + 1 and toks[start - 1].low == "that":
        phrase = _that_stands_for(toks, start - 1, lo)  # "the labor federation that endorsed"
    if phrase is None:
        phrase, _ = subject_of(toks, start, lo)
    if phrase is None and start > lo and toks[start - 1].low in ("we", "you"):
        phrase = Phrase("pronoun", (toks[start - 1],), "it")  # "Q: You endorsed Regan in 2023."
    if phrase is not None and phrase.kind == "description" and phrase.head in _MEMBERSHIP:
        phrase = _whose_members(toks, phrase) or phrase  # "ATU Local 1749 members endorsed"
    called = _calling_before(toks, start, lo) if phrase is None else None
    if called is not None:  # "The electricians endorsed Whitfield back in July"
        body = union_of_calling(ctx, sentence, called)
        return [body] if body is not None else []
    first = _head_of(ctx, sentence, phrase) if phrase is not None else None
    if first is None and start > 1 and toks[start - 1].low == "and":
        phrase = _first_verbs_subject(toks, start - 1, lo)
        first = _head_of(ctx, sentence, phrase) if phrase is not None else None
    bodies = [first] if first is not None else []
    # the whole subject: every body named between the clause's start and the verb group, but
    # not an object ("the council, which includes Local 2212, decided")
    lo = _clause_start(toks, start)
    if lo > 1 and toks[lo - 1].low in _HAS_IN_IT and toks[lo - 2].low in ("which", "that", "who"):
        return bodies
    for body in _bodies_in(ctx, sentence, lo, start):
        if body not in bodies:
            bodies.append(body)
    return bodies  # one body named twice ("…, IAFF Local 1407,") the reading made one entity


_DECISIONS = frozenset("decision vote choice refusal".split())


def _head_of(ctx: Context, sentence: Sentence, phrase: Phrase) -> Entity | None:
    """The body a subject phrase names, or the one it belongs to: "Lodge 31 of the Fraternal
    Order of Police in Cobb County, which endorsed Trump" is the lodge, not its parent or its
    county."""
    toks = sentence.tokens
    first = index_of(toks, phrase.tokens[0])
    if _excluded(toks, first):
        return None  # "Most major unions other than the Teamsters backed Biden"
    body = union_of(ctx, sentence, phrase)
    while True:
        if first > 0 and toks[first - 1].low == "the":
            first -= 1
        if first > 2 and toks[first - 1].text == "," and body is None:
            place = np_before(toks, first - 2, 0)  # "in Toledo, Ohio, met": past the state
            if place is not None and toks[first].low.rstrip(".,") in lx.PLACES:
                first = index_of(toks, place.tokens[0])
        if first < 2 or toks[first - 1].low not in ("in", "of", "from"):
            return body
        owner = np_before(toks, first - 2, 0)
        if owner is not None and _some_local(owner):
            return None  # "a Carpenters union local in Henderson": an unnamed local
        found = union_of(ctx, sentence, owner)
        if owner is None or found is None:
            return body
        body = found
        first = index_of(toks, owner.tokens[0])


_MEMBERSHIP = frozenset("members membership".split())


def _whose_members(toks: Sequence[Token], phrase: Phrase) -> Phrase | None:
    """ "ATU Local 1749 members endorsed Ferreira": the local, when no share of the members
    is counted in the sentence ("58% of members backed Trump" is a poll)."""
    if counts_a_share(toks):
        return None
    words = [t for t in phrase.tokens if t.low != "the"]
    named = [t for t in words if t.is_cap or t.bare.isdigit()]
    if not named or words[-1].bare not in _MEMBERSHIP or len(named) != len(words) - 1:
        return None  # "The members voted": no union named
    return Phrase("name", tuple(named))


def _calling_before(toks: Sequence[Token], start: int, lo: int) -> Phrase | None:
    """ "The electricians", "The dockworkers, whose candidate was eliminated,": a calling
    that stands for its union, with "the" before it."""
    k = start - 1
    if k > lo and toks[k].text == ",":  # past an apposition set off by commas
        k = next((j - 1 for j in range(k - 1, max(lo, k - 15), -1) if toks[j].text == ","), -1)
    if k <= lo or not calling(toks[k]) or toks[k - 1].low != "the":
        return None
    return Phrase("description", (toks[k - 1], toks[k]))


def _that_stands_for(toks: Sequence[Token], that: int, lo: int) -> Phrase | None:
    """The noun phrase a relative "that" follows; not after a verb of saying ("said that")."""
    before = toks[that - 1]
    if before.kind != "word" or verb_like(before) or before.low in SAID:
        return None
    if before.bare in ("locals", "unions", "councils", "members", "chapters", "bodies"):
        return None  # "Teamsters locals that have endorsed her": some, not one body
    phrase = np_before(toks, that - 1, lo)
    first = next((i for i, t in enumerate(toks) if phrase and t is phrase.tokens[0]), 0)
    if phrase is None or phrase.kind != "description":
        return phrase
    if first > 1 and toks[first - 1].text == ",":  # "IBEW Local 2147 in Marietta, an
        return np_before(toks, first - 2, lo) or phrase  # electricians' local that endorsed"
    return None if _some_local(phrase) else phrase  # "a Carpenters union local that…"


def _some_local(phrase: Phrase) -> bool:
    """ "a Carpenters union local": one of that union's locals, unnamed; not the union."""
    return phrase.tokens[0].low in ("a", "an") and phrase.head in ("local", "lodge", "chapter")


def _excluded(toks: Sequence[Token], first: int) -> bool:
    left = first - 1 if first > 0 and toks[first - 1].low == "the" else first
    return left > 0 and toks[left - 1].low in ("than", "except", "besides", "unlike")


def _first_verbs_subject(toks: Sequence[Token], at: int, lo: int) -> Phrase | None:
    """ "The executive board of Local 3047 met Tuesday and voted to endorse": the subject of
    the verb before the "and"."""
    for k in range(at - 1, lo, -1):
        if verb_like(toks[k]) and not timely(toks[k]):
            return subject_of(toks, k, lo)[0]
    return None


def _decision_before(toks: Sequence[Token], start: int, lo: int) -> Phrase | None:
    k = start - 1
    while k > lo and (timely(toks[k]) or toks[k].low in ("on", "in", "last", "this")):
        k -= 1
    if k <= lo or toks[k].low not in _DECISIONS or not toks[k - 1].possessive:
        return None
    first = k - 1
    while first > lo and (toks[first - 1].is_cap or toks[first - 1].low in ("of", "and")):
        first -= 1
    owner = tuple(toks[first:k])
    return Phrase("name", owner) if toks[k - 1].is_cap else Phrase("description", owner)


_DASHES = frozenset("— – - --".split())


def after_dateline(toks: Sequence[Token], start: int) -> int:
    """Where the story starts after a dateline ("MADISON, Wis. (AP) —"), else 0: a dash before
    the verb group, after a town in capitals and at most its state and its agency."""
    if not toks or toks[0].kind != "word" or not toks[0].text.isupper() or len(toks[0].text) < 3:
        return 0
    dash = next((k for k in range(1, min(start, 14)) if toks[k].text in _DASHES), None)
    if dash is None:
        return 0
    words = [t for t in toks[1:dash] if t.kind == "word"]
    if not all(t.is_cap or t.text.isupper() for t in words):
        return 0  # "NABTU, the building trades, endorsed Harris — a first": no dateline
    return dash + 1


def _respondents(toks: Sequence[Token], start: int) -> bool:
    if start < 2 or toks[start - 1].low not in ("they", "it") or toks[start - 2].low not in SAID:
        return False
    near = toks[max(0, start - 6) : start - 2]
    return counts_a_share(near)


def _which_said_it(ctx: Context, sentence: Sentence, start: int) -> Entity | None:
    """ "its national union, which announced last month that it would not endorse": the
    body "which" stands for, not the subject of the sentence."""
    toks = sentence.tokens
    k = said_before(toks, start)
    while k is not None and k > 2 and toks[k - 1].low in ("has", "have", "had", "not", "yet"):
        k -= 1  # "which has not said whether it will endorse"
    if k is None or k < 2 or toks[k - 1].low != "which" or toks[k - 2].text != ",":
        return None
    return union_of(ctx, sentence, np_before(toks, k - 3, 0))


def _both_named_before(ctx: Context, sentence: Sentence, start: int) -> list[Entity]:
    """ "In 2021, both endorsed Halvorsen": the two unions named last before the sentence."""
    toks = sentence.tokens
    k = start if toks[start].low == "both" else start - 1  # "both" may open the verb group
    if k >= 0 and toks[k].low in ("unions", "locals", "councils"):
        k -= 1
    if k < 0 or toks[k].low != "both" or (k > 0 and toks[k - 1].kind == "word"):
        return []
    named_here = any(
        m.sentence == sentence.index and m.offset < toks[k].start and union_like(m.entity)
        for m in ctx.people.mentions
    )
    if named_here:
        return []  # "the AFT and the NEA, both endorsed Harris": the two just named
    found: list[Entity] = []
    for mention in reversed(ctx.people.mentions):
        if mention.offset < sentence.start and union_like(mention.entity):
            if mention.entity not in found:
                found.append(mention.entity)
            if len(found) == 2:
                return found[::-1]
    return []


def _both_of_which(ctx: Context, sentence: Sentence, start: int) -> list[Entity]:
    """ "the UFW and the SEIU, both of which have endorsed Harris": the bodies named before."""
    toks = sentence.tokens
    near = [t.low for t in toks[max(0, start - 3) : start]]
    if near[-1:] == ["which"] and start >= 2 and toks[start - 2].text == ",":
        comma = start - 2  # "Joint Council 7, Joint Council 16 and Joint Council 25, which"
    elif len(near) == 3 and near[1:] == ["of", "which"] and near[0] in _ALL_OF:
        comma = start - 4
    else:
        return []
    if comma < 1 or toks[comma].text != ",":
        return []
    lo = comma
    while lo > 0 and (
        toks[lo - 1].is_cap or toks[lo - 1].low in _LIST_WORDS or toks[lo - 1].bare.isdigit()
    ):
        lo -= 1
    listed = _bodies_in(ctx, sentence, lo, comma)
    return listed if len(listed) > 1 or near[-1:] != ["which"] else []


_HAS_IN_IT = frozenset("includes include included represents represent counts".split())

_ALL_OF = frozenset("both all each two three four".split())

_LIST_WORDS = frozenset("the and , of".split())


def _clause_start(toks: Sequence[Token], start: int) -> int:
    k = start - 1
    while k >= 0 and not (toks[k].text in ";:—" or toks[k].low in ("which", "who", "that")):
        word = toks[k].kind == "word" and not toks[k].low[:1].isdigit()
        if word and not toks[k].is_cap and toks[k].low not in _SUBJECT_WORDS:
            break
        k -= 1
    return k + 1


def _bodies_in(ctx: Context, sentence: Sentence, lo: int, hi: int) -> list[Entity]:
    toks = sentence.tokens
    bodies: list[Entity] = []
    i = lo
    while i < hi:
        if toks[i].low in _SUBJECT_WORDS:
            i += 1
            continue
        found = np_after(toks, i, hi)
        if found is None:
            i += 1
            continue
        owner = (i > 0 and toks[i - 1].low == "of") or (i > 1 and toks[i - 2 : i][0].low == "of")
        # "Local 1776 of the UFCW", "unions other than the Teamsters"
        skip = owner or _excluded(toks, i)
        body = None if skip else union_of(ctx, sentence, found[0])
        if body is not None and body not in bodies:
            bodies.append(body)
        i = max(found[1], i + 1)
    return bodies


def as_did(ctx: Context, sentence: Sentence, v: int) -> list[Entity]:
    """ "The AFL-CIO endorsed Harris in July, as did the IBEW, the UAW and the SEIU"."""
    toks = sentence.tokens
    for k in range(v + 1, len(toks) - 2):
        if toks[k].low == "as" and toks[k + 1].low in ("did", "has", "have", "had", "does"):
            return listed(ctx, sentence, k + 2)
    return []


def listed(ctx: Context, sentence: Sentence, i: int) -> list[Entity]:
    """The bodies of "unions such as the UAW, AFL-CIO, and the IBEW" or "most other major
    unions, including the UAW and the AFL-CIO" or "two unions: the UAW and the AFL-CIO"."""
    toks = sentence.tokens
    end = len(toks)
    for k in range(i, min(end, i + 10)):
        if toks[k].low in ("including", "like") or toks[k].text == ":":
            i = k + 1
            break
        if toks[k].low == "such" and k + 1 < end and toks[k + 1].low == "as":
            i = k + 2
            break
    bodies: list[Entity] = []
    while i < end:
        again = toks[i].low in ("from", "of") and toks[i - 1].low == "and"  # "and from B"
        if toks[i].low in _LEADS or toks[i].text == "," or again:
            i += 1
            continue
        level = toks[i].low in LEVEL_WORDS and not toks[i].is_cap  # not "International"
        if level and i + 1 < end and toks[i + 1].is_cap:
            i += 1  # "the national FOP", "the state AFL-CIO": union_of reads the level again
        found = np_after(toks, i, end)
        if found is None:
            break
        body = union_of(ctx, sentence, found[0])
        if body is None:
            break
        bodies.append(body)
        i = found[1]
        while i + 1 < end and toks[i].low in ("in", "of", "from") and toks[i + 1].is_cap:
            i += 2  # "Joint Council 7 in San Francisco"
            while i < end and toks[i].is_cap:
                i += 1
    return bodies
