"""A figure asked of a year that the item's table of that figure does not give.

"How many SOSU training agreements were signed nationally in 2019?" was answered from the contract
table of 2021-2025 (003 item 3.4): the item names 2019 in a sentence near "lærepladser" (when KL made
its distribution key), so the gate's check that the year stands near the question's words
(answer._year_apart) passed. But a figure read from a table is the table's: when the tables of the
item that hold the question's words are laid out by year (two or more years in their row labels or
column labels) and none of them has the year asked, the item gives that figure for other years
only. Refused with the item kept as the nearest ("intet for 2019"), as a year the item never names is.
"""

from __future__ import annotations

from index.analysis import analyze
from index.model import AgendaItem, Table
from index.search.cells import years_of

__all__ = ["table_lacks_year"]


def _years(table: Table) -> frozenset[str]:
    """The years a table lays its figures out by: of its rows, when two or more are labelled by a
    year alone ("2021" … "2025"; "Gennemsnit 2021-25" is no year's row), and of its columns, when
    two or more name different years ("Dimensionering 2026", "Dimensionering 2027"; one column
    under a period, "Antal medlemmer 2018-2022", lays out nothing)."""
    rows = [r[0].strip() for r in table.rows if r and r[0].strip().isdigit() and years_of(r[0])]
    out = frozenset(rows) if len(rows) >= 2 else frozenset()
    cols = {years_of(table.column_label(c)) for c in range(1, len(table.header))} - {frozenset()}
    if len(cols) >= 2:
        out = out.union(*cols)
    return out


def _words(table: Table) -> frozenset[str]:
    labels = " ".join(table.column_label(c) for c in range(len(table.header)))
    return frozenset(analyze(" ".join((table.caption, labels, *(r[0] for r in table.rows)))))


def table_lacks_year(item: AgendaItem, terms: tuple[str, ...], years: tuple[int, ...]) -> bool:
    """Do the item's tables that hold a word of the question (`terms`, its Danish search words) give
    their figures by year, and none of them for a year asked? False when no table holds a word
    asked, or one of them has no years (the figure is then not told apart by year)."""
    if not years or not item.tables:
        return False
    asked = frozenset(str(y) for y in years)
    wanted = frozenset(analyze(" ".join(terms)))
    holding = [t for t in item.tables if _words(t) & wanted]
    if not holding:
        return False
    laid_out = [_years(t) for t in holding]
    return all(len(ys) >= 2 for ys in laid_out) and not any(ys & asked for ys in laid_out)
