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
from tui.facts.auto.common import Context, Row, named_person, nearest_date
from tui.facts.cues import subject_of
from tui.facts.lexicon import MONTHS, WEEKDAYS
from tui.facts.people import Entity, verb_like
from tui.facts.phrases import named_after, np_after, np_before
from tui.facts.reading import Sentence
from tui.facts.text import Token

_ENDORSE = frozenset("endorse endorses endorsed endorsing".split())
_BACK = frozenset("back backs backed backing supports supported supporting".split())
_SPECULATIVE = frozenset(
    "could may might expected considering consider considered plans plan planning likely".split()
)
_WITHHELD = ("declined to", "decided not", "opted not", "chose not", "will not", "would not",
             "won't", "wouldn't", "refused to", "not to", "no one", "no candidate")  # fmt: skip
_UNDECIDED = ("yet to", "not yet", "hasn't", "haven't", "has not", "have not")
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
_LEADS = frozenset("and , including such as like along with as well the both".split())


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
            elif tok.low in _BACK or tok.low == "behind":
                rows.extend(_backing(ctx, sentence, v))
            elif tok.low in _ECHO_WORDS:
                rows.extend(_echoed(ctx, sentence, v, rows))
            elif tok.low == "to" and _moved(toks, v) is not None:
                rows.extend(_moved_to(ctx, sentence, v))
    return _unique(rows)


_ECHO_WORDS = frozenset("followed follows same so".split())


def _echoed(ctx: Context, sentence: Sentence, v: int, before: list[Row]) -> list[Row]:
    """ "The UAW followed a day later", "the council has done the same", "So did Local 31":
    the endorsement just told of, made again by another body."""
    toks = sentence.tokens
    low = toks[v].low
    if low in ("followed", "follows"):
        rest = toks[v + 1 :]
        if rest and rest[0].low == "suit":
            rest = rest[1:]
        if rest and rest[0].kind == "word" and not _timely(rest[0]) and rest[0].low != "with":
            return []  # "followed the vote": an object, not the endorsement echoed
        bodies = _endorsers(ctx, sentence, _group_start(toks, v))
    elif low == "same":
        near = [t.low for t in toks[max(0, v - 3) : v]]
        if near[-2:] != ["done", "the"] and near[-2:] != ["did", "the"]:
            return []
        bodies = _endorsers(ctx, sentence, _group_start(toks, v - 2))
    else:  # "So did Local 31", "So has the Ohio AFL-CIO"
        if v != 0 or len(toks) < 3 or toks[1].low not in ("did", "has", "have", "had", "does"):
            return []
        bodies = _listed(ctx, sentence, 2)
    last = _last_endorsed(sentence, before)
    if last is None or not bodies:
        return []
    return _rows(ctx, sentence, bodies, Entity(last, "person"), "endorsed", v)


def _last_endorsed(sentence: Sentence, before: list[Row]) -> str | None:
    """The candidate of the latest endorsement in this sentence or the two before it."""
    for row in reversed(before):
        if row["status"] == "endorsed" and sentence.start - row["starts"][0] < 600:
            return str(row["candidate"])
    return None


_MOVES = frozenset("moved switched shifted transferred came turned".split())


def _moved(toks: Sequence[Token], v: int) -> int | None:
    """ "moved its support to Harris", "switched its backing to her", "came around to Harris"."""
    for k in range(v - 1, max(-1, v - 4), -1):
        if toks[k].low in _MOVES:
            between = {t.low for t in toks[k + 1 : v]}
            if between <= {"its", "their", "support", "backing", "endorsement", "around", "over"}:
                return k
            return None
    return None


