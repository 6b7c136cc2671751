"""Dated events: meetings, visits, roundtables, speeches, interviews and announcements, each with
its date at its precision, who took part and where ("Harris met with Teamsters leaders Monday",
"Biden will visit the Teamsters’ headquarters on March 12").

Only what happened, or is set to happen, makes a row: "did not speak at the convention" and "the
meeting was cancelled" do not.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.facts import lexicon as lx
from tui.facts.auto.bodies import ORGANS, UNION_WORDS, union_of
from tui.facts.auto.candidates import titled_person
from tui.facts.auto.common import NEGATIONS, Context, Row, nearest_date
from tui.facts.cues import subject_of
from tui.facts.lexicon import MONTHS, WEEKDAYS
from tui.facts.people import GROUP_HEADS, Entity, verb_like
from tui.facts.phrases import Phrase, np_after, np_before
from tui.facts.reading import Sentence
from tui.facts.text import Token

# trigger word -> kind of event
_TRIGGERS = {
    **dict.fromkeys("met meets meet meeting meetings".split(), "meeting"),
    **dict.fromkeys("sat sit sits sitting hosted hosts host session".split(), "meeting"),
    **dict.fromkeys("campaigned campaigning stumped".split(), "visit"),
    **dict.fromkeys("appeared appears appearing".split(), "meeting"),
    **dict.fromkeys("roundtable roundtables".split(), "roundtable"),
    **dict.fromkeys("visited visits visit visiting".split(), "visit"),
    **dict.fromkeys("toured tours tour touring dropped stopped".split(), "visit"),
    **dict.fromkeys("showed showing shows".split(), "visit"),
    **dict.fromkeys("picket".split(), "visit"),
    **dict.fromkeys("spent spends rode".split(), "meeting"),
    **dict.fromkeys("walked".split(), "visit"),
    **dict.fromkeys("sit-down sit-downs breakfast luncheon".split(), "meeting"),
    **dict.fromkeys("huddled huddles convened hosted welcomed welcomes".split(), "meeting"),
    **dict.fromkeys(
        "addressed addresses spoke speaks speech speeches rallied rally".split(), "speech"
    ),
    **dict.fromkeys("interview interviewed".split(), "interview"),
    **dict.fromkeys("announced announces announcement".split(), "announcement"),
}
_NOUNS = frozenset(
    """
    meeting meetings roundtable roundtables visit speech speeches rally interview announcement
    session picket sit-down sit-downs breakfast luncheon
    """.split()
)
_SIT = frozenset("sat sit sits sitting".split())
_SAT_WITH = frozenset("down with across".split())
_SUBORDINATE = frozenset("after before because when while since although though".split())
_CALLED_OFF = frozenset("cancelled canceled postponed scrapped scuttled".split())
_WHO_AFTER = frozenset("with to alongside between before".split())
_PLACE_WORDS = frozenset("at in".split())


def events(ctx: Context) -> list[Row]:
    rows: list[Row] = []
    for sentence in ctx.reading.sentences:
        toks = sentence.tokens
        clause_done = False  # one event a clause: its first trigger names it
        for v, tok in enumerate(toks):
            if _clause_break(toks, v):
                clause_done = False
            kind = _TRIGGERS.get(tok.low) if tok.kind == "word" else None
            if kind is None and tok.kind == "word":
                kind = _made(toks, v)
            if clause_done or kind is None or _negated(toks, v):
                continue
            if tok.low in _SIT and not (v + 1 < len(toks) and toks[v + 1].low in _SAT_WITH):
                continue  # "sat down with", "sat with", not "sat out the race"
            if tok.low in _SPENT and not _spent_with(toks, v):
                continue  # "spent 40 minutes with union members", "rode along with drivers"
            if tok.low == "walked" and not (v + 1 < len(toks) and toks[v + 1].low == "into"):
                continue  # "walked into the Steelworkers hall", not "walked off the job"
            if tok.low in _SHOW and not (v + 1 < len(toks) and toks[v + 1].low == "up"):
                continue  # "showed up at Mar-a-Lago", not "polls showed"
            if tok.low in _DROP_IN and not _dropped_in(toks, v):
                continue  # "dropped in on the caucus", not "dropped out of the race"
            if tok.low.startswith("appear") and not (
                v + 1 < len(toks) and toks[v + 1].low in ("alongside", "with", "before")
            ):
                continue  # "appeared alongside Vance", not "appeared to waver"
            row = _event(ctx, sentence, v, kind)
            if row is not None:
                rows.append(row)
                clause_done = True
    return rows


_DROP_IN = frozenset("dropped stopped".split())
_SPENT = frozenset("spent spends rode".split())


def _spent_with(toks: Sequence[Token], v: int) -> bool:
    """ "spent 40 minutes with union members", "spent Monday morning at the training center"."""
    for k in range(v + 1, min(len(toks), v + 7)):
        if toks[k].kind != "word":
            return False
        if toks[k].low == "with" or (toks[k].low == "at" and toks[v].low.startswith("spen")):
            return True
    return False


_SHOW = frozenset("showed showing shows".split())


def _dropped_in(toks: Sequence[Token], v: int) -> bool:
    after = [t.low for t in toks[v + 1 : v + 3]]
    if toks[v].low == "stopped" and after[:1] in (["at"], ["in"]):
        return True  # "stopped at Station 3", "stopped in Erie"
    return after[:2] == ["in", "on"] or after[:1] == ["by"]


def _made(toks: Sequence[Token], v: int) -> str | None:
    """ "made his pitch to the Teamsters", "made her own case", "made the trip": a meeting or a
    visit said with "made"."""
    kind = _MADE.get(toks[v].low)
    if kind is None:
        return None
    near = [t.low for t in toks[max(0, v - 3) : v]]
    if any(w in ("made", "make", "makes", "making") for w in near):
        return kind
    if kind == "meeting" and any(w in ("took", "take", "takes", "taking") for w in near):
        return "visit"  # "took her pitch to a union hall"
    return None


_MADE = {"pitch": "meeting", "case": "meeting", "trip": "visit", "appearance": "visit"}


def _clause_break(toks: Sequence[Token], v: int) -> bool:
    """ "…met in January, and Biden visited in March": a new clause with its own event."""
    tok = toks[v]
    if tok.text == ";":
        return True
    if v > 0 and toks[v - 1].text == "," and tok.low in _TRIGGERS and tok.low not in _NOUNS:
        return True  # "O'Brien, who spoke at the convention in July, appeared alongside Vance"
    if tok.low not in ("and", "but", "while"):
        return False
    if v > 0 and toks[v - 1].text == ",":
        return True
    # "met with O'Brien in January and hosted him in April": a second verb, a second event
    return v + 1 < len(toks) and toks[v + 1].low in _TRIGGERS and toks[v + 1].low not in _NOUNS


def _negated(toks: Sequence[Token], v: int) -> bool:
    """ "did not speak", "the meeting was cancelled": in the trigger's own clause."""
    before = [t.low for t in toks[max(0, v - 3) : v]]
    if any(w in NEGATIONS or w.endswith("n't") for w in before):
        return True
    lo, hi = v, v
    while lo > 0 and toks[lo - 1].text not in ",;":
        lo -= 1
    while hi < len(toks) and toks[hi].text != ";" and toks[hi].low not in _SUBORDINATE:
        hi += 1  # "…to meet on April 29, but the debate was cancelled"
    return any(t.low in _CALLED_OFF or (t.low == "off" and toks[i - 1].low == "called")
               for i, t in enumerate(toks[lo:hi], lo) if i > 0)  # fmt: skip


