"""A year written before the name of a time, moved after it, where the time patterns read it.

People write the year first as often as last: "the first meeting after the 2026 summer break",
"2025's autumn meeting", "på 2021-efterårsmødet", "the 2023 Christmas meeting", "efter 2026
sommerpausen". index/question/dates.py and meeting_times.py read these times with the year after the
name ("efterårsmødet 2021", "the autumn meeting in 2021", "sommerferien 2026", "julemødet 2023"), so
with the year first the year stood alone: a year of a fact ("2019" and the search word
"efterårsmødet"), or a bound of its own ("efter 2026" = from 2027). Here the year is moved after the
name, so that every time module reads the same time the plain form gives.

Only names of a meeting's time: a season's meeting, the Christmas meeting, the summer holiday or break,
Christmas, and a season in its Danish definite form ("2025-efteråret") or after an English possessive
("2025's autumn"). A year before a bare English season ("the 2024 spring intake") stays a year: it is
as often the year of a figure.
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy

__all__ = ["SUMMER_BREAK", "year_after"]

# the summer holiday as people name it (dates.py's "summer" kind)
SUMMER_BREAK = (
    r"(?:sommerferien|sommerferie|sommerpausen|sommerpause|summer\s+(?:holidays?|break|vacation|recess|pause))"
)
_SEASON = r"(?:vinter|forårs?|sommer|sensommer|efterårs?|winter|spring|summer|autumn|fall)"
_EVENT = (
    r"(?:" + _SEASON + r"[-\s]?(?:møde[t]?|meeting|mtg)"  # "efterårsmødet", "autumn meeting"
    r"|jule-?møde[t]?|christmas\s+meeting"
    r"|" + SUMMER_BREAK +
    r"|julen|christmas"
    r"|efteråret|foråret|vinteren|sommeren|sensommeren)"
)
_EVENT_AFTER_POSSESSIVE = r"(?:autumn|spring|winter|summer|fall)"
_YEAR_FIRST = lazy(
    r"\b(?P<year>(?:19|20)\d\d)(?:(?P<own>['’]s)\s+|[\s-]+)(?P<event>" + _EVENT + r"(?![\w-])"
    r"|(?<=s )" + _EVENT_AFTER_POSSESSIVE + r"(?![\w-]))",
    re.IGNORECASE,
)


def year_after(text: str) -> str:
    """`text` with a year written before a time's name put after it: "the 2026 summer break" →
    "the summer break 2026", "2025's autumn meeting" → "autumn meeting 2025", "2021-efterårsmødet"
    → "efterårsmødet 2021"."""
    return _YEAR_FIRST.sub(lambda m: f"{m['event']} {m['year']}", text)
