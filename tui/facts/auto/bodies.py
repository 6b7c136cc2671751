"""Which union a phrase names: a body by name ("Teamsters Local 337"), "the union" (the one
named before it), "whose union" (the one its leader's title names), "the nurses association"
(a body of its own), but not members ("rank-and-file Teamsters") and not a vague "national
union"."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from tui.facts.auto.common import Context
from tui.facts.lexicon import TRADES
from tui.facts.people import (
    DETERMINERS,
    POSSESSIVE_DETERMINERS,
    Entity,
    fold_words,
    union_role,
)
from tui.facts.phrases import Phrase, np_after, np_before
from tui.facts.reading import Sentence
from tui.facts.text import Token, index_of

UNION_WORDS = frozenset(
    """
    union unions workers teamsters brotherhood federation association local council caucus
    afl-cio a.f.l.-c.i.o. lodge guild employees fraternal order trades alliance chapter branch
    """.split()
)


def union_of(ctx: Context, sentence: Sentence, phrase: Phrase | None) -> Entity | None:
    """The union a phrase names: a body by name, "the union" (the latest union named before),
    "it", or "his union" (the union in the role of the man it belongs to)."""
    if phrase is None or _members(sentence.tokens, phrase):
        return None
    spelt = " ".join(t.text for t in phrase.tokens if t.low != "the")
    at = index_of(sentence.tokens, phrase.tokens[-1])
    after = sentence.tokens[at + 1] if at + 1 < len(sentence.tokens) else None
    if after is not None and after.bare in _SEVERAL:
        spelt = f"{spelt} {after.text}"  # "Teamsters locals": the name goes on
    several = bool(spelt) and spelt.split()[-1].lower() in _SEVERAL
    if several and phrase.kind != "pronoun" and ctx.people.registry.body(spelt) is None:
        return None  # "Teamsters locals and regional councils have endorsed": several bodies
    phrase = _with_its_level(sentence.tokens, phrase)
    core = [t for t in phrase.tokens if t.low != "the"]
    generic = len(core) == 1 and core[0].bare in UNION_WORDS | ORGANS | _ASSEMBLED | _PARENT
    if phrase.kind == "name" and generic and ctx.people.registry.body(core[0].text) is None:
        if _modifies(sentence.tokens, core[0]):
            return None  # "Union households still backed": households, not a union
        phrase = Phrase("description", phrase.tokens)  # "the Federation": the one named before
    ours = phrase.tokens[0].low in _OURS
    if ours and (phrase.kind == "pronoun" or phrase.head in _OURS_HEADS):
        asked = interviewed(ctx)  # "Q: Your local hasn't endorsed." "Our board voted not to."
        if asked is not None:
            return asked
    owner = _owner(ctx, sentence, phrase) if phrase.kind != "name" else None
    organ = phrase.head in ORGANS | _OFFICERS or phrase.tokens[0].bare in _OFFICERS
    if owner is None and phrase.kind == "description" and organ:
        owner = _organ_of(ctx, sentence, phrase)
    if owner is not None:
        return owner
    if phrase.kind == "description" and _marks(phrase) and set(_marks(phrase)) <= _PARENT:
        parent = _parent_of_local(ctx, phrase)  # "the international union": the local's parent
        if parent is not None:
            return parent
    known = _known_by_name(ctx, phrase)  # "the national FOP"
    if known is not None:
        return known
    bare = phrase.kind == "description" and not _marks(phrase)  # "the union", "the federation"
    entity = None if bare else ctx.entity(phrase, sentence)
    # a known union by name ("the national Teamsters union") whatever level words come with it
    lower = set(_marks(phrase)) & (_LEVELS - _PARENT)  # "the state AFL-CIO" is not the AFL-CIO
    trusted = entity is not None and entity.known and not lower
    if entity is not None and union_like(entity) and (trusted or _named_by(entity, phrase)):
        return entity
    if phrase.kind == "name":
        return None
    words = {t.bare for t in phrase.tokens}
    if phrase.kind == "pronoun" and phrase.pronoun not in ("it", "they"):
        return None  # "he backed": a person, whatever union he leads
    # "the board voted", "Delegates voted": the union they belong to
    organ = phrase.kind == "description" and phrase.head in ORGANS | _ASSEMBLED
    if not words & UNION_WORDS and phrase.kind != "pronoun" and not (organ and bare):
        return None
    if phrase.kind == "description" and phrase.head not in UNION_WORDS and not organ:
        return None  # "voters in union households", "union members": not a union
    here = _named_here(ctx, sentence, phrase)
    if here is not None:
        return here
    if phrase.head in _ASSEMBLED and bare:
        assembly = _assembly_before(ctx, sentence)  # "Delegates to the Fox Valley council …"
        if assembly is not None:
            return assembly
    # "the union": a union the sentence before names (its subject first), else the latest
    # union named before, a subject first. "The nurses association" or "the Carpenters union"
    # is one whose name has those words, else a body of its own.
    earlier = [
        m
        for m in ctx.people.mentions
        if m.offset < phrase.start and union_like(m.entity) and _named_by(m.entity, phrase)
    ]
    # "your association": an association, when one was named
    just_before = [m for m in earlier if m.sentence == sentence.index - 1]
    headed = [
        m
        for m in earlier
        if phrase.head != "union"  # any union is one; "the local" is a Local, not its union
        and phrase.head in fold_words(m.entity.name).split()
    ]
    headed_before = [m for m in headed if m.sentence == sentence.index - 1]
    # a union named in the last few sentences, else the one the article is most about
    recent = [m for m in earlier if sentence.index - m.sentence <= 3]
    for group in (headed_before, headed, just_before, recent):
        for mention in reversed(group):
            if mention.subject:
                return mention.entity
        if group:  # the sentence before: the body it opens with; recent: the latest
            return group[0 if group is just_before or group is headed_before else -1].entity
    if earlier:
        counts = Counter(id(m.entity) for m in earlier)
        return max((m.entity for m in reversed(earlier)), key=lambda e: counts[id(e)])
    if bare:
        leader = _leader_before(ctx, sentence)  # "Fain said …. The union endorsed Harris"
        if leader is not None:
            return leader
    # "the nurses association" and "the state AFL-CIO" are bodies of their own; "the
    # national union" is too vague to show
    named = any(
        t.is_cap and (t.bare not in UNION_WORDS or t.text.isupper())  # not "Unions that…"
        for t in phrase.core
        if t.low not in DETERMINERS and t.low not in POSSESSIVE_DETERMINERS
    )
    if (
        (set(_marks(phrase)) - _LEVELS or named)
        and phrase.head in UNION_WORDS
        and phrase.kind == "description"
    ):
        return Entity(phrase.core_text(), "org")
    return None


def _with_its_level(toks: Sequence[Token], phrase: Phrase) -> Phrase:
    """ "the state AFL-CIO": the name with the level word before it, which makes it another
    body than the national one."""
    if phrase.kind != "name":
        return phrase
    at = index_of(toks, phrase.tokens[0])
    if at == 0 or toks[at - 1].low not in _BELOW or toks[at - 1].is_cap:
        return phrase
    first = at - 2 if at > 1 and toks[at - 2].low == "the" else at - 1
    return Phrase("description", tuple(toks[first:at]) + phrase.tokens)


_BELOW = frozenset("state county regional".split())


def union_of_calling(ctx: Context, sentence: Sentence, phrase: Phrase) -> Entity | None:
    """ "The electricians endorsed Whitfield", "the trades backed Ambrose": the union of that
    calling named before (IBEW Local 1247, the building trades council)."""
    word = phrase.tokens[-1].bare
    stem = word[:5]
    for mention in reversed(ctx.people.mentions):
        entity = mention.entity
        if mention.offset >= phrase.start or not union_like(entity):
            continue
        names = [entity.name]
        local = _LOCAL_NAME.match(entity.name)
        parent = ctx.people.registry.body(local.group(1)) if local else None
        if parent is not None:
            names.append(parent)  # "IBEW Local 1247": the International Brotherhood of…
        for name in names:
            words = fold_words(name).split()
            if any(w.startswith(stem) for w in words) or word.rstrip("s") in "".join(words):
                return entity
    return None


def calling(tok: Token) -> bool:
    """A plural calling a union is named for: electricians, steelworkers, the trades."""
    low = tok.bare
    return low in TRADES or (low.endswith("workers") and low != "workers") or low == "trades"


def _known_by_name(ctx: Context, phrase: Phrase) -> Entity | None:
    """ "the national FOP": a known union by its name, with no word that makes it another
    ("the state AFL-CIO" is not the AFL-CIO)."""
    if phrase.kind != "description":
        return None
    caps = [t.text for t in phrase.core if t.is_cap and t.low not in DETERMINERS]
    known = ctx.people.registry.body(" ".join(caps)) if caps else None
    if known is None and caps:  # "the 1.3 million-member International Brotherhood of …"
        first = next(k for k, t in enumerate(phrase.core) if t.text == caps[0])
        known = ctx.people.registry.body(" ".join(t.text for t in phrase.core[first:]))
    if known is None or set(_marks(phrase)) - set(fold_words(" ".join(caps)).split()) - _PARENT:
        return None
    return ctx.people.entities.get(known) or Entity(known, "org", known=True)


def _modifies(toks: Sequence[Token], word: Token) -> bool:
    at = index_of(toks, word)
    return at + 1 < len(toks) and toks[at + 1].low in _MODIFIED


# "Union households", "Union members": nouns a union word only describes
_MODIFIED = frozenset(
    """
    households household members member voters voter families family halls hall density dues
    jobs workers card cards rolls leaders officials
    """.split()
)


_SEVERAL = frozenset("locals councils chapters affiliates lodges unions".split())

_OURS = frozenset("we our your you".split())
_OURS_HEADS = UNION_WORDS | frozenset("board committee members leadership".split())


def interviewed(ctx: Context) -> Entity | None:
    """In a Q&A (two questions or more opening "Q:"), the union the interview is with: of the
    unions the introduction names, the one the whole article names most."""
    if "interviewed" not in ctx.memo:
        ctx.memo["interviewed"] = _interviewed(ctx)
    found: Entity | None = ctx.memo["interviewed"]
    return found


def _interviewed(ctx: Context) -> Entity | None:
    asks = [s.index for s in ctx.reading.sentences if ctx.text(s).startswith(("Q:", "Q."))]
    if len(asks) < 2:
        return None
    mentions = ctx.people.mentions
    named = [m.entity for m in mentions if m.sentence < asks[0] and union_like(m.entity)]
    counts = Counter(id(m.entity) for m in mentions)
    return max(named, key=lambda e: counts[id(e)]) if named else None


# Words that say which union a description means; the rest only describe it.
_NEUTRAL = frozenset(
    """
    same powerful big biggest large largest major influential labor labour whole entire million
    thousand executive general governing
    """.split()
)


# Union words that tell one body from another: "the trades council" is not the labor council
_MARKING = frozenset("trades teamsters caucus".split())
_LEVELS = frozenset("national international parent local state county regional other".split())


def _named_by(entity: Entity, phrase: Phrase) -> bool:
    if phrase.kind != "description":
        return True
    return all(w in fold_words(entity.name).split() for w in _marks(phrase))


def _marks(phrase: Phrase) -> list[str]:
    # a capital that only opens the sentence ("Delegates voted") marks nothing
    words = [
        t.bare
        for t in phrase.core
        if t.is_cap and t.low not in DETERMINERS and t.bare not in ORGANS | _OFFICERS
    ]
    words += phrase.modifiers
    return [
        w
        for w in fold_words(" ".join(words)).split()
        if w not in _NEUTRAL
        and (w not in UNION_WORDS or (w != phrase.head and w in _MARKING))
        and w not in POSSESSIVE_DETERMINERS
        and not any(c.isdigit() for c in w)
        and "member" not in w  # "the 1.3 million-member union"
    ]


def _named_here(ctx: Context, sentence: Sentence, phrase: Phrase) -> Entity | None:
    """ "UAW President Shawn Fain, who has talked to her since the union endorsed her": the
    union named earlier in the same sentence, as a body or in someone's title."""
    for mention in reversed(ctx.people.mentions):
        if mention.sentence != sentence.index or mention.offset >= phrase.start:
            continue
        if union_like(mention.entity):
            return mention.entity
        body = _body_of_role(ctx, mention.entity)
        if body is not None:
            return body
    return None


