"""A month named with a year relative to today: "okt-mødet sidste år", "mødet i oktober i fjor",
"the October meeting last year", "last year's October meeting", "årets junimøde".

A month without a year is otherwise placed at its nearest occurrence around today and marked a
guess, and "sidste år" beside it was read as a fact's year: asked on 29 November 2026 about
"okt-mødet sidste år", the October 2026 meeting (none) was sought instead of October 2025's. Only a
relative year glued to the month counts (a few words at most between them): in "junimødet … om
pladserne næste år" the year is the places', not the meeting's.
"""

from __future__ import annotations

import re
from datetime import date

from index.lazy_patterns import lazy
from index.question.months import MONTH_ALT

_DELTAS = {
    "sidste år": -1, "forrige år": -1, "i fjor": -1, "last year": -1, "sidste års": -1, "last year's": -1,
    "i år": 0, "this year": 0, "årets": 0, "this year's": 0,
    "næste år": 1, "next year": 1, "næste års": 1, "next year's": 1,
}
_MONTH = "(?:" + MONTH_ALT + ")"  # every name a question may use (months.py): "mart-mødet", "febr. mødet"
_MEETING = r"(?:\.?-?\s?(?:møde[tr]?|meeting|mtg)\b)?"
_RELATIVE_AFTER = r"(?P<after>sidste år|forrige år|i fjor|last year|i år|this year|næste år|next year)(?!['’]s|s\b)"
_RELATIVE_BEFORE = r"(?P<before>sidste års|næste års|årets|last year['’]s|this year['’]s|next year['’]s)"
# "<month>[-meeting] [i|in] <relative>", "mødet i <month> <relative>", "<relative>'s <month>[ meeting]"
_GLUED = lazy(
    r"\b(?:" + _MONTH + _MEETING + r"|(?:møde[tr]?|meeting)\s+(?:i|in)\s+" + _MONTH + r")\s+(?:(?:i|in|held)\s+)?"
    + _RELATIVE_AFTER + r"\b"
    r"|\b" + _RELATIVE_BEFORE + r"\s+(?:(?:kkr[- ]?)?(?:møde|meeting)\s+(?:i|in)\s+)?" + _MONTH + r"(?:[-\s]?(?:møde[tr]?|meeting))?\b",
    re.IGNORECASE,
)


def relative_month_year(text: str, today: date | None) -> tuple[int, tuple[int, int]] | None:
    """The year of a month named with a relative year in `text` (lowercase), and the relative
    words' span (a meeting's year, not a fact's); None when there is none, two, or no day to count from."""
    if today is None:
        return None
    found = list(_GLUED.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    group = "after" if m["after"] else "before"
    delta = _DELTAS[re.sub(r"’", "'", m[group])]
    return today.year + delta, m.span(group)
