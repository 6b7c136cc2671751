"""Endorsements: a body, a candidate and where the body stands ("X endorsed Y", "Y has been
endorsed by unions such as A, B and C", "X threw its support behind Y", "X backs Y", "X declined
to endorse", "X has yet to endorse", "X will not endorse anyone this year").

The endorser must be a union or a body like one (a local, a council, a federation), not a person
or a newsroom; speculation ("could endorse", "is expected to endorse") and a bare "did not
endorse" give no row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.facts.auto.bodies import UNION_WORDS, union_of
from tui.facts.auto.candidates import candidates
from tui.facts.auto.common import Context, Row, named_person, nearest_date
from tui.facts.auto.endorsers import as_did, endorsers, listed
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

_BACK = frozenset("back backs backed backing supports supported supporting".split())


def endorsements(ctx: Context) -> list[Row]:
    rows: list[Row] = []
    for sentence in ctx.reading.sentences:
        toks = sentence.tokens
        if _headline(ctx.text(sentence), toks):
            continue  # "Trades Council Breaks With Democrats, Backs Hollister": no grammar to read
        for v, tok in enumerate(toks):
            if tok.kind != "word":
                continue
            if _held(toks, v) is not None:
                rows.extend(_secured(ctx, sentence, v))
            elif tok.low in _JOINED_IN and v > 1 and toks[v - 1].low == "in":
                rows.extend(_joined(ctx, sentence, v))
            elif tok.low in _ENDORSE or tok.low == "endorsement":
                rows.extend(_endorse(ctx, sentence, v))
            elif tok.low in ("neutral", "out", "sidelines"):
                rows.extend(_stayed_out(ctx, sentence, v))
            elif tok.low in _STANCES or tok.low in ("decide", "decided", "mind", "choose", "pick"):
                rows.extend(_stance(ctx, sentence, v))
            elif tok.low in ("support", "backing") and _given(ctx, sentence, v) is not None:
                rows.extend(_given(ctx, sentence, v) or [])
            elif tok.low in ("for", "with", "behind") and _sided(toks, v) is not None:
                rows.extend(_sided_with(ctx, sentence, v))
            elif tok.low in _BACK or (tok.low == "behind" and _sided(toks, v) is None):
                rows.extend(_backing(ctx, sentence, v))
            elif tok.low in _ECHO_WORDS:
                rows.extend(_echoed(ctx, sentence, v, rows))
            elif tok.low == "to" and _moved(toks, v) is not None:
                rows.extend(_moved_to(ctx, sentence, v))
            elif tok.low == "off" and v > 0 and toks[v - 1].low in _HOLDING_OFF:
                rows.extend(_holding_off(ctx, sentence, v))
    return _unique(rows)


_ECHO_WORDS = frozenset("followed follows same so".split())
_SO_VERBS = frozenset("did has have had does is are was".split())


def _echoed(ctx: Context, sentence: Sentence, v: int, before: list[Row]) -> list[Row]:
    """ "The UAW followed a day later", "the council has done the same", "So did Local 31":
    the endorsement just told of, made again by another body."""
    toks = sentence.tokens
    low = toks[v].low
    leader: str | None = None  # "followed the international union": whose endorsement
    if low in ("followed", "follows"):
        rest = toks[v + 1 :]
        if rest and rest[0].low == "suit":
            rest = rest[1:]
        if rest and rest[0].kind == "word" and not timely(rest[0]) and rest[0].low != "with":
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
    else:  # "So did Local 31", "and so is the United Auto Workers"
        opens = v == 0 or toks[v - 1].low == "and" or toks[v - 1].text in ",;"
        if not opens or v + 2 >= len(toks) or toks[v + 1].low not in _SO_VERBS:
            return []
        bodies = listed(ctx, sentence, v + 2)
    last = _last_endorsed(sentence, before, leader)
    bodies = [b for b in bodies if b.name != leader]
    if last is None or not bodies:
        return []
    return _rows(ctx, sentence, bodies, Entity(last, "person"), "endorsed", v)


def _last_endorsed(sentence: Sentence, before: list[Row], by: str | None = None) -> str | None:
    """The candidate of the latest endorsement told just before (by one body, when named)."""
    for row in reversed(before):
        if row["status"] != "endorsed" or (by is not None and row["union"] != by):
            continue
        if by is not None or sentence.start - row["starts"][0] < 600:
            return str(row["candidate"])
    return None


_MOVES = frozenset("moved switched shifted transferred came come comes coming turned".split())


def _moved(toks: Sequence[Token], v: int) -> int | None:
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


def _sided(toks: Sequence[Token], v: int) -> int | None:
    """ "had all announced for Harris", "came out for Harris", "is also with Feeney": the
    verb of a side taken."""
    k = v - 1
    while k > 0 and toks[k].low in ("all", "also", "firmly", "squarely", "now", "out", "up"):
        k -= 1
    if k < 0:
        return None
    if toks[v].low == "for" and toks[k].low in _FOR_VERBS:
        return k
    if toks[v].low in ("with", "behind") and toks[k].low in _BE:
        return k  # "is also with Feeney", "The nurses association is behind Okafor-Bell"
    return None


def _sided_with(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    return _to_candidate(ctx, sentence, v, _sided(sentence.tokens, v))


_HOLDING_OFF = frozenset("holding hold holds held".split())


def _holding_off(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    """ "The IAFF is also holding off": not yet."""
    toks = sentence.tokens
    start = group_start(toks, v - 1)
    if hedged(toks, start, v - 1):
        return []
    return _rows(ctx, sentence, endorsers(ctx, sentence, start), None, "undecided", v)


def _moved_to(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    return _to_candidate(ctx, sentence, v, _moved(sentence.tokens, v))


def _to_candidate(ctx: Context, sentence: Sentence, v: int, verb: int | None) -> list[Row]:
    """The side a verb at toks[verb] takes, for the person named after toks[v]: "moved its
    support to Harris", "announced for Harris", "is with Feeney"."""
    toks = sentence.tokens
    if verb is None:
        return []
    start = group_start(toks, verb)
    if hedged(toks, start, verb):
        return []
    found = np_after(toks, v + 1, len(toks))
    candidate = named_person(ctx, sentence, found[0]) if found else None
    if candidate is None:
        return []
    return _rows(ctx, sentence, endorsers(ctx, sentence, start), candidate, "endorsed", v)


