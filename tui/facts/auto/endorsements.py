"""Endorsements: a body, a candidate and where the body stands ("X endorsed Y", "Y has been
endorsed by unions such as A, B and C", "X threw its support behind Y", "X backs Y", "X declined
to endorse", "X has yet to endorse", "X will not endorse anyone this year").

The endorser must be a union or a body like one (a local, a council, a federation), not a person
or a newsroom; speculation ("could endorse", "is expected to endorse") and a bare "did not
endorse" give no row.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.facts.auto.bodies import UNION_WORDS, union_of
from tui.facts.auto.candidates import titled_person
from tui.facts.auto.common import Context, Row, counts_a_share, named_person
from tui.facts.auto.endorsement_rows import each_candidate, rows_for, unique
from tui.facts.auto.endorsers import as_did, endorsers, listed
from tui.facts.auto.stances import (
    BACKERS,
    ECHO_WORDS,
    HOLDING_OFF,
    STANCES,
    backer,
    echoed,
    holding_off,
    moved,
    moved_to,
    sided,
    sided_with,
    stance,
    stayed_out,
)
from tui.facts.auto.verbs import (
    NOT,
    UNDECIDED,
    WITHHELD,
    announced,
    group_start,
    group_words,
    hedged,
    rest_of_clause,
    speculative,
    status_of,
    timely,
)
from tui.facts.cues import subject_of
from tui.facts.people import Entity, verb_like
from tui.facts.phrases import named_after, np_after, np_before
from tui.facts.reading import Sentence
from tui.facts.text import Token

_ENDORSE = frozenset("endorse endorses endorsed endorsing".split())

_NOUNS = frozenset("endorsement endorsements".split())

# Teachers' and some other unions "recommend" a candidate: their word for an endorsement.
_RECOMMEND = {
    "recommend": "endorse",
    "recommends": "endorses",
    "recommended": "endorsed",
    "recommending": "endorsing",
    "recommendation": "endorsement",
}

_PEOPLE = frozenset("members workers voters respondents drivers nurses teachers officers".split())

_DECIDE = frozenset("decide decided mind choose pick decision choice".split())

_BACK = frozenset("back backs backed backing supports supported supporting".split())


def endorsements(ctx: Context) -> list[Row]:
    rows: list[Row] = []
    for sentence in ctx.reading.sentences:
        toks = sentence.tokens
        if _headline(ctx, sentence):
            continue  # "Trades Council Breaks With Democrats, Backs Hollister": no grammar to read
        for v, tok in enumerate(toks):
            if tok.kind != "word":
                continue
            if _held(toks, v) is not None:
                rows.extend(_secured(ctx, sentence, v))
            elif tok.low in _JOINED_IN and v > 1 and toks[v - 1].low == "in":
                rows.extend(_joined(ctx, sentence, v))
            elif tok.low in _ENDORSE or tok.low in _NOUNS or tok.low in _RECOMMEND:
                rows.extend(_endorse(ctx, sentence, v))
            elif tok.low in ("neutral", "out", "sidelines"):
                rows.extend(stayed_out(ctx, sentence, v))
            elif tok.low in STANCES or tok.low in _DECIDE:
                rows.extend(stance(ctx, sentence, v))
            elif tok.low in ("support", "backing") and _given(ctx, sentence, v) is not None:
                rows.extend(_given(ctx, sentence, v) or [])
            elif tok.low in ("for", "with", "behind") and sided(toks, v) is not None:
                rows.extend(sided_with(ctx, sentence, v))
            elif tok.low in _BACK or (tok.low == "behind" and sided(toks, v) is None):
                rows.extend(_backing(ctx, sentence, v))
            elif tok.low in BACKERS:
                rows.extend(backer(ctx, sentence, v))
            elif tok.low in ECHO_WORDS:
                rows.extend(echoed(ctx, sentence, v, rows))
            elif tok.low == "to" and moved(toks, v) is not None:
                rows.extend(moved_to(ctx, sentence, v))
            elif tok.low == "off" and v > 0 and toks[v - 1].low in HOLDING_OFF:
                rows.extend(holding_off(ctx, sentence, v))
    return unique(rows)


def _headline(ctx: Context, sentence: Sentence) -> bool:
    """A headline or a deck: a line of its own with no full stop at the top of the article
    ("Packing plant union backs Hollis for supervisor; teachers sit this one out"); what it
    says, the story says again."""
    text = ctx.text(sentence).rstrip()
    letters = [c for c in text if c.isalpha()]
    if len(letters) > 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters):
        return True  # "AFSCME STAYS NEUTRAL IN COUNTY RACE": a kicker in capitals
    if sentence.paragraph > 2 or text.endswith((".", "!", "?", "”", '"', "’", "'", ")", ":")):
        return False  # a headline or a deck opens the article
    return ctx.reading.paragraph_sentences.get(sentence.paragraph) == [sentence.index]


def _endorse(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    toks = sentence.tokens
    if toks[-1].text == "?":
        return []  # "Did the union endorse Harris?": asked, not said
    start = group_start(toks, v)
    before = group_words(toks, start, v)
    if _not_said_whether(toks, start):  # "has not said whether it will endorse in the race"
        return rows_for(ctx, sentence, endorsers(ctx, sentence, start), None, "undecided", v)
    if speculative(toks, start, before):
        return []
    after = " ".join(t.low for t in toks[v + 1 : v + 4])
    word = _RECOMMEND.get(toks[v].low, toks[v].low)
    if word in _NOUNS:
        return _endorsement(ctx, sentence, v, start)
    status = status_of(before, word, after, rest_of_clause(toks, v))
    broke = _broke_with(toks, start)
    if status is None and (announced(toks, start, before) or broke is not None):
        status = "endorsed"  # "announced Thursday that it would endorse Harris"
        start = group_start(toks, broke) if broke is not None else start
    if status is None:
        return []
    if status != "endorsed":
        return rows_for(ctx, sentence, endorsers(ctx, sentence, start), None, status, v)
    by = _by(toks, v)
    if by is not None:  # "has been endorsed by unions such as A, B", "was endorsed last month by"
        candidate = named_person(ctx, sentence, subject_of(toks, start, 0)[0])
        return rows_for(ctx, sentence, listed(ctx, sentence, by + 1), candidate, status, v)
    whom = _whom(ctx, sentence, start)
    if whom is not None:  # "Sheriff Dale Brandvold, whom it endorsed in 2018 and 2022"
        return rows_for(ctx, sentence, endorsers(ctx, sentence, start), whom, status, v)
    bodies = endorsers(ctx, sentence, start) + as_did(ctx, sentence, v)
    if v + 1 == len(toks) - 1 and toks[v + 1].text == ":":
        return _slate(ctx, sentence, bodies)  # "The board also endorsed:" and a list below
    return each_candidate(ctx, sentence, bodies, v + 1, v) + _as_it_did(ctx, sentence, v, bodies)


def _slate(ctx: Context, sentence: Sentence, bodies: list[Entity]) -> list[Row]:
    """ "The board also endorsed:" then "- Dana Whitlock, Democrat, for the Ohio House seat":
    each item of the list below names a candidate."""
    rows: list[Row] = []
    sentences = ctx.reading.sentences
    for item in sentences[sentence.index + 1 :]:
        opens = item.paragraph != sentences[item.index - 1].paragraph
        if opens and item.tokens[0].text not in _BULLETS:
            break  # a paragraph that is no item ends the list
        if not opens:
            continue  # a later sentence of the same item
        found = np_after(item.tokens, 1, len(item.tokens))
        person = titled_person(ctx, item, 1) or named_person(ctx, item, found[0] if found else None)
        if person is not None:
            rows += rows_for(ctx, item, bodies, person, "endorsed", 1)
    return rows


_BULLETS = frozenset("- • * –".split())


def _as_it_did(ctx: Context, sentence: Sentence, v: int, bodies: list[Entity]) -> list[Row]:
    """ "endorsed Harris, as it did for President Joe Biden four years ago": the same bodies,
    the candidate they endorsed before."""
    toks = sentence.tokens
    for k in range(v + 1, len(toks) - 3):
        words = [t.low for t in toks[k : k + 4]]
        if words[:2] == ["as", "it"] and words[2] in ("did", "has", "had") and words[3] == "for":
            return each_candidate(ctx, sentence, bodies, k + 4, k + 2)
    return []


def _broke_with(toks: Sequence[Token], start: int) -> int | None:
    """ "broke with the national union last week to endorse Harris": done, against the parent;
    the verb that broke."""
    if start < 1 or toks[start].low != "to":
        return None
    for k in range(start - 1, max(-1, start - 10), -1):
        if toks[k].low in ("broke", "split", "parted") and k + 1 < start:
            return k if toks[k + 1].low == "with" else None
    return None


def _not_said_whether(toks: Sequence[Token], start: int) -> bool:
    """ "has not said whether it will endorse", "would not say whether": not yet known."""
    near = [t.low for t in toks[max(0, start - 7) : start]]
    if "whether" not in near:
        return False
    at = near.index("whether")
    if at < 2 or near[at - 1] not in ("said", "say", "says", "indicated"):
        return False
    return any(w in NOT or w == "yet" for w in near[max(0, at - 3) : at - 1])


def _whom(ctx: Context, sentence: Sentence, start: int) -> Entity | None:
    """The person "whom" stands for, before its comma: "Brandvold, whom it endorsed"."""
    toks = sentence.tokens
    k = start - 1
    while k > 0 and toks[k].low != "whom" and start - k <= 4:
        k -= 1
    if k < 2 or toks[k].low != "whom":
        return None
    before = k - 2 if toks[k - 1].text == "," else k - 1
    return named_person(ctx, sentence, np_before(toks, before, 0))


def _by(toks: Sequence[Token], v: int) -> int | None:
    """The "by" of a passive verb at toks[v], past a date: "endorsed last month by"."""
    k = v + 1
    while k < len(toks) and k - v <= 5 and toks[k].low != "by" and timely(toks[k]):
        k += 1
    return k if k < len(toks) and toks[k].low == "by" else None


def _endorsement(ctx: Context, sentence: Sentence, v: int, start: int) -> list[Row]:
    """The noun: "announced its endorsement of Harris", "is withholding its endorsement",
    "gave Harris its endorsement", "the UAW's endorsement of Harris", "opted against an
    endorsement"."""
    toks = sentence.tokens
    made = _made(ctx, sentence, v)
    if made is not None:
        return made
    near = [t.low for t in toks[max(0, v - 4) : v]]
    held = next(
        (k for k in range(v - 1, max(-1, v - 4), -1) if toks[k].low.startswith("withh")), None
    )
    if held is not None:
        start = group_start(toks, held)
        if status_of(" ".join(t.low for t in toks[start:held]), "", "") == "undecided":
            return []  # "has not withheld"
        return rows_for(ctx, sentence, endorsers(ctx, sentence, start), None, "withheld", v)
    if near[-2:] in (["against", "an"], ["against", "any"]) or near[-1:] == ["against"]:
        verb = v - len(near) + max(i for i, w in enumerate(near) if w == "against") - 1
        start = group_start(toks, max(verb, 0))
        return rows_for(ctx, sentence, endorsers(ctx, sentence, start), None, "withheld", v)
    given = _given(ctx, sentence, v)
    if given is not None:
        return given
    after = " ".join(t.low for t in toks[v + 1 : v + 3])
    if not after.startswith("of"):
        return []
    if v > 0 and toks[v - 1].possessive:  # "the UAW's endorsement of Harris"
        owner = union_of(ctx, sentence, np_before(toks, v - 1, 0))
        return each_candidate(ctx, sentence, [owner] if owner else [], v + 2, v)
    k = v - 1 if v > 0 and toks[v - 1].low in ("its", "their") else v
    if 0 < k < v and verb_like(toks[k - 1]):
        start = group_start(toks, k - 1)  # "announced its endorsement of Harris"
    return each_candidate(ctx, sentence, endorsers(ctx, sentence, start), v + 2, v)


