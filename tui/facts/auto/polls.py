"""Poll figures: a share tied to a candidate ("58% of members back Trump", "Biden leading Trump
44.3% to 36.3%", "put Smith at 52 percent and Jones at 40", "12% were undecided").

A number is a share only with a percent sign or word and a candidate (or "undecided") bound to it
by the sentence's grammar; ages, member counts and point margins are not shares.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.facts.auto.common import Context, Row, best_date
from tui.facts.dates import format_date
from tui.facts.people import split_title
from tui.facts.phrases import Phrase, np_after, np_before
from tui.facts.reading import Sentence
from tui.facts.text import Token

_NUMBER = re.compile(r"^\d{1,3}(?:\.\d+)?$")
_SUPPORT = frozenset(
    """
    back backs backed backing support supports supported supporting favor favors favored
    favoring favour favours favoured prefer prefers preferred chose choose chosen pick picks
    picked choosing
    """.split()
)
_HAVING = frozenset(
    "at with had has received receives got gets drew won garnered polled took".split()
)
_AHEAD = frozenset(
    "leading leads led over ahead beating beat beats tops topping edging trailing".split()
)
_UNNAMED = "\0"  # the other share of a pair whose candidate the sentence does not name
_POLL_WORDS = frozenset("poll polls survey surveys polling canvass".split())
_TIME_WORDS = ("earlier", "recent", "latest", "new", "previous", "prior", "spring", "summer")


def polls(ctx: Context) -> list[Row]:
    rows: list[Row] = []
    last: tuple[int, str | None, str | None] | None = None  # sentence, population, timing
    for sentence in ctx.reading.sentences:
        toks = sentence.tokens
        if not any(_unit(toks, k) for k in range(len(toks))):
            continue
        shares = _shares(ctx, sentence)
        if not shares:
            continue
        population = _population(toks)
        when = best_date(ctx.dates(sentence))
        timing = when.words if when else _timing(toks)
        fresh = population or timing or any(t.low in _POLL_WORDS for t in toks)
        if not fresh and last is not None and sentence.index - last[0] == 1:
            # "Another 7% were undecided." goes on about the poll of the sentence before
            population, timing = last[1], last[2]
        last = (sentence.index, population, timing)
        # one poll per population and day: outlets reporting the same survey share its label
        reported = format_date(ctx.published) if ctx.published else ctx.article
        day = reported.rsplit(",", 1)[0] if ctx.published else None  # "Oct 8": the chart's label
        label = f"Poll of {population}, {reported}" if population else f"Poll, {reported}"
        for candidate, pct in shares:
            rows.append(
                ctx.row(
                    sentence,
                    poll=label,
                    short=timing or day or population or "reported",
                    population=population or "not stated",
                    wave=None,
                    candidate=candidate,
                    pct=pct,
                    timing=timing,
                    fielded=None,
                    released=None,
                )
            )
    return rows


def _unit(toks: Sequence[Token], k: int) -> int:
    """The number of tokens after toks[k] that make it a percentage (0 if it is not one)."""
    if k >= len(toks) or not _NUMBER.match(toks[k].text):
        return 0
    if k + 1 < len(toks) and toks[k + 1].text == "%":
        return 1
    if k + 1 < len(toks) and toks[k + 1].low == "percent":
        return 1
    if k + 2 < len(toks) and toks[k + 1].low == "per" and toks[k + 2].low == "cent":
        return 2
    return 0


def _value(toks: Sequence[Token], k: int) -> float | None:
    value = float(toks[k].text)
    return value if 0 <= value <= 100 else None


def _shares(ctx: Context, sentence: Sentence) -> list[tuple[str | None, float]]:
    toks = sentence.tokens
    found: dict[int, str | None] = {}  # number index -> candidate (None: undecided)
    for k in range(len(toks)):
        unit = _unit(toks, k)
        bare = unit == 0 and k > 0 and toks[k - 1].low == "at" and _NUMBER.match(toks[k].text)
        if not unit and not bare:
            continue
        if k in found:
            continue
        after = k + 1 + unit
        pair = _pair(ctx, sentence, k, after)
        if pair is not None:
            found.update(pair)
            continue
        candidate = _candidate(ctx, sentence, k, after)
        if candidate is not None:
            found[k] = candidate or None
    shares = []
    for k, candidate in sorted(found.items()):
        value = _value(toks, k)
        if value is not None and candidate != _UNNAMED:
            shares.append((candidate, value))
    return shares


def _pair(ctx: Context, sentence: Sentence, k: int, after: int) -> dict[int, str | None] | None:
    """A share against a share: "Biden leading Trump 44.3% to 36.3%", "Harris led 54% to
    41%", "favoring Biden 44.3% to Trump's 36.3%", "had Trump up 58 to 31", "44% to 42%:
    Harris's edge over Trump". The second number is used up whether or not its candidate is
    named; a candidate the sentence does not name is not guessed."""
    toks = sentence.tokens
    if not (after + 1 < len(toks) and toks[after].low in ("to", "-", "–")):
        return None
    second = after + 1
    inline = None  # "to Trump's 36.3%"
    if not _NUMBER.match(toks[second].text):
        found = _possessive_name(toks, second)
        if found is None or found[1] >= len(toks) or not _NUMBER.match(toks[found[1]].text):
            return None
        inline, second = _name(ctx, sentence, found[0]), found[1]
    leader, trailer = _sides(ctx, sentence, k)
    if leader is None:
        leader, trailer = _headline(ctx, sentence, second)
    if leader is None:
        return None
    pair: dict[int, str | None] = {k: leader, second: _UNNAMED}
    trailer = inline or trailer
    if trailer is not None and trailer != leader:
        pair[second] = trailer
    return pair


def _sides(ctx: Context, sentence: Sentence, k: int) -> tuple[str | None, str | None]:
    """Who leads and who trails, from the words before the first share of a pair."""
    toks = sentence.tokens
    lo = k
    while lo > 0 and k - lo < 14 and toks[lo - 1].text not in (";", ":"):
        lo -= 1
    people = _people(ctx, sentence, lo, k)
    if not people:
        return None, None
    for v in range(k - 1, lo - 1, -1):
        low = toks[v].low
        if low in _AHEAD or low in ("ahead", "up", "led", "leads", "lead"):
            before = [p for p in people if p[1] <= v]
            after = [p for p in people if p[0] > v]
            if low in _AHEAD and before and after:  # "Biden leading Trump"
                return before[-1][2], after[0][2]
            if before:  # "Harris led", "put Mr. Trump ahead"
                return before[-1][2], _over(ctx, sentence, lo, k)
            return None, None
        if low in _SUPPORT:  # "favoring Biden 44.3% to ...", "preferred Biden"
            after = [p for p in people if p[0] > v]
            return (after[0][2], _over(ctx, sentence, lo, k)) if after else (None, None)
    last = people[-1]
    if last[1] == k:  # "Biden 44.3 percent to 36.3 percent"
        return last[2], None
    return None, None


def _over(ctx: Context, sentence: Sentence, lo: int, hi: int) -> str | None:
    """ "over her challenger, Martin Faber": the one trailing."""
    toks = sentence.tokens
    v = next((v for v in range(lo, hi) if toks[v].low in ("over", "against")), None)
    people = _people(ctx, sentence, v + 1, hi) if v is not None else []
    return people[0][2] if people else None


def _people(ctx: Context, sentence: Sentence, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The candidates named in toks[lo:hi]: (first token, end, name), in order."""
    toks = sentence.tokens
    people = []
    i = lo
    while i < hi:
        found = np_after(toks, i, hi)
        if found is None:
            i += 1
            continue
        name = _person_named(ctx, sentence, found[0])
        if name is not None:
            people.append((i, found[1], name))
        i = max(found[1], i + 1)
    return people