def _moved_to(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    toks = sentence.tokens
    verb = _moved(toks, v)
    if verb is None:
        return []
    start = _group_start(toks, verb)
    if any(w in _SPECULATIVE or w in _NOT for w in _group_words(toks, start, verb).split()):
        return []
    found = np_after(toks, v + 1, len(toks))
    candidate = named_person(ctx, sentence, found[0]) if found else None
    if candidate is None:
        return []
    return _rows(ctx, sentence, _endorsers(ctx, sentence, start), candidate, "endorsed", v)


def _headline(text: str, toks: Sequence[Token]) -> bool:
    """A headline in title case: most words capitalised and no full stop."""
    words = [t for t in toks if t.kind == "word" and t.text[:1].isalpha()]
    if len(words) < 4 or text.rstrip().endswith((".", "”", '"')):
        return False
    return sum(t.is_cap for t in words) >= 0.75 * len(words)


def _endorse(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    toks = sentence.tokens
    start = _group_start(toks, v)
    before = _group_words(toks, start, v)
    if any(word in _SPECULATIVE for word in before.split()) or _conditional(toks, start):
        return []
    after = " ".join(t.low for t in toks[v + 1 : v + 4])
    if toks[v].low == "endorsement":
        return _endorsement(ctx, sentence, v, start)
    status = _status(before, toks[v].low, after, _rest_of_clause(toks, v))
    if status is None and _announced(toks, start, before):
        status = "endorsed"  # "announced Thursday that it would endorse Harris"
    if status is None:
        return []
    if status != "endorsed":
        return _rows(ctx, sentence, _endorsers(ctx, sentence, start), None, status, v)
    by = _by(toks, v)
    if by is not None:  # "has been endorsed by unions such as A, B", "was endorsed last month by"
        candidate = named_person(ctx, sentence, subject_of(toks, start, 0)[0])
        return _rows(ctx, sentence, _listed(ctx, sentence, by + 1), candidate, status, v)
    bodies = _endorsers(ctx, sentence, start) + _as_did(ctx, sentence, v)
    return _each(ctx, sentence, bodies, v + 1, v)


def _by(toks: Sequence[Token], v: int) -> int | None:
    """The "by" of a passive verb at toks[v], past a date: "endorsed last month by"."""
    k = v + 1
    while k < len(toks) and k - v <= 5 and toks[k].low != "by" and _timely(toks[k]):
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
        start = _group_start(toks, held)
        if _status(" ".join(t.low for t in toks[start:held]), "", "") == "undecided":
            return []  # "has not withheld"
        return _rows(ctx, sentence, _endorsers(ctx, sentence, start), None, "withheld", v)
    if near[-2:] in (["against", "an"], ["against", "any"]) or near[-1:] == ["against"]:
        verb = v - len(near) + max(i for i, w in enumerate(near) if w == "against") - 1
        start = _group_start(toks, max(verb, 0))
        return _rows(ctx, sentence, _endorsers(ctx, sentence, start), None, "withheld", v)
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
        start = _group_start(toks, k - 1)  # "announced its endorsement of Harris"
    return _each(ctx, sentence, _endorsers(ctx, sentence, start), v + 2, v)


_GIVE = frozenset("gave give gives given giving lent lend lends".split())


def _given(ctx: Context, sentence: Sentence, v: int) -> list[Row] | None:
    """ "gave Harris its endorsement", "gave its support to Harris", "lent its backing to"."""
    toks = sentence.tokens
    gave = next((k for k in range(v - 1, max(-1, v - 5), -1) if toks[k].low in _GIVE), None)
    if gave is None:
        return None
    start = _group_start(toks, gave)
    if any(w in _SPECULATIVE or w in _NOT for w in _group_words(toks, start, gave).split()):
        return []
    bodies = _endorsers(ctx, sentence, start)
    at = v + 2 if v + 1 < len(toks) and toks[v + 1].low == "to" else gave + 1
    return _each(ctx, sentence, bodies, at, v)


def _made(ctx: Context, sentence: Sentence, v: int) -> list[Row] | None:
    """ "would make no endorsement", "has yet to make an endorsement", "has not made an
    endorsement in the race": where a body stands, said with "make"."""
    toks = sentence.tokens
    verb = next((k for k in range(v - 1, max(-1, v - 4), -1) if toks[k].low in _MAKE), None)
    if verb is None or any(t.kind != "word" for t in toks[verb + 1 : v]):
        return None
    start = _group_start(toks, verb)
    before = _group_words(toks, start, verb)
    if any(w in _SPECULATIVE for w in before.split()) or _conditional(toks, start):
        return []
    words = {t.low for t in toks[verb + 1 : v]}
    later = _rest_of_clause(toks, v)
    if any(m in before for m in _UNDECIDED) or "yet" in {t.low for t in toks[v:]}:
        status = "undecided"
    elif "no" in words or any(m in before for m in _WITHHELD):
        status = "undecided" if " until " in f" {later} " else "withheld"
    else:
        return None  # "made an endorsement": of whom, "endorsement of" says
    return _rows(ctx, sentence, _endorsers(ctx, sentence, start), None, status, v)


_NOBODY = ("a candidate", "any candidate", "anyone", "anybody", "either", "in ", "for president")
_MAKE = frozenset(
    """
    make makes made making issue issued announce announced offer offered voted vote decided
    """.split()
)


def _status(before: str, word: str, after: str, later: str = "") -> str | None:
    """Where the verb group leaves a body: `later` is the rest of the clause ("will not endorse
    until its members vote" is not yet, not never)."""
    if any(words in before for words in _UNDECIDED):
        return "undecided"
    if any(words in before for words in _WITHHELD) or after.startswith(("no one", "nobody")):
        return "undecided" if " until " in f" {later} " else "withheld"
    if before.split()[-1:] == ["against"]:
        return "withheld"  # "decided against endorsing"
    if before.split()[-1:] in (["not"], ["never"], ["didn't"]) or "did not" in before:
        if after.startswith(_NOBODY):
            return "withheld"  # "did not endorse a candidate in the race"
        return None  # "did not endorse Harris": what the union decided is not said
    if word == "endorse" and not _DECIDING & set(before.split()):
        return None  # "to endorse Harris", "will endorse": not yet done (unless announced)
    return "endorsed"


# "voted to endorse", "decided to back": done, not only meant
_DECIDING = frozenset("voted vote voting decided agreed chose opted moved".split())


def _announced(toks: Sequence[Token], start: int, before: str) -> bool:
    """ "The SEIU announced that it would endorse Harris", "said it will back Harris": the
    body's own word that it endorses, not a forecast."""
    if before not in ("would", "will", "is going to"):
        return False
    k = start - 1
    if k < 1 or toks[k].low not in ("it", "they"):
        return False
    k -= 1
    if toks[k].low == "that":
        k -= 1
    while k > 0 and _timely(toks[k]) and toks[k].low != "to":
        k -= 1  # "announced Thursday that it would"
    return toks[k].low in _SAID


_SAID = frozenset("said says announced announces told confirmed declared".split())


def _rest_of_clause(toks: Sequence[Token], v: int) -> str:
    end = next((k for k in range(v + 1, len(toks)) if toks[k].text in ",;:."), len(toks))
    return " ".join(t.low for t in toks[v + 1 : end])


def _group_start(toks: Sequence[Token], v: int) -> int:
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
    # "voted in August to endorse", "voted 312 to 141 on Saturday to endorse": a date or a
    # tally inside the group
    if k < v and toks[k].low == "to":
        j = k
        while j > 0 and k - j < 7 and _timely(toks[j - 1]):
            j -= 1
        if 0 < j < k and toks[j - 1].low in _GROUP:
            return _group_start(toks, j)
    return k


def _group_words(toks: Sequence[Token], start: int, v: int) -> str:
    """The verb group's words without its date: "declined on Wednesday to" -> "declined to"."""
    return " ".join(t.low for t in toks[start:v] if t.low == "to" or not _timely(t))


def _timely(tok: Token) -> bool:
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


def _conditional(toks: Sequence[Token], start: int) -> bool:
    """ "whether or not it backed her", "if the union endorses": nothing was done."""
    for k in range(start - 1, max(-1, start - 5), -1):
        if toks[k].text in ",;:":
            return False
        if toks[k].low in ("whether", "if", "unless"):
            return True
    return False


def _stayed_out(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    """ "voted to stay neutral", "sat out the presidential race", "stayed out of the race":
    no endorsement."""
    toks = sentence.tokens
    verb = v - 1
    if toks[v].low == "sidelines":  # "will stay on the sidelines"
        verb = v - 3 if [t.low for t in toks[max(0, v - 2) : v]] == ["on", "the"] else -1
    if verb < 0 or toks[verb].low not in _STAY:
        return []
    rest = [t.low for t in toks[v + 1 : v + 6]]
    if toks[v].low == "out" or rest[:1] in (["on"], ["in"]):
        # "sat out the race", "neutral in the race"; not "neutral on the measure"
        ahead = rest[: rest.index(",")] if "," in rest else rest
        if not {"race", "election", "contest", "primary"} & set(ahead):
            return []
    start = _group_start(toks, verb)
    before = _group_words(toks, start, verb)
    if any(w in _SPECULATIVE for w in before.split()) or _conditional(toks, start):
        return []
    if any(w in before.split() for w in ("not", "never", "didn't", "won't")):
        return []
    return _rows(ctx, sentence, _endorsers(ctx, sentence, start), None, "withheld", v)


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
    start = _group_start(toks, verb)
    before = _group_words(toks, start, verb)
    if any(w in _SPECULATIVE for w in before.split()) or _conditional(toks, start):
        return []
    deciding = toks[v].low in ("decide", "decided", "choose", "pick")
    negated = any(w in _NOT or w == "yet" for w in before.split())
    if deciding and negated:
        status = "undecided"  # "has not decided", "will not decide until later this year"
    elif any(m in before for m in _WITHHELD):
        status = "withheld"
    elif any(m in before for m in _UNDECIDED) or before.split()[-1:] in (["not"], ["yet"]):
        status = "undecided"
    else:
        return []
    return _rows(ctx, sentence, _endorsers(ctx, sentence, start), None, status, v)


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
    start = _group_start(toks, verb)
    group = _group_words(toks, start, verb).split()
    if any(w in _SPECULATIVE or w in _NOT for w in group) or _conditional(toks, start):
        return []  # "could win the backing of", "has not won the support of"
    holder = subject_of(toks, start, 0)[0]
    # "The third candidate, Hector Salgado, ... has the support of": the name in apposition
    candidate = named_person(
        ctx, sentence, named_after(toks, holder, len(toks)) if holder else None
    )
    if toks[v - 1].possessive:
        owner = union_of(ctx, sentence, np_before(toks, v - 1, 0))
        return _rows(ctx, sentence, [owner] if owner else [], candidate, "endorsed", v)
    return _rows(ctx, sentence, _listed(ctx, sentence, v + 2), candidate, "endorsed", v)


_NOT = frozenset("not never n't didn't hasn't haven't hadn't won't wouldn't".split())
_JOINED_IN = frozenset("backing endorsing supporting".split())
_JOIN = frozenset("join joins joined joining".split())


def _joined(ctx: Context, sentence: Sentence, v: int) -> list[Row]:
    """ "Local 77 joins A, B and C in backing Harris": the subject and everyone it joins."""
    toks = sentence.tokens
    verb = next((k for k in range(v - 2, -1, -1) if toks[k].low in _JOIN), None)
    if verb is None or any(t.text in ";:" for t in toks[verb:v]):
        return []
    start = _group_start(toks, verb)
    group = _group_words(toks, start, verb).split()
    if any(w in _SPECULATIVE or w in _NOT or w == "to" for w in group):
        return []  # "is expected to join", "declined to join"
    if _conditional(toks, start):
        return []
    bodies = _endorsers(ctx, sentence, start)
    bodies += [b for b in _listed(ctx, sentence, verb + 1) if b not in bodies]
    return _each(ctx, sentence, bodies, v + 1, v)


_HOLD = frozenset(
    """
    secured secures won wins received receives has had holds held earned picked picks landed
    gained got gets collected
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
        start = _group_start(toks, verb)
        before = _group_words(toks, start, verb)
        if any(w in _SPECULATIVE for w in before.split()) or _conditional(toks, start):
            return []
        endorsers = _endorsers(ctx, sentence, start)
        if any(words in before for words in _UNDECIDED):
            return _rows(ctx, sentence, endorsers, None, "undecided", v)
        return _each(ctx, sentence, endorsers, v + 1, v)
    start = _group_start(toks, v)
    before = _group_words(toks, start, v)
    if any(w in _SPECULATIVE for w in before.split()) or _conditional(toks, start):
        return []
    after = " ".join(t.low for t in toks[v + 1 : v + 4])
    base = "endorse" if toks[v].low in ("back", "support") else "endorsed"
    status = _status(before, base, after)
    if status is None and _announced(toks, start, before):
        status = "endorsed"  # "said it would back Harris"
    if status is None:
        return []  # "urged members to back Harris", "did not back Harris"
    if status != "endorsed":  # "declined to back either candidate", "has yet to back anyone"
        return _rows(ctx, sentence, _endorsers(ctx, sentence, start), None, status, v)
    by = _by(toks, v)
    if by is not None:  # "Mabry is backed by Lodge 27"
        candidate = named_person(ctx, sentence, subject_of(toks, start, 0)[0])
        return _rows(ctx, sentence, _listed(ctx, sentence, by + 1), candidate, "endorsed", v)
    if start == v and v > 0 and toks[v - 1].kind == "word" and toks[v].low == "backing":
        # "polls showing members backing Trump": the backers are the members, not a body
        direct = np_before(toks, v - 1, 0)
        if direct is None or union_of(ctx, sentence, direct) is None:
            return []
    bodies = _endorsers(ctx, sentence, start) + _as_did(ctx, sentence, v)
    return _each(ctx, sentence, bodies, v + 1, v)


def _endorsers(ctx: Context, sentence: Sentence, start: int) -> list[Entity]:
    """The bodies that do what the verb group at toks[start] says: the subject, and every body
    coordinated with it ("Joint Council 7 in California and Joint Council 16 in New York")."""
    toks = sentence.tokens
    if start > 0 and (
        toks[start - 1].low in ("percent", "%") or toks[start - 1].text.endswith("%")
    ):
        return []  # "59.6 percent backed Trump": a share of members, not a body
    both = _both_of_which(ctx, sentence, start)
    if both:
        return both
    # "It backed the mayor; Delacroix has stayed out of the race": the subject of this clause
    lo = next((k + 1 for k in range(start - 1, -1, -1) if toks[k].text in ";:"), 0)
    phrase, _ = subject_of(toks, start, lo)
    first = union_of(ctx, sentence, phrase) if phrase is not None else None
    bodies = [first] if first is not None else []
    # the whole subject: every body named between the clause's start and the verb group, but
    # not an object ("the council, which includes Local 2212, decided")
    lo = _clause_start(toks, start)
    if lo > 1 and toks[lo - 1].low in _HAS_IN_IT and toks[lo - 2].low in ("which", "that", "who"):
        return bodies
    for body in _bodies_in(ctx, sentence, lo, start):
        if body not in bodies:
            bodies.append(body)
    return bodies


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


_SUBJECT_WORDS = _LEADS | frozenset("in of from at for its their".split())


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
        body = None if owner else union_of(ctx, sentence, found[0])  # "Local 1776 of the UFCW"
        if body is not None and body not in bodies:
            bodies.append(body)
        i = max(found[1], i + 1)
    return bodies


def _as_did(ctx: Context, sentence: Sentence, v: int) -> list[Entity]:
    """ "The AFL-CIO endorsed Harris in July, as did the IBEW, the UAW and the SEIU"."""
    toks = sentence.tokens
    for k in range(v + 1, len(toks) - 2):
        if toks[k].low == "as" and toks[k + 1].low in ("did", "has", "have", "had", "does"):
            return _listed(ctx, sentence, k + 2)
    return []


def _each(ctx: Context, sentence: Sentence, bodies: list[Entity], i: int, v: int) -> list[Row]:
    """Endorsed rows for the candidate at toks[i] and each one coordinated with it: "endorsed
    Joe Biden in 2020 and Hillary Clinton in 2016" (each dated by its own words)."""
    toks = sentence.tokens
    if i < len(toks) and toks[i].low in ("both", "either"):
        i += 1  # "backing both Bledsoe and Tolliver"
    found = np_after(toks, i, len(toks))
    if found is not None and found[0].kind == "description":
        named = named_after(toks, found[0], len(toks))  # "the third candidate, Lyle Sorensen"
        if named is not found[0]:
            found = (named, next(k for k, t in enumerate(toks) if t is named.tokens[-1]) + 1)
    first = (
        named_person(ctx, sentence, found[0] if found else None)
        or _ticket(ctx, toks, i)
        or _measure(toks, i)
        or _titled(ctx, sentence, i)
    )
    colon = next((k for k in range(i, min(len(toks), i + 7)) if toks[k].text == ":"), None)
    if first is None and colon is not None and all(t.kind == "word" for t in toks[i:colon]):
        return _named_list(ctx, sentence, bodies, colon + 1, v)  # "two candidates: A and B"
    rows = _rows(ctx, sentence, bodies, first, "endorsed", v)
    while found is not None and first is not None:
        k = described = _past_apposition(toks, found[1])
        while k < len(toks) and k - found[1] < 5 and toks[k].low != "and" and _timely(toks[k]):
            k += 1  # "in 2020", "on Monday"
        if k >= len(toks) or toks[k].low != "and" or (toks[k - 1].text == "," and k != described):
            break  # "endorsed Harris on July 24, and Fain has spent": a new clause
        found = np_after(toks, k + 1, len(toks))
        other = named_person(ctx, sentence, found[0]) if found else None
        if found is None or other is None or other == first:
            break
        if found[1] < len(toks) and verb_like(toks[found[1]]):
            break  # "endorsed Harris and Walz said": Walz is a new subject
        if "vice presidential" not in (other.role or "").lower():  # the ticket's second name
            rows += _rows(ctx, sentence, bodies, other, "endorsed", found[1] - 1)
    return rows


def _named_list(
    ctx: Context, sentence: Sentence, bodies: list[Entity], i: int, v: int
) -> list[Row]:
    """ ": District 2 incumbent Alma Reyes and District 4 challenger Jerome Pike": the name
    that ends each item."""
    toks = sentence.tokens
    rows: list[Row] = []
    end = next((k for k in range(i, len(toks)) if toks[k].text in ".;"), len(toks))
    cuts = [k for k in range(i, end) if toks[k].low == "and" or toks[k].text == ","] + [end]
    begin = i
    for cut in cuts:
        if begin < len(toks) and toks[begin].low in ("a", "an", "the", "who", "which"):
            break  # ", a community college instructor who is running against…": about the last
        phrase = np_before(toks, cut - 1, begin) if cut > begin else None
        person = named_person(ctx, sentence, phrase)
        if person is not None:
            rows += _rows(ctx, sentence, bodies, person, "endorsed", cut - 1)
        begin = cut + 1
    return rows


def _past_apposition(toks: Sequence[Token], k: int) -> int:
    """ "Rachel Amundsen, a retired counselor, and DeShawn Calloway": past what describes her."""
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].low in ("a", "an", "the"):
        close = next((j for j in range(k + 2, min(len(toks), k + 14)) if toks[j].text == ","), None)
        if close is not None and close + 1 < len(toks) and toks[close + 1].low == "and":
            return close + 1
    return k


def _titled(ctx: Context, sentence: Sentence, i: int) -> Entity | None:
    """ "former library board member Olivia Trent", "retired police Capt. Martin Albee": a
    name after words that describe the person, with a title among them."""
    toks = sentence.tokens
    j = i
    while j < len(toks) and j - i < 6 and toks[j].kind == "word" and not toks[j].is_cap:
        if toks[j].low in ("and", "or", "the", "a", "an"):
            return None
        if verb_like(toks[j]) and toks[j].low not in ("retired", "longtime", "elected"):
            return None
        j += 1
    if j == i or j >= len(toks) or not toks[j].is_cap:
        return None
    if not (toks[j].is_title or any(t.is_title for t in toks[i:j])):
        return None
    found = np_after(toks, j, len(toks))
    return named_person(ctx, sentence, found[0]) if found else None


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


def _listed(ctx: Context, sentence: Sentence, i: int) -> list[Entity]:
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
    when = nearest_date(ctx, sentence, at, past=True) if status == "endorsed" else None
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