ORGANS = frozenset("board committee leadership council executive".split())
_OFFICERS = frozenset(
    "leaders leader officials officers stewards representatives delegates".split()
)


def _organ_of(ctx: Context, sentence: Sentence, phrase: Phrase) -> Entity | None:
    """ "the AFL-CIO's general board", "the executive board of Local 337": the union the
    board belongs to speaks for it."""
    toks = phrase.tokens
    if toks[0].low in ("its", "their"):  # "its leaders endorsed Biden": the body named before
        pronoun = np_before(list(toks), 0, 0)
        return union_of(ctx, sentence, pronoun) if pronoun is not None else None
    # "the executive board of Local 337", "delegates to AFSCME Local 1809"
    of = next((k for k, t in enumerate(toks) if t.low in ("of", "to")), None)
    if of is not None and of + 1 < len(toks):
        owner = toks[of + 1 :]
    else:
        end = next((k for k, t in enumerate(toks) if t.possessive), None)
        if end is None:
            return None
        numbered = toks[end].bare[:1].isdigit() and end > 0 and toks[end - 1].is_cap
        if not (toks[end].is_cap or numbered):  # "the local's stewards council": named before
            owner_phrase = Phrase("description", tuple(toks[: end + 1]))
            if end + 1 == len(toks) or owner_phrase.head in _OFFICERS:
                return None
            return union_of(ctx, sentence, owner_phrase)
        begin = end
        while begin > 0 and toks[begin - 1].is_cap:
            begin -= 1
        owner = toks[begin : end + 1]
    if owner and owner[0].low == "the":
        owner = owner[1:]
    if not owner or not owner[0].is_cap:
        return None
    entity = ctx.entity(Phrase("name", tuple(owner)), sentence)
    if entity is not None and entity.kind == "person":
        return _body_of_role(ctx, entity)  # "Sean O'Brien's general executive board"
    return entity if entity is not None and union_like(entity) else None