def _event(ctx: Context, sentence: Sentence, v: int, kind: str) -> Row | None:
    when = nearest_date(ctx, sentence, v)
    if when is None or when.day is None:
        return None
    if when.words.lower().startswith(("since", "until", "through", "by ")):
        return None  # "since 2000", "until March": a span, not the day of an event
    toks = sentence.tokens
    if toks[v].low in _NOUNS and not _next_to(toks, v, when.start + sentence.start):
        return None  # "commented on the meeting in a Sept. 5 statement": not the meeting's date
    who: list[Entity] = []
    for party in _subjects(ctx, sentence, v) + _partners(ctx, sentence, v, kind):
        if party not in who:
            who.append(party)
    if not who or any(_newsroom(e) for e in who) or _to_the_reporter(toks, v):
        return None  # "spoke with the Dispatch", "told us on Thursday": the story's own interview
    names = [e.name for e in who]
    title = _title(ctx.text(sentence))
    return ctx.row(
        sentence,
        date=when.day,
        date_precision=when.precision,
        kind=kind,
        who=names,
        where=_where(toks, v, when.words),
        title=title,
    )


def _subjects(ctx: Context, sentence: Sentence, v: int) -> list[Entity]:
    """Who did it: a person or a body, or a group like "the board" (not "reporters"), with
    whoever the subject names beside it ("Harris and O'Brien met", "Trump's meeting with")."""
    toks = sentence.tokens
    found: list[Entity] = []
    noun = toks[v].low in _NOUNS or toks[v].low in _MADE
    holder = _holder(ctx, sentence, v) if noun else None
    if holder is not None:
        found.append(holder)
    if noun or v == 0:
        opening = _opening(ctx, sentence, v)
        if opening is not None:
            return [*found, opening]
        # "Trump held his own session", "made his pitch": the subject of the verb
        v = next((k for k in range(v - 1, max(-1, v - 5), -1) if verb_like(toks[k])), v)
    phrase = _subject_phrase(toks, v)
    party = _party(ctx, sentence, phrase) if phrase is not None else None
    if phrase is None or party is None:
        return found
    first = next(i for i, t in enumerate(toks) if t is phrase.tokens[0])
    if first >= 2 and toks[first - 1].low == "and" and toks[first - 2].text != ",":
        other = np_before(toks, first - 2, 0)  # "Harris and O'Brien met"
        beside = _party(ctx, sentence, other) if other is not None else None
        if beside is not None and beside not in found:
            found.append(beside)
    return [*found, party] if party not in found else found


