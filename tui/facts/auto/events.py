"""Dated events: meetings, visits, roundtables, speeches, interviews and announcements, each with
its date at its precision, who took part and where ("Harris met with Teamsters leaders Monday",
"Biden will visit the Teamsters’ headquarters on March 12").

Only what happened, or is set to happen, makes a row: "did not speak at the convention" and "the
meeting was cancelled" do not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.facts.auto.common import NEGATIONS, Context, Row, nearest_date
from tui.facts.auto.parties import newsroom, partners, subjects
from tui.facts.lexicon import MONTHS, WEEKDAYS
from tui.facts.people import Entity, verb_like
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
    **dict.fromkeys("spent spends".split(), "meeting"),
    **dict.fromkeys("rode".split(), "visit"),
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
                rows.extend(_again(ctx, sentence, row))
                clause_done = True
    return rows


_AND_AGAIN = re.compile(r",?\s*(?:and\s+)?(?:again\s+)?(?:on\s+|in\s+)?")


def _again(ctx: Context, sentence: Sentence, row: Row) -> list[Row]:
    """ "met on March 10, April 14 and again in early May": the same meeting's other days."""
    text = ctx.text(sentence)
    dates = [d for d in ctx.dates(sentence) if d.day is not None]
    first = next((d for d in dates if d.day == row["date"]), None)
    if first is None:
        return []
    more: list[Row] = []
    end = first.end
    for when in dates:
        if when.start < end:
            continue
        joint = text[end : when.start]
        if not _AND_AGAIN.fullmatch(joint) or not _CALENDAR.match(when.words):
            break
        if "," in joint and "and" in joint.split() and not more:
            break  # "in April, and in July he addressed the convention": a clause of its own
        more.append({**row, "date": when.day, "date_precision": when.precision})
        end = when.end
        if "and" in joint.split():
            return more  # the list ends at its "and"
    return []  # no "and": not a list of days ("Sept. 16, two days before the vote")


_CALENDAR = re.compile(
    r"(?:(?:in|on|early|late|mid)[- ])*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", re.I
)


_DROP_IN = frozenset("dropped stopped".split())

_SPENT = frozenset("spent spends rode".split())  # "rode along with drivers": a visit


def _spent_with(toks: Sequence[Token], v: int) -> bool:
    """ "spent 40 minutes with union members", "spent Monday morning at the training center"."""
    for k in range(v + 1, min(len(toks), v + 11)):
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
    if tok.text in (";", ":"):
        return True  # "He had met with both: Trump sat down with the board in January"
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
    if kind == "meeting" and _in_a_debate(toks, v):
        kind = "debate"  # "will meet in a televised debate on Oct. 18": not a meeting
    if toks[v].low in _NOUNS and not _next_to(toks, v, when.start + sentence.start):
        return None  # "commented on the meeting in a Sept. 5 statement": not the meeting's date
    who: list[Entity] = []
    noun = toks[v].low in _NOUNS or toks[v].low in _MADE
    for party in subjects(ctx, sentence, v, noun) + partners(ctx, sentence, v, kind):
        if party not in who:
            who.append(party)
    if not who or any(newsroom(e) for e in who) or _to_the_reporter(toks, v):
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


def _in_a_debate(toks: Sequence[Token], v: int) -> bool:
    """ "meet in a televised debate", "face off in a debate": the candidates debate."""
    for k in range(v + 1, min(len(toks), v + 7)):
        if toks[k].low in ("debate", "debates"):
            hosted = toks[v].low in ("host", "hosts", "hosted")  # "hosts the first debate"
            return hosted or any(t.low in ("in", "for") for t in toks[v + 1 : k])
    return False


def _to_the_reporter(toks: Sequence[Token], v: int) -> bool:
    after = [t.low for t in toks[v + 1 : v + 3]]
    return after[:1] in (["us"], ["me"]) or after in (["with", "us"], ["to", "us"], ["with", "me"])


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
