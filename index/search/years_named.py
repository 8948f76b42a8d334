"""A figure asked of two years at once, given by one sentence that names both.

"Hvor store er lånepuljerne … for 2025 og 2026?": the item answers in one sentence, "… puljerne på
henholdsvis 0,6 og 0,7 mia. kr. for 2025 og 2026 …", while the sentences scoring higher on the
question's words give another year's figure ("Lånepuljen for 2024 på 0,2 mia. kr.") or the whole
period's ("1,5 mia. kr. … i perioden 2024-2026"). A table giving the two years is read by
index.search.cell_pair and index.search.rows_asked; this is the sentence's case: the one naming every
year asked beside a figure is shown (index.search.shown) and gives the answer line
(index.search.answer_line) when there is one.
"""

from __future__ import annotations

from index.search.cells import years_of
from index.search.units import Asked, Window
from index.search.values import values_in

__all__ = ["asked_years", "names_years", "naming_years"]


def asked_years(asked: Asked) -> frozenset[str]:
    """The years a figure or comparison question names, when it names two or more; else none."""
    if asked.answer_type not in ("number", "compare"):
        return frozenset()
    years = years_of(asked.text)
    return years if len(years) >= 2 else frozenset()


def names_years(text: str, years: frozenset[str]) -> bool:
    """Does a sentence name every year asked and a figure that is not one of them?"""
    if not years or not years <= years_of(text):
        return False
    return any(v.strength >= 0.7 and not years_of(v.text) for v in values_in(text, "number"))


def naming_years(w: Window, years: frozenset[str], least: float = 0.0) -> bool:
    """Does a sentence of the window, holding question words (more than `least`), name every year asked beside a figure?"""
    return any(u.passage.kind == "sentence" and u.score > least and names_years(u.passage.text, years) for u in w.units)
