"""Every item's council and meeting day as arrays, built once per searcher.

Questions about meetings ("the next meeting after September 2021", "minutes from 2015") need
the council and date of many items: on 100k items a date range holds thousands. Reading them
from stored fields costs ~60 µs an item; here they come from the postings of the exact-match
fields `council`, `meeting_date`, `kind` and `item_number` (one read per distinct value, once
per index snapshot) and are then looked up per document number for free.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from datetime import date

import numpy as np
from whoosh.searching import Searcher

from index.search.bm25 import BM25_B, BM25_K1, scorer_for

__all__ = ["DocTable", "doc_table"]


@dataclass
class DocTable:
    """Per document number: is it an item, its council (index into `councils`, -1 none), its
    meeting day (proleptic ordinal, 0 when undated), and whether it is item 6.1."""

    councils: list[str]
    council: np.ndarray
    day: np.ndarray
    is_item: np.ndarray
    six_one: np.ndarray

    def items_between(self, start: date, end: date | None) -> np.ndarray:
        """Document numbers (ascending) of dated items whose meeting is in [start, end]."""
        mask = self.is_item & (self.day >= start.toordinal())
        if end is not None:
            mask &= self.day <= end.toordinal()
        return np.flatnonzero(mask)

    def council_of(self, docnum: int) -> str:
        k = int(self.council[docnum])
        return self.councils[k] if k >= 0 else ""

    def day_of(self, docnum: int) -> date | None:
        d = int(self.day[docnum])
        return date.fromordinal(d) if d else None


def _build(searcher: Searcher) -> DocTable:
    scorer = scorer_for(searcher, BM25_B, BM25_K1)
    size = scorer.size
    reader = searcher.reader()

    def docs(field: str, value: str) -> np.ndarray:
        return scorer.postings(field, value)[0]

    is_item = np.zeros(size, dtype=bool)
    is_item[docs("kind", "item")] = True
    six_one = np.zeros(size, dtype=bool)
    six_one[docs("item_number", "6.1")] = True
    six_one &= is_item
    councils = [t.decode() if isinstance(t, bytes) else t for t in reader.lexicon("council")]
    council = np.full(size, -1, dtype=np.int16)
    for k, name in enumerate(councils):
        council[docs("council", name)] = k
    day = np.zeros(size, dtype=np.int32)
    for t in reader.lexicon("meeting_date"):
        text = t.decode() if isinstance(t, bytes) else t
        try:
            day[docs("meeting_date", text)] = date.fromisoformat(text).toordinal()
        except ValueError:
            continue
    return DocTable(councils, council, day, is_item, six_one)


_TABLES: weakref.WeakKeyDictionary[Searcher, DocTable] = weakref.WeakKeyDictionary()


def doc_table(searcher: Searcher) -> DocTable:
    """The searcher's table (built on first use: one postings read per distinct date)."""
    table = _TABLES.get(searcher)
    if table is None:
        table = _TABLES[searcher] = _build(searcher)
    return table
