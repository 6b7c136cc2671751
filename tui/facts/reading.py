"""One pass over an article: paragraphs, sentences with quotations as single tokens, mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.facts import lexicon as lx
from tui.facts.people import (
    NUMBERED,
    Entity,
    Mention,
    People,
    Registry,
    skip_adverbs,
    split_title,
    union_role,
    verb_like,
)
from tui.facts.phrases import named_after, np_after, org_and, owned_in_name
from tui.facts.quotes import MarkScan, QuoteSpan, find_quotes
from tui.facts.text import DATE_HEADER, Token, index_of, paragraphs, sentences, tokenize

_PLACE_PREPOSITIONS = frozenset("in at from near outside across inside".split())
_ARTICLES = frozenset("a an the one another".split())
_CLAUSE_OPENERS = frozenset(
    "and but that how when while because as after before since although though so".split()
)


@dataclass(frozen=True, slots=True)
class Sentence:
    tokens: list[Token]
    paragraph: int
    index: int

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


@dataclass(slots=True)
class Reading:
    """An article read once: its quotations, sentences, and who is mentioned where."""

    text: str
    scan: MarkScan
    sentences: list[Sentence] = field(default_factory=list)
    # quotation index -> (sentence index, token index)
    located: dict[int, tuple[int, int]] = field(default_factory=dict)
    paragraph_sentences: dict[int, list[int]] = field(default_factory=dict)
    people: People = field(default_factory=lambda: People(Registry()))

    @property
    def spans(self) -> list[QuoteSpan]:
        return self.scan.spans


def read(text: str, registry: Registry) -> Reading:
    reading = Reading(text, find_quotes(text), people=People(registry))
    by_paragraph: dict[int, list[tuple[int, int, int]]] = {}
    for index, span in enumerate(reading.spans):
        by_paragraph.setdefault(span.paragraph, []).append((span.open_at, span.close_end, index))
    header = DATE_HEADER.match(text)
    for p, (start, end) in enumerate(paragraphs(text)):
        if p == 0 and header is not None:
            start = max(start, header.end())
        tokens = tokenize(text, start, end, by_paragraph.get(p, []))
        for sent_tokens in sentences(tokens):
            if not sent_tokens:
                continue
            sentence = Sentence(sent_tokens, p, len(reading.sentences))
            reading.sentences.append(sentence)
            reading.paragraph_sentences.setdefault(p, []).append(sentence.index)
            for t, tok in enumerate(sent_tokens):
                if tok.kind == "quote":
                    reading.located[tok.quote] = (sentence.index, t)
            raw = text[sentence.start : sentence.end]
            if raw != raw.upper() or raw == raw.lower():  # ALL-CAPS promo lines name nobody
                _scan_mentions(reading.people, sentence)
    return reading


def _scan_mentions(people: People, sentence: Sentence) -> None:
    toks = sentence.tokens
    last_org: tuple[int, int, Entity] | None = None  # the last body's name: end, start, body
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.kind != "word":
            i += 1
            continue
        if tok.low in ("he", "she") and _opens_clause(toks, i):
            nxt = skip_adverbs(toks, i + 1)
            if nxt < len(toks) and verb_like(toks[nxt]):
                entity = people.resolve_pronoun(tok.low, sentence.index, tok.start)
                if entity is not None:
                    people.add(entity, sentence.index, tok.start, subject=True)
            i += 1
            continue
        if tok.low == "according" and i + 2 < len(toks) and toks[i + 1].low == "to":
            found = np_after(toks, i + 2, len(toks))
            if found and found[0].kind == "description":  # "according to a campaign official"
                phrase, end = found
                entity = people.describe(
                    phrase.text(), phrase.head, phrase.modifiers, phrase.definite, tok.start
                )
                people.add(entity, sentence.index, phrase.start, subject=True)
                i = end
                continue
        if tok.low in _ARTICLES and _opens_clause(toks, i) and not _after_name(toks, i):
            found = np_after(toks, i, len(toks))
            if found and found[0].kind == "description" and _is_subject(toks, i, found[1]):
                phrase, end = found
                named = named_after(toks, phrase, len(toks))
                if named.kind == "name":  # "The union’s general president, Sean O’Brien, said"
                    i = index_of(toks, named.tokens[0])
                    continue
                entity = people.describe(
                    phrase.text(), phrase.head, phrase.modifiers, phrase.definite, tok.start
                )
                people.add(entity, sentence.index, tok.start, subject=True)
                i = end
                continue
        if not (tok.name_part or (tok.is_title and not tok.is_cap and _leads_title(toks, i))):
            i += 1
            continue
        j = i
        while j < len(toks) and (
            toks[j].name_part
            or toks[j].is_title
            or (toks[j].bare.isdigit() and j > i and toks[j - 1].bare in lx.ORG_WORDS)
            or (j > i and _joins_org(toks, j))  # "International Brotherhood of Teamsters"
        ):
            j += 1
            if toks[j - 1].possessive and not owned_in_name(toks, j - 1):
                break
        run = split_title(toks[i:j])
        if run is not None:
            subject = _is_subject(toks, i, j)
            confident = subject or _introduced(toks, i, j) or _has_named(people, toks, i, j)
            entity = people.entity_for(run, confident=confident)
            if entity is not None and entity.kind == "org":
                entity = _local_of(people, toks, j, entity)  # "Lodge 31 of the FOP"
                if last_org is not None and _named_again(toks, last_org[0], i, j):
                    entity = _one_body(people, last_org[2], entity)
            if entity is not None and entity.role is None and not entity.known:
                entity.role = _apposition(toks, j)
                if entity.kind == "person" and union_role(entity.role):
                    entity.kind = "org"  # "The Harmon County Guardians, an association of…"
            if entity is not None:
                people.add(
                    entity, sentence.index, run.name[0].start, subject and not run.possessive
                )
                short = _acronym(toks, j)
                if short is not None and entity.kind == "org":
                    people.entities.setdefault(short, entity)  # "(RCFA)": later "the RCFA"
                # "Like the Teamsters, SEIU, which…": a name in an opening aside is no subject
                # another name can stand beside
                led = toks[0].low in _ASIDE and i <= 2
                last_org = (j, i, entity) if entity.kind == "org" and not led else None
        i = max(j, i + 1)


_ASIDE = frozenset("like unlike besides".split())


def _named_again(toks: list[Token], end: int, i: int, j: int) -> bool:
    """ "Brennan Harbor Professional Fire Fighters, IAFF Local 1407, which…": the name at
    toks[i:j] sets off the one ending at toks[end] by commas, and no list goes on after it."""
    if i != end + 1 or toks[end].text != ",":
        return False
    if j < len(toks) and toks[j].text not in ",.;)":
        return False
    for k in range(j, min(len(toks) - 1, j + 15)):
        if verb_like(toks[k]):
            return True
        if toks[k].low in ("and", "or"):
            nxt = toks[k + 2] if toks[k + 1].low == "the" and k + 2 < len(toks) else toks[k + 1]
            if nxt.is_cap:
                return False  # "the Teamsters, the UAW, and the AFL-CIO": a list
    return True


def _one_body(people: People, first: Entity, second: Entity) -> Entity:
    """One body under two names: its numbered local's name is kept ("IAFF Local 1407")."""
    if first is second:
        return first
    keep, drop = (first, second)
    if NUMBERED.search(second.name) and not NUMBERED.search(first.name):
        keep, drop = second, first
    people.entities[drop.name] = keep
    people.mentions[:] = [
        Mention(keep, m.sentence, m.offset, m.subject) if m.entity is drop else m
        for m in people.mentions
    ]
    return keep


