"""The years a question names, read one way by every module that picks a table's row or column,
a sentence naming the years, or a kind of question by its years (round 16, TABLES16).

Why: the parser (index.question.dates, change_words) reads "2024 og året før" as 2024 and 2023 and
"2024/25" as two years, and ranks by them; the modules that then pick what is shown read the
question's literal years on their own (cells.years_of, a regular expression each in cell_pair and
kind_near): "Hvor mange uddannelsesaftaler … blev der indgået i alt i 2024 og året før?" found the
table of contracts signed per year, showed its 2024 row and not 2023's, since the rows were picked
by "2024" alone. One reading here: a year ("2024"), a school or budget year ("2024/25": both), a
two-digit year after an apostrophe ("in '23 and '24"), and the year before or after the one year
named ("the year before", "året før", "the following year": change_words.compared_years). Not
"sidste år" / "i år": today's years, which the parser reads against the day asked (dates.py), and
which no module reading the text alone can place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.lazy_patterns import lazy
from index.question.change_words import compared_years

__all__ = ["APOSTROPHE_YEAR", "names_every_year", "years_asked", "years_in_order", "years_of"]

_YEARS = lazy(r"(?<!\d)((?:19|20)\d\d)(?:\s*/\s*(\d{2}|\d{4}))?(?!\d)")


def years_of(text: str) -> frozenset[str]:
    """"2024/25" → {"2024", "2025"}; "Dimensionering 2026" → {"2026"}."""
    out: set[str] = set()
    for m in _YEARS.finditer(text):
        out.add(m.group(1))
        if m.group(2):
            tail = m.group(2)
            out.add(tail if len(tail) == 4 else m.group(1)[:2] + tail)
    return frozenset(out)


# "'23", "’24": a two-digit year after an apostrophe, not a part of a word or figure ("KKR's")
APOSTROPHE_YEAR = r"(?<![\w'’])['’](?P<yy>[0-4]\d)\b(?![.,/:-]?\d)"  # (index.question.dates reads it too)
_APOSTROPHE_YEAR = lazy(APOSTROPHE_YEAR)


@lru_cache(maxsize=2048)
def years_asked(question: str) -> frozenset[str]:
    """{"2024", "2023"} of "i 2024 og året før"; {"2024", "2025"} of "2024/25"; {"2023", "2024"} of
    "in '23 and '24"."""
    years = set(years_of(question)) | {f"20{m['yy']}" for m in _APOSTROPHE_YEAR.finditer(question)}
    if len(years) == 1:
        years |= {str(y) for y in compared_years(question, (int(next(iter(years))),))}
    return frozenset(years)


_ALONE = lazy(r"(?<!\d)((?:19|20)\d\d)(?![\d/-])")  # a year alone, not a period's "2021-25" or "2024/25"


def years_in_order(question: str) -> tuple[str, ...]:
    """The years a question names alone, in order ("fra 2026 til 2027"), then the year before or after
    the one year named ("i 2027 sammenlignet med året før": 2027, 2026; round 17, TOPIC17): the years of
    a pair of cells, set against each other (index.search.cell_pair)."""
    named = tuple(dict.fromkeys(_ALONE.findall(question)))
    if len(named) == 1:
        named += tuple(str(y) for y in compared_years(question, (int(named[0]),))[1:])
    return named


# A figure of a sentence: a number that is no year and no day of a date ("21. november 2023", "1.9.2023")
_FIGURE = lazy(
    r"(?<![\w.,/-])\d+(?:[.,]\d+)*(?![\w/-])(?!\.?\s*(?:januar|februar|marts|april|maj|juni|juli|august|september"
    r"|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b)",
    re.IGNORECASE,
)


def names_every_year(text: str, years: frozenset[str]) -> bool:
    """Does a sentence name every year of `years` (two or more) beside a figure that is no year ("309
    pladser i 2023, mod 400 pladser i 2022")? The ranking's reading (table_years.py) of what
    years_named.names_years shows."""
    if len(years) < 2 or not years <= years_of(text):
        return False
    return any(not years_of(m.group()) and not (len(m.group()) == 4 and m.group().isdigit()) for m in _FIGURE.finditer(text))
