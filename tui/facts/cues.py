"""Attribution cues in a sentence's tokens: who the words before, after or around a quote name.

Each function looks at one sentence, where every quotation is a single token, and returns the
phrase that names the speaker (and whoever relays the words), not yet resolved to a person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.facts import lexicon as lx
from tui.facts.people import is_adverb, skip_adverbs, verb_like
from tui.facts.phrases import (
    CONJUNCTIONS,
    Phrase,
    clause_subject,
    named_after,
    np_after,
    np_before,
)
from tui.facts.text import Token, index_of

_DASHES = ",—–-"
_TOPIC_WORDS = frozenset("on about regarding asked".split())
_PASSIVE_BE = frozenset("be been being is was were are".split())


@dataclass(frozen=True, slots=True)
class Cue:
    phrase: Phrase | None  # None: a cue with no one behind it ("has been called")
    start: int  # where the attribution words start and end in the article
    end: int
    relay: Phrase | None = None
    # "On the RNC speech: “...”": an interview's topic line; the speaker is the interviewee
    topic: bool = False


def trailing(toks: Sequence[Token], q: int) -> Cue | None:
    """After the quote: "..., Maria Lopez said", "said X", "according to X", "as X put it"."""
    hi = _next_quote(toks, q + 1)
    i = q + 1
    while i < hi and toks[i].kind == "punct" and toks[i].text in _DASHES:
        i += 1
    if i >= hi or toks[i].kind != "word":
        return None
    start, end = toks[i].start, toks[_clause_end(toks, i, hi) - 1].end
    low = toks[i].low
    if low == "according" and i + 1 < hi and toks[i + 1].low == "to":
        found = np_after(toks, i + 2, hi)
        return Cue(found[0], start, end) if found else None
    if low == "as":  # "as one Teamster in Nevada put it"
        found = np_after(toks, i + 1, hi)
        if found and found[1] < hi and (_says(toks[found[1]]) or toks[found[1]].low == "put"):
            return Cue(found[0], start, end)
        return None
    if low in lx.SAY_VERBS:
        found = np_after(toks, i + 1, hi)
        if found is None:
            return None
        named = named_after(toks, found[0], hi)  # "said the local's president, Tamika Sorrell"
        return Cue(named, start, end, according(toks, i, hi))
    found = np_after(toks, i, hi)
    if found is None:
        return None
    phrase, j = found
    if j < hi and toks[j].text == ",":
        j = _after_apposition(toks, j, hi)
    j = skip_adverbs(toks, j)
    if j < hi and _says(toks[j]):
        return Cue(phrase, start, end, according(toks, j, hi))
    return None


def _after_apposition(toks: Sequence[Token], comma: int, hi: int) -> int:
    """ "Vance, speaking at a rally in Saginaw, Michigan, on Wednesday, said": the index of the
    reporting verb after the apposition, or just past the first comma when there is none."""
    for k in range(comma + 1, min(hi, comma + 30)):
        if _says(toks[k]) and toks[k - 1].text == ",":
            return k
    k = comma + 1
    while k < hi and toks[k].text != "," and k - comma < 20:
        k += 1
    return k + 1


def according(toks: Sequence[Token], i: int, hi: int) -> Phrase | None:
    """A relay later in the same clause: "..., he said, according to Palmer"."""
    for k in range(i, hi - 1):
        if toks[k].low == "according" and toks[k + 1].low == "to":
            found = np_after(toks, k + 2, hi)
            return found[0] if found else None
    return None


def leading(toks: Sequence[Token], q: int) -> Cue | None:
    """Before the quote: "She also said, “", "O’Brien told reporters: “", "according to X, “"."""
    lo = _previous_quote(toks, q) + 1
    last = q - 1
    if last < lo or toks[last].kind != "punct" or toks[last].text not in ",:—–":
        return None
    end = toks[last].start
    for k in range(last - 1, lo - 1, -1):
        if is_noun(toks, k):
            continue
        if _says(toks[k]) or toks[k].low in lx.SAY_PARTICIPLES:
            recalled = _recalled(toks, k, last)
            if recalled is not None:
                return Cue(recalled[0], toks[k].start, end, recalled[1])
            phrase, relay = subject_of(toks, k, lo)
            if phrase is None:
                continue  # "Asked whether he worried, Dombrowski laughed: “"
            return Cue(phrase, min(phrase.start, toks[k].start), end, relay)
        source = _source_phrase(toks, k, last)
        if source is not None:
            return Cue(source, toks[k].start, end)
    if toks[last].text == ":":
        if toks[0].low in _TOPIC_WORDS:  # "On the RNC speech: “”", "On Trump’s remark that …:"
            return Cue(None, toks[0].start, end, topic=True)
        subject = clause_subject(toks, lo, last)
        if subject is not None:
            return Cue(subject, toks[lo].start, end)
    return None


def _recalled(toks: Sequence[Token], verb: int, hi: int) -> tuple[Phrase, Phrase | None] | None:
    """ "An official recalled O’Brien laying out his thinking: “...”": O’Brien spoke."""
    if toks[verb].low not in lx.RELAY_VERBS:
        return None
    found = np_after(toks, verb + 1, hi)
    if found is None or found[1] >= hi or not toks[found[1]].low.endswith("ing"):
        return None
    relay, _ = subject_of(toks, verb, 0)
    return found[0], relay


def _source_phrase(toks: Sequence[Token], k: int, hi: int) -> Phrase | None:
    """ "according to X," and "in the words of X," name a speaker without a verb."""
    words = [t.low for t in toks[k : k + 4]]
    if words[:2] == ["according", "to"]:
        found = np_after(toks, k + 2, hi)
    elif words[:4] == ["in", "the", "words", "of"]:
        found = np_after(toks, k + 4, hi)
    else:
        return None
    return found[0] if found else None


def partial(toks: Sequence[Token], q: int) -> Cue | None:
    """A quote inside a sentence: the subject of the reporting verb before it, else after it."""
    for k in range(q - 1, -1, -1):
        low = toks[k].low
        if toks[k].kind == "quote" or is_noun(toks, k):
            continue
        if _says(toks[k]) or low in lx.SAY_PARTICIPLES or low in lx.NAMING_VERBS:
            if _passive(toks, k):
                return Cue(_agent(toks, q + 1), toks[k].start, toks[k].end)
            phrase, relay = subject_of(toks, k, 0)
            if phrase is None:
                return None
            relay = relay or according(toks, q + 1, len(toks))
            return Cue(phrase, min(phrase.start, toks[k].start), toks[k].end, relay)
    return trailing(toks, q)


def reported(toks: Sequence[Token]) -> Cue | None:
    """The reported speech of a sentence: "the union leader said the process was far from
    finished" names the speaker of a quotation that follows it with no cue of its own."""
    for k, tok in enumerate(toks):
        if _says(tok) and not is_noun(toks, k):
            phrase, relay = subject_of(toks, k, 0)
            if phrase is not None:
                return Cue(phrase, min(phrase.start, tok.start), tok.end, relay)
    return None


