"""A number question → the cell of an item's table that answers it, with its labels.

A row is picked by its label (a council asked about, a municipality, a year named in the
question, the total row asked "in total": index/search/totals.py), a column by its header and group ("Social- og sundhedsassistenter ·
Dimensionering 2027"). Only a single best row and a single best column give a cell; a tie
gives none (the row is still shown with its header, but no value is picked: never a guess).
Words match by stem, or by a long common part ("sosu-assistentelever" meets
"sundhedassistenter" in "assistent"), years by number ("2024/25" is 2024 and 2025).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from index.acronyms import coordinated_acronyms
from index.analysis import analyze
from index.model import AgendaItem, Table
from index.search.totals import TOTAL, asks_total, is_total

__all__ = ["Cell", "best_cell", "has_row_of", "names_council", "row_score"]

COMMON_PART = 7  # letters two words must share to meet inside compounds
_YEARS = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\s*/\s*(\d{2}|\d{4}))?(?!\d)")


@dataclass(frozen=True)
class Cell:
    table: int
    row: int
    col: int
    value: str
    labels: tuple[str, ...]  # row label, then the column's group · header


def years_of(text: str) -> frozenset[str]:
    """"2024/25" → {"2024", "2025"}; "Dimensionering 2026" → {"2026"}."""
    out: set[str] = set()
    for m in _YEARS.finditer(text):
        out.add(m.group(1))
        if m.group(2):
            tail = m.group(2)
            out.add(tail if len(tail) == 4 else m.group(1)[:2] + tail)
    return frozenset(out)


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    """The terms of a label (and the acronyms of the names it writes out: "Social- og sundheds-
    assistenter" is "ssa" too, as its item is, index/acronyms.py)."""
    return frozenset(s for s in analyze(text) if not s.isdigit()) | frozenset(coordinated_acronyms(text))


def _meet(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < COMMON_PART:
        return False
    m = SequenceMatcher(None, a, b).find_longest_match(0, len(a), 0, len(b))
    return m.size >= COMMON_PART


def _words_score(label: str, asked: frozenset[str]) -> int:
    return sum(1 for s in _stems(label) if any(_meet(s, q) for q in asked))


def names_council(label: str, councils: tuple[str, ...]) -> bool:
    return any(label.casefold() == c.casefold() or label.casefold() == c.removeprefix("KKR ").casefold() for c in councils)


def row_score(label: str, asked: frozenset[str], councils: tuple[str, ...], years: frozenset[str]) -> float:
    """How well a row label names what was asked: a council asked about counts most."""
    score = 2.0 * names_council(label, councils)
    return score + _words_score(label, asked) + len(years_of(label) & years)


def has_row_of(item: AgendaItem, councils: tuple[str, ...], years: tuple[int, ...] = ()) -> bool:
    """Does one of the item's tables give a row of a council asked about ("KKR Nordjylland 313 476 634
    687" in KKR Midtjylland's minutes), with a column of a year asked about, if any? Its figure is that
    council's, whoever's document holds it; a table of other years gives another figure."""
    asked = frozenset(str(y) for y in years)
    for table in item.tables:
        of_year = not asked or any(years_of(table.column_label(c)) & asked for c in range(1, len(table.header)))
        if of_year and any(names_council(row[0], councils) for row in table.rows):
            return True
    return False


def _col_score(table: Table, col: int, asked: frozenset[str], years: frozenset[str]) -> float:
    label = table.column_label(col)
    return _words_score(label, asked) + 1.5 * len(years_of(label) & years)


def best_cell(item: AgendaItem, question: str, terms: tuple[str, ...], councils: tuple[str, ...]) -> tuple[Cell | None, tuple[int, int] | None]:
    """(the cell that answers, else None; the (table, row) of the best row, else None)."""
    asked = _stems(" ".join((question, *terms))) - {"kkr"}
    years = years_of(question)
    total = TOTAL if asks_total(question) else 0.0  # "in total": the total row or column (index/search/totals.py)
    best: tuple[float, int, int] | None = None
    tied = False
    for ti, table in enumerate(item.tables):
        for ri, row in enumerate(table.rows):
            score = row_score(row[0], asked, councils, years) + total * is_total(row[0])
            if score <= 0:
                continue
            if best is None or score > best[0]:
                best, tied = (score, ti, ri), False
            elif score == best[0]:
                tied = True
    if best is None:
        return None, None
    _, ti, ri = best
    if tied:
        return None, None
    table = item.tables[ti]
    scores = [(_col_score(table, c, asked, years), c) for c in range(1, len(table.header))]
    top = max((s for s, _ in scores), default=0.0)
    cols = [c for s, c in scores if s == top]
    if top <= 0 or len(cols) != 1 and len({table.rows[ri][c] for c in cols if c < len(table.rows[ri])}) != 1:
        return None, (ti, ri)  # no column named, or columns alike with other values
    col = cols[0]
    row = table.rows[ri]
    if col >= len(row):
        return None, (ti, ri)
    return Cell(ti, ri, col, row[col], (row[0], table.column_label(col))), (ti, ri)
