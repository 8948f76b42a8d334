"""A figure asked of a year that the item's table of that figure does not give.

"How many SOSU training agreements were signed nationally in 2019?" was answered from the contract
table of 2021-2025 (003 item 3.4): the item names 2019 in a sentence near "lærepladser" (when KL made
its distribution key), so the gate's check that the year stands near the question's words
(answer._year_apart) passed. But a figure read from a table is the table's: when the tables of the
item that hold the question's words are laid out by year (two or more years in their row labels or
column labels) and none of them has the year asked, the item gives that figure for other years
only. Refused with the item kept as the nearest ("intet for 2019"), as a year the item never names is.

The same for a category: "How many nurse training places did KKR Midtjylland get for 2027?" was
answered from the five-KKR SOSU table (003 item 3.4): the council's row and the year's column are
there, and "places" is the thing counted, so coverage and the figure gate passed. But a figure read
from a table is of the table's categories: when the question names a council's (or the country's)
row of the item's table under a year asked, and a word of what it counts is one the index has
elsewhere ("sygeplejersker", in other items) and this item nowhere, the table gives another
category's figure: refused with the item kept ("Intet for sygeplejersker").
"""

from __future__ import annotations

from collections.abc import Sequence

from index.analysis import analyze
from index.model import AgendaItem, Table
from index.question.parse import ParsedQuestion
from index.search.cells import has_row_of, years_of
from index.search.figure import counted_stems
from index.search.rank import Concept, Ranked
from index.search.totals import asks_national, is_national
from index.search.year_bound import nearest_to

__all__ = ["nearest_table_year", "table_lacks_counted", "table_lacks_year"]


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


def _laid_out(item: AgendaItem, terms: tuple[str, ...], years: tuple[int, ...]) -> list[frozenset[str]] | None:
    """The years each of the item's tables holding a word of the question (`terms`, its Danish search
    words) lays its figures out by, when each is laid out by year and none by a year asked; else None.
    The tables are selected once for the refusal and the nearest year it names."""
    if not years or not item.tables:
        return None
    wanted = frozenset(analyze(" ".join(terms)))
    laid_out = [_years(t) for t in item.tables if _words(t) & wanted]
    asked = frozenset(str(y) for y in years)
    if laid_out and all(len(ys) >= 2 for ys in laid_out) and not any(ys & asked for ys in laid_out):
        return laid_out
    return None


def table_lacks_year(item: AgendaItem, terms: tuple[str, ...], years: tuple[int, ...]) -> bool:
    """Do the item's tables that hold a word of the question (`terms`, its Danish search words) give
    their figures by year, and none of them for a year asked? False when no table holds a word
    asked, or one of them has no years (the figure is then not told apart by year)."""
    return _laid_out(item, terms, years) is not None


def nearest_table_year(item: AgendaItem, terms: tuple[str, ...], years: tuple[int, ...]) -> str | None:
    """When the item's tables of the question's words lack every year asked (table_lacks_year), the
    year they give nearest one asked (the later of two as near), as the table writes it: what the
    refusal names as the nearest ("intet for 2019", "nærmeste er 2021"; round 18). Else None."""
    laid_out = _laid_out(item, terms, years)
    return None if laid_out is None else nearest_to(frozenset().union(*laid_out), years)


def table_lacks_counted(r: Ranked, concepts: Sequence[Concept], parsed: ParsedQuestion) -> str | None:
    """The word of what a count asks for ("sygeplejersker") that the item, whose table has the row
    asked under a year asked, holds nowhere though other items do; None when there is none or the
    figure is not read from such a table (see the module docstring)."""
    if parsed.answer_type != "number" or not parsed.years or not r.item.tables:
        return None
    national = asks_national(parsed.text) and any(is_national(row[0]) for t in r.item.tables for row in t.rows)
    if not national and not (parsed.councils and has_row_of(r.item, parsed.councils, parsed.years)):
        return None
    counted = frozenset(counted_stems(concepts, parsed))
    for c in concepts:
        if not c.expansion and c.df > 0 and counted & set(c.stems) and not c.evidence(r.stems):
            return c.word
    return None
