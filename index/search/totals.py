"""A figure asked in total, or of the whole country ("in total", "i alt", "samlet", "overall") is the table's total row:
the row labelled "I alt" / "Ialt" / "Total" / "Samlet" (the pedagogue places' "Ialt (63) 1329 (209)
1329").

A total row names no place or council the question could name, so the row pick by label
(index/search/cells.py) found no row for "how many places are there in total across the campuses"
and showed the first campus. Read only when the question says it asks a total. Not a column headed
"I alt": picking it gave "the total number of contracts in 2025 compared with the five-year
average" the 2025 total as its answer line in place of the sentence with the average, which was
then no longer shown (blind-round7-journalist b7j19).

A figure asked of the whole country ("på landsplan", "i hele landet", "nationwide", "across all five
KKRs", "alle KKR'er") is the national row of a table of councils: "Hele landet 3.000 4.500 6.000
6.500" (the five-KKR tables of 001 item 3.2 and 003 item 3.4). Without it, a national figure asked
in English ("across all five KKRs") named no row, and one council's row or none was shown. Kept
apart from the total row: "Hele landet" is no "I alt" of a list of campuses, and "in total" alone
does not ask the country.
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy

__all__ = ["TOTAL", "asks_national", "asks_total", "is_national", "is_total"]

TOTAL = 1.0  # what naming the total counts for a row, as one question word does
_ASKS = lazy(
    r"\b(?:i\s*alt|in\s+total|totalt?|totalen|the\s+total|samlet|samlede|sammenlagt|altogether|overall|in\s+all|combined)\b",
    re.IGNORECASE,
)
_LABEL = lazy(r"^\s*(?:i\s*alt|total|totalt|samlet|sum)\b", re.IGNORECASE)


_NATIONAL_ASKED = lazy(
    r"\b(?:hele\s+landet|landsplan|landsplanen|nationalt|landstal(?:let)?|hele\s+danmark|"
    r"alle\s+(?:de\s+)?(?:fem\s+)?kkr(?:'?er(?:ne)?|-?områder)?|samtlige\s+kkr|"
    r"nationwide|nationally|national|country(?:wide)?|all\s+of\s+denmark|across\s+denmark|"
    r"all\s+(?:the\s+)?(?:five\s+)?(?:kkrs?|councils|regions))\b",
    re.IGNORECASE,
)
_NATIONAL_LABEL = lazy(r"^\s*(?:hele\s+landet|landsplan|hele\s+danmark|danmark|landet|national)\b", re.IGNORECASE)


def asks_national(question: str) -> bool:
    """"på landsplan", "i hele landet", "nationwide", "across all five KKRs": the whole country asked."""
    return bool(_NATIONAL_ASKED.search(question))


def is_national(label: str) -> bool:
    """"Hele landet", "Landsplan", "Danmark": the label of a table's row for the whole country."""
    return bool(_NATIONAL_LABEL.match(label))


def asks_total(question: str) -> bool:
    return bool(_ASKS.search(question))


def is_total(label: str) -> bool:
    """"Ialt", "I alt", "Total", "Samlet …": the label of a table's total row or column."""
    return bool(_LABEL.match(label))