_NUMBERED_ONLY = re.compile(r"^(?:Local|Lodge|Branch|Division|(?:Joint |District )?Council) \d+$")


def _local_of(people: People, toks: list[Token], j: int, entity: Entity) -> Entity:
    """ "Lodge 31 of the Fraternal Order of Police" is "FOP Lodge 31", and so is a later
    "Lodge 31"."""
    if not _NUMBERED_ONLY.match(entity.name) or j + 1 >= len(toks) or toks[j].low != "of":
        return entity
    k = j + 2 if toks[j + 1].low == "the" else j + 1
    end = k
    while end < len(toks) and (toks[end].is_cap or (end > k and toks[end].low == "of")):
        end += 1
    while end > k and toks[end - 1].low == "of":
        end -= 1
    parent = people.registry.body(" ".join(t.text for t in toks[k:end]))
    if parent is None:
        return entity
    name = people.registry.local_name(f"{parent} {entity.name}")
    local = people.entities.setdefault(name, Entity(name, "org"))
    people.entities[entity.name] = local
    return local


def _has_named(people: People, toks: list[Token], i: int, j: int) -> bool:
    """ "Renwick has the other half of the labor movement": the surname of a full name met
    before ("his challenger, Tasha Renwick"), and it has something."""
    if j != i + 1 or j >= len(toks) or toks[j].low not in ("has", "had"):
        return False
    return people.named_before(toks[i].text)


