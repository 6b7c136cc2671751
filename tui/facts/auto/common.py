"""What the automatic extractors share: sentences as text, names resolved, rows shaped."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from tui.facts import lexicon as lx
from tui.facts.people import Entity, People, split_title
from tui.facts.phrases import Phrase
from tui.facts.reading import Reading, Sentence
from tui.facts.text import Token
from tui.facts.when import When, find_anchored, find_dates, is_future

Row = dict[str, Any]
NEGATIONS = frozenset("not never no n't didn't wasn't weren't won't hasn't haven't".split())


@dataclass(frozen=True, slots=True)
class Context:
    """One article being read for facts."""

    article: str
    reading: Reading
    published: date | None
    _dates: dict[int, list[When]] = field(default_factory=dict, repr=False)
    memo: dict[str, Any] = field(default_factory=dict, repr=False)  # what is read once a story

    @property
    def people(self) -> People:
        return self.reading.people

    def text(self, sentence: Sentence) -> str:
        return self.reading.text[sentence.start : sentence.end]

    def dates(self, sentence: Sentence) -> list[When]:
        """The dates a sentence gives, outside its quotations, each in the tense of its own
        clause ("Biden will visit on March 12, the union announced Tuesday")."""
        if sentence.index not in self._dates:  # asked once per trigger word: read once
            text = _mask_quotes(self.text(sentence), sentence.tokens, sentence.start)
            dateline = _DATELINE.match(text)  # "LAS VEGAS, Aug 11 (Reuters) -": the paper's day
            found = [
                self._in_tense(text, d)
                for d in find_dates(text, self.published)
                if dateline is None or d.start >= dateline.end()
            ]
            found += self._counted(text, sentence, found)
            self._dates[sentence.index] = sorted(found, key=lambda d: d.start)
        return self._dates[sentence.index]

    def _counted(self, text: str, sentence: Sentence, found: list[When]) -> list[When]:
        """ "two days later", "the day before": counted from the last day the text named, in
        this sentence or the two before it."""
        counted = []
        for start, end, words, days, same_sentence in find_anchored(text):
            here = [d.day for d in found if d.precision == "day" and d.day and d.end <= start]
            before = None if same_sentence else self._day_before(sentence.index)
            anchor = here[-1] if here else before
            day = anchor + timedelta(days=days) if anchor is not None else None
            counted.append(When(day, "day" if day else None, words, start, end))
        return counted

    def _day_before(self, index: int) -> date | None:
        for k in range(index - 1, max(-1, index - 3), -1):
            days = [d.day for d in self.dates(self.reading.sentences[k]) if d.precision == "day"]
            if days and days[-1] is not None:
                return days[-1]
        return None

    def _in_tense(self, text: str, found: When) -> When:
        """ "…and he will visit on March 12": a date in a future clause looks ahead."""
        clause = _clause_start(text, found.start)
        while clause > 1 and _NO_VERB.fullmatch(text[clause : found.start]):
            clause = _clause_start(text, clause - 1)  # "in Walker, Michigan, on Friday"
        if found.precision == "year" or not is_future(text[clause : found.start]):
            return found
        ahead = find_dates(text[clause:], self.published, future=True)
        same = next((d for d in ahead if d.start + clause == found.start), None)
        return replace(same, start=found.start, end=found.end) if same else found

    def entity(self, phrase: Phrase | None, sentence: Sentence) -> Entity | None:
        return self.people.resolve(phrase, sentence.index) if phrase is not None else None

    def row(self, sentence: Sentence, **fields: Any) -> Row:
        """A row with this sentence as its evidence."""
        return {
            **fields,
            "articles": [self.article],
            "evidence": [self.text(sentence)],
            "starts": [sentence.start],
            "reviewed": False,
            "conflict": None,
            "note": None,
        }


# a stretch of a sentence with names and prepositions only: a place, not a clause of its own
_NO_VERB = re.compile(r"[\s,]*(?:(?:[A-Z][\w.'’-]*|on|in|at|of|the)[\s,]*)*")
_DATELINE = re.compile(
    r"^\W*[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][A-Za-z.]+)*,\s+[A-Z][a-z]{2,8}\.? \d{1,2}"
    r"(?:,? \d{4})?(?:\s*\([^)]*\))?\s*[-–—]"
)


def _mask_quotes(text: str, tokens: Sequence[Token], offset: int) -> str:
    for tok in tokens:
        if tok.kind == "quote":
            a, b = tok.start - offset, tok.end - offset
            text = text[:a] + " " * (b - a) + text[b:]
    return text


def best_date(dates: list[When]) -> When | None:
    """The most precise resolved date of a sentence."""
    order = {"day": 0, "month": 1, "year": 2}
    resolved = [d for d in dates if d.day is not None and d.precision is not None]
    return min(resolved, key=lambda d: order[d.precision or "year"]) if resolved else None


def counts_a_share(toks: Sequence[Token]) -> bool:
    """ "58%", "44 percent": a share of people counted, not a body's stand."""
    return any(t.low in ("percent", "%") or t.text.endswith("%") for t in toks)


