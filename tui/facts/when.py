"""Dates in article text, resolved against the article's publication date.

"Sept. 16", "on Monday", "in January", "early March", "last month", "this summer": each is
resolved to a date and a precision (day, month or year) relative to the day the article was
published. Without a publication date only absolute dates resolve ("March 12, 2024", "in
2020"); relative ones stay unresolved rather than guessed, and today's date is never used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tui.facts.dates import ELECTION_DAY
from tui.facts.lexicon import MONTHS, WEEKDAYS


@dataclass(frozen=True, slots=True)
class When:
    day: date | None  # the first day of the month or year at month or year precision
    precision: str | None  # "day", "month", "year"; None when unresolved
    words: str  # as the article has them
    start: int
    end: int


_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|Jun\.|July|Jul\."
    r"|Aug(?:ust|\.)?|Sept(?:ember|\.)?|Sep\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("month_day", re.compile(
        rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
    )),
    ("month_year", re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<year>(?:19|20)\d\d)\b")),
    ("weekday", re.compile(
        rf"\b(?:(?P<last>(?i:last|this past|next|this coming))\s+)?(?P<weekday>{_WEEKDAY})"
        r"(?:\s+(?:night|morning|afternoon|evening))?(?P<week>\s+of\s+(?:last|next)\s+week)?\b"
    )),
    ("month", re.compile(
        rf"\b(?P<lead>(?i:in|since|by|until|through|early|late|mid-?|this|last|next|during))\s+"
        rf"(?:(?i:early|late|mid-?)\s*)?(?P<month>{_MONTH})(?!\s+\d)\b"
    )),
    ("relative", re.compile(
        r"\b(?P<rel>yesterday|today|tomorrow|tonight|this morning|last night"
        r"|(?:earlier |later )?this (?:month|year|summer|spring|fall|autumn|winter)"
        r"|(?:late |early )?last (?:month|year|summer|spring|fall|autumn|winter)"
        r"|next (?:month|year))\b",
        re.IGNORECASE,
    )),
    ("holiday", re.compile(r"\b(?P<holiday>Labor Day|Election Day|Independence Day)\b")),
    ("ago", re.compile(
        rf"\b(?P<count>{_COUNT})\s+(?P<unit>day|days|week|weeks|month|months|year|years)\s+ago\b",
        re.IGNORECASE,
    )),
    ("year", re.compile(
        r"\b(?i:in|since|during|of|a|an)\s+(?P<year>(?:19|20)\d\d)\b"
    )),
]  # fmt: skip
_FUTURE = re.compile(
    r"\b(?:will|plans? to|is scheduled to|are scheduled to|is set to|are set to|is expected to"
    r"|are expected to|next)\b",
    re.IGNORECASE,
)


def is_future(sentence: str) -> bool:
    return bool(_FUTURE.search(sentence))


def find_dates(text: str, published: date | None, future: bool = False) -> list[When]:
    """Every date expression in `text` (a sentence), resolved where it can be."""
    found: list[When] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            day, precision = _resolve(kind, match, published, future)
            if kind == "month" and match.group("lead").lower() in ("may",):
                continue
            found.append(When(day, precision, match.group(), start, end))
            taken.append((start, end))
    return _weekday_with_its_date(sorted(found, key=lambda w: w.start), text)


def _weekday_with_its_date(found: list[When], text: str) -> list[When]:
    """ "Tuesday, Aug. 20": one day, the one the date names, not last Tuesday as well."""
    kept: list[When] = []
    for when in found:
        if kept and when.precision == "day" and _WEEKDAY_ONLY.fullmatch(kept[-1].words):
            before = kept[-1]
            if text[before.end : when.start] in (", ", " "):
                words = text[before.start : when.end]
                kept[-1] = When(when.day, "day", words, before.start, when.end)
                continue
        kept.append(when)
    return kept


_WEEKDAY_ONLY = re.compile(
    r"(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", re.IGNORECASE
)


def _resolve(
    kind: str, match: re.Match[str], published: date | None, future: bool
) -> tuple[date | None, str | None]:
    groups = match.groupdict()
    if kind == "month_day":
        month = _month(groups["month"])
        day = int(groups["day"])
        if groups["year"]:
            return _safe(int(groups["year"]), month, day), "day"
        if published is None:
            return None, None
        return _nearest(published, month, day, future), "day"
    if kind == "month_year":
        return _safe(int(groups["year"]), _month(groups["month"]), 1), "month"
    if kind == "year":
        return date(int(groups["year"]), 1, 1), "year"
    if kind == "holiday":
        return _holiday(groups["holiday"], published)
    if published is None:
        return None, None
    if kind == "ago":
        return _ago(_count(groups["count"]), groups["unit"].lower().rstrip("s"), published)
    if kind == "weekday":
        week = (groups.get("week") or "").split()
        if week:  # "Tuesday of last week", "Friday of next week"
            monday = published - timedelta(days=published.weekday())
            monday += timedelta(days=7 if week[1] == "next" else -7)
            return monday + timedelta(days=WEEKDAYS.index(groups["weekday"].lower())), "day"
        return _weekday(published, groups["weekday"], groups["last"], future), "day"
    if kind == "month":
        month = _month(groups["month"])
        lead = groups["lead"].lower()
        year = published.year
        ahead = future or lead == "next"
        if ahead and month < published.month:
            year += 1
        elif (month > published.month and not ahead) or (
            lead == "last" and month >= published.month
        ):
            year -= 1
        return date(year, month, 1), "month"
    return _relative(groups["rel"].lower(), published)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNTS[word.lower()]


def _ago(count: int, unit: str, published: date) -> tuple[date, str]:
    """ "two weeks ago": counted back from the publication date, at the unit's precision."""
    if unit in ("day", "week"):
        return published - timedelta(days=count * (7 if unit == "week" else 1)), "day"
    if unit == "month":
        months = published.year * 12 + published.month - 1 - count
        return date(months // 12, months % 12 + 1, 1), "month"
    return date(published.year - count, 1, 1), "year"


# "two days later", "the day before", "the next day": counted from a date the text gave before
_ANCHORED = re.compile(
    rf"\b(?:(?P<count>{_COUNT})\s+(?P<unit>days?|weeks?)\s+(?P<way>later|earlier|after|before)"
    r"|the\s+(?P<next>next|following|previous)\s+day"
    r"|the\s+day\s+(?P<side>before|after)(?=\s*(?:[,.;)]|$)))\b",
    re.IGNORECASE,
)


def find_anchored(text: str) -> list[tuple[int, int, str, int, bool]]:
    """Dates counted from an earlier one: (start, end, words, days from that date, whether
    the earlier date must be in the same sentence).

    "two days later" counts from the last date named; "…on Wednesday, two days after Harris
    met the board" dates what follows it two days before Wednesday, so its anchor is the
    date before it in the same sentence ("two days after the rally" has none: unresolved)."""
    found = []
    for match in _ANCHORED.finditer(text):
        groups = match.groupdict()
        here = False
        if groups["count"]:
            days = _count(groups["count"]) * (7 if groups["unit"].lower().startswith("w") else 1)
            way = groups["way"].lower()
            days = days if way in ("later", "before") else -days
            closed = re.match(r"\s*(?:[,.;)]|$)", text[match.end() :])
            here = way in ("after", "before") and not closed
            if way in ("after", "before") and closed:
                days = -days  # "a week after," reads as "a week later"
        elif groups["next"]:
            days = -1 if groups["next"].lower() == "previous" else 1
        else:
            days = -1 if groups["side"].lower() == "before" else 1
        found.append((match.start(), match.end(), match.group(), days, here))
    return found


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest(published: date, month: int, day: int, future: bool) -> date | None:
    """The year that puts month/day nearest the publication date, in the tense's direction."""
    this = _safe(published.year, month, day)
    if this is None:
        return None
    if future and this < published - timedelta(days=60):
        return _safe(published.year + 1, month, day)
    if not future and this > published + timedelta(days=60):
        return _safe(published.year - 1, month, day)
    return this


def _weekday(published: date, name: str, last: str | None, future: bool) -> date:
    target = WEEKDAYS.index(name.lower())
    back = (published.weekday() - target) % 7
    if last and last.lower() in ("next", "this coming"):
        return published + timedelta(days=(target - published.weekday()) % 7 or 7)
    if future and not last:  # "will meet on Monday" in a Monday paper: later that day
        return published + timedelta(days=(target - published.weekday()) % 7)
    if last and back == 0:
        back = 7  # "last Monday" in a Monday paper is a week ago
    return published - timedelta(days=back)


def _relative(words: str, published: date) -> tuple[date, str]:
    if words in ("today", "tonight", "this morning"):
        return published, "day"
    if words in ("yesterday", "last night"):
        return published - timedelta(days=1), "day"
    if words == "tomorrow":
        return published + timedelta(days=1), "day"
    if words.endswith("month"):
        month = published.month + (1 if words.startswith("next") else -1 if "last" in words else 0)
        year = published.year + (month - 1) // 12
        return date(year, (month - 1) % 12 + 1, 1), "month"
    year = published.year + (1 if words.startswith("next") else -1 if "last" in words else 0)
    return date(year, 1, 1), "year"  # a year, or a season of it


def _holiday(name: str, published: date | None) -> tuple[date | None, str | None]:
    if name == "Election Day":
        return ELECTION_DAY, "day"
    if published is None:
        return None, None
    if name == "Labor Day":  # the first Monday of September
        first = date(published.year, 9, 1)
        return first + timedelta(days=(7 - first.weekday()) % 7), "day"
    return date(published.year, 7, 4), "day"
