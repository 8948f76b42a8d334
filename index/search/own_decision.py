"""A meeting's own decision before an item of it that records another meeting's (round 19, NEARBY19).

Why: two items of one meeting may hold the same request or decision in their words, one as this
meeting's decision and one as what an earlier meeting decided. "Hvad bad KKR Midtjylland KD-Net om på
mødet i sep. 25?" found the EU office's item (3.3), whose background recalls "På seneste møde den 18.
juni 2025 besluttede KKR Midtjylland at anmode KD-Net om at udarbejde et oplæg …", before the briefing
item (2.1) whose Beslutning records the September meeting's own request: "KKR Midtjylland anmodede
KD-Net om at komme med et oplæg til, hvordan …". Asked of a meeting named by its time, when the first
item's sentence holding the question's words dates that decision to a meeting before the time asked
and its own Beslutning decides nothing (a status heard: "Jesper Kaas gav status på drøftelserne i
KD-Net"), another item of the same meeting whose Beslutning decides in the question's words is the
one asked about: it comes first. A first item whose own Beslutning decides anything ("Sagen udsættes
til næste møde": the KKR evaluation, whose background recalls the April meeting's decision to make
it) is the meeting's decision on its matter and stays first. Asked of the earlier meeting, the
recording item still speaks for it (recorded_meeting.py). Runs after rank (index/search/reorder.py),
on the items rank read whole.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from index.analysis import analyze
from index.dates import find_dates
from index.model import BESLUTNING, AgendaItem
from index.question.parse import ParsedQuestion
from index.search.deciding import states_decision
from index.search.meeting_asked import MONTHS_WINDOW
from index.search.promote import put_first
from index.search.rank import Concept, Ranking

__all__ = ["own_decision_first"]

READ = 5  # the items rank read whole


def _holds(text: str, own: list[Concept]) -> bool:
    """Does `text` hold every one of the question's own words?"""
    stems = frozenset(analyze(text))
    return all(k.matched_by(stems) for k in own)


def _dated_before(item: AgendaItem, own: list[Concept], start: date) -> bool:
    """Does a sentence of `item` holding the question's words record a decision dated to a day before `start`?"""
    return any(
        states_decision(p.text) and _holds(p.text, own) and any(d.value < start for d in find_dates(p.text))
        for p in item.passages
    )


def _decides(item: AgendaItem, own: list[Concept]) -> bool:
    """Does a sentence of `item`'s Beslutning decide in the question's words?"""
    return any(p.section == BESLUTNING and states_decision(p.text) and _holds(p.text, own) for p in item.passages)


def _decides_any(item: AgendaItem) -> bool:
    """Does `item`'s Beslutning decide anything (not only hear a status): "Sagen udsættes til næste møde" does."""
    return any(p.section == BESLUTNING and states_decision(p.text) for p in item.passages)


def _same_meeting(a: AgendaItem, b: AgendaItem) -> bool:
    return a.council == b.council and (a.meeting_date, a.date_window) == (b.meeting_date, b.date_window)


def own_decision_first(ranking: Ranking, parsed: ParsedQuestion) -> Ranking:
    """`ranking` with the first item of the meeting asked whose Beslutning decides in the question's
    words put first, when the first item only records that decision as an earlier meeting's (module doc)."""
    start, end = parsed.meeting_from, parsed.meeting_to
    if start is None or end is None or (end - start).days > MONTHS_WINDOW or parsed.intent == "next_meeting":
        return ranking
    ranked = ranking.ranked[:READ]
    # the question's own words the first item holds (a verb asked in other words, "bad" for "anmodede", aside)
    own = [k for k in ranking.concepts if not k.expansion and k.matched_by(ranked[0].stems)] if ranked else []
    if len(ranked) < 2 or not own or not _dated_before(ranked[0].item, own, start) or _decides_any(ranked[0].item):
        return ranking
    for i, r in enumerate(ranked[1:], 1):
        if _same_meeting(r.item, ranked[0].item) and _decides(r.item, own):
            return put_first(ranking, i, replace(r, score=max(r.score, ranked[0].score)))
    return ranking
