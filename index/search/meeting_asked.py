"""Which stored items speak for a meeting a question asks about: the next meeting, or a
dated meeting ("the meeting on 11 October 2021") whose own agenda is not in the index.

A meeting that is not stored is still known from the meeting before it: item 6.1
("Punkter til næste møde") names its date and lists its topics. So for a meeting asked
about, per council:

- its own items, when its agenda or minutes are stored (the first stored meeting in the
  time asked about);
- else item 6.1 of the latest stored meeting before that time, when that item names a date
  inside it (for "the next meeting", asked without a date, the latest 6.1 always answers:
  it is the best the index knows).

A 6.1 whose named date comes before the first stored meeting wins over that meeting: the
index then lacks the meeting in between ("the next meeting after September 2025" is the
one of 20 October 2025 that the September minutes announce, not the June 2026 one stored).

A day asked without its year ("the meeting on 17 April") is first placed (`placed_day`) in the
nearest year the index knows a meeting on that day: stored, or named by a plan item's own dates;
"<month> NN" with no meeting that day in any year is the month of year NN ("the april 24 meeting").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

import numpy as np

from index.analysis import analyze
from index.dates import MONTHS, find_dates
from index.question.dates import month_of_short_year
from index.question.parse import ParsedQuestion
from index.search.meeting_plans import plans_a_meeting
from index.search.reader import IndexReader, ItemMeta

__all__ = ["MONTHS_WINDOW", "MeetingAsked", "known_meeting_day", "meeting_items", "names_date", "names_month", "placed_day", "window_of"]

# A time asked about no longer than this is read by its months, not its years, when no stored meeting is in it:
# a month, or a meeting named loosely ("vintermødet 26": mid-December 2025 to mid-March 2026)
MONTHS_WINDOW = 200
YEARS_AROUND = 10  # how far from the year it was placed in a day named without its year is looked for


@dataclass(frozen=True)
class MeetingAsked:
    """The time a question's meeting lies in; `end` None: open ("after June 2026")."""

    start: date
    end: date | None
    councils: tuple[str, ...] = ()
    dated: bool = True  # False: "the next meeting" from today, no date given


def window_of(meta: ItemMeta) -> tuple[date | None, date | None]:
    """An item's meeting as a (first, last) possible day: its date, or its undated window."""
    if meta.meeting_date:
        return meta.meeting_date, meta.meeting_date
    after, _, before = meta.window.partition("/")
    return (date.fromisoformat(after) if after else None, date.fromisoformat(before) if before else None)


def _named_next(reader: IndexReader, docnum: int, day: date) -> date | None:
    """The date item 6.1 gives for the next meeting: its undated window's end, else the
    first date after its own meeting that its text names."""
    before = reader.meta(docnum).window.partition("/")[2]
    if before:
        return date.fromisoformat(before)
    item = reader.item(docnum)
    for found in find_dates("\n".join([item.title, item.full_text])):
        if found.value > day:
            return found.value
    return None


def _plans(reader: IndexReader, docnum: int) -> bool:
    """... that plan a meeting (index/search/meeting_plans.py): by the title, else the section
    (read from the whole item only for a bare title)."""
    title = reader.meta(docnum).title
    return plans_a_meeting(title) or plans_a_meeting(title, reader.item(docnum).section)


def _inside(day: date, asked: MeetingAsked) -> bool:
    return day >= asked.start and (asked.end is None or day <= asked.end)


def meeting_items(reader: IndexReader, asked: MeetingAsked) -> set[int]:
    """Docnums of the items that answer for the meeting `asked` about (see the module doc)."""
    wanted = set(asked.councils)
    first: dict[str, tuple[date, set[int]]] = {}
    undated_inside: set[str] = set()  # councils with an undated meeting that may be the one asked
    table = reader.table()  # every item's council and meeting day as arrays (index/search/columns.py)
    for docnum in table.items_between(asked.start, asked.end).tolist():
        day, council = table.day_of(docnum), table.council_of(docnum)
        if wanted and council not in wanted:
            continue
        if council not in first or day < first[council][0]:
            first[council] = (day, set())
        if first[council][0] == day:
            first[council][1].add(docnum)
    latest: dict[str, tuple[date, int]] = {}
    for docnum in np.flatnonzero(table.six_one).tolist():  # the items numbered 6.1 ...
        council, day = table.council_of(docnum), table.day_of(docnum)
        if (wanted and council not in wanted) or not _plans(reader, docnum):
            continue
        low, high = (day, day) if day else window_of(reader.meta(docnum))  # undated: its window
        if low is None:
            continue
        closed = asked.dated and asked.end is not None
        if closed and day is None and high is not None and high > asked.start and low < asked.end:
            if not _inside(high, asked):
                # An undated meeting lies strictly inside its window: it may be the one asked about.
                undated_inside.add(council)
                continue
            # Its window ends at the meeting it announces, inside the time asked ("the April
            # 2024 meeting" is the one of 17 April its item 6.1 plans): that meeting is meant.
        if low >= asked.start:
            continue
        if council not in latest or latest[council][0] < low:
            latest[council] = (low, docnum)
    out: set[int] = set()
    mentioned: set[int] = set()  # items that only speak of the month asked (no meeting of theirs known in it)
    for council in set(first) | set(latest):
        plan = latest.get(council)
        named = _named_next(reader, plan[1], plan[0]) if plan else None
        if council in first and not (named and _inside(named, asked) and named < first[council][0]):
            out |= first[council][1]
        elif council in undated_inside:
            continue  # an undated meeting in the time asked: the ordinary search finds its items
        elif plan and (not asked.dated or (named is not None and _inside(named, asked))):
            out.add(plan[1])
        elif plan:
            mentioned |= _announcing(reader, council, plan[0], asked)
    # A council whose meeting is known in the time asked (stored, or its plan names a day in it) is
    # the one meant: another council's items that only mention the month ("the meeting on 11/10",
    # no council named: Midtjylland met on 11 October 2021, Nordjylland on the 15th) speak of none.
    return out or mentioned


