"""A year's figure asked against the average ("how many in 2024, compared with the five-year
average", "i 2025 set i forhold til gennemsnittet"): the table's own average row is shown beside the
year's row (round 18, SHOWN18).

Tables of these documents give a period's average as a row of their own ("Gennemsnit 2021-25 5.448
4.007 9.455" under the rows of 2021 to 2025). index.search.rows_asked shows the rows of the years a
figure question names; a question setting one year against the average names that year only, so
before round 18 the year's row was shown ("2024 5.274 4.315 9.589") with the best other passage of
the item, not the average the question asked for. Read only when the question names an average and
the same table has a row labelled as one; the value is the item's own, none is computed.
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy
from index.model import AgendaItem
from index.search.units import Asked, Unit, Window, is_row, window_of

__all__ = ["asks_average", "average_rows"]

# The question's words naming an average: "gennemsnittet", "i snit", "the five-year average", "on average", "mean".
_ASKS = lazy(r"\b(?:gennemsnit\w*|snit(?:tet)?|average[sd]?|mean)\b", re.IGNORECASE)
# A row label naming one: "Gennemsnit 2021-25", "Snit", "Average".
_LABEL = lazy(r"^\s*(?:gennemsnit\w*|snit|i\s+snit|average|mean)\b", re.IGNORECASE)


def asks_average(question: str) -> bool:
    return bool(_ASKS.search(question))


def average_rows(item: AgendaItem, units: list[Unit], asked: Asked, rows: list[Window]) -> list[Window]:
    """`rows` (the rows of the years asked, of one table) with that table's average row after them,
    when the question names an average and the table has one not among them."""
    if not rows or not asks_average(asked.text) or not is_row(item, rows[0].first.passage):
        return rows
    table = rows[0].first.passage.table
    shown = {w.first.index for w in rows}
    for u in units:
        p = u.passage
        if (is_row(item, p) and p.table == table and u.index not in shown and p.row < len(item.tables[table].rows)  # type: ignore[index, operator]
                and _LABEL.match(item.tables[table].rows[p.row][0])):  # type: ignore[index]  # fmt: skip
            return [*rows, window_of([u])]
    return rows
