"""The meeting after (or before) a named meeting: placed and owned by the meeting named.

"What's planned for the meeting after the one on 30/8?", "næste møde efter mødet d. 30.8.21?", "when
did the council meet after the 17/6 meeting?". The parser reads "the meeting after <day>" as the one
meeting in the three months after the day (index/question/meeting_times.closed), which it cannot tie
to the index. Two things only the index knows:
- a day named without its year is placed in the year nearest today (2026), and that year's window may
  hold another meeting (the planned 1 September 2026) though none was held on 30 August 2026. The day
  names a meeting, so it is the nearest year in which the index knows a meeting on that day (30 August
  2021), as index/search/meeting_asked.placed_day places a day asked itself; the window moves with it;
- with no council named, the meeting after a named one is the same council's next meeting: when the
  index stores meetings of exactly one council on the named day (KKR Midtjylland's on 30 August 2021),
  the question asks about that council, not another council's meeting in the window (KKR
  Nordjylland's of 3 September 2021).
Such a window has the shape meeting_times.closed gives it: REACH days from the day after the named day,
or up to the day before it; the named day is found there, so no other window is touched.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from index.question.meeting_times import REACH
from index.question.parse import ParsedQuestion
from index.search.meeting_asked import known_meeting_day
from index.search.reader import IndexReader
from index.search.year_placed import YEARS_AROUND

__all__ = ["bound_placed"]

_DAY = timedelta(days=1)


def _in_year(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


def _stored_councils(reader: IndexReader, day: date) -> set[str]:
    table = reader.table()
    return {table.council_of(d) for d in table.items_between(day, day).tolist()} - {""}


def bound_placed(reader: IndexReader, parsed: ParsedQuestion) -> ParsedQuestion:
    """`parsed` with the window of one meeting after or before a named day placed where the index
    knows a meeting on that day, and, with no council named, of the one council meeting then (see
    the module doc); otherwise `parsed` as it is."""
    start, end = parsed.meeting_from, parsed.meeting_to
    if start is None or end is None or end - start != REACH:
        return parsed
    for named in (start - _DAY, end + _DAY):  # the day before a window after it, the day after one before it
        if parsed.date_guessed and not known_meeting_day(reader, named, parsed.councils):
            years = sorted(range(-YEARS_AROUND, YEARS_AROUND + 1), key=lambda y: (abs(y), -y))
            shift = next((y for y in years if y and (day := _in_year(named, named.year + y)) and known_meeting_day(reader, day, parsed.councils)), 0)
            moved = [_in_year(d, d.year + shift) for d in (start, end, named)] if shift else [None]
            if None in moved:
                continue
            parsed = replace(parsed, meeting_from=moved[0], meeting_to=moved[1], date_guessed=False)
            named = moved[2]
        councils = _stored_councils(reader, named)
        if councils:
            if not parsed.councils and len(councils) == 1:
                parsed = replace(parsed, councils=tuple(councils))
            return parsed
    return parsed
