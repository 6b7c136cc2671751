"""Who is who in an article: known people, names found in the text, and pronoun resolution."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from tui.facts import lexicon as lx

if TYPE_CHECKING:
    from tui.facts.phrases import Phrase

from tui.facts.text import APOSTROPHES, Token, normalize_name

Kind = Literal["person", "org", "group"]
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&\-]+$")
_VERB_LIKE = frozenset(
    """
    will would can could should may might must did does do met spoke made held sat took gave won
    lost went came ran got put left began became thought brought sought stood saw knew kept led
    wants knows thinks plans hopes seems appears remains remained leads praised hit pushed put
    sent issued released
    """.split()
)
_ADVERBS = frozenset(
    """
    also later then again still once repeatedly recently previously finally first simply just
    reportedly quickly never often frequently already since later earlier now even has had have
    always long not
    once long
    """.split()
)


@dataclass(frozen=True, slots=True)
class Person:
    """A person the speakers sheet knows: canonical name, role, pronoun, aliases, descriptions."""

    name: str
    role: str | None = None
    pronoun: str | None = None
    aliases: tuple[str, ...] = ()
    # Descriptions ("the union president") name this person only in an article that names them.
    descriptions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Body:
    """A union or other body the unions sheet knows: "UAW" is the United Auto Workers."""

    name: str
    short: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(slots=True)
class Registry:
    """Known people and bodies, looked up by any alias (case and apostrophes folded)."""

    people: list[Person] = field(default_factory=list)
    by_alias: dict[str, Person] = field(default_factory=dict)
    by_description: dict[str, list[Person]] = field(default_factory=dict)
    # alias of a union or other body -> its canonical name; canonical name -> short name
    bodies: dict[str, str] = field(default_factory=dict)
    shorts: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, people: Iterable[Person], bodies: Iterable[Body] = ()) -> Registry:
        registry = cls()
        for body in bodies:
            for alias in (body.name, *body.aliases):
                registry.bodies[_fold(alias)] = body.name
            if body.short:
                registry.shorts[body.name] = body.short
        for person in people:
            registry.people.append(person)
            for alias in (person.name, *person.aliases):
                registry.by_alias[_fold(alias)] = person
            for description in person.descriptions:
                registry.by_description.setdefault(_fold_description(description), []).append(
                    person
                )
        return registry

    def body(self, name: str) -> str | None:
        """The canonical name of a known body: "the Teamsters union" -> its full name."""
        folded = _fold(name)
        return self.bodies.get(folded) or self.bodies.get(folded.removeprefix("the "))

    def short(self, name: str) -> str | None:
        return self.shorts.get(name)

    def local_name(self, name: str) -> str:
        """ "International Brotherhood of Electrical Workers Local 2291" -> "IBEW Local 2291":
        a known union's local, named by the union's short name however an article spells it."""
        found = _LOCAL.match(name)
        if found is None:
            return name
        parent = self.body(found.group(1))
        short = self.short(parent) if parent else None
        return f"{short} {found.group(2)}" if short else name

    def lookup(self, words: Sequence[str]) -> Person | None:
        """The known person a name refers to: "Vice President Harris", "Donald J. Trump"."""
        if len(words) > 2 and words[-1].lower().rstrip(".,") in ("jr", "sr", "ii", "iii"):
            words = words[:-1]  # "Joseph R. Biden Jr."
        whole = _fold(" ".join(words))
        if whole in self.by_alias:
            return self.by_alias[whole]
        if len(words) < 2:
            return None
        person = self.by_alias.get(_fold(words[-1]))
        if person is None:
            return None
        first = _fold(words[0]).rstrip(".")
        own_first = _fold(person.name.split()[0])
        if first == own_first or len(first) == 1 or own_first.startswith(first):
            return person
        return None


def fold_words(text: str) -> str:
    return text.lower().translate(APOSTROPHES)


@lru_cache(maxsize=4096)
def _fold(name: str) -> str:
    return normalize_name(name).lower()


def _fold_description(text: str) -> str:
    words = _fold(text).split()
    while words and words[0] in DETERMINERS:
        words = words[1:]
    return " ".join(words)


GROUP_HEADS = frozenset(
    """
    campaign union leadership caucus committee administration team group coalition council
    federation local locals organization association house board staff lodge guild chapter
    branch alliance
    """.split()
)
DETERMINERS = frozenset("a an the one another this that some any".split())
# "the union leader" may be the local's president; "the senator" is "State Sen. X".
_SYNONYMS = {
    word: {"leader", "president", "chief", "head", "chair", "chairman", "chairwoman"}
    for word in ("leader", "chief", "head", "boss")
}
_ABBREVIATIONS = {"sen.": "senator", "rep.": "representative", "gov.": "governor"}
_GENERIC_MODIFIERS = frozenset("labor party city state county".split())
# A name that is not a subject counts as this many sentences farther away.
_OBJECT_PENALTY = 1.5
_QUALIFIERS = frozenset("vice deputy assistant former".split())


def role_words(role: str | None) -> list[set[str]]:
    """The words of each part of a role, folded: "Ohio Sen.; nominee" -> [{"ohio", "senator"},
    {"nominee"}]."""
    parts = []
    for part in fold_words(role or "").split(";"):
        words = {_ABBREVIATIONS.get(w, w) for w in part.replace(",", " ").split()}
        parts.append({w[:-2] if w.endswith("'s") else w for w in words})
    return parts


def _fits_role(words: set[str], heads: set[str], modifiers: Sequence[str]) -> bool:
    """Does one part of a role fit a description's head and modifiers?"""
    if not heads & words or (words & _QUALIFIERS) - set(modifiers):
        return False  # a vice president is not "the president"
    for modifier in modifiers:
        if modifier == "union":  # "the union leader": a role in a union or a local
            if not words & (lx.ORG_WORDS | {"union", "local"}):
                return False
        elif modifier not in _GENERIC_MODIFIERS and modifier not in words:
            return False
    return True


