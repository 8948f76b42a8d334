"""A figure tied to a month: "hvor mange af pladserne var i brug i august 2021?" is answered by the
sentence that names that month beside its figure ("… så 10 ud af de 12 pladser pr. 10. august er
taget i brug"), not by the item's other counts of places. index.search.shown takes, for a number
question naming one month, the best window holding a value of the kind asked and naming that month,
as it takes the date of the kind asked (index.search.date_kinds): at a quarter of the best window.
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy
from index.question.months import MONTHS
from index.search.units import Window

__all__ = ["asked_month", "names_month", "tied_to_month"]

# The question's month names, Danish and English, but "may" and "march" (a question's "may" is a
# verb) and the clipped "oct".
_NAMES = {name: month for name, month in MONTHS.items() if name not in ("may", "march", "oct")}
_MONTH = lazy(r"(?<![\w-])(" + "|".join(sorted(_NAMES, key=len, reverse=True)) + r")\.?(?![\w-])", re.IGNORECASE)
# Only a month's full name asks for it in a question: "jan", "dec" may be other words or names.
_FULL = frozenset(k for k in _NAMES if len(k) > 4 or k in ("maj", "juni", "juli", "june", "july"))


def asked_month(question: str) -> int | None:
    """The one month a question names by its full name ("i august 2021", "in June"), or None
    (none, or two: a period asks for no one month's figure)."""
    months = {_NAMES[m.group(1).lower()] for m in _MONTH.finditer(question) if m.group(1).lower() in _FULL}
    return months.pop() if len(months) == 1 else None


def names_month(text: str, month: int) -> bool:
    """Does a passage name `month` ("pr. 10. august", "i aug. 2021", "ultimo august")?"""
    return any(_NAMES[m.group(1).lower()] == month for m in _MONTH.finditer(text))


def tied_to_month(w: Window, month: int) -> bool:
    """Does one of the window's sentences name `month` beside a value of the kind asked ("… så 10
    ud af de 12 pladser pr. 10. august …"; not "På DAS møde d. 23. august …", which gives none)?"""
    return any(u.values and names_month(u.passage.text, month) for u in w.units)