_ASSEMBLED = frozenset({"delegates"})


def assembly_of(ctx: Context, sentence: Sentence, k: int) -> Entity | None:
    """ "Delegates to the Fox Valley Area Labor Council": the union whose organ toks[k] is."""
    toks = sentence.tokens
    if toks[k].bare not in ORGANS | _OFFICERS or k + 2 >= len(toks):
        return None
    if toks[k + 1].low not in ("to", "of", "from"):
        return None
    found = np_after(toks, k + 2, len(toks))
    body = union_of(ctx, sentence, found[0]) if found is not None else None
    if body is None:  # "Delegates to the Wisconsin Federation of Public Employees convention"
        first = k + 3 if toks[k + 2].low == "the" else k + 2
        end = first
        while end < len(toks) and (toks[end].is_cap or (toks[end].low == "of" and end > first)):
            end += 1
        if end > first and toks[end - 1].possessive:
            pass  # "the council's …": the owner is read as it is
        elif end > first:
            body = union_of(ctx, sentence, Phrase("name", tuple(toks[first:end])))
    return body


def _assembly_before(ctx: Context, sentence: Sentence) -> Entity | None:
    """The union whose delegates an earlier sentence named: later, "Delegates voted" are its."""
    for earlier in reversed(ctx.reading.sentences[max(0, sentence.index - 40) : sentence.index]):
        for k, tok in enumerate(earlier.tokens):
            if tok.bare in _ASSEMBLED:
                body = assembly_of(ctx, earlier, k)
                if body is not None:
                    return body
    return None


