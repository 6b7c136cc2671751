"""Who an endorsement is for: a named person ("state Sen. Gideon Rask", "former library board
member Olivia Trent", "the third candidate, Lyle Sorensen"), a ticket ("the Harris-Walz ticket"),
a ballot measure ("Prop 7"), several at once ("endorsed Okafor and Brandvold", "two candidates:
Alma Reyes and Jerome Pike")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.facts.auto.common import Context, named_person
from tui.facts.auto.verbs import timely
from tui.facts.people import Entity, verb_like
from tui.facts.phrases import Phrase, named_after, np_after, np_before
from tui.facts.reading import Sentence
from tui.facts.text import Token, index_of


def candidates(ctx: Context, sentence: Sentence, i: int) -> list[tuple[Entity, int | None]]:
    """The candidate named at toks[i] and each one coordinated with it ("endorsed Joe Biden in
    2020 and Hillary Clinton in 2016"), each with the token its date is read from (None: the
    verb's)."""
    toks = sentence.tokens
    if i < len(toks) and toks[i].low in ("both", "either"):
        i += 1  # "backing both Bledsoe and Tolliver"
    found = np_after(toks, i, len(toks))
    if found is not None and found[0].kind == "description":
        named = named_after(toks, found[0], len(toks))  # "the third candidate, Lyle Sorensen"
        if named is not found[0]:
            found = (named, index_of(toks, named.tokens[-1]) + 1)
        elif found[1] < len(toks) and toks[found[1]].text == ",":
            titled = titled_person(ctx, sentence, found[1] + 1)  # ", businessman Lyle Sorensen"
            if titled is not None:
                return [(titled, None)]
    if found is None or (found[0].kind == "description" and found[0].head in _BIDS):
        owner = _bidder(toks, i)  # "endorsed Joe Biden's reelection campaign": Biden
        found = (owner, i + len(owner.tokens)) if owner is not None else found
    first = (
        _in_this_sentence(ctx, sentence, found[0] if found else None)
        or _not_an_agent(ctx, sentence, named_person(ctx, sentence, found[0] if found else None))
        or _named_antecedent(ctx, sentence, found[0] if found else None)
        or _ticket(ctx, toks, i)
        or _measure(toks, i)
        or _the_measure(ctx, sentence, i)
        or titled_person(ctx, sentence, i)
        or _after_its_role(ctx, sentence, i)
    )
    colon = next((k for k in range(i, min(len(toks), i + 7)) if toks[k].text == ":"), None)
    if first is None and colon is not None and all(t.kind == "word" for t in toks[i:colon]):
        return _named_list(ctx, sentence, colon + 1)  # "two candidates: A and B"
    if first is None:
        return []
    last = first.name.split()[-1]
    if found is None or found[0].kind == "description" or found[0].tokens[-1].text != last:
        end = _name_end(toks, first, i)  # "incumbents Rosa Delgadillo and Peter Vang"
        found = (Phrase("name", (toks[end - 1],)), end) if end is not None else found
    found_all: list[tuple[Entity, int | None]] = [(first, None)]
    while found is not None:
        k = described = _past_apposition(toks, found[1])
        while k < len(toks) and k - found[1] < 5 and toks[k].low != "and" and timely(toks[k]):
            k += 1  # "in 2020", "on Monday"
        k = _past_the_office(toks, k)  # "Luis Ferreira for re-election and Hannah Bloch"
        if k >= len(toks) or toks[k].low != "and" or (toks[k - 1].text == "," and k != described):
            break  # "endorsed Harris on July 24, and Fain has spent": a new clause
        found = np_after(toks, k + 1, len(toks))
        other = named_person(ctx, sentence, found[0]) if found else None
        if found is not None and other is None and found[0].kind == "description":
            # "and first-time candidate Alisha Crane"
            other = _after_its_role(ctx, sentence, k + 1) or titled_person(ctx, sentence, k + 1)
            if other is not None:
                end = _name_end(toks, other, k + 1)
                found = (found[0], end) if end is not None else None
        if found is None or other is None or other == first:
            break
        if found[1] < len(toks) and verb_like(toks[found[1]]):
            break  # "endorsed Harris and Walz said": Walz is a new subject
        if "vice presidential" not in (other.role or "").lower():  # the ticket's second name
            found_all.append((other, found[1] - 1))
    return found_all


_BIDS = frozenset("campaign bid candidacy reelection re-election run ticket".split())


def _bidder(toks: Sequence[Token], i: int) -> Phrase | None:
    k = i
    while k < min(len(toks), i + 4) and toks[k].is_cap and not toks[k].possessive:
        k += 1
    if k >= len(toks) or not (toks[k].is_cap and toks[k].possessive):
        return None
    if not any(t.low in _BIDS for t in toks[k + 1 : k + 3]):
        return None
    return Phrase("name", tuple(toks[i : k + 1]))


def _agents(ctx: Context, sentence: Sentence) -> list[Entity]:
    """Who leads a body the sentence names ("the UAW, led by Shawn Fain,"): not a candidate."""
    toks = sentence.tokens
    after_by = {
        toks[k + 1].start
        for k in range(1, len(toks) - 1)
        if toks[k].low == "by" and toks[k - 1].low in _LEADING
    }
    return [m.entity for m in ctx.people.mentions if m.offset in after_by]


_LEADING = frozenset("led headed chaired run founded".split())


def _not_an_agent(ctx: Context, sentence: Sentence, person: Entity | None) -> Entity | None:
    return None if person is not None and person in _agents(ctx, sentence) else person


def _in_this_sentence(ctx: Context, sentence: Sentence, phrase: Phrase | None) -> Entity | None:
    """ "one of Biden's earliest backers, endorsing him in March 2023": the named person of
    the pronoun's gender earlier in its own sentence."""
    if phrase is None or phrase.kind != "pronoun" or phrase.pronoun not in ("he", "she"):
        return None
    if phrase.tokens[0].low not in ("him", "her"):
        return None  # a subject pronoun is the subject's
    agents = _agents(ctx, sentence)
    here = [
        m.entity
        for m in ctx.people.mentions
        if m.sentence == sentence.index
        and m.offset < phrase.start
        and m.entity not in agents  # "the UAW, led by Shawn Fain, endorsed him": not Fain
        and m.entity.kind == "person"
        and m.entity.gender == phrase.pronoun
        and len(m.entity.name.split()) > 1
    ]
    return here[-1] if here else None


def _named_antecedent(ctx: Context, sentence: Sentence, phrase: Phrase | None) -> Entity | None:
    """ "endorsed her" where the nearest "she" is "a Harris campaign spokesperson": the latest
    named person of three sentences the pronoun can stand for."""
    if phrase is None or phrase.kind != "pronoun" or phrase.pronoun not in ("he", "she"):
        return None
    agents = _agents(ctx, sentence)
    for mention in reversed(ctx.people.mentions):
        if mention.offset >= phrase.start or sentence.index - mention.sentence > 3:
            continue
        if mention.entity in agents:
            continue
        entity = mention.entity
        words = entity.name.split()
        named = len(words) > 1 and words[-1][:1].isupper()
        if entity.kind == "person" and named and entity.gender == phrase.pronoun:
            return entity
    return None


def _named_list(ctx: Context, sentence: Sentence, i: int) -> list[tuple[Entity, int | None]]:
    """ ": District 2 incumbent Alma Reyes and District 4 challenger Jerome Pike": the name
    that ends each item."""
    toks = sentence.tokens
    found: list[tuple[Entity, int | None]] = []
    end = next((k for k in range(i, len(toks)) if toks[k].text in ".;"), len(toks))
    cuts = [k for k in range(i, end) if toks[k].low == "and" or toks[k].text == ","] + [end]
    begin = i
    for cut in cuts:
        if begin < len(toks) and toks[begin].low in ("a", "an", "the", "who", "which"):
            break  # ", a community college instructor who is running against…": about the last
        phrase = np_before(toks, cut - 1, begin) if cut > begin else None
        person = named_person(ctx, sentence, phrase)
        if person is not None:
            found.append((person, cut - 1))
        begin = cut + 1
    return found


def _past_the_office(toks: Sequence[Token], k: int) -> int:
    """Past "for re-election" or "for an at-large council seat", to the "and" after it."""
    if k >= len(toks) or toks[k].low != "for":
        return k
    for j in range(k + 1, min(len(toks), k + 9)):
        if toks[j].low == "and":
            return j
        if toks[j].kind != "word" or verb_like(toks[j]):
            break
    return k


def _past_apposition(toks: Sequence[Token], k: int) -> int:
    """ "Rachel Amundsen, a retired counselor, and DeShawn Calloway": past what describes her."""
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].low in ("a", "an", "the"):
        close = next((j for j in range(k + 2, min(len(toks), k + 14)) if toks[j].text == ","), None)
        if close is not None and close + 1 < len(toks) and toks[close + 1].low == "and":
            return close + 1
    return k


