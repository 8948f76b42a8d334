"""A meeting named loosely looked for a little outside the time its words name, when none is inside.

"Efterårsmødet", "the spring meeting in 2024", "early September 2025" name a season or a month, but the
meeting meant may lie just outside it: KKR Midtjylland's "autumn" meeting of 2021 was held on 30 August,
an "early September" one may be on 30 August. index/question/meeting_times.py says how far (the
question's `meeting_slack`: half a month around a season, a week before an early month or after a late
one). The named time comes first: only when the index knows no meeting inside it (stored, dated or
undated; for a plan also one planned by an item 6.1, as only a plan is asked of a meeting not held yet)
and knows one inside the widened time is the question's meeting time widened, so a meeting inside the
named time is never crowded by one just outside it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import numpy as np

from index.question.parse import ParsedQuestion
from index.search.meeting_asked import MeetingAsked, meeting_items, window_of
from index.search.reader import IndexReader

__all__ = ["known_between", "widened"]


def known_between(reader: IndexReader, start: date, end: date, councils: tuple[str, ...], planned: bool, undated: bool = True) -> bool:
    """Is a meeting (of `councils`, when given) known in [start, end]: stored with its date, stored
    undated with a window overlapping it (`undated`), or (`planned`) planned by an item 6.1?"""
    table = reader.table()
    wanted = set(councils)
    if any(not wanted or table.council_of(d) in wanted for d in table.items_between(start, end).tolist()):
        return True
    for docnum in np.flatnonzero(table.six_one).tolist() if undated else ():  # one per stored meeting: its undated window
        if table.day_of(docnum) is None and (not wanted or table.council_of(docnum) in wanted):
            low, high = window_of(reader.meta(docnum))
            if low is not None and high is not None and high > start and low < end:
                return True
    return planned and bool(meeting_items(reader, MeetingAsked(start, end, councils)))


def widened(reader: IndexReader, parsed: ParsedQuestion) -> ParsedQuestion:
    """`parsed` with its meeting time widened by its slack when only the wider time holds a known meeting."""
    before, after = parsed.meeting_slack
    start, end = parsed.meeting_from, parsed.meeting_to
    # only a plan may be of a meeting not held yet; what was decided, said or counted is of a stored one
    planned = parsed.answer_type == "plan" or parsed.intent == "next_meeting"
    if not (before or after) or start is None or end is None or known_between(reader, start, end, parsed.councils, planned):
        return parsed
    wide_start, wide_end = start - timedelta(days=before), end + timedelta(days=after)
    if not known_between(reader, wide_start, wide_end, parsed.councils, planned):
        return parsed
    return replace(parsed, meeting_from=wide_start, meeting_to=wide_end)
