"""Does the item write the year a figure is asked for as a figure's year? "What was the national
refugee figure for 2026?" of the item giving 2027's ("Landstallet for 2027 er fastsat til 600
personer") and naming 2026 only in its deadlines ("inden den 10. september 2026"); "how many
study places did the Aarhus campus have in 2021/22?" of the item giving 2024/2025's, with "400
pladser i 2022" (another education's) beside them. The year asked is in the item, so the other
year checks (answer._year_apart: the year within a few sentences of the question's rare words;
table_gap: a table's year columns) let it answer; but the item writes that year only as a day's
("den 10. september 2026") or another school year's part, never as the year a figure is of.

A figure asked (answer type number, or a word of the asking sentence naming one: a Danish
"-tal" compound, "landstal", "måltal", "nøgletal", or "figure") for one year, or a school year
written as a pair ("2021/22", "2026/2027"), is given only by an item that writes:
- the single year outside a full day's date (a day and month before it, "10. september 2026",
  or "1.9.2023"), in its title, passages or table rows; a month and year ("juni 2024") counts as
  the year's (a count "in August 2023" is that year's);
- the pair as a pair in any writing ("2021/2022", "2021/22", "21/22").
A question naming the year as part of a date itself ("inden 10. september 2026", "i juni 2026")
asks about a time, not a figure's year: not read.
"""

from __future__ import annotations

import re

from index.dates import DAY_MONTH, MONTH_ALT, NUMERIC_DAY
from index.lazy_patterns import lazy
from index.model import AgendaItem
from index.question.parse import ParsedQuestion
from index.question.sentences import last_sentence
from index.search.figure import item_text

__all__ = ["years_unwritten"]

# A year inside a day's date: "10. september 2026", "d. 3. sept. 2021", "1.9.2023", "17-06-2026".
_DAY_YEAR = lazy(rf"\b{DAY_MONTH}\s+(\d{{4}})\b|\b{NUMERIC_DAY}(\d{{4}})\b", re.IGNORECASE)
_MONTH_YEAR = lazy(rf"\b(?:{MONTH_ALT})\.?\s+(\d{{4}})\b", re.IGNORECASE)
_YEAR = lazy(r"(?<![\d.,/])((?:19|20)\d\d)(?![\d.,]\d)")
# A school year or intake written as a pair: "2021/22", "2026/2027", "23/24".
_PAIR = lazy(r"(?<![\d.])((?:19|20)?\d\d)\s*/\s*((?:19|20)?\d\d)(?![\d.])")
# A word naming a figure: a Danish "-tal" compound ("landstal", "måltal", "nøgletal", "passagertal"), "figure".
_FIGURE_WORD = lazy(r"\b(\w{2,})tal(?:let|lene)?\b|\bfigures?\b", re.IGNORECASE)
_NOT_FIGURE = frozenset(("be", "af", "for", "om", "ud", "to", "digi", "kapi", "hospi", "vi", "por", "men", "horison", "sam", "kvar"))


def _pairs(text: str) -> set[tuple[int, int]]:
    """The school years a text writes as pairs, as full years (2021, 2022)."""
    out = set()
    for m in _PAIR.finditer(text):
        a, b = (int(x) if len(x) == 4 else 2000 + int(x) for x in m.groups())
        if b == a + 1:
            out.add((a, b))
    return out


def _asks_figure(parsed: ParsedQuestion) -> bool:
    """Does the question ask for a figure: a number, or a word naming one in its asking sentence?"""
    if parsed.answer_type == "number":
        return True
    return any(m.group(1) is None or m.group(1).lower() not in _NOT_FIGURE for m in _FIGURE_WORD.finditer(last_sentence(parsed.text)))


def _plain_years(text: str) -> set[int]:
    """The years a text writes outside a day's date."""
    days = [m.span() for m in _DAY_YEAR.finditer(text)]
    return {int(m.group(1)) for m in _YEAR.finditer(text) if not any(a <= m.start() < b for a, b in days)}


def years_unwritten(item: AgendaItem, parsed: ParsedQuestion) -> list[str]:
    """The year (or school year, "2021/22") a figure is asked for that the item writes only inside
    a day's date or not as the pair asked; [] when it writes it, or nothing such is asked."""
    if not parsed.years or not _asks_figure(parsed):
        return []
    question = parsed.text
    if _DAY_YEAR.search(question) or _MONTH_YEAR.search(question):
        return []  # a time asked ("inden 10. september 2026", "i juni 2026"), not a figure's year
    texts = [item.title] + [item_text(item, p) for p in item.passages]
    asked_pairs = _pairs(question)
    if asked_pairs:
        written = set().union(*(_pairs(t) for t in texts))
        return [f"{a}/{str(b)[2:]}" for a, b in sorted(asked_pairs - written)]
    if len(parsed.years) != 1:
        return []
    year = parsed.years[0]
    if any(year in _plain_years(t) for t in texts):
        return []
    return [str(year)] if any(str(year) in t for t in texts) else []