POSSESSIVE_DETERMINERS = frozenset("his her their its our my your".split())


@dataclass(eq=False, slots=True)
class Entity:
    """A person or body an article mentions."""

    name: str
    kind: Kind
    role: str | None = None
    gender: str | None = None  # "he", "she" or None when unknown
    known: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    entity: Entity
    sentence: int
    offset: int
    subject: bool


@dataclass(frozen=True, slots=True)
class NameRun:
    """A run of capitalised words split into its title ("Teamsters General President") and name."""

    role: list[Token]
    name: list[Token]
    possessive: bool


# Surname particles: "Van Dusen" is the surname of Troy Van Dusen, not a first name
_PARTICLES = frozenset("van von de del della la le du di da st. st mac mc o'".split())
# A body's number in its name: "IAFF Local 1407", "FOP Lodge 31", "Merged Branch 1127"
NUMBERED = re.compile(r"\b(?:Local|Lodge|Branch|Division|Chapter|District|(?:Joint )?Council) \d+")
_LOCAL = re.compile(r"^(.+?) ((?:Local|Lodge|District Council|Joint Council|District) \d+\w*)$")


def split_title(tokens: Sequence[Token]) -> NameRun | None:
    """Split "White House press secretary Karine Jean-Pierre" into role and name tokens."""
    toks = list(tokens)
    while toks and toks[0].low in lx.NOT_NAME_WORDS and not toks[0].name_part:  # "June Hollis"
        toks = toks[1:]
    if not toks:
        return None
    possessive = toks[-1].possessive
    words = [t.text for t in toks if not t.bare.isdigit()]
    if words and is_org(words[-1:]):
        return NameRun([], toks, possessive)  # "Republican National Convention" stays whole
    if _org_of(toks):
        return NameRun([], toks, possessive)  # "American Federation of Teachers" too
    last_title = -1
    for i, tok in enumerate(toks):
        if tok.is_title or (not tok.is_cap and tok.kind == "word" and not tok.bare.isdigit()):
            last_title = i
    name = toks[last_title + 1 :]
    if not name or not name[0].is_cap or any(not (t.is_cap or t.bare.isdigit()) for t in name):
        return None
    return NameRun(toks[: last_title + 1], name, possessive)


def _org_of(toks: Sequence[Token]) -> bool:
    """ "Fraternal Order of Police": an organisation's word before "of", and no title."""
    if any(t.is_title for t in toks):
        return False
    at = next((i for i, t in enumerate(toks) if t.low == "of"), None)
    return at is not None and is_org([t.text for t in toks[:at]])


