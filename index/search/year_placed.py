"""A meeting named by a month or season without its year, placed in a year the index knows one.

"Mødet efter februarmødet", "the meeting after the February meeting", "hvad skal drøftes på mødet
i april?": people name a meeting by its month alone, as everyone at the table knows which year is
meant. The parser (index/question/dates.py) places such a month in the nearest year before today
(after it, for a coming meeting) and marks the range guessed; a meeting named relative to it ("the
meeting after …", index/question/meeting_times.py) is a window of the months after or before it.
When the index knows no meeting in that window in the guessed year, the question meant another
year: the window (the month, or the relative window with it) is moved by whole years to the nearest
year in which a meeting is known inside it by its date (a stored meeting of the councils asked; for
a plan or the next meeting also one a plan item 6.1 announces, index/search/loose_window.py), later
years first on a tie, as index/search/meeting_asked.placed_day does for a day without its year. An
undated meeting's window (the months between the meetings before and after it) places nothing: it
spans months, so "the council's November meeting" would be read as November 2023 for a February 2024
meeting whose window opens on 21 November 2023.

So "the meeting after the February meeting" in an index holding KKR Midtjylland's February 2024
meeting is the one of 17 April 2024 that its item 6.1 announces, not an empty March-June of this
year, which refused with nothing kept.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date

from index.question.parse import ParsedQuestion
from index.search.loose_window import known_between
from index.search.reader import IndexReader

__all__ = ["YEARS_AROUND", "placed_window"]

YEARS_AROUND = 10  # how far from the guessed year a month without its year is looked for


def _moved(day: date, years: int) -> date:
    """`day` in another year; a month's last day stays its month's last (February 28 -> 29)."""
    last = calendar.monthrange(day.year, day.month)[1]
    new_last = calendar.monthrange(day.year + years, day.month)[1]
    return date(day.year + years, day.month, new_last if day.day == last else min(day.day, new_last))


def placed_window(reader: IndexReader, parsed: ParsedQuestion) -> ParsedQuestion:
    """`parsed` with a guessed window of more than one day moved to the nearest year that holds a
    known meeting (see the module doc); unchanged when its own year holds one, or no year does."""
    start, end = parsed.meeting_from, parsed.meeting_to
    if not parsed.date_guessed or start is None or end is None or start == end:
        return parsed  # a day without its year: meeting_asked.placed_day
    planned = parsed.answer_type == "plan" or parsed.intent == "next_meeting"
    if known_between(reader, start, end, parsed.councils, planned):
        return parsed
    for years in sorted(range(-YEARS_AROUND, YEARS_AROUND + 1), key=lambda y: (abs(y), -y)):
        if years and known_between(reader, _moved(start, years), _moved(end, years), parsed.councils, planned, undated=False):
            return replace(parsed, meeting_from=_moved(start, years), meeting_to=_moved(end, years))
    return parsed
