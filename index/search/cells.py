"""A number question → the cell of an item's table that answers it, with its labels.

A row is picked by its label (a council asked about, a municipality, a year named in the
question, the total row asked "in total" and the country's row asked "på landsplan":
index/search/totals.py), a column by its header and group ("Social- og sundhedsassistenter ·
Dimensionering 2027"). Only a single best row and a single best column give a cell; a tie
gives none (the row is still shown with its header, but no value is picked: never a guess).
Words match by stem, or by a long common part ("sosu-assistentelever" meets
"sundhedassistenter" in "assistent"; a column's "sundhedshjælpere" the "hjælperelever" its
head begins), years by number ("2024/25" is 2024 and 2025).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from index.lazy_patterns import lazy
from index.acronyms import coordinated_acronyms
from index.analysis import analyze
from index.model import AgendaItem, Table
from index.search.totals import TOTAL, asks_national, asks_total, is_national, is_total
from index.question.years_asked import years_asked, years_of  # (years_of: a label's years, kept importable from here)

__all__ = ["Cell", "asked_stems", "best_cell", "best_row", "col_score", "has_row_of", "names_council", "row_score", "spans_of", "years_of"]

COMMON_PART = 7  # letters two words must share to meet inside compounds
COMPOUND_HEAD = 5  # letters of a compound's head that meets another word beginning with it, or being it


@dataclass(frozen=True)
class Cell:
    table: int
    row: int
    col: int
    value: str
    labels: tuple[str, ...]  # row label, then the column's group · header


_SPAN = lazy(r"(?<!\d)((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d|\d\d)(?!\d)")


def spans_of(text: str) -> frozenset[tuple[str, str]]:
    """"2027-31", "2021-2025" → {("2027", "2031")}: periods of years a text names."""
    return frozenset((m.group(1), m.group(2) if len(m.group(2)) == 4 else m.group(1)[:2] + m.group(2)) for m in _SPAN.finditer(text))


def _covers(labels: tuple[str, ...], spans: frozenset[tuple[str, str]]) -> bool:
    """Do a cell's labels name every period asked ("Gennemsnit 2021-25" for "in 2021-25"), or both
    its ends? One year's column ("Dimensionering 2027") gives no figure "per year 2027-31"."""
    named = spans_of(" ".join(labels))
    years = years_of(" ".join(labels))
    return all(span in named or {span[0], span[1]} <= years for span in spans)


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    """The terms of a label (and the acronyms of the names it writes out: "Social- og sundheds-
    assistenter" is "ssa" too, as its item is, index/acronyms.py)."""
    return frozenset(s for s in analyze(text) if not s.isdigit()) | frozenset(coordinated_acronyms(text))


def _meet(a: str, b: str, heads: bool = False) -> bool:
    if a == b:
        return True
    if heads and any(a[-k:] == b[:k] or b[-k:] == a[:k] for k in range(COMPOUND_HEAD, min(len(a), len(b)) + 1)):
        # (a column's label) a compound's head is the other's first part, or the other whole: "hjælp"
        # (helpers asked) or "hjælperelev" (helper trainees) meets the "sundhedshjælp" of "Social- og
        # sundhedshjælpere". Not a row's: "udvalg" would meet every body's "…udvalget".
        return True
    if min(len(a), len(b)) < COMMON_PART:
        return False
    m = SequenceMatcher(None, a, b).find_longest_match(0, len(a), 0, len(b))
    return m.size >= COMMON_PART


def _words_score(label: str, asked: frozenset[str], heads: bool = False) -> int:
    return sum(1 for s in _stems(label) if any(_meet(s, q, heads) for q in asked))


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


def col_score(table: Table, col: int, asked: frozenset[str], years: frozenset[str]) -> float:
    label = table.column_label(col)
    return _words_score(label, asked, heads=True) + 1.5 * len(years_of(label) & years)


def asked_stems(question: str, terms: tuple[str, ...]) -> frozenset[str]:
    """The question's terms a label is matched by (its search words too; "kkr" names no row)."""
    return _stems(" ".join((question, *terms))) - {"kkr"}


def best_row(item: AgendaItem, question: str, asked: frozenset[str], councils: tuple[str, ...],
             tables: Collection[int] | None = None) -> tuple[int, int] | None:  # fmt: skip
    """The (table, row) whose label names most of what was asked (of `tables` only, if given); None
    when no row is named or two tie."""
    years = years_asked(question)  # "i 2024 og året før": 2023's row too
    total = TOTAL if asks_total(question) else 0.0  # "in total": the total row or column (index/search/totals.py)
    national = TOTAL if asks_national(question) else 0.0  # "på landsplan", "across all five KKRs": "Hele landet"
    best: tuple[float, int, int] | None = None
    tied = False
    for ti, table in enumerate(item.tables):
        if tables is not None and ti not in tables:
            continue
        for ri, row in enumerate(table.rows):
            score = row_score(row[0], asked, councils, years) + total * is_total(row[0]) + national * is_national(row[0])
            if score <= 0:
                continue
            if best is None or score > best[0]:
                best, tied = (score, ti, ri), False
            elif score == best[0]:
                tied = True
    if best is None or tied:
        return None
    return best[1], best[2]


def best_cell(item: AgendaItem, question: str, terms: tuple[str, ...], councils: tuple[str, ...]) -> tuple[Cell | None, tuple[int, int] | None]:
    """(the cell that answers, else None; the (table, row) of the best row, else None)."""
    asked = asked_stems(question, terms)
    years = years_asked(question)
    at = best_row(item, question, asked, councils)
    if at is None:
        return None, None
    ti, ri = at
    table = item.tables[ti]
    scores = [(col_score(table, c, asked, years), c) for c in range(1, len(table.header))]
    top = max((s for s, _ in scores), default=0.0)
    cols = [c for s, c in scores if s == top]
    if top <= 0 or len(cols) != 1 and len({table.rows[ri][c] for c in cols if c < len(table.rows[ri])}) != 1:
        return None, (ti, ri)  # no column named, or columns alike with other values
    col = cols[0]
    row = table.rows[ri]
    if col >= len(row):
        return None, (ti, ri)
    labels = (row[0], table.column_label(col))
    if (spans := spans_of(question)) and not _covers(labels, spans):
        return None, None  # a period asked, a cell of one year: the sentence naming the period answers
    return Cell(ti, ri, col, row[col], labels), (ti, ri)
