"""Every item's council and meeting day as arrays, built once per index snapshot.

Questions about meetings ("the next meeting after September 2021", "minutes from 2015") need
the council and date of many items: on 100k items a date range holds thousands. Reading them
from stored fields costs ~60 µs an item; here they come from the postings of the exact-match
fields `council`, `meeting_date`, `kind` and `item_number` (one read per distinct value, once
per index snapshot, by `index.snapshot`) and are then looked up per document number for free.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

__all__ = ["DocTable"]


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
