"""One item of a ranking put first, the others kept in their order: the move three of reorder's
steps make (year_stated: the item stating the asked year's fact in a sentence of that year;
year_kinds: the item whose table gives the year's figures of both kinds asked, marked of the time
asked; own_decision: the same meeting's item whose Beslutning decides, with the first item's score;
dated_points: the news item whose sub-heading names the asked event's day; minutes_asked: the approval
of the minutes asked about).

Why a module: each step wrote the same tuple of three slices (round 22, HEALTH22); what decides
which item moves, and how it is marked, stays each step's own. Not in rank.py, which holds the
ranking itself and may not grow.
"""

from __future__ import annotations

from dataclasses import replace

from index.search.rank import Ranked, Ranking

__all__ = ["put_first"]


def put_first(ranking: Ranking, at: int, moved: Ranked | None = None) -> Ranking:
    """`ranking` with its item at `at` first (as `moved` when given: the same item, marked), the
    others after it in their order."""
    ranked = ranking.ranked
    return replace(ranking, ranked=(ranked[at] if moved is None else moved, *ranked[:at], *ranked[at + 1 :]))
