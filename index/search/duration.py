"""A duration asked for: "how long", "hvor længe", "hvor lang tid", "varighed", a waiting time, a
period of something ("the repayment period"), "how many years". Neither a figure (its head, "tid",
"time", is no thing the item counts) nor a date, so an item on the topic answered whatever it held:
"How long is the waiting time for a place on the special psychiatric places?" of the item giving
their price and use, "hvor længe varer et ophold …" of the same item.

The item gives a duration when a passage near the question's words (index.search.asked reads where)
holds one as the documents write it: a number of a unit of time ("3 år", "6-8 uger", "fem måneder"),
an adjective of years ("femårig", "flerårig"), a span of years ("2022-2026", "fra 2022 til og med
2026", "frem til 2028"), or the end a thing has to be done by ("inden udgangen af 2027", "senest
1. januar 2027": how long they have). "om året", "årligt", "pr. døgn" are a rate, not a duration.
"""

from __future__ import annotations

import re

from index.dates import MONTHS
from index.search.values import dates_in

__all__ = ["asks_duration", "duration_of", "gives_duration"]

_DURATION_ASKED = re.compile(
    r"\bhow\s+long\b|\bhvor\s+længe\b|\bhvor\s+lang\s+(?:tid|periode)\b|\bhow\s+much\s+time\b|\bvarighed\w*|\bduration\b"
    r"|\bventetid\w*|\bwaiting\s+(?:time|period|list)s?\b|\b(?:repayment|payback|notice|transition|trial)\s+period\b"
    r"|\b(?:hvor\s+mange|how\s+many)\s+(?:år|måneder|uger|dage|years|months|weeks|days)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = r"(?:et|en|én|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|halvt|halvandet|flere|nogle|få)"
_UNITS = r"(?:år(?:s|et)?|måned(?:er|s)?|uger?|dage?|døgn|timer?|minutter|years?|months?|weeks?|days?|hours?)"
_MONTH = "|".join(sorted((m for m in MONTHS if len(m) > 3), key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d"
_DURATION_GIVEN = re.compile(
    rf"(?<!pr\. )(?<!per )(?<!over )(?<!under )(?<!than )\b(?:\d+(?:[,.]\d+)?(?:\s*[-–]\s*\d+)?|{_NUMBER_WORDS})\s+{_UNITS}\b"
    rf"|\b\w+årig\w*|\b{_YEAR}\s*[-–]\s*(?:19|20)?\d\d\b(?![-–/])"
    rf"|\bfra\s+(?:{_YEAR}|{_MONTH})\b.{{0,40}}?\b(?:til|frem\s+til)\b|\btil\s+og\s+med\s+(?:{_YEAR}|udgangen)\b"
    rf"|\bfrem\s+til\s+(?:{_YEAR}|udgangen|\d{{1,2}}\.\s*(?:{_MONTH}))|\bvarighed\w*",
    re.IGNORECASE,
)
_BY_END = re.compile(rf"\b(?:inden|senest|før)\s+(?:den\s+)?(?:udgangen\s+af\s+{_YEAR}|\d{{1,2}}\.\s*(?:{_MONTH}))", re.IGNORECASE)


_TIME_NOUN = re.compile(r"\b([^\W\d_]+)\s+(?:time|period|list)s?\b", re.IGNORECASE)


def duration_of(text: str) -> list[str]:
    """The words naming what a duration asked in English is of: "waiting" of "waiting time",
    "repayment" of "the repayment period"."""
    return [m.group(1).lower() for m in _TIME_NOUN.finditer(text)]


def asks_duration(text: str) -> bool:
    """Does the question ask how long something lasts or takes (see the module docstring)?"""
    return bool(_DURATION_ASKED.search(text))


def gives_duration(text: str) -> bool:
    """Does `text` state a duration: a length of time, a span of years, or the end a thing is due by?"""
    return bool(_DURATION_GIVEN.search(text)) or (bool(_BY_END.search(text)) and bool(dates_in(text) or re.search(_YEAR, text)))