def _holder(ctx: Context, sentence: Sentence, v: int) -> Entity | None:
    """ "Trump's meeting with O'Brien", "at its general membership meeting", "their monthly
    meeting": whose meeting it is."""
    toks = sentence.tokens
    k = v - 1
    while k > 0 and k > v - 4 and toks[k].kind == "word" and not toks[k].is_cap:
        if toks[k].low in ("its", "their") or toks[k].possessive:
            break
        k -= 1  # "general membership", "monthly", "closed-door"
    if k < 0 or toks[k].kind != "word":
        return None
    if toks[k].low in ("its", "their"):
        return union_of(ctx, sentence, Phrase("pronoun", (toks[k],), "it"))
    if not toks[k].possessive:
        return None
    owner = np_before(toks, k, 0)
    if owner is None:
        return None
    if owner.kind == "description":
        return union_of(ctx, sentence, owner)  # "the local's meeting"
    return _party(ctx, sentence, owner)


def _subject_phrase(toks: Sequence[Token], v: int) -> Phrase | None:
    phrase = _organ_before(toks, v) or subject_of(toks, v, 0)[0]
    if phrase is None:
        return None
    first = next(i for i, t in enumerate(toks) if t is phrase.tokens[0])
    end = first + len(phrase.tokens)
    if end < v and toks[end].low == "campaign":  # "Trump campaign staff met": the campaign
        return Phrase("description", tuple(toks[first : end + 1]))
    if first > 1 and toks[first - 1].low in ("in", "from") and _a_place(phrase):
        phrase = np_before(toks, first - 2, 0) or phrase  # "Teamsters Local 2210 in Ohio held"
    elif _a_place(phrase):  # "(LANCASTER, Pa.) – Gov. Tim Walz joined": after the dateline
        dash = next((k for k in range(first, v) if toks[k].text in ("–", "—", "-")), None)
        phrase = (np_before(toks, v - 1, dash + 1) if dash is not None else None) or phrase
    return phrase


def _organ_before(toks: Sequence[Token], v: int) -> Phrase | None:
    """ "the union's board met", "Lodge 38's executive board would meet": a body's board."""
    while v > 1 and toks[v - 1].low in _AUXILIARIES:
        v -= 1
    if v < 2 or toks[v - 1].bare not in ORGANS:
        return None
    k = v - 1
    while k > 0 and k > v - 6 and toks[k - 1].kind == "word":
        k -= 1
        if toks[k].low in ("the", "its", "their") or toks[k].possessive:
            while toks[k].possessive and k > 0 and toks[k - 1].is_cap:
                k -= 1  # "Lodge 38's"
            return Phrase("description", tuple(toks[k:v]))
    return None


_AUXILIARIES = frozenset("would will could may might is are was to scheduled set expected".split())


def _a_place(phrase: Phrase) -> bool:
    return all(t.low.rstrip(".,") in lx.PLACES for t in phrase.tokens if t.is_cap)


def _party(ctx: Context, sentence: Sentence, phrase: Phrase) -> Entity | None:
    """A person or a body taking part: "Harris", "the union" (the one named before), "the
    union's executive board [in Detroit]" (the board, without the place); not "reporters",
    a place or a day."""
    campaign = _campaign(ctx, phrase)
    if campaign is not None:
        return campaign
    if phrase.kind == "description" and (phrase.head in ORGANS or phrase.head in UNION_WORDS):
        body = union_of(ctx, sentence, phrase)  # "the union's board met": the union
        if body is not None:
            return body
    if phrase.kind == "description" and phrase.head in _MEMBERS:
        owner = _owner_named(ctx, sentence, phrase)  # "members of the UAW": the UAW
        if owner is not None:
            return owner
    entity = ctx.entity(phrase, sentence)
    if entity is None:
        return None
    if entity.kind in ("person", "org"):
        return entity if _proper(entity) else None
    body = union_of(ctx, sentence, phrase)
    if body is not None:
        return body
    if entity.kind == "group" and phrase.head in GROUP_HEADS:
        return Entity(phrase.core_text(), "group")
    return None


