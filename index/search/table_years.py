"""A figure compared over years, or of a council, read from a table: the item whose table holds it.

A question comparing one programme's figures over two years ("how does the number of assistant
places for KKR Nordjylland change from 2026 to 2027?", "ændrede antallet af hjælperelever i KKR
Hovedstaden sig fra 2025 til 2026?") is answered by the table with a column for each year asked, and
the five-KKR tables give every council's row in one council's minutes. The ranking read neither: the
council asked put that council's own item on another programme year first (KKR Nordjylland's 2022
SOSU item), and two tables of the same programme, one with both years asked and one with only the
later, ranked by their words alone.

So, among the items read whole (the top of the ranking), for a number or comparison asked of two years
or more: an item with a table whose columns name every year asked (or, no council asked, whose rows
are every year asked: the contracts signed "2021" … "2025") weighs ALL_YEARS more; and
when a council is asked, that table's row of the council counts for it (issue 10: "a figure of a
council named in another council's document counts for the council named"), so the item loses the
other-council penalty of the rerank (rank.COUNCIL_MISMATCH).

Only a table that counts what the question asks weighs (round 16, TABLES16; index.search.table_topic):
the contracts signed per year ("2022 5.548 3.980 9.528") gave the SOSU item the weight for the
places of the merit pedagogue programme "in 2023 and the year before", since the years alone were
asked of the table. Topic fit first, years second. A sentence naming every year asked beside a
figure, of what is asked ("… meritpædagoguddannelsen … – 309 pladser i 2023, mod 400 pladser i 2022"),
weighs as such a table would: the item gives the years' figures in sentence form (years_named.py
shows it; years_asked.names_every_year reads it here).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from index.model import AgendaItem, Table
from index.question.parse import ParsedQuestion
from index.question.years_asked import names_every_year
from index.search.cells import names_council, years_of
from index.search.table_topic import fits, sentence_fits
from index.search.totals import asks_national, is_national

if TYPE_CHECKING:
    from index.search.rank import Concept

__all__ = ["ALL_YEARS", "gives_years", "table_factor"]

ALL_YEARS = 3.0  # as a year in the title (rank.YEAR_IN_TITLE)


def _years(table: Table) -> frozenset[str]:
    """The years the table's column labels name ("Dimensionering 2026", "2024/2025")."""
    out: frozenset[str] = frozenset()
    for col in range(1, len(table.header)):
        out |= years_of(table.column_label(col))
    return out


def _row_years(table: Table) -> frozenset[str]:
    """The years that are row labels alone ("2022" of the contracts signed per year)."""
    return frozenset(r[0].strip() for r in table.rows if r and len(r[0].strip()) == 4 and years_of(r[0]))


def gives_years(item: AgendaItem, parsed: ParsedQuestion) -> bool:
    """Does a table of the item give the row asked (a council's, or the whole country's when that is
    asked) under a column of every year asked ("Dimensionering 2025")? Such an item is of the time
    asked for a figure question, whatever its title names: "Fordeling af lærepladser … i 2026" lays
    out 2025 beside 2026, and KKR Nordjylland's 2025 figure is read from it (rank.py's in_time reads
    the title and the meeting only). A table of another figure that merely has the year ("2021" of
    the contracts signed) does not make the item of that year for the places of a council."""
    if parsed.answer_type not in ("number", "compare") or not parsed.years or not item.tables:
        return False
    asked = frozenset(str(y) for y in parsed.years)
    national = asks_national(parsed.text)
    return any(
        asked <= _years(t)
        and any(names_council(row[0], parsed.councils) or national and is_national(row[0]) for row in t.rows)
        for t in item.tables
    )  # fmt: skip


def table_factor(item: AgendaItem, parsed: ParsedQuestion, council_mismatch: float,
                 concepts: Sequence[Concept] = (), background: Collection[str] = ()) -> float:  # fmt: skip
    """The factor of a whole-read item's score for `parsed` (see the module docstring); 1.0 when
    the question asks no figure of years or the item has no table with a column (or row) of each
    that counts what the question asks (its words, `concepts`: table_topic.py)."""
    if parsed.answer_type not in ("number", "compare") or len(set(parsed.years)) < 2:
        return 1.0  # (of one year, another council's row stays a near miss: "how many did they actually take on")
    asked = frozenset(str(y) for y in parsed.years)
    councils = parsed.councils
    if (not councils or item.council in councils) and any(
        p.kind == "sentence" and names_every_year(p.text, asked) and sentence_fits(item, p.text, concepts, councils, background)
        for p in item.passages
    ):
        return ALL_YEARS  # one sentence gives the figures of every year asked, of what is asked: as a table would
    full = any(
        (asked <= _years(t) and (not councils or any(names_council(row[0], councils) for row in t.rows))
         or not councils and asked <= _row_years(t))  # the years as rows: "sosu aftaler i alt 2022 ift 2024"
        and fits(item, t, concepts, councils, background)  # topic first: what the table counts (round 16)
        for t in item.tables
    )  # fmt: skip
    if not full:
        return 1.0
    factor = ALL_YEARS
    if councils and item.council not in councils:
        factor /= council_mismatch
    return factor
