"""An item weighed up after rank, and the ranking ordered again as rank orders it.

Why: the orders after rank that weigh an item for what it holds (list_named's list of the asked
thing, seat_change's named seat change) each wrote the same step: weigh the flagged items, then put
planned items first in rank's order and the rest by score. One definition keeps their order rank's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from index.search.rank import Ranking

__all__ = ["reweigh"]


def reweigh(ranking: Ranking, flagged: Sequence[bool], factor: float) -> Ranking:
    """`ranking` with each flagged item's score times `factor`, ordered again (planned items first,
    in rank's order, then the rest by score); unchanged when no item or every item is flagged."""
    if not any(flagged) or all(flagged):
        return ranking
    weighed = [replace(r, score=r.score * factor) if f else r for r, f in zip(ranking.ranked, flagged)]
    planned = [r for r in weighed if r.planned]
    rest = sorted((r for r in weighed if not r.planned), key=lambda r: (-r.score, r.item.id))
    return replace(ranking, ranked=tuple(planned + rest))