_GIVE = frozenset(
    """
    gave give gives given giving lent lend lends reaffirmed reaffirms renewed renews
    reiterated
    """.split()
)


def _given(ctx: Context, sentence: Sentence, v: int) -> list[Row] | None:
    """ "gave Harris its endorsement", "gave its support to Harris", "lent its backing to"."""
    toks = sentence.tokens
    gave = next((k for k in range(v - 1, max(-1, v - 5), -1) if toks[k].low in _GIVE), None)
    if gave is None:
        return None
    start = group_start(toks, gave)
    if hedged(toks, start, gave):
        return []
    bodies = endorsers(ctx, sentence, start)
    # "gave its support to Harris", "reaffirmed its support for Brown"
    to = v + 1 < len(toks) and toks[v + 1].low in ("to", "for")
    at = v + 2 if to else gave + 1
    return each_candidate(ctx, sentence, bodies, at, v)


def _made(ctx: Context, sentence: Sentence, v: int) -> list[Row] | None:
    """ "would make no endorsement", "has yet to make an endorsement", "has not made an
    endorsement in the race": where a body stands, said with "make"."""
    toks = sentence.tokens
    verb = next((k for k in range(v - 1, max(-1, v - 4), -1) if toks[k].low in _MAKE), None)
    if verb is None or any(t.kind != "word" for t in toks[verb + 1 : v]):
        return None
    start = group_start(toks, verb)
    before = group_words(toks, start, verb)
    if speculative(toks, start, before):
        return []
    words = {t.low for t in toks[verb + 1 : v]}
    later = rest_of_clause(toks, v)
    rest = " ".join(t.low for t in toks[v:])
    if any(m in rest for m in _NO_PLANS):
        status = "withheld"  # "has not made an endorsement, Maki said, and does not plan to"
    elif any(m in before for m in UNDECIDED) or "yet" in rest.split():
        status = "undecided"
    elif "no" in words or any(m in before for m in WITHHELD):
        status = "undecided" if " until " in f" {later} " else "withheld"
    else:
        return None  # "made an endorsement": of whom, "endorsement of" says
    return rows_for(ctx, sentence, endorsers(ctx, sentence, start), None, status, v)


