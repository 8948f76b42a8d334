"""A figure asked in total ("in total", "i alt", "samlet", "overall") is the table's total row:
the row labelled "I alt" / "Ialt" / "Total" / "Samlet" (the pedagogue places' "Ialt (63) 1329 (209)
1329").

A total row names no place or council the question could name, so the row pick by label
(index/search/cells.py) found no row for "how many places are there in total across the campuses"
and showed the first campus. Read only when the question says it asks a total. Not a column headed
"I alt": picking it gave "the total number of contracts in 2025 compared with the five-year
average" the 2025 total as its answer line in place of the sentence with the average, which was
then no longer shown (blind-round7-journalist b7j19).
"""

from __future__ import annotations

import re

__all__ = ["TOTAL", "asks_total", "is_total"]

TOTAL = 1.0  # what naming the total counts for a row, as one question word does
_ASKS = re.compile(
    r"\b(?:i\s*alt|in\s+total|totalt?|totalen|the\s+total|samlet|samlede|sammenlagt|altogether|overall|in\s+all|combined)\b",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^\s*(?:i\s*alt|total|totalt|samlet|sum)\b", re.IGNORECASE)


def asks_total(question: str) -> bool:
    return bool(_ASKS.search(question))


def is_total(label: str) -> bool:
    """"Ialt", "I alt", "Total", "Samlet …": the label of a table's total row or column."""
    return bool(_LABEL.match(label))
