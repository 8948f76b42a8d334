"""What a past meeting decided is answered by the item recording it, not by a plan (round 17,
DECIDED17 step 3).

A time asked about may hold a meeting held and one only planned: "Was anything settled on the
appointment list at the autumn 2025 meeting?" names autumn 2025, when KKR Midtjylland met in
September and planned its October meeting. The ranking puts the items of a planned meeting first
(`Ranked.planned`: the plan item announcing it, 6.1, "Udpegningsliste for KKR Midtjylland" among its
lines), which answers a question of what a coming meeting will take up. Asked what was decided, in
words that do not point ahead ("will", "skal", "planned"), a plan item whose own Beslutning does not hold
the matter only announces it: when an item of a held meeting of that time, with a Beslutning, holds as
much of the question, the plan item is put after that item (it loses its place ahead of the others).
The same holds with no time asked: "What did the members add to the outgoing council's advice?" found
first the plan item whose background names "det afgående KKR". A question of what is planned, or a time
holding only the planned meeting, keeps the plan first.

What the members added, stressed or asked for on top of the recommendation ("what did the members
add", "hvad tilføjede medlemmerne") is read in a decision's own sentences beyond taking the
recommendation ("Derudover var der enighed om, at …", "KKR Midtjylland anmodede KD-Net om …"): the first
ranked item with such a sentence, holding as much of the question as the first, comes first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.lazy_patterns import lazy
from index.model import BESLUTNING, AgendaItem
from index.question.parse import ParsedQuestion
from index.search.figure import stems_of_text
from index.search.meeting_plans import plans_a_meeting
from index.search.rank import Ranked, Ranking

__all__ = ["additions", "additions_first", "past_decisions_first"]

READ = 10  # the first ranked items read (the ranking's own limit)

# A verb that points ahead: what a meeting will decide or take up is its plan's ("what will they
# decide", "hvad skal besluttes", "is planned"); not "the next term", a matter's words.
_AHEAD = lazy(
    r"\b(?:will|shall|going\s+to|planned|skal|vil|kommer\s+til\s+at|planlagt|planlægges)\b",
    re.IGNORECASE,
)


def _decided_on(r: Ranked) -> bool:
    """Does the item's own decision hold a word of the question it matched?"""
    return bool(r.item.decision) and bool(r.matched & stems_of_text(r.item.decision or ""))


def _announces_only(r: Ranked) -> bool:
    """A plan item (6.1, "Punkter til kommende møde") whose own decision holds none of the question's
    words it matched: the matter is a line of its plan or of its background."""
    return plans_a_meeting(r.item.title, r.item.section) and not _decided_on(r)


def past_decisions_first(ranking: Ranking, parsed: ParsedQuestion) -> Ranking:
    """The ranking with each plan item that only announces the matter asked put after the first
    item of a held meeting (one with a Beslutning), when a past decision is asked and that item holds
    as much of the question (see the module doc); else unchanged."""
    if parsed.intent != "decision" or _AHEAD.search(parsed.text):
        return ranking
    ranked = list(ranking.ranked)
    plans = [r for r in ranked if _announces_only(r)]
    if not plans:
        return ranking
    least = min(r.coverage for r in plans)
    decider = next((r for r in ranked if r.in_time and r.item.decision and not plans_a_meeting(r.item.title, r.item.section)
                    and r.coverage >= least), None)  # fmt: skip
    if decider is None or ranked.index(decider) < ranked.index(plans[0]):
        return ranking
    at = ranked.index(decider)
    ahead = [r for r in ranked[:at] if r in plans]
    moved = [replace(r, planned=False) for r in ahead]
    kept = [r for r in ranked if r not in ahead]
    at = kept.index(decider) + 1
    return replace(ranking, ranked=tuple(kept[:at] + moved + kept[at:]))


# What the members added, stressed or asked for on top of the recommendation (round 17, DECIDED17):
# the Beslutning's own sentences beyond taking the recommendation ("Derudover var der enighed om, at …",
# "Der blev gjort opmærksom på …", "KKR Midtjylland anmodede KD-Net om …").
_ADDED_ASKED = lazy(
    r"\b(?:add(?:ed|s)?|tilføje(?:de|t)?|on\s+top\s+of|in\s+addition\s+to|ud\s+over|udover|derudover)\b", re.IGNORECASE
)
# A decision's sentence that takes the recommendation or reports what was presented: no addition.
_TAKEN = lazy(
    r"\b(?:til\s+efterretning|tiltr(?:å|aa)dte|tiltræder|godkend(?:te|er|t|es)|drøftede\s+sagen\b[^,.]*\.?$|"
    r"orienterede|gav\s+(?:en\s+)?status|holdt\s+oplæg|afgav\s+beretning|vedlægges|intet\s+at\s+bemærke|"
    r"blev\s+aflyst|udsættes)\b",
    re.IGNORECASE,
)


def additions(item: AgendaItem) -> tuple[str, ...]:
    """The sentences of `item`'s Beslutning that add to the recommendation (see above)."""
    return tuple(p.text for p in item.passages if p.section == BESLUTNING and not _TAKEN.search(p.text))


def additions_first(ranking: Ranking, parsed: ParsedQuestion) -> Ranking:
    """For a question of what the members added (intent decision, "add", "tilføjede", "on top of"),
    the first ranked item whose decision adds to its recommendation, put first when it holds as much
    of the question as the first; else unchanged."""
    if parsed.intent != "decision" or not _ADDED_ASKED.search(parsed.text) or len(ranking.ranked) < 2:
        return ranking
    ranked = list(ranking.ranked)
    first = ranked[0]
    if additions(first.item):
        return ranking
    adder = next((r for r in ranked[1:READ] if r.in_time and r.coverage >= first.coverage and additions(r.item)), None)
    if adder is None:
        return ranking
    return replace(ranking, ranked=tuple([adder] + [r for r in ranked if r is not adder]))