def asked(toks: Sequence[Token]) -> Cue | None:
    """ "Asked what he would tell a Trump voter, he paused." The quotation after a question
    framed this way is the answer of the clause's subject."""
    if not toks or toks[0].low != "asked":
        return None
    phrase = clause_subject(toks, 0, len(toks))
    if phrase is None:
        return None
    return Cue(phrase, toks[0].start, toks[-1].end)


def subject_of(toks: Sequence[Token], verb: int, lo: int) -> tuple[Phrase | None, Phrase | None]:
    """Who does the reporting verb at toks[verb], and who relays it, if anyone."""
    low = toks[verb].low
    before = verb - 1
    while before >= lo and toks[before].kind == "word" and is_adverb(toks[before]):
        before -= 1
    if low in lx.SAY_PARTICIPLES or low.endswith("ing"):
        relayed = _relayed_participle(toks, verb, lo)
        if relayed is not None:
            return relayed
        if before >= lo and toks[before].low == "to":
            # "whom some Democrats have taken to calling": the one who has taken to it
            k = before - 1
            while k >= lo and (verb_like(toks[k]) or is_adverb(toks[k])):
                k -= 1
            if k < before - 1:
                phrase = np_before(toks, k, lo)
                if phrase is not None:
                    return phrase, None
        governing = _governing_verb(toks, verb, lo)
        if governing is not None:
            return subject_of(toks, governing, lo)
        return clause_subject(toks, lo, verb), None
    if before < lo or toks[before].low in CONJUNCTIONS:
        return clause_subject(toks, lo, verb), None
    if toks[before].kind == "word":  # a subject right before its verb: "what Biden called"
        phrase = np_before(toks, before, lo) or _relative_subject(toks, before, lo)
    else:  # "Fain, whose union endorsed Harris in July, said"
        phrase = _relative_subject(toks, before, lo) or np_before(toks, before, lo)
    if phrase is None:
        phrase = clause_subject(toks, lo, verb)
        return (_named(toks, phrase, verb) if phrase else None), None
    return _named(toks, phrase, verb), _relay_before(toks, phrase, lo)


def _named(toks: Sequence[Token], phrase: Phrase, verb: int) -> Phrase:
    """ "One reader, a retired car hauler from Toledo named Walt Brennan, wrote": the name."""
    if phrase.kind != "description":
        return phrase
    start = next((i for i, t in enumerate(toks) if t is phrase.tokens[-1]), verb) + 1
    for k in range(start, verb - 1):
        if toks[k].low in ("named", "called") and toks[k + 1].is_cap:
            found = np_after(toks, k + 1, verb)
            if found is not None and found[0].kind == "name":
                return found[0]
    return phrase


