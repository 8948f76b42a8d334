"""The words of change in a figure compared over years: how the question asks, not its topic.

"Steg antallet af hjælperelever i KKR Sjælland fra 2025 til 2026?", "how did the number of places
change from 2026 to 2027?", "hvor meget stiger antallet … fra 2026 til 2027?": the answer is two
figures in a table with a column per year, and no passage says "steg" or "changed". Kept as topic
words they lower the item's coverage and keep the question's words from meeting in one passage, and
the gate refused the right item first. The answer type reads them (answer_type._COMPARE); here they
leave the terms of a number or comparison asked of one figure from one year to another ("fra 2025 til
2026", "from 2026 to 2027", "2027, compared with 2026"). Elsewhere they stay words of the topic
("hvorfor stiger udgifterne"; "hvor meget falder budgettet for 2022, og hvor stort var overskuddet for
2020": two figures, and the item says the change itself, "et fald i budgettet på 3,2 pct.").
"""

from __future__ import annotations

import re

__all__ = ["CHANGE_WORDS", "asks_from_to", "compared_years", "without_change"]

CHANGE_WORDS: frozenset[str] = frozenset(
    "steg stiger stige steget stigende faldt falder falde faldet faldende ændrede ændret ændrer ændre "
    "voksede vokser vokset "
    "change changed changes changing increase increased increases increasing rise rose risen rising "
    "fall fell fallen falling decrease decreased decreases decreasing drop dropped grow grew grown".split()
)


_Y = r"(?:19|20)\d\d"
_FROM_TO = re.compile(
    r"\b(?:fra|from|between|mellem)\s+(?:\w+\s+)?" + _Y + r"\s+(?:til|to|and|og)\s+(?:\w+\s+)?" + _Y + r"\b"
    r"|\b" + _Y + r",?\s+(?:compared\s+(?:with|to)|against|versus|vs\.?|mod|sammenlignet\s+med|i\s+forhold\s+til)\s+(?:\w+\s+)?" + _Y + r"\b",
    re.IGNORECASE,
)


def asks_from_to(text: str) -> bool:
    """Does the question compare a figure from one year to another ("fra 2025 til 2026")?"""
    return bool(_FROM_TO.search(text))


def without_change(terms: tuple[str, ...], answer_type: str, text: str) -> tuple[str, ...]:
    """`terms` without the words of change, when a number or comparison from one year to another is asked."""
    if answer_type not in ("number", "compare") or not _FROM_TO.search(text):
        return terms
    return tuple(t for t in terms if t not in CHANGE_WORDS)


# "in 2023 compared with the year before", "2024 og året før": the other year of a comparison, named by
# the one year the question names (not "last year": today's, index.question.dates reads it).
_YEAR_BEFORE = re.compile(r"\b(?:the\s+(?:year|one)\s+before|the\s+(?:previous|preceding|prior)\s+year|året\s+(?:før|inden|forinden))\b", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\b(?:the\s+(?:year|one)\s+after|the\s+(?:following|next)\s+year|året\s+efter)\b", re.IGNORECASE)


def compared_years(text: str, years: tuple[int, ...]) -> tuple[int, ...]:
    """`years` and the year before or after the one year named, when the question compares with it."""
    if len(set(years)) != 1:
        return years
    year = years[0]
    more = ((year - 1,) if _YEAR_BEFORE.search(text) else ()) + ((year + 1,) if _YEAR_AFTER.search(text) else ())
    return years + more
