"""Noun phrases around attribution cues: pronouns, names with titles, and descriptions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from tui.facts import lexicon as lx
from tui.facts.people import DETERMINERS, POSSESSIVE_DETERMINERS, skip_adverbs, verb_like
from tui.facts.text import Token, normalize_name

PREPOSITIONS = frozenset(
    """
    at in on of to from with without by for about after before during despite since until while
    when although though because if as unlike like following amid among over under through
    into onto upon toward towards against beyond within around across ahead near inside outside
    """.split()
)
CONJUNCTIONS = frozenset("and but or so yet nor".split())
OPENING_ADVERBS = frozenset(
    "however meanwhile still instead now then historically also moreover indeed later".split()
)
# Words that end a description: "a union official who asked", "a Harris aide at the event".
_STOP = PREPOSITIONS | CONJUNCTIONS | frozenset("that who which whom whose what not".split())
_TRAILING_PP = frozenset("for of in at with from on inside".split())
# Lower-case words that may join the words of an organisation's name: "Chamber of Commerce".
_NAME_JOINERS = frozenset("of for and the".split())
# What a speaker's words come in: "O’Brien’s statement said" means O’Brien said.
_STATEMENT_NOUNS = frozenset(
    "statement statements release email letter post video tweet memo message note".split()
)
_OF_PERSON = frozenset("for of to with from".split())
_SUBORDINATE = frozenset("that which who whom whose where what".split())
_TIME_WORDS = frozenset(
    """
    last this next earlier later week weekend month year morning afternoon evening night day
    days weeks months years ago
    """.split()
)


@dataclass(frozen=True, slots=True)
class Phrase:
    kind: Literal["pronoun", "name", "description"]
    tokens: tuple[Token, ...]
    pronoun: str = ""

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def head(self) -> str:
        """The noun a description is about: "a Harris campaign spokesperson" -> spokesperson."""
        core = self._core()
        for k in range(len(core) - 1, -1, -1):
            tok = core[k]
            if (
                _group(tok)
                and k > 0
                and (core[k - 1].is_title or core[k - 1].bare in lx.SPEAKER_NOUNS)
            ):
                return tok.bare  # "executive board"
            if tok.bare in lx.SPEAKER_NOUNS or tok.is_title:
                return tok.bare
        return core[-1].bare

    @property
    def core(self) -> tuple[Token, ...]:
        return self._core()

    def _core(self) -> tuple[Token, ...]:
        """The phrase without a trailing prepositional phrase: "person [in the room]"."""
        for k, tok in enumerate(self.tokens):
            if k > 0 and tok.low in _TRAILING_PP:
                return self.tokens[:k]
        return self.tokens

    @property
    def definite(self) -> bool:
        return self.tokens[0].low in ("the", "that", "this")

    @property
    def modifiers(self) -> list[str]:
        """Lower-case words a description adds to its head: "the board member" -> board."""
        head = self.head
        return [
            t.bare
            for t in self._core()
            if t.kind == "word" and not t.is_cap and t.bare != head and t.low not in DETERMINERS
        ]

    def core_text(self) -> str:
        """The phrase without its articles or a trailing place: "the union's board in Detroit"
        -> "union's board"."""
        return normalize_name(" ".join(t.text for t in self.core if t.low not in DETERMINERS))

    def text(self) -> str:
        """The phrase as the article words it, without a leading article."""
        toks = list(self.tokens)
        while toks and (toks[0].low in DETERMINERS or toks[0].low in POSSESSIVE_DETERMINERS):
            toks = toks[1:]
        if not toks:
            return ""
        return normalize_name(" ".join(t.text for t in toks))


# Words that follow "her" the object ("endorsed her in August"), never "her" the possessive.
_AFTER_OBJECT = frozenset(
    """
    in on at for to with and or but as after before since during because when while that
    who which than from by about into over again too also last this early earlier today
    yesterday monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december jan. feb. aug. sept. oct.
    nov. dec. within weeks days months back
    """.split()
)


def _pronoun(tok: Token, after: Token | None = None) -> Phrase | None:
    low = tok.low
    if (
        low == "her"
        and after is not None
        and after.kind == "word"
        and not verb_like(after)
        and after.low not in _AFTER_OBJECT
    ):
        return None  # "Her Republican opponent": a possessive, not the pronoun
    gender = lx.PRONOUNS_SUBJECT.get(low) or lx.PRONOUNS_OBJECT.get(low)
    if gender and tok.kind == "word":
        return Phrase("pronoun", (tok,), gender)
    return None


def name_member(tok: Token) -> bool:
    """A capitalised word that can be part of a name (not "But", not "Asked")."""
    return tok.name_part


def _title_member(tok: Token) -> bool:
    return tok.kind == "word" and not tok.is_cap and tok.is_title


def _org_number(toks: Sequence[Token], k: int, lo: int) -> bool:
    """The number of a local: "Local 705", "Firefighters Local 377"."""
    return k > lo and toks[k].bare.isdigit() and toks[k - 1].bare in lx.ORG_WORDS


def org_and(toks: Sequence[Token], k: int) -> bool:
    """ "and" inside one organisation's name ("Food and Commercial Workers", "Building and
    Construction Trades Council"), not between two ("Joint Council 7 in California and Joint
    Council 16")."""
    if toks[k - 1].low.rstrip(".") in lx.PLACES:
        return False
    run = []
    for tok in toks[k + 1 : k + 5]:
        if not (tok.is_cap or tok.bare.isdigit()):
            break
        run.append(tok)
    # "Food and Commercial Workers Local 4120" is one name; "Joint Council 7 and Joint Council
    # 16" or "the UAW and Teamsters Local 1" are two bodies
    numbered = any(t.bare.isdigit() for t in run)
    if numbered and (toks[k - 1].bare.isdigit() or run[0].bare in lx.ORG_WORDS):
        return False
    return any(t.bare in lx.ORG_WORDS for t in run)


