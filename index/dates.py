"""Danish dates as KL writes them: "17. juni 2026", "d. 3. sept. 2021", "17-06-2026",
and in file names "referat-fra-moede-i-kkr-midtjylland-den-13-april-2026.pdf".

Pure parsing; deciding which date is the meeting's is `index.read.meeting_info`'s job.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Iterator, NamedTuple

__all__ = [
    "MONTHS",
    "FoundDate",
    "date_from_filename",
    "find_dates",
    "parse_danish_date",
    "parse_numeric_date",
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
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

# "17. juni 2026", "3. sept. 2021", "3 september 2021"; a line break may sit between the parts.
_TEXT_DATE = re.compile(
    rf"(?<![\d.])(\d{{1,2}})\.?\s+({_MONTH_ALT})\.?\s+(\d{{4}})(?!\d)", re.IGNORECASE
)
_NUMERIC_DATE = re.compile(r"(?<![\d.-])(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?![\d])")
_FILENAME_DATE = re.compile(rf"(?<!\d)(\d{{1,2}})-({_MONTH_ALT})-(\d{{4}})(?!\d)", re.IGNORECASE)


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
