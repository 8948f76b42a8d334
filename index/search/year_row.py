"""Is the figure a hit shows the year asked's? Its answer line labelled by the year ("Dimensionering
2026"), or a shown table row whose label is the year asked.

The refusal gate refuses an item that never names a year asked near the question's rare words
(answer._year_apart) unless the figure it shows is that year's. That was read from the answer
line's labels only; two counts of one year asked at once ("How many assistant and helper trainee
contracts were signed in 2023?", "hvor mange assistentelever og hjælperelever … i 2024") get no
line of the row (two cells of one row; the line read first is an unlabelled "6.000 assistentelever"
of a sentence, which the reply then drops for the row), so the contracts table's own row of the year ("2023 5.827 4.308 10.135",
shown first by rows_asked) was refused as "nothing for 2023", although asked for one of the two
counts the same row answered. A row labelled by the year is that year's figures, whatever counts
the question asks of it; an item whose table has no row of the year (2026's contracts) is
refused as before.
"""

from __future__ import annotations

from collections.abc import Iterable

from index.model import Hit

__all__ = ["shows_year"]


def shows_year(hit: Hit, years: Iterable[int]) -> bool:
    """Does the hit's answer line carry a year asked in its labels, or a shown table row carry one
    as its label?"""
    asked = [str(y) for y in years]
    if hit.answer is not None and any(y in label for label in hit.answer.labels for y in asked):
        return True
    return any(p.kind == "row" and p.cells and p.cells[0].strip() in asked for p in hit.passages)