def titled_person(ctx: Context, sentence: Sentence, i: int) -> Entity | None:
    """ "former library board member Olivia Trent", "retired police Capt. Martin Albee": a
    name after words that describe the person, with a title among them."""
    toks = sentence.tokens
    if i < len(toks) and toks[i].low in ("republican", "democrat", "democratic", "gop"):
        i += 1  # "Republican state Rep. Brent Kowalczyk"
    j = i
    while j < len(toks) and j - i < 6 and toks[j].kind == "word" and not toks[j].is_cap:
        if toks[j].low in ("and", "or", "the", "a", "an", "in", "of", "at", "for", "from", "on"):
            return None  # "challenger in Ashby County": a place, not the name
        if verb_like(toks[j]) and toks[j].low not in ("retired", "longtime", "elected"):
            return None
        j += 1
    if j == i or j >= len(toks) or not toks[j].is_cap:
        return None
    if not (toks[j].is_title or any(t.is_title for t in toks[i:j])):
        return None
    found = np_after(toks, j, len(toks))
    return named_person(ctx, sentence, found[0]) if found else None


def _after_its_role(ctx: Context, sentence: Sentence, i: int) -> Entity | None:
    """ "Ward 3 City Council candidate Tomas Diaz": a name after the office it runs for."""
    toks = sentence.tokens
    for k in range(i, min(len(toks) - 1, i + 8)):
        if toks[k].kind != "word" or toks[k].low in ("and", "or") or verb_like(toks[k]):
            return None
        titled = toks[k].is_title and toks[k].is_cap and k > i  # "District 2 Council Member"
        if (toks[k].low in _RUNNING or titled) and toks[k + 1].is_cap:
            found = np_after(toks, k + 1, len(toks))
            return named_person(ctx, sentence, found[0]) if found else None
    return None