def _headline(text: str, toks: Sequence[Token]) -> bool:
    """A headline in title case: most words capitalised and no full stop."""
    words = [t for t in toks if t.kind == "word" and t.text[:1].isalpha()]
    if len(words) < 4 or text.rstrip().endswith((".", "”", '"')):
        return False
    return sum(t.is_cap for t in words) >= 0.75 * len(words)


def _endorse(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    toks = sentence.tokens
    start = group_start(toks, v)
    before = group_words(toks, start, v)
    if speculative(toks, start, before):
        return []
    after = " ".join(t.low for t in toks[v + 1 : v + 4])
    if toks[v].low == "endorsement":
        return _endorsement(ctx, sentence, v, start)
    status = status_of(before, toks[v].low, after, rest_of_clause(toks, v))
    broke = _broke_with(toks, start)
    if status is None and (announced(toks, start, before) or broke is not None):
        status = "endorsed"  # "announced Thursday that it would endorse Harris"
        start = group_start(toks, broke) if broke is not None else start
    if status is None:
        return []
    if status != "endorsed":
        return _rows(ctx, sentence, endorsers(ctx, sentence, start), None, status, v)
    by = _by(toks, v)
    if by is not None:  # "has been endorsed by unions such as A, B", "was endorsed last month by"
        candidate = named_person(ctx, sentence, subject_of(toks, start, 0)[0])
        return _rows(ctx, sentence, listed(ctx, sentence, by + 1), candidate, status, v)
    bodies = endorsers(ctx, sentence, start) + as_did(ctx, sentence, v)
    return _each(ctx, sentence, bodies, v + 1, v)


def _broke_with(toks: Sequence[Token], start: int) -> int | None:
    """ "broke with the national union last week to endorse Harris": done, against the parent;
    the verb that broke."""
    if start < 1 or toks[start].low != "to":
        return None
    for k in range(start - 1, max(-1, start - 10), -1):
        if toks[k].low in ("broke", "split", "parted") and k + 1 < start:
            return k if toks[k + 1].low == "with" else None
    return None


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
        return _rows(ctx, sentence, endorsers(ctx, sentence, start), None, "withheld", v)
    if near[-2:] in (["against", "an"], ["against", "any"]) or near[-1:] == ["against"]:
        verb = v - len(near) + max(i for i, w in enumerate(near) if w == "against") - 1
        start = group_start(toks, max(verb, 0))
        return _rows(ctx, sentence, endorsers(ctx, sentence, start), None, "withheld", v)
    given = _given(ctx, sentence, v)
    if given is not None:
        return given
    after = " ".join(t.low for t in toks[v + 1 : v + 3])
    if not after.startswith("of"):
        return []
    if v > 0 and toks[v - 1].possessive:  # "the UAW's endorsement of Harris"
        owner = union_of(ctx, sentence, np_before(toks, v - 1, 0))
        return _each(ctx, sentence, [owner] if owner else [], v + 2, v)
    k = v - 1 if v > 0 and toks[v - 1].low in ("its", "their") else v
    if 0 < k < v and verb_like(toks[k - 1]):
        start = group_start(toks, k - 1)  # "announced its endorsement of Harris"
    return _each(ctx, sentence, endorsers(ctx, sentence, start), v + 2, v)


_GIVE = frozenset("gave give gives given giving lent lend lends".split())


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
    at = v + 2 if v + 1 < len(toks) and toks[v + 1].low == "to" else gave + 1
    return _each(ctx, sentence, bodies, at, v)


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
    return _rows(ctx, sentence, endorsers(ctx, sentence, start), None, status, v)


_NO_PLANS = ("does not plan to", "doesn't plan to", "has no plans to", "not planning to",
             "do not plan to", "don't plan to")  # fmt: skip


_MAKE = frozenset(
    """
    make makes made making issue issued announce announced offer offered voted vote decided
    """.split()
)


def _stayed_out(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
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
    return _rows(ctx, sentence, endorsers(ctx, sentence, start), None, "withheld", v)


_STANCES = frozenset("position side sides stance".split())

_TAKE = frozenset("take takes taken taking took".split())


def _stance(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    """ "hasn't decided", "hasn't taken a position", "has chosen not to take a side": where a
    body stands, said without "endorse". Taking a side, unsaid which, gives no row."""
    toks = sentence.tokens
    verb = v
    if toks[v].low == "mind":  # "has not made up its mind"
        near = [t.low for t in toks[max(0, v - 3) : v]]
        if len(near) < 3 or near[0] not in ("made", "make") or near[1] != "up":
            return []
        verb = v - 3
    elif toks[v].low in _STANCES:
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
    deciding = toks[v].low in ("decide", "decided", "choose", "pick")
    negated = any(w in NOT or w == "yet" for w in before.split())
    if deciding and negated:
        status = "undecided"  # "has not decided", "will not decide until later this year"
    elif any(m in before for m in WITHHELD):
        status = "withheld"
    elif any(m in before for m in UNDECIDED) or before.split()[-1:] in (["not"], ["yet"]):
        status = "undecided"
    else:
        return []
    return _rows(ctx, sentence, endorsers(ctx, sentence, start), None, status, v)


_STAY = frozenset(
    "stay stays stayed staying remain remains remained remaining sat sit sits sitting".split()
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
        return _rows(ctx, sentence, [owner] if owner else [], candidate, "endorsed", v)
    return _rows(ctx, sentence, listed(ctx, sentence, v + 2), candidate, "endorsed", v)


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
    return _each(ctx, sentence, bodies, v + 1, v)


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
            return _rows(ctx, sentence, bodies, None, "undecided", v)
        return _each(ctx, sentence, bodies, v + 1, v)
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
        return _rows(ctx, sentence, endorsers(ctx, sentence, start), None, status, v)
    by = _by(toks, v)
    if by is not None:  # "Mabry is backed by Lodge 27"
        candidate = named_person(ctx, sentence, subject_of(toks, start, 0)[0])
        return _rows(ctx, sentence, listed(ctx, sentence, by + 1), candidate, "endorsed", v)
    if start == v and v > 0 and toks[v - 1].kind == "word" and toks[v].low == "backing":
        # "polls showing members backing Trump": the backers are the members, not a body
        direct = np_before(toks, v - 1, 0)
        if direct is None or union_of(ctx, sentence, direct) is None:
            return []
    bodies = endorsers(ctx, sentence, start) + as_did(ctx, sentence, v)
    return _each(ctx, sentence, bodies, v + 1, v)


def _rows(
    ctx: Context,
    sentence: Sentence,
    bodies: list[Entity],
    candidate: Entity | None,
    status: str,
    at: int,
) -> list[Row]:
    if status == "endorsed" and candidate is None:
        return []
    when = nearest_date(ctx, sentence, at, past=True)  # "declined in 2016 to endorse" too
    rows = []
    for body in _completed(bodies):
        short = ctx.people.registry.short(body.name) if body.known else _short(body.name)
        rows.append(
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
        )
    return rows


_NUMBERED = re.compile(r"\b(?:Local|Joint Council|Council|Lodge|District|Division|Chapter) \d+\w*$")


def _short(name: str) -> str:
    """ "Teamsters Local 299" -> "Local 299": what tells it apart in a narrow column."""
    numbered = _NUMBERED.search(name)
    return numbered.group(0) if numbered else name


def _completed(bodies: list[Entity]) -> list[Entity]:
    """ "Teamsters Joint Council 25, Joint Council 7 and Joint Council 16": the later ones are
    Teamsters councils too, named as the first one is."""
    done: list[Entity] = []
    for body in bodies:
        head = body.name.split()[0]
        for earlier in done:
            at = earlier.name.find(f" {head} ")
            if not body.known and at > 0 and not body.name.startswith(earlier.name[:at]):
                body = Entity(f"{earlier.name[:at]} {body.name}", "org")
                break
        done.append(body)
    return done


def _unique(rows: list[Row]) -> list[Row]:
    seen: set[tuple[object, ...]] = set()
    unique = []
    for row in rows:
        key = (row["union"], row["candidate"], row["status"], row["starts"][0])
        if key not in seen:
            seen.add(key)
            unique.append(row)
    return unique


def _each(ctx: Context, sentence: Sentence, bodies: list[Entity], i: int, v: int) -> list[Row]:
    """Endorsed rows for each candidate named at toks[i]."""
    rows = []
    for person, at in candidates(ctx, sentence, i):
        rows += _rows(ctx, sentence, bodies, person, "endorsed", v if at is None else at)
    return rows