_HOSTING = frozenset("hosted hosts host welcomed welcomes".split())
_MEMBERS = frozenset("members workers drivers leaders officials delegates".split())


def _campaign(ctx: Context, phrase: Phrase) -> Entity | None:
    """ "Trump campaign staff", "senior Harris campaign officials", "representatives of the
    Trump campaign": the campaign, not the candidate."""
    toks = phrase.tokens
    at = next((k for k, t in enumerate(toks) if t.bare == "campaign"), None)
    if at is None or at == 0 or not toks[at - 1].is_cap:
        return None
    person = ctx.people.by_surname(toks[at - 1].text.removesuffix("'s").removesuffix("’s"))
    if person is None or person.kind != "person":
        return None
    return Entity(f"{person.name.split()[-1]} campaign", "group")


def _owner_named(ctx: Context, sentence: Sentence, phrase: Phrase) -> Entity | None:
    toks = phrase.tokens
    if toks[0].low in ("its", "their"):  # "its members will meet Sunday": the body named before
        return union_of(ctx, sentence, Phrase("pronoun", (toks[0],), "it"))
    owner = next((k for k, t in enumerate(toks) if t.possessive), None)
    if owner is not None:  # "the local's members": the local
        return union_of(ctx, sentence, Phrase("description", tuple(toks[: owner + 1])))
    of = next((k for k, t in enumerate(toks) if t.low == "of"), None)
    if of is None or of + 1 >= len(toks):
        return None
    rest = toks[of + 2 :] if toks[of + 1].low == "the" else toks[of + 1 :]
    cap = next((k for k, t in enumerate(rest) if not (t.is_cap or t.bare.isdigit())), len(rest))
    rest = rest[:cap]  # "members of the UAW last month": the name only
    if not rest:
        return None
    entity = ctx.entity(Phrase("name", tuple(rest)), sentence)
    return entity if entity is not None and entity.kind == "org" else None


_NEWSROOM = frozenset(
    """
    dispatch observer ledger times post news journal herald tribune gazette register courier
    chronicle inquirer examiner sentinel star globe bulletin review press radio tv
    """.split()
)


def _newsroom(entity: Entity) -> bool:
    words = entity.name.lower().split()
    return entity.kind == "org" and bool(words) and words[-1] in _NEWSROOM


def _to_the_reporter(toks: Sequence[Token], v: int) -> bool:
    after = [t.low for t in toks[v + 1 : v + 3]]
    return after[:1] in (["us"], ["me"]) or after in (["with", "us"], ["to", "us"], ["with", "me"])


def _opening(ctx: Context, sentence: Sentence, v: int) -> Entity | None:
    """ "In a speech to the Rotary Club on Oct. 1, she accused…": the subject after the comma."""
    toks = sentence.tokens
    participle = v == 0 and toks[0].low.endswith("ing")  # "Appearing with Biden on Monday, she"
    if not (participle or (1 <= v <= 5 and toks[0].low in ("in", "at", "during", "after"))):
        return None
    comma = next((k for k in range(v + 1, len(toks)) if toks[k].text == ","), None)
    found = np_after(toks, comma + 1, len(toks)) if comma is not None else None
    return _party(ctx, sentence, found[0]) if found else None


def _proper(entity: Entity) -> bool:
    """Not a dateline's place or a day taken for a name: "SCRANTON", "D.C.", "Wednesday"."""
    words = [
        w.lower().rstrip(".,").removesuffix("'s").removesuffix("’s") for w in entity.name.split()
    ]
    calendar = lx.PLACES | set(WEEKDAYS) | set(MONTHS)
    if all(w in calendar or w.rstrip(".") in calendar for w in words):
        return False
    if entity.name.islower():
        return False  # "the union hall": a description, not who took part
    if entity.name.endswith(" Day") or words[0].rstrip(".") in WEEKDAYS:
        return False  # "Labor Day", "Tuesday's library board": a day, not who took part
    if entity.kind == "person" and " " not in entity.name and not entity.known:
        return False  # "Negotiators are scheduled to meet": a lone word, not a named person
    return not (entity.kind == "person" and entity.name.isupper())


_HOLDING = frozenset(
    """
    held holds hold hosted hosts convened convenes led attended attends joined had for paid pays
    made makes
    """.split()
)