_NO_PLANS = ("does not plan to", "doesn't plan to", "has no plans to", "not planning to",
             "do not plan to", "don't plan to")  # fmt: skip

_MAKE = frozenset(
    """
    make makes made making issue issued announce announced offer offered voted vote decided
    """.split()
)


def _held(toks: Sequence[Token], v: int) -> int | None:
    """The verb of "won the backing of", "has received endorsements from", "picked up the
    endorsement of": a candidate holding a body's support."""
    if toks[v].low not in _HELD:
        return None
    owned = v > 0 and toks[v - 1].possessive  # "won the FOP's backing", "the council's nod"
    owned = owned and (toks[v - 1].is_cap or toks[v - 1].bare in UNION_WORDS)
    if not owned and (v + 1 >= len(toks) or toks[v + 1].low not in ("of", "from")):
        return None
    verb = next((k for k in range(v - 1, max(-1, v - 5), -1) if toks[k].low in _HOLD), None)
    if verb is None or any(verb_like(t) for t in toks[verb + 1 : v]):
        return None  # "has said the union's support must be earned"
    return verb


_HELD = frozenset("endorsement endorsements backing support".split())


def _secured(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    """ "Biden has already secured the endorsements of two other major unions: the UAW and the
    AFL-CIO": the one holding the endorsements is the candidate."""
    toks = sentence.tokens
    verb = _held(toks, v)
    if verb is None:
        return []
    start = group_start(toks, verb)
    if hedged(toks, start, verb):
        return []  # "could win the backing of", "has not won the support of"
    holder = subject_of(toks, start, 0)[0]
    # "The third candidate, Hector Salgado, ... has the support of": the name in apposition
    candidate = named_person(
        ctx, sentence, named_after(toks, holder, len(toks)) if holder else None
    )
    if toks[v - 1].possessive:
        owner = union_of(ctx, sentence, np_before(toks, v - 1, 0))
        return rows_for(ctx, sentence, [owner] if owner else [], candidate, "endorsed", v)
    return rows_for(ctx, sentence, listed(ctx, sentence, v + 2), candidate, "endorsed", v)


_JOINED_IN = frozenset("backing endorsing supporting".split())

_JOIN = frozenset("join joins joined joining".split())


def _joined(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    """ "Local 77 joins A, B and C in backing Harris": the subject and everyone it joins."""
    toks = sentence.tokens
    verb = next((k for k in range(v - 2, -1, -1) if toks[k].low in _JOIN), None)
    if verb is None or any(t.text in ";:" for t in toks[verb:v]):
        return []
    start = group_start(toks, verb)
    if hedged(toks, start, verb) or "to" in group_words(toks, start, verb).split():
        return []  # "is expected to join", "declined to join"
    bodies = endorsers(ctx, sentence, start)
    bodies += [b for b in listed(ctx, sentence, verb + 1) if b not in bodies]
    return each_candidate(ctx, sentence, bodies, v + 1, v)


_HOLD = frozenset(
    """
    secured secures won wins received receives has had holds held earned picked picks landed
    gained got gets collected accepted accepts
    """.split()
)

_THROW = frozenset("threw throw throws thrown throwing put puts".split())


def _backing(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    """ "threw its support behind Harris", "the UAW backs Harris"."""
    toks = sentence.tokens
    if counts_a_share(toks[v + 1 : v + 6]):
        return []  # "UAW members backed Biden 56% to 40%": a vote, counted, not an endorsement
    if toks[v].low.endswith("ing") and v > 0 and toks[v - 1].bare in _PEOPLE:
        return []  # "a majority of members supporting Trump": members, not their union
    if toks[v].low == "behind":
        if v < 1 or toks[v - 1].low not in ("support", "weight"):
            return []
        verb = next((k for k in range(v - 1, -1, -1) if toks[k].low in _THROW), None)
        if verb is None:
            return []
        start = group_start(toks, verb)
        before = group_words(toks, start, verb)
        if speculative(toks, start, before):
            return []
        bodies = endorsers(ctx, sentence, start)
        if any(words in before for words in UNDECIDED):
            return rows_for(ctx, sentence, bodies, None, "undecided", v)
        return each_candidate(ctx, sentence, bodies, v + 1, v)
    start = group_start(toks, v)
    before = group_words(toks, start, v)
    if speculative(toks, start, before):
        return []
    after = " ".join(t.low for t in toks[v + 1 : v + 4])
    base = "endorse" if toks[v].low in ("back", "support") else "endorsed"
    status = status_of(before, base, after)
    if status is None and announced(toks, start, before):
        status = "endorsed"  # "said it would back Harris"
    if status is None:
        return []  # "urged members to back Harris", "did not back Harris"
    if status != "endorsed":  # "declined to back either candidate", "has yet to back anyone"
        return rows_for(ctx, sentence, endorsers(ctx, sentence, start), None, status, v)
    by = _by(toks, v)
    if by is not None:  # "Mabry is backed by Lodge 27"
        candidate = named_person(ctx, sentence, subject_of(toks, start, 0)[0])
        return rows_for(ctx, sentence, listed(ctx, sentence, by + 1), candidate, "endorsed", v)
    if start == v and v > 0 and toks[v - 1].kind == "word" and toks[v].low == "backing":
        # "polls showing members backing Trump": the backers are the members, not a body
        direct = np_before(toks, v - 1, 0)
        if direct is None or union_of(ctx, sentence, direct) is None:
            return []
    bodies = endorsers(ctx, sentence, start) + as_did(ctx, sentence, v)
    return each_candidate(ctx, sentence, bodies, v + 1, v)