def name_text(tokens: Sequence[Token]) -> str:
    words = [t.text for t in tokens]
    if tokens and tokens[-1].possessive:
        last = tokens[-1].text
        words[-1] = last[:-2] if last[-2:] in ("’s", "'s") else last[:-1]
    return normalize_name(" ".join(words))


def gender_of(first_word: str, role_words: Iterable[str] = ()) -> str | None:
    for word in role_words:
        if word in lx.FEMALE_WORDS:
            return "she"
        if word in lx.MALE_WORDS:
            return "he"
    first = first_word.lower()
    if first in lx.FEMALE_NAMES:
        return "she"
    if first in lx.MALE_NAMES:
        return "he"
    return None


def is_org(words: Sequence[str]) -> bool:
    folded = [w.lower().rstrip("’'") for w in words]
    return any(w in lx.ORG_WORDS or w.endswith("workers") for w in folded) or (
        len(words) == 1 and bool(_ACRONYM.match(words[0]))
    )  # "United Steelworkers", "Communications Workers of America"


def verb_like(tok: Token | None) -> bool:
    if tok is None or tok.kind != "word" or tok.is_cap:
        return False
    low = tok.low
    return (
        low in lx.SAY_VERBS
        or low in lx.BE_FORMS
        or low in _VERB_LIKE
        or low in lx.NAMING_VERBS
        or (low.endswith("ed") and len(low) > 4)
    )


_UNION_HEADS = frozenset(
    "union association local council federation guild lodge brotherhood caucus".split()
)


def union_role(role: str | None) -> bool:
    """ ", the state's teachers union", ", an association of Black officers": a union's role."""
    if not role or role[:1].isupper():
        return False  # ", the International Brotherhood of Teamsters,": a name, not a role
    words = role.lower().split()
    cut = next((k for k, w in enumerate(words) if w in _AFTER_HEAD), len(words))
    return (
        cut > 0 and words[cut - 1] in _UNION_HEADS
    )  # not "a carhauler with 19 years in the union"


_AFTER_HEAD = frozenset("of with in at for from on and who whose that".split())


def _a_size(word: str) -> bool:
    """ "500-member", "1.3", "million-member": a count before a name, no part of it."""
    low = word.lower()
    return (low[:1].isdigit() and ("-" in low or low.replace(".", "").isdigit())) or (
        low.endswith("-member") or low in ("million", "thousand")
    )


def skip_adverbs(tokens: Sequence[Token], i: int) -> int:
    """Index of the first token at or after i that is not an adverb or auxiliary."""
    while i < len(tokens) and tokens[i].kind == "word" and is_adverb(tokens[i]):
        i += 1
    return i


def is_adverb(tok: Token) -> bool:
    """An adverb or auxiliary that may stand between a subject and its verb."""
    low = tok.low
    return low in _ADVERBS or (low.endswith("ly") and len(low) > 4 and not tok.is_cap)


