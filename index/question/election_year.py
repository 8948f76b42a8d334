"""A meeting named by "the election year": the year of a municipal election (round 20, NEARBY20).

Why: officials and journalists name a time by the event that marks it, and in a KKR's work that
event is the municipal election, which ends one council's term and starts the next: "hvad stod på
KKR Midtjyllands oktobermøde i valgåret?", "In the 2021 election year, which cases were lined up
for KKR Midtjylland's October meeting?". The time modules (dates.py) read a month and a year, not
the event, so "valgåret" was a search word no item holds (the gate refused), the month was placed
in the year before today (October 2026, then moved to a year with a stored meeting), and the year
said beside "election year" was read as a fact's year, apart from the month.

Read here: "valgåret", "kommunalvalgsåret", "the election year", "the local/municipal election
year", "the year of the local elections", with a year beside it ("valgåret 2021", "the 2021
election year", "election year 2025") or without one. Without one it is the latest election year up
to today: Danish municipal elections are held every four years in November, in the years after a
leap year (2017, 2021, 2025, 2029). dates.py takes the year as the year of every time the question
names without its own ("oktobermøde i valgåret": October 2025), as it does for a year said with a
season, and as a year asked when the question names no other time; the words are no search words.
An indefinite "et valgår" / "an election year" names no year and is not read.
"""

from __future__ import annotations

import re
from datetime import date

from index.lazy_patterns import lazy

__all__ = ["ELECTION_EVERY", "election_year", "latest_election_year"]

ELECTION_EVERY = 4  # years between municipal elections; they fall in years after a leap year (2021, 2025)

_YEAR = r"(?:20\d\d)"
_ELECTION_YEAR = lazy(
    r"\b(?:(?:i|in|under|during)\s+)?(?:"
    rf"(?:(?P<da1>{_YEAR})-)?(?:kommunalvalgs|valg)året(?:\s+(?P<da2>{_YEAR}))?"
    rf"|the\s+(?:(?P<en1>{_YEAR})\s+)?(?:(?:local|municipal)\s+)?election\s+year(?:\s+(?:of\s+)?(?P<en2>{_YEAR}))?"
    rf"|the\s+year\s+of\s+the\s+(?:(?P<en3>{_YEAR})\s+)?(?:local|municipal)\s+elections?"
    r")\b",
    re.IGNORECASE,
)


def latest_election_year(today: date) -> int:
    """The year of the last municipal election in or before `today`'s year (2026 → 2025)."""
    return today.year - (today.year - 1) % ELECTION_EVERY


def election_year(text: str, today: date | None) -> tuple[int, tuple[int, int]] | None:
    """The year "the election year" in `text` (lowercase) names, and the span of its words; None
    when it names none, or names it without a year and there is no today to place it."""
    m = _ELECTION_YEAR.search(text)
    if m is None:
        return None
    said = next((g for g in m.groups() if g), None)
    if said is None and today is None:
        return None
    return (int(said) if said else latest_election_year(today)), m.span()  # type: ignore[arg-type]
