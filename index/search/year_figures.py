"""A figure asked of the year (or years) a question names, shown by the sentence or list line that
names that year beside a figure (round 21, YESNO21).

index.search.years_named shows the sentence naming every year asked beside its figure when a number
or comparison question names two years or more. Three shapes of the same question were left out,
and each showed the figures of other years instead:
- one year asked: "Hvor stor er lånepuljen til botilbud i 2025?" was answered by "Lånepuljen for
  2024 på 0,2 mia. kr. …" and the 2024-2026 total, which hold the question's word whole, while the
  sentence giving 2025's figure calls it "puljerne" ("… puljerne på henholdsvis 0,6 og 0,7 mia. kr.
  for 2025 og 2026 …");
- a year's figure in a line of a list: "– I 2024 indgik kommunerne 9.958 lærepladsaftaler …" is one
  bullet of a status list whose other bullets hold other years' and other kinds' figures: the list is
  cut to its lines that name the year asked beside a figure, first;
- a yes/no comparing two years' figures ("Is the 2026 loan pool bigger than 2025's?", "Var der
  flere … i 2023 end i 2022?") is read as a yes/no, not as a comparison: its comparative ("bigger
  than", "flere … end") asks the figures all the same.

A year here is a year of the figure: the question's years as index.question.years_asked reads them.
Only a passage holding question words is shown (index.search.shown puts it second), so another
theme's figure of that year is not; a table's row of the year is index.search.rows_asked's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.lazy_patterns import lazy
from index.question.answer_type import asks_comparison
from index.question.years_asked import years_asked
from index.search.units import Asked, Unit, Window
from index.search.years_named import names_years

__all__ = ["figure_years", "names_year", "naming_years", "year_lines", "year_values"]

# A comparative set against something: "bigger than", "flere … end", "more … than" (grammar, not topic words).
_COMPARATIVE = lazy(
    r"\b(?:\w+er|\w+ere|more|less|fewer|større|mindre|flere|færre|mere)\s+(?:\w+\s+){0,4}?(?:than|end)\b", re.IGNORECASE
)


def figure_years(asked: Asked) -> frozenset[str]:
    """The years whose figure the question asks: those it names, when it asks a number or a
    comparison, or a yes/no that compares ("bigger than", "flere … end"); else none."""
    if asked.answer_type in ("number", "compare") or asked.yes_no and (asks_comparison(asked.text) or _COMPARATIVE.search(asked.text)):
        return years_asked(asked.text)
    return frozenset()


# A period's span ("i perioden 2024-2026", "årligt i 2025-28") states no one of its years' figure.
_SPAN = lazy(r"(?<!\d)(?:19|20)\d\d\s*[-–]\s*(?:\d{4}|\d{2})(?!\d)")


def names_year(text: str, years: frozenset[str]) -> bool:
    """Does a sentence name every year asked beside a figure that is no year? One year asked is
    named by itself, not inside a period's span ("1,5 mia. kr. … i perioden 2024-2026" gives no
    2026 figure)."""
    return names_years(_SPAN.sub(" ", text) if len(years) == 1 else text, years)


def year_lines(text: str, years: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of a list's lines (after its lead-in) that name every year of `years` beside a
    figure that is no year."""
    out, at = [], 0
    for k, raw in enumerate(text.split("\n")):
        if k and names_year(raw, years):
            out.append((at, at + len(raw)))
        at += len(raw) + 1
    return out


def _names(u: Unit, years: frozenset[str]) -> bool:
    if u.passage.kind == "sentence":
        return names_year(u.passage.text, years)
    return u.passage.kind == "list" and bool(year_lines(u.passage.text, years))


def naming_years(w: Window, years: frozenset[str]) -> bool:
    """Does a sentence of the window, or a line of its list, holding question words, name every
    year asked beside a figure?"""
    return bool(years) and any(u.score > 0 and _names(u, years) for u in w.units)


def year_values(units: list[Unit], years: frozenset[str], within: Callable[[Unit, int, int], tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The lines of a window's lists that name the years asked beside a figure, as spans of the
    shown text (`within`): a list is cut to them first (index.search.cut)."""
    if not years:
        return ()
    return tuple(within(u, a, b) for u in units if u.passage.kind == "list" for a, b in year_lines(u.passage.text, years))
