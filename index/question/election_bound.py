"""The municipal election as the time of a meeting before it: "op til kommunalvalget", "the run-up to
the 2021 elections", "the last meeting before the 2025 local elections", "inden KV25" (round 21, NEXT21).

Why: people name the meetings of an election autumn by the election, not by a date: "hvad skal KKR
Midtjylland tage op på oktobermødet op til valget?", "What's on the table at the council's last
meeting before the 2025 local elections?". election_year.py reads "valgåret" (the election's year);
the election named after a word of "before" was no time at all: "kommunalvalget", "elections" were
search words (the plan item holds neither, so the items naming "kommunalvalg" came first), the year
beside them a fact's year, and a month said without its year ("oktobermødet") was placed in the
year before today.

Read here: the election ("kommunalvalget", "valget", "KV25", "the (2025) local / municipal
elections", "the elections") after "op til", "frem mod", "forud for", "før", "inden", "before",
"ahead of", "prior to", "(in) the run-up / lead-up to", "leading up to", with its year said (before
or after it) or not: then the year the question names for its own times, else the latest election
up to today (election_year.latest_election_year), and only when the asking sentence asks nothing
but a meeting's work (meeting_work.py): then dates.py takes its year as election_year's (the year of
every time the question names without its own), and, when the question names no meeting time of its
own, the meeting asked as the one before a time is (meeting_times.REACH): the three months before
election day, the third Tuesday of November. "Valget af formand" (an election held at a meeting) is
not read. Measured: a first version that read every question so took a framed decision question's
words ("Før kommunalvalget i 2025 skulle det afgående KKR … Hvad blev man enige om …", blind-round2-a
r2a20) and a speaker's ("which academic was brought in … ahead of the municipal elections?",
nearest13 n13a01: a past election, placed in 2025) off their items; there the election's words find it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from index.lazy_patterns import lazy
from index.question.election_year import latest_election_year
from index.question.meeting_work import asks_meeting_work

__all__ = ["election_before", "election_day"]

_BEFORE = (
    r"(?:op\s+til|frem\s+mod|forud\s+for|før|inden|before|ahead\s+of|prior\s+to"
    r"|(?:in\s+)?the\s+(?:run|lead)[\s-]up\s+to|(?:leading|running)\s+up\s+to)"
)
_ELECTION = lazy(
    r"\b" + _BEFORE + r"\s+(?:(?:the|det)\s+)?(?:(?P<y1>20\d\d)[\s-]+)?"
    r"(?:(?:local|municipal)\s+elections?|elections?(?!\s+of\b)|kommunalvalg(?:et)?|valget(?!\s+(?:af|til)\b)"
    r"|kv[\s-]?(?P<yy>\d\d)(?!\d))"
    r"(?:\s+(?:i\s+|in\s+|of\s+)?(?P<y2>20\d\d)\b)?",
    re.IGNORECASE,
)


def election_day(year: int) -> date:
    """The day of a Danish municipal election: the third Tuesday of November of its year."""
    first = date(year, 11, 1)
    return first + timedelta(days=(1 - first.weekday()) % 7 + 14)


def election_before(text: str, today: date | None, own_year: int | None = None) -> tuple[int, tuple[int, int], date] | None:
    """The election a meeting is named before in `text` (lowercase), when the asking sentence asks
    nothing but a meeting's work (meeting_work.py): its year, the span of the words, its day. None
    when none is named, the question asks more, or no year can be given it."""
    m = _ELECTION.search(text)
    if m is None or not asks_meeting_work(text):
        return None
    said = int(m["y1"] or m["y2"]) if (m["y1"] or m["y2"]) else (2000 + int(m["yy"]) if m["yy"] else None)
    year = said or own_year or (latest_election_year(today) if today else None)
    return (year, m.span(), election_day(year)) if year else None
