"""Meetings named in other words than a date, read as time windows wide enough for the meeting meant.

People name a meeting as they speak of it: by its season with a clipped year ("vintermødet 24",
"forårsmødet 24"), by a holiday ("efter sommerferien 26", "mødet inden jul 2023"), by its order in a
year ("the first meeting of 2024", "årets sidste møde i 2023"), by a part of a month or a season
("sidst i aug 21", "early September 2025", "i det tidlige efterår 2021"), or as the one meeting before or
after a time ("the first meeting after the 2023 summer holidays", "just before the 2026 summer break").
index/question/dates.py reads each as it reads a month: a window for the meeting asked about, for
every kind of question (ranking and the "nothing from that time" note read the window alone).

Such namings are loose, so no window may shut out the meeting meant (an "autumn meeting" may be held
on 30 August). The windows, and the slack a search adds when no meeting is known inside the window
(index/search/loose_window.py):
- a season naming a meeting: its months (dates._SEASONS), slack half a month on each side (early /
  late in it: on that side only);
- early / late in a month: the month, slack a week before / after it ("early September" may be
  30 August);
- Christmas ("jul" after "inden/før/efter/til", "julen", "Christmas") is 24-26 December; "julemødet
  2023", "the Christmas meeting" is December's;
- summer as a bound ("before summer 2026", "after the summer of 2025") is the summer break, July;
  without its year ("efter sommerferien", "after the summer") it is placed as a month is (the last
  one up to today, guessed: index/search/year_placed.py moves it to a year with a meeting), and only
  when a meeting or a council's coming work is asked (asks_meeting; round 20, NEARBY20);
- the first meeting of a year: the year's first quarter; the last: its last quarter;
- the (first, next) meeting after a time: from the time to three months after it; the (last) meeting
  before a time, or a time "just/lige" before: the three months before it (KKR meets every one to
  three months; the summer break is the longest gap).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from index.lazy_patterns import lazy
from index.question.year_first import SUMMER_BREAK, year_after

__all__ = ["KINDS", "PATTERNS", "REACH", "as_bound", "asks_meeting", "closed", "interval", "slack", "written_out"]

_Y = r"(?P<year>(?:19|20)\d\d)"
_MEETING = r"(?:kkr[- ]?)?(?:meeting|mtg|møde[t]?)"

# Kinds of time dates.py takes from here (before its own month patterns: "jul 2023" before Christmas
# is no July).
PATTERNS: tuple[tuple[str, str], ...] = (
    ("christmas", r"(?:(?<=\binden )|(?<=\bfør )|(?<=\befter )|(?<=\btil )|(?<=\bomkring ))jul(?:en)?\s+(?:i\s+)?" + _Y + r"\b"),
    ("christmas", r"\b(?:julen|christmas|xmas)\s+(?:i\s+|in\s+|of\s+)?" + _Y + r"\b"),
    # "julemødet 2023", "the Christmas meeting in 2022": December's meeting
    ("christmas_meeting", r"\b(?:jule-?møde[t]?|christmas\s+meeting)\s+(?:i\s+|in\s+|of\s+)?" + _Y + r"\b"),
    # "årets første møde i 2024", "2024's last meeting"
    ("order", r"\bårets\s+(?P<order>første|sidste)\s+" + _MEETING + r"\s+(?:i\s+)?" + _Y + r"\b"),
    # "the first meeting of 2024", "første møde i 2024", "the last KKR meeting in 2023"
    ("order", r"\b(?P<order>first|last|første|sidste)\s+" + _MEETING + r"\s+(?:of|in|i)\s+(?:the\s+year\s+)?" + _Y + r"\b"),
    ("order", r"\b" + _Y + r"['’]?s\s+(?P<order>first|last)\s+" + _MEETING + r"\b"),
)
KINDS = frozenset(kind for kind, _ in PATTERNS)

_FIRST = {"first", "første"}


def interval(kind: str, m: re.Match[str]) -> tuple[date, date]:
    """The days a match of PATTERNS names."""
    g = m.groupdict()
    year = int(g["year"])
    if kind == "christmas":
        return date(year, 12, 24), date(year, 12, 26)
    if kind == "christmas_meeting":
        return date(year, 12, 1), date(year, 12, 31)
    if g["order"] in _FIRST:
        return date(year, 1, 1), date(year, 3, 31)
    return date(year, 10, 1), date(year, 12, 31)


_EARLY = lazy(r"^(?:først|primo|starten|begyndelsen|early|beginning|start|tidlige)\b")
_LATE = lazy(r"^(?:sidst|ultimo|slutningen|end|late|sene)\b")
SEASON_SLACK = 15  # days
MONTH_SLACK = 7


def slack(kind: str, part: str) -> tuple[int, int]:
    """How many days before and after a meeting's month or season named loosely the meeting may
    lie (see the module doc): `part` is the part of it named before it ("early", "sidst i", "det
    tidlige", or "" for none). The window stays the month or season; the search widens it by this
    only when no meeting is known inside it (index/search/loose_window.py)."""
    part = part.strip().lower()
    if kind == "season":
        return (SEASON_SLACK, 0) if _EARLY.match(part) else (0, SEASON_SLACK) if _LATE.match(part) else (SEASON_SLACK, SEASON_SLACK)
    if kind in ("month", "monthonly"):
        return (MONTH_SLACK, 0) if _EARLY.match(part) else (0, MONTH_SLACK) if _LATE.match(part) else (0, 0)
    return (0, 0)


_SUMMER = lazy(r"sommer(?:en)?|summer")


# A meeting or agenda word, or a council's coming work ("kommer herbergerne op i KKR Midtjylland efter
# sommerferien?"): not a canteen reopening after the summer, nor a fact's time ("students who lacked a place after the summer")
_MEETING_ASKED = lazy(
    r"\b(?:møde\w*|meetings?|mtgs?|dagsorden\w*|agenda)\b"
    r"|\b(?:kkr|council|rådet)\b.*\b(?:skal|kommer|vil|will|going|expected|planned)\b"
    r"|\b(?:skal|kommer|vil|will|going|expected|planned)\b.*\b(?:kkr|council|rådet)\b"
)


def asks_meeting(text: str) -> bool:
    """Does `text` (lowercase) ask of a meeting, so that a time without its year is a meeting's?"""
    return bool(_MEETING_ASKED.search(text))


def as_bound(kind: str, m: re.Match[str], first: date, last: date, part: str = "") -> tuple[date, date]:
    """A time a meeting is before or after: summer as a bound is the summer break, July ("the last
    meeting before summer 2026" may be on 17 June; "after summer" is from August); a season's early
    or late part (`part`, as for `slack`) is its first or last month ("the meeting after the
    early-autumn 2025 one" is after September's, not after November; "after its late-summer 2021
    meeting" after August's: round 19, NEARBY19)."""
    part = part.strip().lower()
    if kind == "season" and _EARLY.match(part):
        return first, date(first.year, first.month + 1, 1) - timedelta(days=1)
    if kind == "season" and _LATE.match(part):
        return date(last.year, last.month, 1), last
    if kind == "season" and _SUMMER.fullmatch(m["season"]):
        return date(first.year, 7, 1), date(first.year, 7, 31)
    return first, last


# One meeting after a time: "the first meeting after", "mødet efter", "its meeting right after", "next
# meeting following" (not "the meetings after": those are all of them)
_ONE_AFTER = lazy(
    r"\b(?:first|første|next|næste)\s+" + _MEETING + r"\b"
    r"|\b" + _MEETING + r"\s+(?:[^\W\d]+\s+){0,2}?(?:right\s+|just\s+|lige\s+)?(?:after|following|followed|efter)\b"
    # ... asked with a verb of meeting: "when does KKR Midt meet (next) after …", "hvornår mødes rådet
    # (igen) efter …", "næste gang efter …", "next time after …": the one meeting that follows
    r"|\b(?:meets?|convenes?|mødes|samles)\s+(?:[^\W\d]+\s+){0,2}?(?:right\s+|just\s+|lige\s+)?(?:after|following|efter)\b"
    r"|\b(?:next\s+time|næste\s+gang)\s+(?:[^\W\d]+\s+){0,3}?(?:after|following|efter)\b"
    # ... "the minutes of the 17 June 2026 meeting: when does the council meet next?" (named_agenda.py)
    r"|\bmeets?\s+(?:next|again)\b|\bmødes\s+(?:igen|næste\s+gang)\b"
)
_ONE_BEFORE = lazy(
    r"\b(?:last|sidste)\s+" + _MEETING + r"\s+(?:[^\W\d]+\s+){0,2}?(?:before|prior\s+to|før|inden)\b"
    r"|\b" + _MEETING + r"\s+(?:[^\W\d]+\s+){0,2}?(?:right\s+|just\s+|lige\s+)?(?:before|prior\s+to|før|inden)\b"
    r"|\b(?:right|just|lige)\s+(?:before|prior\s+to|før|inden)\b"
)
REACH = timedelta(days=92)  # one meeting after or before a time: KKR meets every one to three months
_REACH = REACH


# The meeting after one the question has named, pointed back to: "… met in February 2024 … When was
# the following meeting planned for?", "det efterfølgende møde", "mødet derefter", "the one after that"
_FOLLOWING = lazy(
    r"\b(?:following|subsequent|succeeding)\s+(?:kkr\s+)?(?:meeting|mtg)\b|\b(?:det\s+)?(?:følgende|efterfølgende)\s+møde\b"
    r"|\bmødet\s+(?:derefter|efter\s+det)\b|\b(?:meeting|one)\s+(?:right\s+|just\s+)?after\s+that\b"
)


def closed(text: str, lo: date | None, hi: date | None) -> tuple[date | None, date | None]:
    """A window open on one side closed when the question (lowercase) names one meeting at the
    bound: after a time, up to three months after it; before a time, from three months before it.
    A named time with "the following meeting" pointing back to it: the three months after it."""
    if lo is not None and hi is not None and _FOLLOWING.search(text):
        return hi + timedelta(days=1), hi + timedelta(days=1) + _REACH
    if lo is not None and hi is None and _ONE_AFTER.search(text):
        return lo, lo + _REACH
    if hi is not None and lo is None and _ONE_BEFORE.search(text):
        return hi - _REACH, hi
    return lo, hi


_SEASON_WORDS = r"(?P<season>vinter|forårs?|sommer|sensommer|efterårs?|winter|spring|summer|autumn|fall)"
# "vintermødet 24", "forårs-mødet 24", "the autumn meeting '25": a season's meeting with a clipped year
_SEASON_MEETING = lazy(
    r"\b" + _SEASON_WORDS + r"[-\s]?(?P<meeting>møde[t]?|meeting|mtg)\s+(?P<prep>(?:i|in|of)\s+)?['’]?(?P<yy>[12]\d)\b(?![.,/:-]?\d)",
    re.IGNORECASE,
)
# "sommerferien 26", "efter sommerferien '25", "summer break 26", "julen 23", "efteråret 25", "i foråret 24", "autumn '25"
# (a Danish season in its definite form, an English one only with the apostrophe: "spring 24" may be a count)
_HOLIDAY_YY = lazy(
    r"\b(?P<holiday>" + SUMMER_BREAK + r"|julen"
    r"|efteråret|foråret|vinteren|sommeren|sensommeren|(?:autumn|spring|winter|summer|fall)(?=\s+['’]))"
    r"\s+(?P<prep>(?:i|in|of)\s+)?['’]?(?P<yy>[12]\d)\b(?![.,/:-]?\d)",
    re.IGNORECASE,
)


def written_out(text: str) -> str:
    """A clipped year after a season's meeting or a holiday written out, the season before its
    meeting word as dates.py reads a season of a year: "vintermødet 24" → "vinter 2024 mødet",
    "efter sommerferien 26" → "efter sommerferien 2026"; a year before the name put after it
    ("the 2026 summer break" → "the summer break 2026", index/question/year_first.py)."""
    text = year_after(text)
    text = _SEASON_MEETING.sub(lambda m: f"{m['season'].removesuffix('s')} 20{m['yy']} {m['meeting']}", text)
    return _HOLIDAY_YY.sub(lambda m: f"{m['holiday']} 20{m['yy']}", text)
