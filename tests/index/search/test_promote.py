"""Round 22 (HEALTH22): one item of a ranking put first, the others in their order (index/search/
promote.py), the move year_stated, year_kinds and own_decision each wrote. On the sample index's own
ranking of a question none of the sets asks."""

from __future__ import annotations

from dataclasses import replace

from index.search.promote import put_first
from index.search.rank import rank
from tests.support.sample import TODAY


def test_an_item_put_first_keeps_the_others_in_their_order(sample_engine) -> None:
    snapshot = sample_engine._snapshot
    parsed = sample_engine._read(snapshot, "Hvor mange SOSU-elever blev der dimensioneret til i 2025?", TODAY)
    ranking = rank(snapshot, parsed, today=TODAY, limit=10)
    ranked = ranking.ranked
    assert len(ranked) >= 4
    moved = put_first(ranking, 2)
    assert moved.ranked == (ranked[2], ranked[0], ranked[1], *ranked[3:])
    assert (moved.concepts, moved.meeting_missing) == (ranking.concepts, ranking.meeting_missing)
    marked = replace(ranked[3], in_time=True, score=ranked[0].score)  # as year_kinds and own_decision mark it
    assert put_first(ranking, 3, marked).ranked == (marked, *ranked[:3], *ranked[4:])
    assert put_first(ranking, 0) == ranking
