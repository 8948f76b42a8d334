"""A figure asked of two years, read from one table: both cells, each with its own label.

"Hvor mange flere assistentelever skal KKR Nordjylland have i 2027 end i 2026?", "how did KKR
Syddanmark's helper places change from 2026 to 2027?", "hvordan udviklede antallet af aftaler med
assistentelever sig fra 2021 til 2025?": the answer is two cells of one table, the row asked (a
council, the whole country) under the column of each year, or the rows of the two years under the
column asked. `cells.best_cell` picks one cell and so gave no answer line (two columns named), or a
sentence's figure of another row ("4.500 SOSU-hjælperelever", the country's, for KKR Midtjylland).
Here the table must give both years (in its column labels, or as row labels), and the other side
of each cell (the row, or the column) must be named alone; else nothing (never a guess). The values
are the table's cells, in the order the question names the years; the labels are the row label and
the column labels, verbatim from the table.

Two rows of one year (round 15, TWOFIGS): "hvor mange flere hjælperelever får KKR Syddanmark end KKR
Nordjylland i 2027?", "what share of the country's helper places in 2027 goes to KKR Midtjylland?":
two councils' rows, or a council's and the whole country's ("Hele landet"), under the one column of
the year asked (of the group asked, when the table has two). Before, the rows were shown and no line
said the two figures (two rows named), or the line gave the council's cell alone for a share of the
country. Labels: the two row labels, the group, the column, verbatim.
"""

from __future__ import annotations

from dataclasses import dataclass

from index.model import AgendaItem, Table
from index.question.years_asked import years_in_order
from index.search.cells import asked_stems, best_row, col_score, names_council, years_of
from index.search.totals import asks_national, is_national

__all__ = ["CellPair", "row_pair", "year_pair"]


@dataclass(frozen=True)
class CellPair:
    table: int
    rows: tuple[int, int]
    values: tuple[str, str]
    labels: tuple[str, ...]


def _only_best(scores: list[tuple[float, int]]) -> int | None:
    top = max((s for s, _ in scores), default=0.0)
    best = [c for s, c in scores if s == top]
    return best[0] if top > 0 and len(best) == 1 else None


def _columns(table: Table, year: str) -> list[int]:
    return [c for c in range(1, len(table.header)) if year in years_of(table.column_label(c))]


def _by_columns(item: AgendaItem, ti: int, question: str, asked: frozenset[str], councils: tuple[str, ...],
                years: tuple[str, str]) -> CellPair | None:  # fmt: skip
    """The row asked, under the column of each year (of the group asked, when the table has two)."""
    table = item.tables[ti]
    at = best_row(item, question, asked, councils, tables=(ti,))
    if at is None:
        return None
    row = table.rows[at[1]]
    cols: list[int] = []
    for year in years:
        candidates = _columns(table, year)
        col = candidates[0] if len(candidates) == 1 else _only_best([(col_score(table, c, asked, frozenset()), c) for c in candidates])
        if col is None or col >= len(row) or not row[col].strip():
            return None
        cols.append(col)
    groups = {table.groups[c] if c < len(table.groups) else "" for c in cols}
    if len(groups) != 1:
        return None  # a helpers' year set against an assistants' year: not one figure over two years
    group = groups.pop()
    heads = tuple(table.header[c] for c in cols)
    labels = (row[0], *((group,) if group else ()), *heads)
    return CellPair(ti, (at[1], at[1]), (row[cols[0]], row[cols[1]]), labels)


def _by_rows(table: Table, ti: int, asked: frozenset[str], years: tuple[str, str]) -> CellPair | None:
    """The rows of the two years, under the one column asked."""
    rows = [next((ri for ri, r in enumerate(table.rows) if r and r[0].strip() == y), None) for y in years]
    if None in rows:
        return None
    col = _only_best([(col_score(table, c, asked, frozenset()), c) for c in range(1, len(table.header))])
    if col is None:
        return None
    a, b = (table.rows[ri] for ri in rows)  # type: ignore[index]
    if col >= len(a) or col >= len(b):
        return None
    return CellPair(ti, (rows[0], rows[1]), (a[col], b[col]), (table.column_label(col), a[0], b[0]))  # type: ignore[arg-type]


def year_pair(item: AgendaItem, question: str, terms: tuple[str, ...], councils: tuple[str, ...]) -> CellPair | None:
    """The two cells of one table that give the figure asked for each of the two years the question
    names, or None (see the module docstring)."""
    years = years_in_order(question)
    if len(years) != 2 or not item.tables:
        return None
    pair: tuple[str, str] = (years[0], years[1])
    asked = asked_stems(question, terms)
    found: list[CellPair] = []
    for ti, table in enumerate(item.tables):
        in_columns = all(_columns(table, y) for y in pair)
        in_rows = all(any(r and r[0].strip() == y for r in table.rows) for y in pair)
        got = _by_columns(item, ti, question, asked, councils, pair) if in_columns else _by_rows(table, ti, asked, pair) if in_rows else None
        if got is not None:
            found.append(got)
    return found[0] if len(found) == 1 else None


def _rows_asked(table: Table, question: str, councils: tuple[str, ...]) -> list[int] | None:
    """The two rows a question names: two councils' (in the order named), or a council's and the
    whole country's; None unless exactly two are found, one row each."""
    if len(councils) == 2:
        wanted = [lambda label, c=c: names_council(label, (c,)) for c in councils]
    elif len(councils) == 1 and asks_national(question):
        wanted = [lambda label: names_council(label, councils), is_national]
    else:
        return None
    rows = []
    for named in wanted:
        found = [ri for ri, r in enumerate(table.rows) if r and named(r[0].strip())]
        if len(found) != 1:
            return None
        rows.append(found[0])
    return rows


def row_pair(item: AgendaItem, question: str, terms: tuple[str, ...], councils: tuple[str, ...]) -> CellPair | None:
    """The cells of two rows (two councils, or a council and the country) under the column of the one
    year asked, from the one table that gives them; None otherwise (see the module docstring)."""
    years = years_in_order(question)
    if len(years) != 1 or not item.tables:
        return None
    asked = asked_stems(question, terms)
    found: list[CellPair] = []
    for ti, table in enumerate(item.tables):
        rows = _rows_asked(table, question, councils)
        candidates = _columns(table, years[0]) if rows else []
        if not rows or not candidates:
            continue
        col = candidates[0] if len(candidates) == 1 else _only_best([(col_score(table, c, asked, frozenset()), c) for c in candidates])
        a, b = (table.rows[ri] for ri in rows)
        if col is None or col >= len(a) or col >= len(b) or not a[col].strip() or not b[col].strip():
            continue
        group = table.groups[col] if col < len(table.groups) else ""
        found.append(CellPair(ti, (rows[0], rows[1]), (a[col], b[col]), (a[0], b[0], *((group,) if group else ()), table.header[col])))
    return found[0] if len(found) == 1 else None
