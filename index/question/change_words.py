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

The words setting one figure against another name no topic either (round 17, TOPIC17): "sammenlignet
med", "i sammenligning med" (the English "compared with" is no search word: glossary.toml), and the
other year named by the one year asked, "året før", "det foregående år", "forrige år". Kept as
words, "Hvor mange SSA-pladser får KKR Nordjylland i 2027 sammenlignet med året før?" searched
"sammenlign" (one item has it: "ved at sammenligne en forventet takst") and "før", and the loan pool
item came first, refused. `compare_spans` gives their spans; the parser drops them as it drops a
date's words. "forrige år" after one year named is that year's year before ("i 2023 sammenlignet
med forrige år": 2022), not today's last year (index.question.dates reads it so alone).
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy

__all__ = ["CHANGE_WORDS", "asks_from_to", "compare_spans", "compared_years", "year_before_named", "without_change"]

CHANGE_WORDS: frozenset[str] = frozenset(
    "steg stiger stige steget stigende faldt falder falde faldet faldende ændrede ændret ændrer ændre "
    "voksede vokser vokset "
    "change changed changes changing increase increased increases increasing rise rose risen rising "
    "fall fell fallen falling decrease decreased decreases decreasing drop dropped grow grew grown".split()
)


_Y = r"(?:19|20)\d\d"
_FROM_TO = lazy(
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
_YEAR_BEFORE = lazy(
    r"\b(?:the\s+(?:year|one)\s+before|the\s+(?:previous|preceding|prior)\s+year|(?:a|one)\s+year\s+(?:earlier|before)"
    r"|året\s+(?:før|inden|forinden|forud)|(?:det\s+)?foregående\s+år|forrige\s+år|et\s+år\s+(?:før|tidligere))\b",
    re.IGNORECASE,
)
_YEAR_AFTER = lazy(r"\b(?:the\s+(?:year|one)\s+after|the\s+(?:following|next)\s+year|året\s+efter)\b", re.IGNORECASE)


# "sammenlignet med", "i sammenligning med": setting one figure against another, no topic an item could lack
_COMPARED = lazy(r"\b(?:sammenlign\w*|i\s+sammenligning)\s+med\b", re.IGNORECASE)


def compare_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the words of comparing and of the other year named by the one asked ("sammenlignet med",
    "året før", "forrige år"): the parser drops them, as it drops a date's words."""
    return [m.span() for p in (_COMPARED, _YEAR_BEFORE, _YEAR_AFTER) for m in p.finditer(text)]


_NAMED_YEAR = lazy(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def year_before_named(text: str, phrase: str) -> bool:
    """Is `phrase` ("forrige år"), a year before today when alone, the year before the one year `text`
    names ("i 2023 sammenlignet med forrige år")?"""
    return bool(_YEAR_BEFORE.fullmatch(phrase.strip())) and len(set(_NAMED_YEAR.findall(text))) == 1


def _before_named(text: str) -> bool:
    """Does `text` name the year before the one year it names ("forrige år" alone is today's: dates.py)?"""
    return any(not m.group().lower().startswith("forrige") or year_before_named(text, m.group()) for m in _YEAR_BEFORE.finditer(text))


def compared_years(text: str, years: tuple[int, ...]) -> tuple[int, ...]:
    """`years` and the year before or after the one year named, when the question compares with it."""
    if len(set(years)) != 1:
        return years
    year = years[0]
    more = ((year - 1,) if _before_named(text) else ()) + ((year + 1,) if _YEAR_AFTER.search(text) else ())
    return years + more
