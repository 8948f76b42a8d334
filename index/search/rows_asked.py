"""The table rows a figure question names, shown side by side: the rows of the years asked
("fra 2021 til 2025") or of the councils asked ("KKR Sjælland, sammenlignet med KKR Syddanmark"),
or of the bodies asked by acronyms the item never writes ("SKU vs PPU": "Sundhedskoordinationsudvalget",
"Praksisplanudvalget"), of the one table that holds most of them (index.search.shown puts them first)."""

from __future__ import annotations


from index.lazy_patterns import lazy
from index.model import AgendaItem
from index.search.averages import asks_average, average_rows
from index.search.cells import names_council
from index.question.years_asked import years_asked
from index.search.units import Asked, Unit, Window, is_row, window_of
from index.search.years_named import measured_against

__all__ = ["names_a_council", "rows_of_acronyms", "rows_of_councils", "rows_of_years", "spells"]


def rows_of_years(item: AgendaItem, units: list[Unit], asked: Asked) -> list[Window]:
    """A figure asked of two or more years ("hvordan har antallet udviklet sig fra 2021 til
    2025"): the rows labelled with those years, of the table holding most of them (and two at
    least; one when the question sets its year against another figure)."""
    years = years_asked(asked.text)  # one reading: "2025 og året før" (years_asked.py)
    measured = measured_against(asked.text)  # "op over de 9.000 … i 2025?": that year's row (years_named.py)
    least = 1 if asked.against or measured or asks_average(asked.text) else 2  # one year set against another figure (or the average): that year's row beside it
    if len(years) < least or (asked.answer_type not in ("number", "compare") and not measured) or not item.tables:
        return []
    by_table: dict[int, list[Unit]] = {}
    for u in units:
        if is_row(item, u.passage) and u.passage.row < len(item.tables[u.passage.table].rows):  # type: ignore[index, operator]
            label = item.tables[u.passage.table].rows[u.passage.row][0].strip()  # type: ignore[index]
            if label in years:
                by_table.setdefault(u.passage.table, []).append(u)  # type: ignore[arg-type]
    best = max(by_table.values(), key=lambda rs: (len({r.index for r in rs}), sum(r.score for r in rs)), default=[])
    return average_rows(item, units, asked, [window_of([u]) for u in best]) if len(best) >= least else []  # "… compared with the average": its row too (averages.py)


def _row_label(item: AgendaItem, u: Unit) -> str | None:
    """A table row's label, when the unit is a row of one of the item's tables."""
    if not is_row(item, u.passage) or u.passage.row >= len(item.tables[u.passage.table].rows):  # type: ignore[index, operator]
        return None
    return item.tables[u.passage.table].rows[u.passage.row][0].strip()  # type: ignore[index]


def names_a_council(item: AgendaItem, w: Window, asked: Asked) -> bool:
    label = _row_label(item, w.first)
    return label is not None and names_council(label, asked.councils)


def rows_of_councils(item: AgendaItem, units: list[Unit], asked: Asked) -> list[Window]:
    """A figure asked of two or more councils ("KKR Sjælland, sammenlignet med KKR Syddanmark"),
    or one council's figures compared ("KKR Nordjylland … 2026 vs 2027, helpers and assistants"):
    the row of each council asked, of the table holding most of them, so both sides are in view."""
    least = 1 if asked.answer_type == "compare" else 2
    if len(asked.councils) < least or asked.answer_type not in ("number", "compare") or not item.tables:
        return []
    by_table: dict[int, dict[str, Unit]] = {}
    for u in units:
        label = _row_label(item, u)
        if label is not None and names_council(label, asked.councils):
            by_table.setdefault(u.passage.table, {}).setdefault(label.casefold(), u)  # type: ignore[arg-type]
    best = max(by_table.values(), key=len, default={})
    return [window_of([u]) for u in best.values()] if len(best) >= least else []


_ACRONYM = lazy(r"(?<![\w-])([A-ZÆØÅ]{2,5})(?![\w-])")
SPELLED = 3  # a label's first word at least this many times as long as the acronym it spells


def spells(acronym: str, label: str) -> bool:
    """Does a row label spell an acronym staff write for it: its first word begins with the
    acronym's first letter and holds its other letters in order, and is long enough to be the
    compound they stand for ("PPU": "Praksisplanudvalget"; "SKU": "Sundhedskoordinationsudvalget")?"""
    words = label.split()
    first = words[0].casefold() if words else ""
    letters = acronym.casefold()
    if not first or first[0] != letters[0] or len(first) < SPELLED * len(letters):
        return False
    rest = iter(first[1:])
    return all(ch in rest for ch in letters[1:])


def rows_of_acronyms(item: AgendaItem, units: list[Unit], asked: Asked) -> list[Window]:
    """Two or more bodies compared by the acronyms staff write for them ("SKU vs PPU - hvor mange
    medl udpeger KKR MJ?"), which the item never writes: the row each acronym spells, of the table
    holding most of them, so both sides are in view (as rows_of_councils does for councils)."""
    acronyms = list(dict.fromkeys(_ACRONYM.findall(asked.text)))
    if len(acronyms) < 2 or asked.answer_type not in ("number", "compare") or not item.tables:
        return []
    by_table: dict[int, dict[str, Unit]] = {}
    for u in units:
        label = _row_label(item, u)
        if label is None:
            continue
        for acronym in acronyms:
            if spells(acronym, label):
                by_table.setdefault(u.passage.table, {}).setdefault(acronym, u)  # type: ignore[arg-type]
    best = max(by_table.values(), key=len, default={})
    return [window_of([u]) for u in best.values()] if len(best) >= 2 else []
