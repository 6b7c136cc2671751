"""Who takes part in an event: the subject and whoever it names beside it, the guests and
partners after "with", "to" or "between", a body for its board, members or campaign ("the
union's board met", "members of the UAW", "Trump campaign staff"); not a place, a day, a
description or the paper itself."""

from __future__ import annotations

from collections.abc import Sequence

from tui.facts import lexicon as lx
from tui.facts.auto.bodies import ORGANS, UNION_WORDS, union_of
from tui.facts.auto.candidates import titled_person
from tui.facts.auto.common import Context
from tui.facts.cues import subject_of
from tui.facts.lexicon import MONTHS, WEEKDAYS
from tui.facts.people import GROUP_HEADS, Entity, verb_like
from tui.facts.phrases import Phrase, np_after, np_before
from tui.facts.reading import Sentence
from tui.facts.text import Token, index_of

_WHO_AFTER = frozenset("with to alongside between before".split())


def subjects(ctx: Context, sentence: Sentence, v: int, noun: bool) -> list[Entity]:
    """Who did it: a person or a body, or a group like "the board" (not "reporters"), with
    whoever the subject names beside it ("Harris and O'Brien met", "Trump's meeting with")."""
    toks = sentence.tokens
    found: list[Entity] = []
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
    first = index_of(toks, phrase.tokens[0])
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
    first = index_of(toks, phrase.tokens[0])
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
    words = [t for t in phrase.tokens if t.low != "the"]
    if phrase.kind == "name" and len(words) == 1 and words[0].bare in UNION_WORDS:
        return union_of(ctx, sentence, phrase)  # "the Lodge voted": the lodge named before
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


def newsroom(entity: Entity) -> bool:
    words = entity.name.lower().split()
    return entity.kind == "org" and bool(words) and words[-1] in _NEWSROOM


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


def partners(ctx: Context, sentence: Sentence, v: int, kind: str) -> list[Entity]:
    """ "met with Harris and the union’s executive board": who else took part."""
    toks = sentence.tokens
    found: list[Entity] = []
    i = v + 1
    if toks[v].low in _HOSTING:
        i = len(toks)  # "welcomed Harris to the hall", "hosted O'Brien at Mar-a-Lago": the guest
    # "met with", "met privately for about 40 minutes with", "a meeting of the board"
    after = _WHO_AFTER | {"of"} if toks[v].low in ("meeting", "meetings") else _WHO_AFTER
    while i < len(toks) and toks[i].low not in after and i - v < 11:
        adjective = toks[i].low == "closed"  # "behind closed doors with the board"
        if toks[i].kind != "word" or (i > v + 1 and verb_like(toks[i]) and not adjective):
            break
        i += 1
    if i >= len(toks) or toks[i].low not in after:
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
        if phrase[1] < len(toks) and verb_like(toks[phrase[1]]) and toks[i - 1].low == "and":
            break  # "…with the board in January, and Harris met with it in September"
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