_PARENT = frozenset("international national parent".split())

# Words before a union's name that say its level: "the national FOP", "the state AFL-CIO"
LEVEL_WORDS = frozenset("national international".split()) | _BELOW


def _parent_of_local(ctx: Context, phrase: Phrase) -> Entity | None:
    for mention in reversed(ctx.people.mentions):
        if mention.offset >= phrase.start:
            continue
        found = _LOCAL_NAME.match(mention.entity.name)
        parent = ctx.people.registry.body(found.group(1)) if found else None
        if parent is not None:
            return ctx.people.entities.get(parent) or Entity(parent, "org", known=True)
    return None


_LOCAL_NAME = re.compile(r"^(.+?) (?:Local|Lodge|Joint Council|District Council) \d+")


def _leader_before(ctx: Context, sentence: Sentence) -> Entity | None:
    """The union led by the subject of the sentence before, when no union was named yet."""
    for mention in ctx.people.mentions:
        if mention.sentence == sentence.index - 1 and mention.subject:
            return _body_of_role(ctx, mention.entity)
    return None


def _body_of_role(ctx: Context, person: Entity | None) -> Entity | None:
    """The union named in a person's role: "United Auto Workers President" -> the UAW."""
    if person is None or person.kind != "person":
        return None
    role = fold_words(person.role or "")
    for alias, body in ctx.people.registry.bodies.items():
        if alias and f" {alias} " in f" {role} ":
            return ctx.people.entities.get(body) or Entity(body, "org", known=True)
    return None


