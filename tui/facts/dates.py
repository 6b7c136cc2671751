"""Dates: the sheets' "YYYY[-MM[-DD]]" strings and publication dates inferred from the text."""

from __future__ import annotations

import re
from datetime import date, timedelta

from tui.facts.lexicon import MONTHS

# The race this dashboard follows ends on Election Day; "the Nov. 5 election" means this day.
ELECTION_DAY = date(2024, 11, 5)

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
# "49 days left before the Nov. 5 election", "50 DAYS UNTIL THE NOVEMBER ELECTION". The search
# starts at "days" (rare) rather than at every number, then reads the count before it.
_COUNTDOWN = re.compile(
    r"\bdays?\s+(?:left\s+|remaining\s+|to\s+go\s+)?"
    r"(?:before|until|till|to|ahead\s+of)\s+(?:the\s+)?"
    rf"(?:(?:{_MONTH}\s*5|November|presidential|general)\s+)*election",
    re.IGNORECASE,
)
_COUNT_BEFORE = re.compile(r"(\d{1,3}|[a-z]+(?:[- ][a-z]+)?)\s+$", re.IGNORECASE)
_DATELINE = re.compile(
    rf"\b(?:Published|Updated|Posted)?:?\s*({_MONTH})\s+(\d{{1,2}}),\s+(\d{{4}})\b", re.IGNORECASE
)


def parse_sheet_date(value: str) -> tuple[date, str]:
    """ "2024-08-12" -> day precision; "2024-08" -> month; "2024" -> year. Raises ValueError."""
    parts = value.strip().split("-")
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
        raise ValueError(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    numbers = [int(p) for p in parts] + [1] * (3 - len(parts))
    precision = ("year", "month", "day")[len(parts) - 1]
    return date(numbers[0], numbers[1], numbers[2]), precision


def month_number(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _count(words: str) -> int | None:
    if words.isdigit():
        return int(words)
    total = 0
    for word in re.split(r"[- ]", words.lower()):
        if word not in _NUMBER_WORDS:
            return None
        total += _NUMBER_WORDS[word]
    return total or None


def infer_published(text: str) -> tuple[date, str] | None:
    """A publication date the text itself implies, with the words that imply it."""
    for match in _COUNTDOWN.finditer(text):
        count = _COUNT_BEFORE.search(text, max(0, match.start() - 20), match.start())
        days = _count(count.group(1)) if count else None
        if count and days is not None and 0 < days < 400:
            return ELECTION_DAY - timedelta(days=days), text[count.start() : match.end()]
    dateline = _DATELINE.search(text[:300])
    if dateline:
        month = month_number(dateline.group(1))
        if month:
            try:
                day = date(int(dateline.group(3)), month, int(dateline.group(2)))
                return day, dateline.group().strip()
            except ValueError:
                return None
    return None


_SHORT_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def format_date(day: date | None, precision: str | None = "day") -> str:
    """A date at its precision: "Mar 12, 2024", "Jan 2024", "2024"; unknown says so."""
    if day is None:
        return "date unknown"
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return f"{_SHORT_MONTHS[day.month - 1]} {day.year}"
    return f"{_SHORT_MONTHS[day.month - 1]} {day.day}, {day.year}"