def _joins_org(toks: list[Token], j: int) -> bool:
    if not (toks[j].low in ("of", "and", "for") and j + 1 < len(toks) and toks[j + 1].name_part):
        return False
    if not toks[j - 1].is_cap:
        return False
    if toks[j].low == "and":  # "United Food and Commercial Workers"
        return org_and(toks, j)
    return toks[j - 1].bare in lx.ORG_WORDS


def _acronym(toks: list[Token], j: int) -> str | None:
    """ "Riverside County Firefighters Association (RCFA)": the short name the article gives."""
    if j + 2 >= len(toks) or toks[j].text != "(" or toks[j + 2].text != ")":
        return None
    word = toks[j + 1].text
    return word if len(word) > 1 and word.replace("-", "").replace("&", "").isupper() else None


def _after_name(toks: list[Token], i: int) -> bool:
    """ "John Palmer, a board member,": a description in apposition describes the name."""
    return i >= 2 and toks[i - 1].text == "," and toks[i - 2].name_part


def _leads_title(toks: list[Token], i: int) -> bool:
    """A lower-case title that starts a name: "press secretary Karine Jean-Pierre"."""
    tok = toks[i]
    if tok.kind != "word" or tok.is_cap or not tok.is_title:
        return False
    j = i
    while j < len(toks) and toks[j].kind == "word" and not toks[j].is_cap:
        if not toks[j].is_title:
            return False
        j += 1
    return j < len(toks) and toks[j].is_cap


def _opens_clause(toks: list[Token], i: int) -> bool:
    if i == 0:
        return True
    prev = toks[i - 1]
    return (prev.kind == "punct" and prev.text in ",;:—(") or prev.low in _CLAUSE_OPENERS


def _is_subject(toks: list[Token], i: int, j: int) -> bool:
    """Does the name at toks[i:j] act: followed by a verb, or inverted after "said"?"""
    if i > 0 and toks[i - 1].low in lx.SAY_VERBS:
        return True
    if i > 0 and toks[i - 1].low in _PLACE_PREPOSITIONS:
        return False  # "at a rally in Medford, Ore., said": a place
    if i >= 2 and toks[i - 2].low == "according" and toks[i - 1].low == "to":
        return True  # the source of what is reported is as much an actor as a subject
    k = skip_adverbs(toks, j)
    if k < len(toks) and verb_like(toks[k]):
        return True
    if i > 0 and toks[i - 1].text == "," and k + 1 < len(toks) and toks[k].text == ",":
        after = skip_adverbs(toks, k + 1)
        if after < len(toks) and verb_like(toks[after]) and toks[after].low not in lx.SAY_VERBS:
            return True  # "The union’s president, Sean O’Brien, has defended"
    if k < len(toks) and toks[k].text == ",":
        # an apposition: "John Palmer, a Teamsters executive board member, said"
        m = k + 1
        while m < len(toks) and m - k < 20 and toks[m].text != ",":
            m += 1
        if m < len(toks) and toks[m].text == ",":
            m = skip_adverbs(toks, m + 1)
            return m < len(toks) and verb_like(toks[m])
    return False


def _introduced(toks: list[Token], i: int, j: int) -> bool:
    """A name followed by ", a/an/the ..." or after "according to" is someone's name."""
    if i >= 2 and toks[i - 2].low == "according" and toks[i - 1].low == "to":
        return True
    return j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].low in ("a", "an", "the")


def _apposition(toks: list[Token], j: int) -> str | None:
    """The role in ", a Teamsters executive board member and vice president at large,"."""
    if not (j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].low in ("a", "an", "the")):
        return None
    words: list[str] = []
    for tok in toks[j + 2 : j + 18]:
        if tok.kind != "word" or tok.low in ("who", "which", "that"):
            break
        words.append(tok.text)
    return " ".join(words) or None
