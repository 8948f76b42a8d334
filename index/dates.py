"""Danish dates as KL writes them: "17. juni 2026", "d. 3. sept. 2021", "17-06-2026",
and in file names "referat-fra-moede-i-kkr-midtjylland-den-13-april-2026.pdf".

Pure parsing; deciding which date is the meeting's is `index.read.meeting_info`'s job.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Iterator, NamedTuple

from index.lazy_patterns import lazy

__all__ = [
    "DAY_MONTH",
    "MONTHS",
    "MONTH_ALT",
    "MONTH_NAME_ALT",
    "DAY_NAMED",
    "NUMERIC_DAY",
    "FoundDate",
    "date_from_filename",
    "find_dates",
    "parse_danish_date",
    "parse_numeric_date",
    "when_text",
]

MONTHS: dict[str, int] = {
    "januar": 1, "jan": 1,
    "februar": 2, "feb": 2, "febr": 2,
    "marts": 3, "mar": 3, "mart": 3,
    "april": 4, "apr": 4,
    "maj": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Every month name, longest first (so "sept" is read before "sep"): the one alternation of them.
MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
# The day-and-month parts of a date, for readings that put a year of their own after them (the
# documents' dates, values._DATE, may leave it out; year_written's day's year may not):
DAY_MONTH = rf"\d{{1,2}}\.\s*(?:{MONTH_ALT})\.?"  # "10. september", "3. sept.", "1.sept"
# The names of four letters or more ("marts", "sept", not "mar", "jul"): a month alone in an item's text,
# where a shorter abbreviation may be another word ("jul" Christmas); and a day with such a name and no
# period after it (value_kinds' durations and deadlines: "frem til 1. april", "senest 15. september"):
MONTH_NAME_ALT = "|".join(sorted((m for m in MONTHS if len(m) > 3), key=len, reverse=True))
DAY_NAMED = rf"\d{{1,2}}\.\s*(?:{MONTH_NAME_ALT})"
NUMERIC_DAY = r"\d{1,2}[.\-/]\d{1,2}[.\-/]"  # "1.9." of "1.9.2023", "17-06-" of "17-06-2026"

# "17. juni 2026", "3. sept. 2021", "3 september 2021"; a line break may sit between the parts.
_TEXT_DATE = lazy(
    rf"(?<![\d.])(\d{{1,2}})\.?\s+({MONTH_ALT})\.?\s+(\d{{4}})(?!\d)", re.IGNORECASE
)
_NUMERIC_DATE = lazy(r"(?<![\d.-])(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?![\d])")
_FILENAME_DATE = lazy(rf"(?<!\d)(\d{{1,2}})-({MONTH_ALT})-(\d{{4}})(?!\d)", re.IGNORECASE)


class FoundDate(NamedTuple):
    """A date found in text, with the span of the words it was read from."""

    value: date
    start: int
    end: int


def _make(day: str, month: int, year: str) -> date | None:
    try:
        return date(int(year), month, int(day))
    except ValueError:
        return None


def find_dates(text: str) -> Iterator[FoundDate]:
    """Every valid written-out or numeric date in `text`, in order of appearance."""
    found: list[FoundDate] = []
    for m in _TEXT_DATE.finditer(text):
        d = _make(m.group(1), MONTHS[m.group(2).lower()], m.group(3))
        if d is not None:
            found.append(FoundDate(d, m.start(), m.end()))
    for m in _NUMERIC_DATE.finditer(text):
        d = _make(m.group(1), int(m.group(2)), m.group(3)) if int(m.group(2)) <= 12 else None
        if d is not None:
            found.append(FoundDate(d, m.start(), m.end()))
    yield from sorted(found, key=lambda f: f.start)


def parse_danish_date(text: str) -> date | None:
    """The first date in `text` ("den 17. juni 2026", "d. 3. sept. 2021", "17-06-2026")."""
    return next((f.value for f in find_dates(text)), None)


def parse_numeric_date(text: str) -> date | None:
    """A page header's "30-08-2021" (day first), or None."""
    m = _NUMERIC_DATE.search(text)
    return _make(m.group(1), int(m.group(2)), m.group(3)) if m and int(m.group(2)) <= 12 else None


def date_from_filename(name: str) -> date | None:
    """The date in KL's file names: "...-den-13-april-2026.pdf" → 2026-04-13."""
    m = _FILENAME_DATE.search(name)
    return _make(m.group(1), MONTHS[m.group(2).lower()], m.group(3)) if m else None


_MONTH_NAMES = {
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}  # fmt: skip


def day_text(d: date, language: str = "da", *, year: bool = True) -> str:
    """"17. juni 2026" (Danish), "17 June 2026" (English)."""
    month = _MONTH_NAMES["en" if language == "en" else "da"][d.month - 1]
    text = f"{d.day} {month}" if language == "en" else f"{d.day}. {month}"
    return f"{text} {d.year}" if year else text


def when_text(meeting_date: date | None, window: tuple[date | None, date | None] = (None, None),
              language: str = "da") -> str:  # fmt: skip
    """When a meeting is: its date, else the window its text gives ("mellem 26. august og 24.
    september 2025", "ca. september 2025" when both bounds fall in one month, "efter 18.
    juni 2025"), else "dato ukendt" / "date unknown"."""
    en = language == "en"
    if meeting_date is not None:
        return day_text(meeting_date, language)
    after, before = window
    if after and before:
        if (after.year, after.month) == (before.year, before.month):
            month = _MONTH_NAMES["en" if en else "da"][after.month - 1]
            return f"{'around' if en else 'ca.'} {month} {after.year}"
        first = day_text(after, language, year=after.year != before.year)
        return f"between {first} and {day_text(before, language)}" if en else f"mellem {first} og {day_text(before, language)}"
    if after:
        return f"{'after' if en else 'efter'} {day_text(after, language)}"
    if before:
        return f"{'before' if en else 'før'} {day_text(before, language)}"
    return "date unknown" if en else "dato ukendt"
