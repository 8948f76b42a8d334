"""Rows of a table grouped under a heading row (round 16, LISTS16). An appointments or term table
lists bodies by area, the area a row of its own with no cells ("Sundhedsområdet", then
"Sundhedskoordinationsudvalget 5 medlemmer (1 overlap til PPU)", "Praksisplanudvalget 5
medlemmer", …). "Hvilke udvalg på sundhedsområdet udpegede KKR Midtjylland medlemmer til?" names
the area, not one body: the answer is the group's rows, which hold none of the question's words
(the area's name is in its heading row only), so the item's other passages were shown. For a
list question, or a count that names no one row, whose words name a group's heading row (and no
row of another group), the group's rows are the window shown first (index.search.shown)."""

from __future__ import annotations

from index.analysis import WORD, word_stems
from index.model import AgendaItem
from index.search.units import Unit, Window, WordCredits, is_row, window_of

__all__ = ["grouped_rows"]


def grouped_rows(item: AgendaItem, units: list[Unit], memo: WordCredits, answer_type: str, listed: tuple[str, ...] = ()) -> Window | None:
    """The window of the rows under the heading row the question's words name most, for a list or
    count question (the caller asks for a count only when no one row's cell answers it); None when
    no heading row with two or more rows under it is named, or when a row's label holds a question
    word itself (not as a part of a compound, and not the word for what is listed: `listed`): the
    question names the rows it asks about ("the health coordination committee compared with the
    practice planning committee"), which are shown as rows."""
    if answer_type not in ("list", "number"):
        return None
    if any(_names_row(cells[0], memo, listed) for table in item.tables for cells in table.rows if cells and any(c.strip() for c in cells[1:])):
        return None
    best: tuple[float, Window] | None = None
    for t, table in enumerate(item.tables):
        rows = [u for u in units if is_row(item, u.passage) and u.passage.table == t]
        heads = [r for r, cells in enumerate(table.rows) if cells and cells[0].strip() and not any(c.strip() for c in cells[1:])]
        if not rows or not heads:
            continue
        for h, r in enumerate(heads):
            end = heads[h + 1] if h + 1 < len(heads) else len(table.rows)
            members = [u for u in rows if r < u.passage.row < end]  # type: ignore[operator]
            named = _named(table.rows[r][0], memo)
            if len(members) < 2 or named <= 0:
                continue
            if best is not None and best[0] >= named:
                continue
            best = (named, window_of(members))
    return best[1] if best is not None else None


def _names_row(label: str, memo: WordCredits, listed: tuple[str, ...]) -> bool:
    """Does a row label hold one of the question's own words, other than the listed thing's?"""
    for m in WORD.finditer(label):
        stems = word_stems(m.group().lower())
        if any(st in memo.weights for st in stems) and not any(st in listed for st in stems):
            return True
    return False


def _named(label: str, memo: WordCredits) -> float:
    """The question's weight a row label's words hold (each concept once, at its best credit)."""
    held: dict[str, float] = {}
    for m in WORD.finditer(label):
        for key, w in memo.credits(word_stems(m.group().lower()))[0]:
            held[key] = max(held.get(key, 0.0), w)
    return sum(held.values())