def _introduced(toks: Sequence[Token], v: int) -> bool:
    """ "held a general membership meeting", "for a roundtable": an event the sentence itself
    introduces, with "a" after a verb that holds it."""
    for k in range(v - 1, max(-1, v - 4), -1):
        if toks[k].low in ("a", "an"):
            return k > 0 and toks[k - 1].low in _HOLDING
        if toks[k].kind != "word" or verb_like(toks[k]):
            return False
    return False


def _next_to(toks: Sequence[Token], v: int, offset: int) -> bool:
    """Is the date at `offset` part of the phrase of the noun at toks[v]: "Monday’s meeting",
    "a meeting with O’Brien on Sept. 16", "roundtables with Trump in January"?"""
    before = toks[v - 1] if v > 0 else None
    if before is not None and before.possessive and offset <= before.start:
        return True  # "Monday’s meeting"
    if _introduced(toks, v) or toks[v].low == "picket":
        return True  # "On Saturday, she held a roundtable": the clause's date is the event's
    k = v - 1
    while k >= 0 and toks[k].kind == "word" and not toks[k].is_cap and not toks[k].bare.isdigit():
        k -= 1  # "the Sept. 16 meeting", "their Oct. 21 membership meeting": the date is in it
    if 0 <= k < v and toks[k].end <= offset + 12 and offset <= toks[k].start:
        return True
    followed = v + 1 < len(toks) and toks[v + 1].low == "with"
    if before is not None and before.low == "the" and not followed:
        return False  # "commented on the meeting": a meeting told of before, not dated here
    after = [t for t in toks[v + 1 : v + 9] if t.start <= offset]
    return bool(after) and offset - toks[v].end < 60 and not any(t.text in ",;" for t in after)


def _partners(ctx: Context, sentence: Sentence, v: int, kind: str) -> list[Entity]:
    """ "met with Harris and the union’s executive board": who else took part."""
    toks = sentence.tokens
    found: list[Entity] = []
    i = v + 1
    if toks[v].low in _HOSTING:
        i = len(toks)  # "welcomed Harris to the hall", "hosted O'Brien at Mar-a-Lago": the guest
    # "met with", "met privately for about 40 minutes with"
    while i < len(toks) and toks[i].low not in _WHO_AFTER and i - v < 8:
        if toks[i].kind != "word" or (i > v + 1 and verb_like(toks[i])):
            break
        i += 1
    if i >= len(toks) or toks[i].low not in _WHO_AFTER:
        if kind not in ("meeting", "visit", "roundtable"):
            return found  # "announced the union's plans": what, not who
        i = v  # "visited the Teamsters’ headquarters", "met Trump": the object itself
    i += 1
    while i < len(toks):
        if toks[i].low in ("and", "the") or toks[i].text == ",":
            i += 1
            continue
        phrase = np_after(toks, i, len(toks))
        if phrase is None:
            break
        if phrase[0].tokens[-1].possessive:
            organ = next(
                (
                    k
                    for k in range(phrase[1], min(len(toks), phrase[1] + 2))
                    if toks[k].bare in ORGANS
                ),
                None,
            )
            if organ is None:
                break  # "the union's plans": the owner of something, not a party
            phrase = (phrase[0], organ + 1)  # "Lodge 38's executive board": the lodge
        entity = _party(ctx, sentence, phrase[0]) or titled_person(ctx, sentence, i)
        if entity is None:
            break  # "met with reporters": not a party to the meeting
        found.append(entity)
        i = phrase[1]
    return found


def _where(toks: Sequence[Token], v: int, date_words: str) -> str | None:
    """ "at the union’s Washington headquarters", "in Detroit": the first place after the verb."""
    for i in range(v + 1, len(toks) - 1):
        if toks[i].low in _PLACE_WORDS and toks[i + 1].kind == "word":
            words: list[str] = []
            for tok in toks[i + 1 : i + 7]:
                if tok.kind != "word" or tok.low in _PLACE_ENDS or _date_word(tok.text):
                    break
                words.append(tok.text)
            place = " ".join(words)
            if place and place not in date_words and not _date_word(words[0]):
                return place
    return None


_PLACE_ENDS = frozenset(
    "on in to for with and that as by during since early late mid this last next".split()
)


def _date_word(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in MONTHS or low in WEEKDAYS or low[:1].isdigit() or low in ("the", "a")


def _title(sentence: str) -> str:
    """The article's own words: the sentence, cut to a line."""
    words = " ".join(sentence.split())
    return words if len(words) <= 100 else words[:99].rsplit(" ", 1)[0] + "…"