def _name_end(toks: Sequence[Token], person: Entity, i: int) -> int | None:
    """Just past the last word of the person's name at or after toks[i]."""
    last = person.name.split()[-1]
    return next((k + 1 for k in range(i, min(len(toks), i + 10)) if toks[k].text == last), None)


_RUNNING = frozenset(
    """
    candidate nominee challenger incumbent hopeful contender candidates nominees challengers
    incumbents newcomer newcomers
    """.split()
)


def _ticket(ctx: Context, toks: Sequence[Token], i: int) -> Entity | None:
    """The candidate whose ticket or campaign toks[i] names: "the Harris-Walz ticket",
    "Trump's campaign"."""
    k = i + 1 if i < len(toks) and toks[i].low == "the" else i
    if k >= len(toks) or not toks[k].is_cap:
        return None
    pair = "-" in toks[k].text and all(p[:1].isupper() for p in toks[k].text.split("-"))
    if not pair and (k + 1 >= len(toks) or toks[k + 1].low not in _TICKETS):
        return None
    found = ctx.people.by_surname(re.sub(r"['’]s?$", "", toks[k].text.split("-")[0]))
    return found if found is not None and found.kind == "person" else None


def _measure(toks: Sequence[Token], i: int) -> Entity | None:
    """A ballot measure stands where a candidate would: "endorsed Prop 7", "Question 2"."""
    k = i + 1 if i < len(toks) and toks[i].low == "the" else i
    if k + 1 >= len(toks) or toks[k].low.rstrip(".") not in _MEASURES:
        return None
    label = toks[k + 1].text.rstrip(".") if len(toks[k + 1].text) == 2 else toks[k + 1].text
    if not (label.isdigit() or (len(label) == 1 and label.isupper())):
        return None
    return Entity(f"{_MEASURES[toks[k].low.rstrip('.')]} {label}", "org")


def _the_measure(ctx: Context, sentence: Sentence, i: int) -> Entity | None:
    """ "endorsed the measure", "has also endorsed the amendment": the ballot measure the
    article named last before it ("Proposition H")."""
    toks = sentence.tokens
    k = i + 1 if i < len(toks) and toks[i].low == "the" else i
    if k == i or k >= len(toks) or toks[k].low not in _MEASURE_WORDS:
        return None
    named = None
    for sentence_before in ctx.reading.sentences[max(0, sentence.index - 15) : sentence.index + 1]:
        words = sentence_before.tokens
        for j in range(len(words)):
            if sentence_before is sentence and j >= k:
                break
            named = _measure(words, j) or named
    return named


_MEASURE_WORDS = frozenset("measure proposition amendment initiative referendum question".split())

_MEASURES = {
    "proposition": "Proposition",
    "prop": "Proposition",
    "measure": "Measure",
    "question": "Question",
    "issue": "Issue",
    "amendment": "Amendment",
    "initiative": "Initiative",
    "referendum": "Referendum",
}


_TICKETS = frozenset("ticket campaign candidacy bid slate".split())
