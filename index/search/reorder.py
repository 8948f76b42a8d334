"""The orders put on rank's ranking before the answer is built, in one place (engine.ask).

Why: each is a kind of question whose right item rank's score alone puts below a neighbour: the
approval of a meeting's minutes asked about (minutes_asked), a meeting's or an event's date a news
item reports under a dated point (dated_points), a list
of the thing a list question names (list_named), a named person's seat changing hands
(seat_change), a past meeting's decision that a later item records (recorded_meeting), a past
decision rather than the next meeting's plan and what the members added (past_decided), a year's fact
stated in a sentence of that year before another document's item that only tables it (year_stated), one
year's figures of two kinds given side by side by one item's table (year_kinds), a
figure of one year given by a table's column of that year before items about other years
(year_column), a meeting's own decision before an item recalling an earlier meeting's (own_decision). Each reads
modules that import rank, so rank cannot call them (an import cycle); they run in this order, each
on the order the one before it left.
"""

from __future__ import annotations

from collections.abc import Callable

from index.question.parse import ParsedQuestion
from index.search.dated_points import dated_points_first
from index.search.list_named import weigh_lists
from index.search.minutes_asked import minutes_first
from index.search.own_decision import own_decision_first
from index.search.past_decided import additions_first, past_decisions_first
from index.search.rank import Ranking
from index.search.recorded_meeting import recorded_meetings
from index.search.seat_change import weigh_seats
from index.search.year_column import year_columns_first
from index.search.year_kinds import year_kinds_first
from index.search.year_stated import year_statements_first

__all__ = ["REORDERS", "reorder"]

REORDERS: tuple[Callable[[Ranking, ParsedQuestion], Ranking], ...] = (
    minutes_first, dated_points_first, weigh_lists, weigh_seats, recorded_meetings, past_decisions_first, additions_first, year_statements_first, year_kinds_first,
    year_columns_first, own_decision_first,
)


def reorder(ranking: Ranking, parsed: ParsedQuestion) -> Ranking:
    """`ranking` after every step of REORDERS, in order."""
    for step in REORDERS:
        ranking = step(ranking, parsed)
    return ranking
