"""A compared pair: one sentence that sets two figures against each other ("309 pladser i 2023,
mod 400 pladser i 2022", "øges antallet af lærepladser fra 9.000 til 11.000", "75 pladser i
stedet for 150 pladser"; not an
enumeration, "43 pct. på dagtilbud, 35 pct. på specialtilbud og 22 pct. …"). A question that compares ("how did 2023 compare with
the year before", "X vs Y") is answered by such a sentence: index.search.shown puts it beside
the best passage when none shown holds one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from index.lazy_patterns import lazy
from index.search.values import values_in

if TYPE_CHECKING:  # (annotations only: index.search.changes, read by the rerank, imports sets_pair)
    from index.search.units import Unit, Window

__all__ = ["PAIR_SHARE", "holds_pair", "sets_pair"]

PAIR_SHARE = 0.25  # a pair is shown beside the best passage when its window scores this share of it
PAIR_GAP = 60  # characters between the two figures of a pair
# What stands between two figures set against each other: "mod", "i forhold til", "end", "vs.".
_AGAINST = lazy(
    r"\b(?:mod|i\s+forhold\s+til|end|mens|hvorimod|sammenlignet\s+med|over\s+for|i\s+stedet\s+for|versus|vs|"
    r"against|compared\s+(?:with|to)|than|while|whereas|instead\s+of|rather\s+than)\b",
    re.IGNORECASE,
)
_FROM_TO = lazy(r"\bfra\s+$", re.IGNORECASE)  # "fra 9.000 til 11.000": one value, a pair of figures


def sets_pair(text: str) -> bool:
    """Does a sentence set two figures against each other, close together?"""
    figures = [v for v in values_in(text, "number") if v.strength >= 0.7]
    for a, b in zip(figures, figures[1:]):
        between = text[a.end : b.start]
        if len(between) <= PAIR_GAP and _AGAINST.search(between) and not re.search(r"[.;:]\s", between):
            return True
    return any(" til " in v.text and _FROM_TO.search(text[max(0, v.start - 5) : v.start]) for v in figures)


def holds_pair(w: Window, least: float = 0.0) -> bool:
    """Does one of a window's sentences set two figures against each other, holding question
    words of its own (more than `least`) and figures of the unit asked?"""
    return any(u.score > least and u.typed and _sets(u) for u in w.units)


def _sets(u: Unit) -> bool:
    """A sentence, or a list one of whose lines ("– Antallet af særlige pladser nedjusteres. Det
    vurderes, at … 75 pladser i stedet for 150 pladser …"), sets two figures against each other."""
    return u.passage.kind in ("sentence", "list") and sets_pair(u.passage.text)