def _joins_name(toks: Sequence[Token], k: int, hi: int) -> bool:
    """ "of" in "Chamber of Commerce", "and" in "Food and Commercial Workers": a joiner between
    capitalised words of an organisation."""
    if not (toks[k].low in _NAME_JOINERS and k > 0 and k + 1 < hi and toks[k + 1].is_cap):
        return False
    if not toks[k - 1].is_cap:
        return False
    if toks[k].low == "and":  # an organisation's word follows: "Painters and Allied Trades"
        return org_and(toks, k)
    return toks[k - 1].bare in lx.ORG_WORDS


def owned_in_name(toks: Sequence[Token], k: int) -> bool:
    """ "Deputy Sheriffs’ Association", "Teachers' Federation", "North America's Building Trades
    Unions": a possessive inside an organisation's name."""
    if k + 1 >= len(toks) or not toks[k + 1].is_cap:
        return False
    if toks[k].bare in lx.PLACES and toks[k].is_cap:  # "North America's Building Trades Unions"
        return any(t.bare in lx.ORG_WORDS for t in toks[k + 1 : k + 5] if t.is_cap)
    return toks[k].text.endswith(("’", "'")) and toks[k + 1].bare in lx.ORG_WORDS


def name_end(toks: Sequence[Token], i: int, hi: int) -> int:
    """One past the last word of the name that starts at toks[i]."""
    j = i
    while j < hi and (
        name_member(toks[j])
        or _title_member(toks[j])
        or _org_number(toks, j, i)
        or (j > i and _joins_name(toks, j, hi))
    ):
        j += 1
        if toks[j - 1].possessive and not owned_in_name(toks, j - 1):
            break
    while j > i and not (toks[j - 1].is_cap or toks[j - 1].bare.isdigit()):
        j -= 1
    return j


def np_before(toks: Sequence[Token], i: int, lo: int) -> Phrase | None:
    """The noun phrase that ends at index i (a subject standing before its verb)."""
    if i < lo:
        return None
    tok = toks[i]
    if tok.kind == "punct" and tok.text in ",)":
        # "John Palmer, a Teamsters executive board member, said": the apposition may hold
        # commas of its own ("Vance, at a rally in Saginaw, Michigan, on Wednesday, said"),
        # so the subject is the clause's, when it has one
        subject = clause_subject(toks, lo, i)
        return named_after(toks, subject, i) if subject else _before_apposition(toks, i, lo)
    if tok.kind != "word":
        return None
    pronoun = _pronoun(tok)
    if pronoun:
        return pronoun
    if tok.low in ("who", "which"):
        j = i - 1 if i - 1 >= lo and toks[i - 1].text == "," else i
        return np_before(toks, j - 1, lo)
    if tok.bare in _STATEMENT_NOUNS and i - 1 >= lo and toks[i - 1].possessive:
        return np_before(toks, i - 1, lo)  # "O’Brien’s statement said"
    if name_member(tok) or (tok.is_cap and tok.is_title) or _org_number(toks, i, lo):
        j = i
        while j - 1 >= lo and (
            name_member(toks[j - 1])
            or _title_member(toks[j - 1])
            or _org_number(toks, j - 1, lo)
            or (j - 1 > lo and _joins_name(toks, j - 1, i + 1))
        ):
            if toks[j - 1].possessive and not owned_in_name(toks, j - 1):
                break
            j -= 1
        return _described_by_name(toks, j, i, lo) or Phrase("name", tuple(toks[j : i + 1]))
    if tok.bare in lx.SPEAKER_NOUNS or tok.is_title:
        return _description_back(toks, i, lo)
    return None