def _owner(ctx: Context, sentence: Sentence, phrase: Phrase) -> Entity | None:
    """ "Fain, whose union endorsed Harris": the union in the role of the one it belongs to."""
    toks = sentence.tokens
    first = index_of(toks, phrase.tokens[0])
    if toks[first].low not in _OWNERS and first > 0 and toks[first - 1].low in _OWNERS:
        first -= 1
    if first < 2 or toks[first].low not in _OWNERS:
        return None
    if not {t.bare for t in phrase.tokens} & UNION_WORDS:
        return None
    person = ctx.entity(
        np_before(toks, first - 2 if toks[first - 1].text == "," else first - 1, 0), sentence
    )
    return _body_of_role(ctx, person)


_PLACES_OF = frozenset("center centre hall building headquarters school college university".split())
_GOVERNING = frozenset("city county town village borough common security student".split())
_OWNERS = frozenset("whose his her".split())
_MEMBERS = frozenset(
    "rank-and-file individual many some most few several other fellow ordinary thousands".split()
)


def _members(toks: Sequence[Token], phrase: Phrase) -> bool:
    """ "rank-and-file Teamsters who had backed her", "58% of Teamsters backing Trump": members
    of a union, not the union."""
    first = index_of(toks, phrase.tokens[0])
    before = [t.low for t in toks[max(0, first - 2) : first]]
    if phrase.tokens[0].low in _MEMBERS:  # "Rank-and-file Teamsters" opening a sentence
        return True
    shares = ("thousands", "percent", "%")  # "thousands of Teamsters", "58% of Teamsters"
    return bool(before) and (
        before[-1] in _MEMBERS or (before[-1:] == ["of"] and before[0] in shares)
    )


def union_like(entity: Entity) -> bool:
    if entity.kind != "org":
        return False
    words = fold_words(entity.name).split()
    if words[-1] in _PLACES_OF and not entity.known:
        return False  # "the Ironworkers Training Center": a building, not the union
    if len(words) == 1 and (words[0] in TRADES or words[0] in UNION_WORDS) and not entity.known:
        return False  # "Nurses at the hospital", "Unions that…": people or unions in general
    if words[-2:-1] and words[-1] == "council" and words[-2] in _GOVERNING and not entity.known:
        return False  # "the City Council": a government, not a labor council
    return (
        entity.known
        or union_role(entity.role)  # "The Harmon County Guardians, an association of…"
        or any(w in UNION_WORDS or w in TRADES or w.endswith("workers") for w in words)
    )