class People:
    """The entities of one article and where they are mentioned, in reading order."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.entities: dict[str, Entity] = {}
        self.mentions: list[Mention] = []
        # surname -> (full name, role) of names not yet known to be people
        self.candidates: dict[str, tuple[str, str | None]] = {}

    def entity_for(self, run: NameRun, *, confident: bool) -> Entity | None:
        """The entity a name refers to, creating it when the name is new and clearly a name.

        A name that is not clearly a person's ("Naveen Athrappully" with no title or verb) is
        kept as a candidate: when its surname later speaks ("Athrappully said"), it is his.
        """
        words = [t.text for t in run.name]
        words[-1] = name_text(run.name[-1:])
        while len(words) > 1 and _a_size(words[0]):
            words = words[1:]  # "500-member River Casino Workers Local 9": the name only
        role_words = [t.low for t in run.role]
        person = self.registry.lookup(words)
        if person is not None:
            return self._known(person)
        full = normalize_name(" ".join(words))
        if full in self.entities:
            return self.entities[full]
        if len(words) > 1 and words[0].lower() in _PARTICLES:
            longer = self._person_ending(full)  # "Van Dusen told": Troy Van Dusen, named before
            if longer is not None:
                return longer
        known_body = self.registry.body(full)
        if known_body is not None:
            return self.entities.setdefault(known_body, Entity(known_body, "org", known=True))
        if is_org(words):
            longer = self._named_in_full(full)  # "Local 1440" after "Nurses United Local 1440"
            full = self.registry.local_name(full)
            return longer or self.entities.setdefault(full, Entity(full, "org"))
        if all(_fold(w).rstrip(".") in lx.PLACES for w in words):
            return None  # "in Saginaw, Michigan, on Wednesday, said": a place, not a speaker
        role = normalize_name(" ".join(t.text for t in run.role)) or None
        gender = gender_of(words[0], role_words)
        if len(words) == 1:
            earlier = self._by_part(words[0])
            if earlier is not None:
                return earlier
            candidate = self.candidates.get(_fold(words[0]))
            if candidate is not None and confident:
                full, role = candidate
            elif not (confident or run.role):
                return None
            gender = gender_of(full.split()[0], role_words)
        elif not (confident or run.role or gender):
            self.candidates[_fold(words[-1])] = (full, role)
            return None
        entity = Entity(full, "person", role, gender)
        self.entities[full] = entity
        return entity

    def _known(self, person: Person) -> Entity:
        entity = self.entities.get(person.name)
        if entity is None:
            entity = Entity(person.name, "person", person.role, person.pronoun, known=True)
            self.entities[person.name] = entity
        return entity

    def _person_ending(self, name: str) -> Entity | None:
        for entity in reversed(list(self.entities.values())):
            if entity.kind == "person" and entity.name.endswith(f" {name}"):
                return entity
        return None

    def _named_in_full(self, name: str) -> Entity | None:
        if not any(c.isdigit() for c in name):
            return None
        for entity in reversed(list(self.entities.values())):
            if entity.kind == "org" and entity.name.endswith(f" {name}"):
                return entity
        return None

    def mention_at(self, offset: int) -> Entity | None:
        """The entity the reading found at this offset, if it found one there."""
        at = bisect_left(self.mentions, offset, key=lambda m: m.offset)
        if at < len(self.mentions) and self.mentions[at].offset == offset:
            return self.mentions[at].entity
        return None

    def named_before(self, surname: str) -> bool:
        """Was a full name with this surname met, even one not yet taken for a person?"""
        return _fold(surname) in self.candidates or self._by_part(surname) is not None

    def by_surname(self, word: str) -> Entity | None:
        """The person a lone surname names: someone known, or someone the article named."""
        person = self.registry.lookup([word])
        return self._known(person) if person is not None else self._by_part(word)

    def _by_part(self, word: str) -> Entity | None:
        folded = _fold(word)
        for entity in reversed(list(self.entities.values())):
            parts = _fold(entity.name).split()
            if entity.kind == "person" and len(parts) > 1 and folded in (parts[-1], parts[0]):
                return entity
        return None

    def description(self, text: str) -> Entity | None:
        """A person the speakers sheet describes this way, if the article has named them."""
        for person in self.registry.by_description.get(_fold_description(text), []):
            if person.name in self.entities:
                return self.entities[person.name]
        return None

    def by_role(self, head: str, modifiers: Sequence[str], before: int) -> Entity | None:
        """The latest person mentioned before `before` whose role fits "the board member"."""
        heads = _SYNONYMS.get(head, {head})
        for mention in reversed(self.mentions):
            if mention.offset >= before or mention.entity.kind != "person":
                continue
            if any(_fits_role(w, heads, modifiers) for w in role_words(mention.entity.role)):
                return mention.entity
        return None

    def describe(
        self, text: str, head: str, modifiers: Sequence[str], definite: bool, before: int
    ) -> Entity:
        """The entity a description names: someone known, someone named earlier, or itself.

        "the union president" is the person the speakers sheet describes so; "the board member"
        the latest person whose role fits; "the official" the latest "union official"; anything
        else stands for itself ("a Harris campaign spokesperson").
        """
        named = self._named_union(text)
        if named is not None:
            return named
        found = [self.description(text)]
        if definite:
            found += [
                self.by_role(head, modifiers, before),
                self._described(head, modifiers, before),
            ]
        candidates = [e for e in found if e is not None]
        if candidates:
            # "the union’s president" in a story about the UAW is Fain, named a line earlier,
            # not O’Brien, named at the top: the latest mention wins
            return max(candidates, key=lambda e: self._last_mention(e, before))
        entity = self.entities.get(text)
        if entity is None:
            group = head in GROUP_HEADS or (head.endswith("s") and head not in ("boss", "press"))
            gender = gender_of("", [head])
            entity = Entity(text, "group" if group else "person", None, gender)
            self.entities[text] = entity
        return entity

    def _named_union(self, text: str) -> Entity | None:
        """ "the United Steelworkers union": a named union, said with the word "union"."""
        words = text.split()
        if words[:1] in (["the"], ["The"]):
            words = words[1:]
        if words[:1] in (["national"], ["international"]) and len(words) > 2:
            words = words[1:]  # "the national Teamsters union"
        if len(words) < 2 or words[-1].lower() != "union":
            return None
        if not all(w[:1].isupper() for w in words[:-1]):
            return None
        name = " ".join(words[:-1])
        known = self.registry.body(name)
        if known is not None:
            return self.entities.setdefault(known, Entity(known, "org", known=True))
        full = " ".join(words)
        return self.entities.setdefault(full, Entity(full, "org"))

    def _last_mention(self, entity: Entity, before: int) -> int:
        offsets = [m.offset for m in self.mentions if m.entity is entity and m.offset < before]
        return max(offsets, default=-1)

    def _described(self, head: str, modifiers: Sequence[str], before: int) -> Entity | None:
        """ "the official": the latest "union official"; "the union": the latest union named."""
        for mention in reversed(self.mentions):
            entity = mention.entity
            if mention.offset >= before or (entity.known and entity.kind == "person"):
                continue
            words = fold_words(entity.name).split()
            if entity.kind == "org":
                if (head in words or f"{head}s" in words) and head in GROUP_HEADS:
                    return entity
            elif words and words[-1] == head and all(m in words for m in modifiers):
                return entity
        return None

    def resolve(self, phrase: Phrase, sentence: int) -> Entity | None:
        """The entity a phrase names: a pronoun's antecedent, a name's person or body, or what
        a description describes."""
        if phrase.kind == "pronoun":
            return self.resolve_pronoun(phrase.pronoun, sentence, phrase.start)
        if phrase.kind == "name":
            run = split_title(phrase.tokens)
            if run is not None:
                entity = self.entity_for(run, confident=True)
                if entity is not None:
                    return entity
        text = phrase.text()
        if not text:
            return None
        return self.describe(text, phrase.head, phrase.modifiers, phrase.definite, phrase.start)

    def add(self, entity: Entity, sentence: int, offset: int, subject: bool) -> None:
        mention = Mention(entity, sentence, offset, subject)
        if not self.mentions or self.mentions[-1].offset <= offset:
            self.mentions.append(mention)
            return
        index = len(self.mentions)
        while index > 0 and self.mentions[index - 1].offset > offset:
            index -= 1
        self.mentions.insert(index, mention)

    def resolve_pronoun(self, pronoun: str, sentence: int, offset: int) -> Entity | None:
        """The entity a pronoun points to: the nearest fitting subject, sentence by sentence."""
        window = [m for m in self.mentions if m.offset < offset and sentence - m.sentence <= 6]
        # Nearest sentence first, subjects before others; a subject one sentence back outranks
        # an object in the pronoun's own sentence ("Standing next to Mercer, he once called").
        ranked = sorted(
            (m for m in window if _fits(pronoun, m.entity)),
            key=lambda m: (sentence - m.sentence + (0 if m.subject else 1.5), -m.offset),
        )
        if not ranked:
            return None
        rank = sentence - ranked[0].sentence + (0 if ranked[0].subject else 1.5)
        tied = [
            m.entity for m in ranked if sentence - m.sentence + (0 if m.subject else 1.5) == rank
        ]
        exact = [e for e in tied if e.gender == pronoun]
        chosen = exact[0] if exact else tied[0]
        if chosen.gender is None and pronoun in ("he", "she"):
            chosen.gender = pronoun  # learnt: later pronouns of the other kind skip it
        return chosen


def _fits(pronoun: str, entity: Entity) -> bool:
    if pronoun in ("he", "she"):
        return entity.kind == "person" and entity.gender in (pronoun, None)
    return entity.kind in ("org", "group")
