"""A figure asked of two years at once, given by one sentence that names both.

"Hvor store er lånepuljerne … for 2025 og 2026?": the item answers in one sentence, "… puljerne på
henholdsvis 0,6 og 0,7 mia. kr. for 2025 og 2026 …", while the sentences scoring higher on the
question's words give another year's figure ("Lånepuljen for 2024 på 0,2 mia. kr.") or the whole
period's ("1,5 mia. kr. … i perioden 2024-2026"). A table giving the two years is read by
index.search.cell_pair and index.search.rows_asked; this is the sentence's case: the one naming every
year asked beside a figure is shown (index.search.shown) and gives the answer line
(index.search.answer_line) when there is one.

A year's figure measured against a figure the question names ("Nåede kommunerne op over de 9.000
uddannelsesaftaler … i 2025?") is answered by that year's row of a table giving the years as rows
("2025 4.841 3.939 8.780"): `measured_against`, read by index.search.rows_asked.
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy
from index.search.cells import years_of
from index.question.years_asked import years_asked
from index.search.units import Asked, Window
from index.search.values import values_in

__all__ = ["asked_years", "measured_against", "names_years", "naming_years"]

# A figure the question measures a year's figure against: "Nåede kommunerne op over de 9.000 … i 2025?",
# "were there more than 10,000 in 2024?", "mindst 6.000 assistentelever i 2023?".
_AGAINST_FIGURE = lazy(
    r"\b(?:op\s+over|ned\s+under|over|under|above|below|more\s+than|less\s+than|fewer\s+than|flere\s+end|færre\s+end"
    r"|mere\s+end|mindre\s+end|mindst|højst|at\s+least|at\s+most)\s+(?:de\s+|the\s+|målet\s+om\s+|the\s+target\s+of\s+)?(?!(?:19|20)\d\d(?![\d.,]))\d[\d.,]*\d",
    re.IGNORECASE,
)


def asked_years(asked: Asked) -> frozenset[str]:
    """The years a figure or comparison question names, when it names two or more; else none."""
    if asked.answer_type not in ("number", "compare"):
        return frozenset()
    years = years_asked(asked.text)
    return years if len(years) >= 2 else frozenset()


def names_years(text: str, years: frozenset[str]) -> bool:
    """Does a sentence name every year asked and a figure that is not one of them?"""
    if not years or not years <= years_of(text):
        return False
    return any(v.strength >= 0.7 and not years_of(v.text) for v in values_in(text, "number"))


def naming_years(w: Window, years: frozenset[str], least: float = 0.0) -> bool:
    """Does a sentence of the window, holding question words (more than `least`), name every year asked beside a figure?"""
    return any(u.passage.kind == "sentence" and u.score > least and names_years(u.passage.text, years) for u in w.units)


def measured_against(question: str) -> bool:
    """Does the question measure one year's figure against a figure it names ("op over de 9.000 … i
    2025")? Then that year's table row answers it, whatever the question's type (a yes/no, or none:
    "Nåede …" opens no yes/no the typing knows); index.search.rows_asked shows it."""
    return len(years_asked(question)) == 1 and bool(_AGAINST_FIGURE.search(question))
