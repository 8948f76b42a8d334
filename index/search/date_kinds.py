"""The kind of date a "when" question asks for, and the dates of that kind in a passage.

"What is the application deadline?", "when did the law come into force?", "hvornår udløber
aftalen?" ask for one date among the several an item gives ("udmøntningen kan ske ultimo juni
2024 med en ansøgningsfrist primo maj 2024"; "Aftalen trådte i kraft den 1. december 2023 og
bortfalder den 1. august 2030"): the date the passage marks with that kind's word before it —
a deadline ("frist", "senest", "inden"), a start ("i kraft"), an end ("bortfalder", "udløber"),
a document sent out ("Dagsorden er udsendt den 26. august 2021", not the meeting's own date)
— answers, wherever the question's other words are. index.search.shown shows the passage
holding it first and index.search.answer_line takes its value.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from index.lazy_patterns import lazy
from index.search.values import Value

if TYPE_CHECKING:  # (units.py imports the rerank's modules: kind_near reads this one)
    from index.search.units import Unit

__all__ = ["KIND_SHARE", "asked_date_kind", "asked_date_kinds", "holds_kind", "of_kind"]

# The question's words naming the kind of date, and the passage's words marking a date of it.
_KINDS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("deadline",
     lazy(r"\b(?:\w*frist\w*|deadline\w*|senest|by\s+when|no\s+later\s+than|(?:be|is|are|was|were)\s+due)\b",
                re.IGNORECASE),
     lazy(r"\b(?:\w*frist\w*|senest|inden|deadline)\b", re.IGNORECASE)),
    ("start",
     lazy(r"\b(?:i\s+kraft|ikrafttræd\w*|in(?:to)?\s+(?:force|effect)|t(?:ake|akes|ook)\s+effect|effective"
                r"|kick(?:s|ed)?\s+in|appl(?:y|ies|ied)\s+from|(?:fra|siden)\s+hvornår\s+gæld\w*|gæld\w*\s+(?:\w+\s+)?fra\s+hvornår"
                r"|(?:from|since)\s+(?:what|which)\s+date|(?:fra|siden)\s+(?:hvilken|hvilket)\s+(?:dato|tidspunkt))\b",
                re.IGNORECASE),
     lazy(r"\b(?:i\s+kraft|ikrafttræd\w*|gælder\s+fra|fra\s+og\s+med)\b", re.IGNORECASE)),
    ("end",
     lazy(r"\b(?:udløb\w*|bortfald\w*|ophør\w*|expir\w*|lapse\w*|run\s+out|runs\s+out)\b", re.IGNORECASE),
     lazy(r"\b(?:udløb\w*|bortfald\w*|ophør\w*|gælder\s+til|til\s+og\s+med)\b", re.IGNORECASE)),
    # a document sent out: "when was the agenda sent out", "hvornår gik referatet ud", "udsendt"
    ("sent",
     lazy(r"\b(?:sen[dt]\s+(?:\w+\s+)?out|circulated|distributed|(?:ud)?sendt|udsend\w*|(?:gik|går|kom)\s+(?:\w+\s+){0,5}?ud(?!\s+på))\b",
                re.IGNORECASE),
     lazy(r"\b(?:udsend\w*|(?:ud|frem)?sendt\w*|fremsend\w*)\b", re.IGNORECASE)),
)  # fmt: skip
REACH = 60  # characters between the kind's word and its date
KIND_SHARE = 0.25  # the window holding the date of the kind asked is shown first at this share of the best


@lru_cache(maxsize=1024)
def asked_date_kind(question: str) -> str | None:
    """The kind of date a question names ("deadline", "start", "end"), when it names one only."""
    found = asked_date_kinds(question)
    return found[0] if len(found) == 1 else None


def asked_date_kinds(question: str) -> tuple[str, ...]:
    """Every kind of date a question names, in the order of _KINDS ("when did it take effect, and
    when does it expire": start and end; index.search.two_dates)."""
    return tuple(kind for kind, asks, _ in _KINDS if asks.search(question))


def of_kind(text: str, dates: tuple[Value, ...] | list[Value], kind: str | None) -> list[Value]:
    """The dates of `text` that its words mark as of `kind`: the kind's word before the date,
    within REACH characters, no other date and no sentence stop between them."""
    if kind is None or not dates:
        return []
    marks = next(marks for k, _, marks in _KINDS if k == kind)
    out = []
    for i, d in enumerate(dates):
        since = max(d.start - REACH, dates[i - 1].end if i else 0)
        before = text[since : d.start]
        if marks.search(before) and not re.search(r"[.!?]\s", before):
            out.append(d)
    return out


def holds_kind(units: list[Unit], kind: str | None) -> bool:
    """Does one of the units hold a date (of its values) of the kind asked?"""
    return kind is not None and any(of_kind(u.passage.text, u.values, kind) for u in units)