def _headline(ctx: Context, sentence: Sentence, second: int) -> tuple[str | None, str | None]:
    """ "44% to 42%: Harris's edge over Trump"."""
    toks = sentence.tokens
    i = second + 1 + _unit(toks, second)
    if i >= len(toks) or toks[i].text != ":":
        return None, None
    found = _possessive_name(toks, i + 1)
    if found is None:
        return None, None
    leader = _person_named(ctx, sentence, found[0])
    return leader, _over(ctx, sentence, found[1], min(len(toks), found[1] + 6))


def _possessive_name(toks: Sequence[Token], i: int) -> tuple[Phrase, int] | None:
    """ "Trump's", "Kamala Harris’s": a name ending in a possessive, and the index after it."""
    j = i
    while j < len(toks) and toks[j].is_cap and not toks[j].possessive and j - i < 4:
        j += 1
    if j < len(toks) and toks[j].is_cap and toks[j].possessive:
        return Phrase("name", tuple(toks[i : j + 1])), j + 1
    return None


def _person_named(ctx: Context, sentence: Sentence, phrase: Phrase) -> str | None:
    """A candidate named or pointed to by a pronoun ("showed him leading Trump")."""
    if phrase.kind == "pronoun":
        entity = ctx.entity(phrase, sentence)
        return entity.name if entity is not None and entity.kind == "person" else None
    return _name(ctx, sentence, phrase)


