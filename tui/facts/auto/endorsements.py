"""Endorsements: a body, a candidate and where the body stands ("X endorsed Y", "Y has been
endorsed by unions such as A, B and C", "X threw its support behind Y", "X backs Y", "X declined
to endorse", "X has yet to endorse", "X will not endorse anyone this year").

The endorser must be a body (a union, a local, a federation), not a person; speculation ("could
endorse", "is expected to endorse") and a bare "did not endorse" give no row.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.facts.auto.common import Context, Row, named_person, nearest_date
from tui.facts.cues import subject_of
from tui.facts.people import Entity
from tui.facts.phrases import Phrase, np_after
from tui.facts.reading import Sentence
from tui.facts.text import Token

_ENDORSE = frozenset("endorse endorses endorsed endorsing".split())
_BACK = frozenset("back backs backed backing".split())
_SPECULATIVE = frozenset(
    "could may might expected considering consider considered plans plan planning likely".split()
)
_WITHHELD = (
    ("declined", "to"), ("decided", "not"), ("opted", "not"), ("chose", "not"), ("will", "not"),
    ("would", "not"), ("won't",), ("wouldn't",), ("refused", "to"), ("not", "to"),
)  # fmt: skip
_UNDECIDED = (
    ("yet", "to"),
    ("not", "yet"),
    ("hasn't",),
    ("haven't",),
    ("has", "not"),
    ("have", "not"),
)
_LIST_JOINERS = frozenset("and , such as including like unions groups the".split())


def endorsements(ctx: Context) -> list[Row]:
    rows: list[Row] = []
    for sentence in ctx.reading.sentences:
        toks = sentence.tokens
        for v, tok in enumerate(toks):
            if tok.kind != "word":
                continue
            if tok.low in _ENDORSE or tok.low == "endorsement":
                rows.extend(_endorse(ctx, sentence, v))
            elif tok.low == "endorsements" and v + 1 < len(toks) and toks[v + 1].low == "of":
                rows.extend(_secured(ctx, sentence, v))
            elif tok.low in _BACK or tok.low == "behind":
                rows.extend(_backing(ctx, sentence, v))
    return _unique(rows)


def _endorse(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    toks = sentence.tokens
    before = [t.low for t in toks[max(0, v - 4) : v]]
    if any(word in _SPECULATIVE for word in before):
        return []
    status = _status(before, toks[v].low)
    if toks[v].low == "endorsement":
        if "withhold" in before or "no" in before[-2:]:
            status = "withheld"
        elif status == "endorsed":  # "announced its endorsement of Harris"
            if v + 1 < len(toks) and toks[v + 1].low == "of":
                return _row(
                    ctx,
                    sentence,
                    _subject(ctx, sentence, v),
                    _person_at(ctx, sentence, v + 2),
                    at=v,
                )
            return []
    if status is None:
        return []
    if status != "endorsed":
        return _row(ctx, sentence, _subject(ctx, sentence, v), None, status)
    if v + 1 < len(toks) and toks[v + 1].low == "by":  # "has been endorsed by A, B and C"
        candidate = named_person(ctx, sentence, subject_of(toks, v, 0)[0])
        return [
            row
            for body in _listed(ctx, sentence, v + 2)
            for row in _row(ctx, sentence, body, candidate, at=v)
        ]
    return _row(ctx, sentence, _subject(ctx, sentence, v), _person_at(ctx, sentence, v + 1))


def _secured(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    """ "Biden has already secured the endorsements of two other major unions: the UAW and the
    AFL-CIO": the one holding the endorsements is the candidate."""
    toks = sentence.tokens
    verb = next((k for k in range(v - 1, max(-1, v - 5), -1) if toks[k].low in _HOLD), None)
    if verb is None:
        return []
    phrase, _ = subject_of(toks, verb, 0)
    candidate = named_person(ctx, sentence, phrase)
    if candidate is None:
        return []
    i = v + 2
    colon = next((k for k in range(i, min(len(toks), i + 8)) if toks[k].text == ":"), None)
    return [
        row
        for body in _listed(ctx, sentence, colon + 1 if colon is not None else i)
        for row in _row(ctx, sentence, body, candidate, at=v)
    ]


_HOLD = frozenset("secured secures won wins received receives has had holds held earned".split())