def _announcing(reader: IndexReader, council: str, day: date, asked: MeetingAsked) -> set[int]:
    """The items of the meeting on `day` that speak of the month asked about, when no plan of it is
    known ("VIAs formand og rektor deltager på KKR Midtjyllands møde i november", in June's minutes):
    for a month or a day within a year after that meeting."""
    if not asked.dated or asked.end is None or (asked.end - asked.start).days > 31 or (asked.start - day).days > 365:
        return set()
    table = reader.table()
    month = month_stem(asked.start.month)
    return {
        docnum for docnum in table.items_between(day, day).tolist()
        if table.council_of(docnum) == council and month in reader.stems(docnum)
    }  # fmt: skip


@lru_cache(maxsize=12)
def month_stem(month: int) -> str:
    """The index term of a month's Danish name ("oktober" → "oktob")."""
    name = next(k for k, v in MONTHS.items() if v == month)  # the full name comes first
    return next(iter(analyze(name)), name)


def names_date(stems: frozenset[str], start: date | None, end: date | None) -> bool:
    """Does an item's text name a day (for a one-day range) or the month and year asked about?"""
    if start is None or end is None or (end - start).days > 31:
        return False
    if str(start.year) not in stems or month_stem(start.month) not in stems:
        return False
    return start != end or str(start.day) in stems


def names_month(stems: frozenset[str], day: date | None, end: date | None = None) -> bool:
    """Does an item's text name the month and year of `day`, or of any month from it to `end`
    (a meeting named loosely, "forårsmødet 24", is a window of a few months: index/question/meeting_times.py)?"""
    while day is not None and (day == end or end is None or day < end):
        if str(day.year) in stems and month_stem(day.month) in stems:
            return True
        if end is None or (day.year, day.month) >= (end.year, end.month):
            return False
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return False


def known_meeting_day(reader: IndexReader, day: date, councils: tuple[str, ...] = ()) -> bool:
    """Is a meeting on `day` known to the index: one stored (of `councils`, when given), or one
    that an item planning a meeting names by its day, month and year?"""
    table = reader.table()
    wanted = set(councils)
    if any(not wanted or table.council_of(d) in wanted for d in table.items_between(day, day).tolist()):
        return True
    terms = {str(day.year), month_stem(day.month), str(day.day)}  # a cheap sieve before the item's dates are read
    return any(
        (not wanted or table.council_of(d) in wanted) and terms <= reader.stems(d) and _plans(reader, d)
        and any(found.value == day for found in find_dates(_text(reader, d)))
        for d in np.flatnonzero(table.six_one).tolist()
    )


def _text(reader: IndexReader, docnum: int) -> str:
    item = reader.item(docnum)
    return "\n".join([item.title, item.full_text])


def placed_day(reader: IndexReader, parsed: ParsedQuestion) -> ParsedQuestion:
    """A meeting's day named without its year ("the meeting on 17 April", "agenda for Oct. 15") is
    placed by the parser in the year nearest today; when the index knows no meeting on that day
    then, it is the meeting on that day in the nearest year the index knows one (a stored meeting,
    or one a plan names); when it knows none in any year and the day was written "<month> NN", NN is
    the year ("the april 24 meeting", "oct 25 midt mtg"), if a meeting is known in that month.
    Otherwise `parsed` as it is."""
    start, end = parsed.meeting_from, parsed.meeting_to
    if not parsed.date_guessed or start is None or start != end or known_meeting_day(reader, start, parsed.councils):
        return parsed
    for year in sorted(range(start.year - YEARS_AROUND, start.year + YEARS_AROUND + 1), key=lambda y: (abs(y - start.year), -y)):
        try:
            day = start.replace(year=year)
        except ValueError:  # 29 February
            continue
        if known_meeting_day(reader, day, parsed.councils):
            return replace(parsed, meeting_from=day, meeting_to=day)
    # ... none on that day in any year: "the april 24 meeting" is April 2024's, when a meeting is known then
    month = month_of_short_year(parsed.text.lower())
    if month and meeting_items(reader, MeetingAsked(*month, councils=parsed.councils)):
        return replace(parsed, meeting_from=month[0], meeting_to=month[1], date_guessed=False)
    return parsed
