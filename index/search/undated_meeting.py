"""The items of an undated meeting in the time a question names, when the question names only the meeting.

A meeting whose date is not in its text is stored undated, with the window between the meetings before
and after it (KKR Midtjylland's September 2025 minutes: "2025-06-18/2025-10-20"). A dated meeting in the
time asked speaks for itself: index/search/meeting_asked.meeting_items gives its items. An undated one is
left to the ordinary search, which finds its items by the question's words; but a question that names
nothing but the meeting ("what was decided at the meeting in September 2025?", "hvad blev besluttet på
mødet i februar?", "what was decided at the meeting before the October 2025 meeting?") has no words to
search, so it was refused with nothing kept. For such a question, the items of every undated meeting of
the councils asked whose window overlaps the time asked stand for it, as a dated meeting's items do;
not when the window ends inside the time asked (then the time asked is the meeting the window's end is,
announced by the undated meeting's item 6.1: meeting_items' rule).
"""

from __future__ import annotations

from datetime import date

import numpy as np

from index.search.reader import IndexReader

__all__ = ["undated_items"]


def _meeting_of(item_id: str) -> str:
    return item_id.rsplit("/", 1)[0]


def undated_items(reader: IndexReader, start: date, end: date, councils: tuple[str, ...]) -> set[int]:
    """Docnums of the items of the undated meetings (of `councils`, when given) that may be the one in
    [start, end] (see the module doc). Items of one meeting are stored together: they are found next to
    its item 6.1, by their shared meeting id."""
    table = reader.table()
    wanted = set(councils)
    out: set[int] = set()
    for docnum in np.flatnonzero(table.six_one).tolist():  # one per stored meeting
        if table.day_of(docnum) is not None or (wanted and table.council_of(docnum) not in wanted):
            continue
        after, _, before = reader.meta(docnum).window.partition("/")
        if not after or not before:
            continue
        low, high = date.fromisoformat(after), date.fromisoformat(before)
        if not (low < end and high > start) or start <= high <= end:
            continue
        meeting = _meeting_of(reader.meta(docnum).id)
        for step in (-1, 1):
            d = docnum
            while 0 <= d < len(table.is_item) and table.is_item[d] and _meeting_of(reader.meta(d).id) == meeting:
                out.add(d)
                d += step
    return out