def named_after(toks: Sequence[Token], phrase: Phrase, hi: int) -> Phrase:
    """ "Its president, Tamara Voss, said": the name in apposition to a description."""
    if phrase.kind != "description":
        return phrase
    k = next((n for n, t in enumerate(toks) if t is phrase.tokens[-1]), hi) + 1
    if k < hi and toks[k].text == ",":
        end = name_end(toks, k + 1, hi)
        # "said the local's president, Tamika Sorrell." ends the sentence with the name
        closed = end >= min(hi, len(toks)) or toks[end].text in ",.;"
        if end > k + 1 and closed:
            return Phrase("name", tuple(toks[k + 1 : end]))
    return phrase


def _described_by_name(toks: Sequence[Token], j: int, i: int, lo: int) -> Phrase | None:
    """ "a spokesperson for O’Brien", "a Teamsters official close to O’Brien": the name ends a
    description of someone else, who is the one speaking."""
    k = j - 1
    if k < lo or toks[k].low not in _OF_PERSON:
        return None
    k -= 1
    if k >= lo and toks[k].low in ("close", "closest", "loyal", "near", "allied"):
        k -= 1
    if k < lo or not (toks[k].bare in lx.SPEAKER_NOUNS or toks[k].is_title) or toks[k].is_cap:
        return None
    head = _description_back(toks, k, lo)
    return Phrase("description", head.tokens + tuple(toks[k + 1 : i + 1])) if head else None


def _before_apposition(toks: Sequence[Token], i: int, lo: int) -> Phrase | None:
    j = i - 1
    while j >= lo and not (toks[j].kind == "punct" and toks[j].text in ",(—"):
        j -= 1
    if j < lo or i - j > 25:
        return None
    return np_before(toks, j - 1, lo)


def _description_back(toks: Sequence[Token], i: int, lo: int) -> Phrase | None:
    start = i
    j = i - 1
    while j >= lo and i - j <= 7:
        tok = toks[j]
        if tok.kind != "word" or tok.low in _STOP or (verb_like(tok) and not tok.possessive):
            break
        if tok.low in DETERMINERS or tok.low in POSSESSIVE_DETERMINERS:
            start = j
            break
        start = j
        if tok.possessive and tok.is_cap:
            break
        j -= 1
    # "critics inside the union": the head comes before a prepositional phrase
    k = start - 1
    if k - 1 >= lo and toks[k].low in _TRAILING_PP and toks[k - 1].bare in lx.SPEAKER_NOUNS:
        outer = _description_back(toks, k - 1, lo)
        if outer is not None:
            return Phrase("description", outer.tokens + tuple(toks[k : i + 1]))
    return Phrase("description", tuple(toks[start : i + 1]))


def np_after(toks: Sequence[Token], i: int, hi: int) -> tuple[Phrase, int] | None:
    """The noun phrase that starts at index i, and the index just after it."""
    if i >= hi or toks[i].kind != "word":
        return None
    pronoun = _pronoun(toks[i], toks[i + 1] if i + 1 < hi else None)
    if pronoun:
        return pronoun, i + 1
    if (
        i + 2 < hi
        and [t.low for t in toks[i : i + 2]] == ["one", "of"]
        and (
            toks[i + 2].low in ("them", "us", "those", "these")  # "one of them said"
        )
    ):
        return Phrase("description", tuple(toks[i : i + 3])), i + 3
    titled = _titled_name(toks, i, hi)
    if titled is not None:
        return titled
    start = i + 1 if toks[i].low == "the" and i + 1 < hi and toks[i + 1].is_cap else i
    j = name_end(toks, start, hi)
    if j > start and not toks[j - 1].possessive:
        name = tuple(toks[start:j])
        if start == i or any(t.bare in lx.ORG_WORDS for t in name):
            return Phrase("name", name), j
    return _description_forward(toks, i, hi)


def _titled_name(toks: Sequence[Token], i: int, hi: int) -> tuple[Phrase, int] | None:
    """ "association president Rick Tanaka", "campaign spokesperson Carla Benning"."""
    k = i
    while k < hi and toks[k].kind == "word" and not toks[k].is_cap and k - i < 5:
        # "state Sen. Gideon Rask", "county Commissioner Ana Ruiz": a place word before a title
        office = toks[k].bare in _OFFICE_PLACES and k + 1 < hi and toks[k + 1].is_title
        if not (toks[k].is_title or toks[k].bare in lx.SPEAKER_NOUNS or office):
            return None
        k += 1
    if k == i or k >= hi or not toks[k].name_part:
        return None
    end = name_end(toks, k, hi)
    if end <= k or toks[end - 1].possessive:
        return None
    return Phrase("name", tuple(toks[i:end])), end