def nearest_date(
    ctx: Context, sentence: Sentence, at: int | None, past: bool = False
) -> When | None:
    """The resolved date nearest to token `at` in its clause: "endorsed Biden in 2020 but have
    yet to ..." dates the endorsement, not what follows "but". A date that names another thing
    ("before the Nov. 5 election") dates nothing else; a `past` deed is not dated after the
    article was published."""
    text = ctx.text(sentence)
    dates = [
        d
        for d in ctx.dates(sentence)
        if not _names_a_thing(text, d)
        and not (past and ctx.published is not None and d.day and d.day > ctx.published)
    ]
    if at is None or not dates:
        return best_date(dates)
    toks = sentence.tokens
    where = toks[at].start - sentence.start

    def apart(d: When) -> int:
        lo, hi = sorted((where, d.start))
        between = text[lo:hi]
        crossed = any(
            w in between for w in (" but ", ";", " while ", ", which ", ", who ", ", and ")
        )
        # "…meet with the union's leadership here, the union announced Tuesday": the date is
        # the announcement's, in the clause of a reporting verb
        words = between.lower().replace(",", " , ").split()
        reported = "," in between and any(w in lx.SAY_VERBS for w in words)
        # "met in January and hosted him in April", "this year, meeting Trump in April": a
        # date after the verb, in its own words, before one behind a comma or an "and"
        behind = d.start < where and ("," in between or " and " in between)
        # "In July, she rode the Route 9": the sentence's opening date is its main clause's,
        # unless another date comes between ("Two days later, on Sunday night, they met")
        lead = _leads(text, d) and not any(d.end <= o.start < where for o in dates)
        behind = behind and not lead
        return abs(d.start - where) + (10_000 if crossed or reported else 5_000 if behind else 0)

    # the nearest date decides, even one that cannot be resolved ("two days after Harris left
    # the building, the board met": not the "since 2000" at the end of the sentence)
    best = min(dates, key=apart)
    return best if apart(best) < 10_000 and best.day is not None else None


def _leads(text: str, when: When) -> bool:
    """A date that opens the sentence ("In July,", "On Monday,") dates its main clause."""
    return len(text[: when.start].split()) <= 1 and text[when.end : when.end + 1] == ","


_DATED_THINGS = frozenset(
    "election elections vote primary ballot deadline debate convention caucus caucuses".split()
)


def _names_a_thing(text: str, when: When) -> bool:
    """ "the Nov. 5 election": a date that belongs to the noun after it."""
    after = text[when.end :].split(maxsplit=1)[:1]
    return any(w.strip(".,;:”’\"'").lower() in _DATED_THINGS for w in after)


def named_person(ctx: Context, sentence: Sentence, phrase: Phrase | None) -> Entity | None:
    """A person the article names (or a pronoun for one): a candidate, not a description
    ("every Democratic presidential nominee") and not a lone capitalised word ("Democratic")."""
    if phrase is None:
        return None
    if phrase.kind == "name":
        run = split_title(phrase.tokens)
        # the person the reading took this name for where it stands ("Brandt": Eli Brandt,
        # named before, not his father Walter, named later), else the name's own
        entity = ctx.people.mention_at(run.name[0].start) if run else None
        if entity is None or entity.kind != "person":
            entity = ctx.people.entity_for(run, confident=True) if run else None
    else:
        entity = ctx.entity(phrase, sentence)
        if phrase.kind == "description" and (entity is None or not entity.known):
            return None  # "the Democratic nominee" only when the speakers sheet knows who
    if entity is None or entity.kind != "person":
        return None
    words = entity.name.split()
    # not "campaign official", not "Harris campaign spokesperson" (a description, not a name),
    # not "Ashby County"
    named = len(words) > 1 and words[0][:1].isupper() and words[-1][:1].isupper()
    named = named and words[-1].lower() not in _PLACE_ENDS
    return entity if entity.known or named else None


_PLACE_ENDS = frozenset("county city township district avenue street road park hall".split())


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding text[at] begins: after the last comma, semicolon or dash."""
    return max(text.rfind(mark, 0, at) for mark in (",", ";", "—", " – ", ". ")) + 1