def _candidate(ctx: Context, sentence: Sentence, k: int, after: int) -> str | None:
    """The candidate a share belongs to; "" for undecided; None when nobody is bound to it."""
    toks = sentence.tokens
    window = [t.low for t in toks[after : after + 3]]
    if "undecided" in window or (k > 1 and toks[k - 2].low == "undecided"):
        return ""
    if after < len(toks) and toks[after].low == "for":  # "58 percent for Trump"
        return _name(ctx, sentence, _phrase(toks, after + 1))
    for v in range(after, min(len(toks), after + 9)):  # "58% of members back Trump"
        if toks[v].kind != "word":
            break
        if toks[v].low in _SUPPORT:
            w = v + 1
            if w < len(toks) and toks[w].low == "for":
                w += 1
            return _name(ctx, sentence, _phrase(toks, w))
        if toks[v].low == "vote" and v + 1 < len(toks) and toks[v + 1].low == "for":
            return _name(ctx, sentence, _phrase(toks, v + 2))
    if k > 1 and toks[k - 1].low in _HAVING:  # "put Smith at 52 percent", "Trump with 58%"
        return _name(ctx, sentence, np_before(toks, k - 2, 0))
    return None


def _phrase(toks: Sequence[Token], i: int) -> Phrase | None:
    found = np_after(toks, i, len(toks))
    return found[0] if found else None


def _name(ctx: Context, sentence: Sentence, phrase: Phrase | None) -> str | None:
    """A candidate's canonical name, when the phrase names a person."""
    if phrase is None or phrase.kind != "name":
        return None
    run = split_title(phrase.tokens)
    entity = ctx.people.entity_for(run, confident=True) if run else None
    if entity is None or entity.kind != "person":
        return None
    return entity.name


def _population(toks: Sequence[Token]) -> str | None:
    """Who was asked: "58% of members", "a survey of drivers", "among likely voters"."""
    for k, tok in enumerate(toks):
        if tok.low in ("of", "among") and k > 0:
            prev = toks[k - 1]
            if prev.text in ("%",) or prev.low in ("percent", "cent") or prev.low in _POLL_WORDS:
                words = _noun_run(toks, k + 1)
                if words:
                    return words
    return None


def _noun_run(toks: Sequence[Token], i: int) -> str | None:
    words: list[str] = []
    for tok in toks[i : i + 5]:
        if tok.text == "," and words == []:
            continue
        if tok.kind != "word" or tok.low in _SUPPORT or tok.low in ("who", "that", "said", "say"):
            break
        if tok.text.isdigit() and not (words and words[-1][:1].isupper()):
            continue  # "a survey of 1,200 members": the count is not who was asked
        if tok.low in ("the", "its", "their", "all"):
            continue
        words.append(tok.text)
        if tok.low.endswith("s") and not tok.is_cap:  # "Texas voters": on to the plural
            break
    return " ".join(words) or None


def _timing(toks: Sequence[Token]) -> str | None:
    for tok in toks:
        if tok.low in _TIME_WORDS:
            return tok.text
    return None