_OFFICE_PLACES = frozenset("state county city district u.s. federal".split())


def _group(tok: Token) -> bool:
    return tok.bare in ("board", "committee", "council", "staff", "leadership", "team")


def _description_forward(toks: Sequence[Token], i: int, hi: int) -> tuple[Phrase, int] | None:
    j = i
    head = -1
    while j < hi and j - i <= 7:
        tok = toks[j]
        if tok.kind != "word" or (j > i and (tok.low in _STOP or verb_like(tok))):
            break
        if j > i and tok.low in DETERMINERS:
            break  # "a deal [the drivers’ union called]": a new phrase begins
        after_head = head == j - 1 >= i  # "the union's executive board": the board
        after_owner = j - 1 >= i and toks[j - 1].low in ("the", "its", "their")  # "the board"
        if (
            tok.bare in lx.SPEAKER_NOUNS
            or tok.is_title
            or ((after_head or after_owner) and _group(tok))
        ):
            head = j
        j += 1
    if head < 0 and j < hi and toks[j].low == "who" and j > i + 1:
        head = j - 1  # "A car hauler who asked not to be named": whoever it is, a person
    if head < 0:
        return None
    end = head + 1
    # one trailing prepositional phrase: "a spokesperson for O’Brien", "a person in the room"
    if end < hi and toks[end].low in _TRAILING_PP:
        k = end + 1
        while k < hi and k - end <= 5 and toks[k].kind == "word" and not verb_like(toks[k]):
            if toks[k].low in _STOP and toks[k].low not in ("the", "a"):
                break
            k += 1
        if k > end + 1:
            end = k
    return Phrase("description", tuple(toks[i:end])), end


def _after_time_phrase(chunk: Sequence[Token], start: int) -> int:
    """Skip a leading time phrase: "Last month he condemned", "On Monday, ..."."""
    k = start
    if k < len(chunk) and chunk[k].low == "on":
        k += 1
    while k < len(chunk) and (
        chunk[k].low in _TIME_WORDS
        or chunk[k].low in lx.WEEKDAYS
        or chunk[k].low.rstrip(".") in lx.MONTHS
        or chunk[k].text.isdigit()
    ):
        k += 1
    return k if k > start and (k == len(chunk) or chunk[k].kind == "word") else start


def clause_subject(toks: Sequence[Token], lo: int, hi: int) -> Phrase | None:
    """The subject of the first clause in toks[lo:hi] that has one."""
    chunk: list[Token] = []
    for k in range(lo, hi + 1):
        tok = toks[k] if k < hi else None
        if tok is not None and not (tok.kind == "punct" and tok.text in ",;:—–"):
            if tok.kind != "quote":
                chunk.append(tok)
            continue
        found = _chunk_subject(chunk)
        if found:
            return found
        chunk = []
    return None


def _participial(chunk: Sequence[Token], start: int) -> bool:
    first = chunk[start]
    if first.low in lx.SAY_VERBS or first.low in lx.SAY_PARTICIPLES:
        return True
    if not first.low.endswith(("ing", "ed")):
        return False
    after = chunk[start + 1] if start + 1 < len(chunk) else None
    return after is not None and not after.is_cap and not verb_like(after)


def _chunk_subject(chunk: list[Token]) -> Phrase | None:
    start = 0
    while start < len(chunk) and (
        chunk[start].low in CONJUNCTIONS or chunk[start].low in OPENING_ADVERBS
    ):
        start += 1
    start = _after_time_phrase(chunk, start)
    if start >= len(chunk) or chunk[start].low in _SUBORDINATE:
        return None
    if _participial(chunk, start):
        return None  # "Asked whether ...", "speaking at a rally ...": no subject here
    if chunk[start].low in PREPOSITIONS:
        for k in range(start + 1, len(chunk)):
            if verb_like(chunk[k]):
                return np_before(chunk, k - 1, start + 1)
        return None
    found = np_after(chunk, start, len(chunk))
    if found is None:
        return None
    phrase, end = found
    if phrase.kind != "description":
        return phrase  # a pronoun or a name opening a clause is its subject
    end = skip_adverbs(chunk, end)
    if end < len(chunk) and not (
        verb_like(chunk[end]) or chunk[end].low in ("who", "i", "we", "he", "she", "they")
    ):
        return None
    return phrase
