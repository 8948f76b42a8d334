"""The month names a question may use: the documents' Danish names and abbreviations, and English.

One list for every reading of a month in a question. It stands in a module of its own, not in
dates.py, because dates.py imports the readings that use it (relative_month.py: "okt-mødet sidste
år"; month_plan.py: "planen for okt 25"): kept in dates.py, they would import each other. Each
reading wrote its own alternation before, and they drifted ("febr", "mart" were read by one and
not another).
"""

from __future__ import annotations

from index.dates import MONTHS as DANISH_MONTHS

__all__ = ["MONTHS", "MONTH_ALT"]

# Danish month names and abbreviations come from index.dates (the documents' dates); a
# question may also use English ones.
_ENGLISH_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "oct": 10, "november": 11, "december": 12,
}
MONTHS: dict[str, int] = {**DANISH_MONTHS, **_ENGLISH_MONTHS}
# Every name, longest first (so "sept" is tried before "sep", "marts" before "mar").
MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
