"""The date of a meeting asked for, when the meeting is named by another: the item whose title names it.

"Hvornår holdt KKR Midtjylland mødet før septembermødet 2025?", "when was the meeting before the
February 2024 meeting held?", "when does KKR meet after its February 2024 meeting?": the meeting asked
about lies in a window of a few months (index/question/meeting_times.py), and is often not stored. Its
date is then written in the title of an item of a stored neighbour: the next meeting's approval of its
minutes ("Godkendelse af referat fra mødet den 18. juni 2025") or the earlier meeting's plan ("Punkter
til møde i KKR Midtjylland den 17. april 2024"). A date question's words ("holdt", "held") are no help in
finding that item; its title naming a day inside the window is. So for a date asked of a meeting window
of at most MONTHS_WINDOW days, an item whose title names a day in it weighs as an item naming the date
of a meeting not stored does (rank.DATE_NAMED); and when no meeting in the window is known, the first
stored meeting after it offers its items whose titles name a day in it (`titled_after`), which no
word of the question would find.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from index.dates import find_dates
from index.search.reader import IndexReader

__all__ = ["title_names_day_in", "titled_after"]


@lru_cache(maxsize=4096)
def _title_days(title: str) -> tuple[date, ...]:
    return tuple(found.value for found in find_dates(title))


def title_names_day_in(title: str, start: date | None, end: date | None) -> bool:
    """Does `title` name a day in [start, end]?"""
    if start is None or end is None:
        return False
    return any(start <= day <= end for day in _title_days(title))


_REACH = timedelta(days=92)  # KKR meets every one to three months (meeting_times._REACH)


def titled_after(reader: IndexReader, start: date, end: date, councils: tuple[str, ...]) -> set[int]:
    """Docnums of the items of the first stored meeting (of `councils`, when given) within three
    months after [start, end] whose titles name a day in it: the next meeting's approval of the
    minutes of the meeting asked about, when that one is not stored."""
    table = reader.table()
    wanted = set(councils)
    after = [d for d in table.items_between(end + timedelta(days=1), end + _REACH).tolist()
             if not wanted or table.council_of(d) in wanted]  # fmt: skip
    if not after:
        return set()
    first = min(table.day_of(d) for d in after)
    return {d for d in after if table.day_of(d) == first and title_names_day_in(reader.meta(d).title, start, end)}