def _status(before: Sequence[str], word: str) -> str | None:
    text = " ".join(before)
    if any(" ".join(pattern) in text for pattern in _UNDECIDED):
        return "undecided"
    if any(" ".join(pattern) in text for pattern in _WITHHELD):
        return "withheld"
    if "not" in before or "didn't" in before or "never" in before:
        return None  # "did not endorse": what the union decided is not said
    if word in ("endorse",):
        return None  # "to endorse Harris", "will endorse": not yet done
    return "endorsed"


def _backing(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    """ "threw its support behind Harris", "the UAW backs Harris"."""
    toks = sentence.tokens
    if toks[v].low == "behind":
        if v < 1 or toks[v - 1].low not in ("support", "weight"):
            return []
        verb = next((k for k in range(v - 1, -1, -1) if toks[k].low in _THROW), None)
        if verb is None:
            return []
        before = [t.low for t in toks[max(0, verb - 4) : verb]]
        if any(w in _SPECULATIVE for w in before):
            return []
        status = "undecided" if "yet" in before else "endorsed"
        if status == "undecided":
            return _row(ctx, sentence, _subject(ctx, sentence, verb), None, status)
        return _row(
            ctx, sentence, _subject(ctx, sentence, verb), _person_at(ctx, sentence, v + 1), at=v
        )
    before = [t.low for t in toks[max(0, v - 3) : v]]
    if any(w in _SPECULATIVE or w in ("not", "never", "to") for w in before):
        return []
    if v + 1 < len(toks) and toks[v + 1].low == "by":
        return []
    return _row(ctx, sentence, _subject(ctx, sentence, v), _person_at(ctx, sentence, v + 1), at=v)


_THROW = frozenset("threw throw throws thrown throwing put puts".split())


def _subject(ctx: Context, sentence: Sentence, verb: int) -> Entity | None:
    phrase, _ = subject_of(sentence.tokens, verb, 0)
    return _body(ctx, sentence, phrase)


def _body(ctx: Context, sentence: Sentence, phrase: Phrase | None) -> Entity | None:
    """The body a phrase names; "the union" is the latest union named before it."""
    entity = _entity(ctx, sentence, phrase)
    if entity is None:
        return None
    if entity.kind == "org":
        return entity
    if phrase is not None and phrase.kind != "name" and phrase.head in _BODY_WORDS:
        for mention in reversed(ctx.people.mentions):
            if mention.offset < phrase.start and mention.entity.kind == "org":
                return mention.entity
    return None


_BODY_WORDS = frozenset("union unions local federation council caucus association".split())


def _entity(ctx: Context, sentence: Sentence, phrase: Phrase | None) -> Entity | None:
    return ctx.entity(phrase, sentence)


def _person_at(ctx: Context, sentence: Sentence, i: int) -> Entity | None:
    found = np_after(sentence.tokens, i, len(sentence.tokens))
    return named_person(ctx, sentence, found[0] if found else None)


def _listed(ctx: Context, sentence: Sentence, i: int) -> list[Entity]:
    """The bodies of "unions such as the United Auto Workers, AFL-CIO, and the IBEW"."""
    toks: Sequence[Token] = sentence.tokens
    bodies: list[Entity] = []
    while i < len(toks):
        if toks[i].low in _LIST_JOINERS or toks[i].text == ",":
            i += 1
            continue
        found = np_after(toks, i, len(toks))
        if found is None:
            break
        body = _body(ctx, sentence, found[0])
        if body is None:
            break
        bodies.append(body)
        i = found[1]
    return bodies


def _row(
    ctx: Context,
    sentence: Sentence,
    body: Entity | None,
    candidate: Entity | None,
    status: str = "endorsed",
    at: int | None = None,
) -> list[Row]:
    if body is None or (status == "endorsed" and candidate is None):
        return []
    when = nearest_date(ctx, sentence, at) if status == "endorsed" else None
    short = ctx.people.registry.short(body.name) if body.known else None
    return [
        ctx.row(
            sentence,
            union=body.name,
            short=short or body.name,
            members=None,
            candidate=candidate.name if candidate else None,
            status=status,
            date=when.day if when else None,
            date_precision=when.precision if when else None,
        )
    ]


def _unique(rows: list[Row]) -> list[Row]:
    seen: set[tuple[object, ...]] = set()
    unique = []
    for row in rows:
        key = (row["union"], row["candidate"], row["status"], row["starts"][0])
        if key not in seen:
            seen.add(key)
            unique.append(row)
    return unique