def _governing_verb(toks: Sequence[Token], verb: int, lo: int) -> int | None:
    """The finite verb a participle hangs from: "put out a statement saying", "the union has
    opted not to endorse, citing"."""
    for k in range(verb - 1, lo - 1, -1):
        tok = toks[k]
        if tok.kind == "quote" or tok.text in ";:":
            return None
        if verb_like(tok) and not tok.low.endswith("ing") and not is_noun(toks, k):
            return k
    return None


def _relayed_participle(
    toks: Sequence[Token], verb: int, lo: int
) -> tuple[Phrase | None, Phrase | None] | None:
    """ "Palmer recalled her saying", "She recalled an older worker next to her turning and
    saying": the one recalled spoke; the one recalling relays."""
    for r in range(verb - 1, max(lo, verb - 15) - 1, -1):
        if toks[r].kind == "quote" or toks[r].text in ".;:":
            return None
        if toks[r].low in lx.RELAY_VERBS:
            found = np_after(toks, r + 1, verb)
            if found is None:
                return None
            relay, _ = subject_of(toks, r, lo)
            return found[0], relay
    return None


def _relative_subject(toks: Sequence[Token], before: int, lo: int) -> Phrase | None:
    """ "Shawn Fain, who has called Trump “a scab,”": the subject stands before ", who"."""
    for w in range(before, max(lo, before - 30) - 1, -1):
        tok = toks[w]
        if tok.kind == "quote" or tok.text in ".;:" or _says(tok):
            return None
        if tok.low in ("who", "which") and w - 1 >= lo and toks[w - 1].text == ",":
            return np_before(toks, w - 2, lo)
        if tok.low == "which" and w - 2 >= lo and toks[w - 2].text == ",":
            return np_before(toks, w - 3, lo)  # "the council, of which Local 2291 is a member,"
        if tok.low == "whose":
            owned = np_after(toks, w + 1, before + 1)
            # "whose members staff the stations": a word after the owned noun is its verb
            acts = owned is not None and owned[1] < before and toks[owned[1]].kind == "word"
            acts = acts and owned is not None and not toks[owned[1]].is_cap
            if acts or any(verb_like(t) for t in toks[w + 1 : before + 1]):
                # "Fain, whose union endorsed Harris in July, said": the clause has its own
                # verb, so the reporting verb is the main clause's, and Fain its subject
                return np_before(toks, w - 2, lo) if toks[w - 1].text == "," else None
            found = np_after(toks, w + 1, before + 1)  # "the UAW, whose president, Fain, said"
            return named_after(toks, found[0], before + 1) if found else None
        if tok.low == "whom":
            return None  # "O’Brien, whom Democrats call ...": the antecedent is not the speaker
    return None


def _relay_before(toks: Sequence[Token], phrase: Phrase, lo: int) -> Phrase | None:
    """ "Palmer said Harris told them, “...”": Palmer relays what Harris said."""
    k = index_of(toks, phrase.tokens[0]) - 1
    if k >= lo and toks[k].low == "that":
        k -= 1
    if k >= lo and _says(toks[k]):
        outer, _ = subject_of(toks, k, lo)
        return outer
    return None


def is_noun(toks: Sequence[Token], k: int) -> bool:
    """ "the former president’s remarks", "his statement": a verb-looking word used as a noun."""
    if k == 0 or toks[k].kind != "word":
        return False
    prev = toks[k - 1]
    if prev.low in ("her", "him", "them") and toks[k].low.endswith("ing"):
        return False  # "recalled her saying": an object, not a possessive
    return prev.possessive or prev.low in ("the", "a", "an", "his", "her", "their", "its", "our")


def _says(tok: Token) -> bool:
    return tok.kind == "word" and tok.low in lx.SAY_VERBS


def _passive(toks: Sequence[Token], k: int) -> bool:
    j = k - 1
    while j >= 0 and toks[j].kind == "word" and toks[j].low.endswith("ly"):
        j -= 1
    return j >= 0 and toks[j].low in _PASSIVE_BE and toks[k].low not in lx.SAY_PARTICIPLES


def _agent(toks: Sequence[Token], start: int) -> Phrase | None:
    for k in range(start, len(toks) - 1):
        if toks[k].low == "by":
            found = np_after(toks, k + 1, len(toks))
            return found[0] if found else None
    return None


def _next_quote(toks: Sequence[Token], i: int) -> int:
    while i < len(toks) and toks[i].kind != "quote":
        i += 1
    return i


def _previous_quote(toks: Sequence[Token], q: int) -> int:
    k = q - 1
    while k >= 0 and toks[k].kind != "quote":
        k -= 1
    return k


def _clause_end(toks: Sequence[Token], i: int, hi: int) -> int:
    """End of an attribution clause: up to the next comma, dash or full stop."""
    k = i
    while k < hi and not (toks[k].kind == "punct" and toks[k].text in ",.;—–!?"):
        k += 1
    return max(k, i + 1)
