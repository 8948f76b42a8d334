"""A past meeting's decision recorded by a later document (round 17, DECIDED17).

"What did KKR Midtjylland decide at its meeting on 21 November 2023 about …?": the index holds no
minutes of that meeting, so the answer was refused ("no minutes of the meeting 2023-11-21"). Yet a
later item often records what that meeting decided, in one sentence naming it: "KKR Midtjylland
besluttede på mødet den 21. november 2023 at anmode KD-Net om …", "Indeværende kontrakt … blev
godkendt på møde i KKR Nordjylland den 5. feb. 2021", "… godkendte KKR Midtjylland på mødet den
8. april 2025 en strategi- og handlingsplan …". Such an item speaks for the meeting asked about: for
a question of what that meeting decided (or what happened at it), the meeting is not missing, and
the item is of the time asked (its date may be written in a short form the month's stem does not
read, "5. feb. 2021").

A sentence naming the meeting without a decision in the past tense ("punkter til mødet den
1. september 2026", a plan; "Christian Budde deltager på mødet …") records nothing: the refusal
stands. Only items holding most of the question (rank.MIN_COVERAGE) and of a meeting after the
one asked are read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from index.lazy_patterns import lazy
from index.dates import find_dates
from index.model import AgendaItem, Answer, AnswerLine, Passage
from index.question.parse import ParsedQuestion
from index.search.rank import MIN_COVERAGE, Ranked, Ranking

__all__ = ["recorded_lines", "records_decision", "recorded_meetings"]

# A decision in the past tense, as the documents record one: active ("KKR Midtjylland besluttede",
# "godkendte", "vedtog", "tiltrådte", "anmodede … om") or passive ("blev godkendt", "blev det besluttet").
_DECIDED = lazy(
    r"\b(?:besluttede|godkendte|vedtog|tiltrådte|anmodede|"
    r"blev\s+(?:det\s+)?(?:besluttet|godkendt|vedtaget|tiltrådt))\b",
    re.IGNORECASE,
)
READ = 10  # the first ranked items read (the ranking's own limit)


def _asks_outcome(parsed: ParsedQuestion) -> bool:
    """A question of what a meeting decided, or what came of a matter at it ("hvad skete der med …")."""
    return parsed.intent == "decision" or parsed.answer_type == "decision"


def _held_by(item: AgendaItem) -> date | None:
    """The item's meeting's date, or the last day an undated meeting can be on (its window's end:
    the window's start is the last past date it names, often the very meeting it records)."""
    return item.meeting_date or item.date_window[1]


def _recording(item: AgendaItem, start: date, end: date) -> Passage | None:
    """`item`'s first sentence recording a decision taken at a meeting from `start` to `end` (it
    names a day in that range beside a decision in the past tense), if the item is of a later meeting."""
    held = _held_by(item)
    if held is not None and held <= start:  # a document records only meetings before its own
        return None
    for passage in item.passages:
        if _DECIDED.search(passage.text) and any(start <= d.value <= end for d in find_dates(passage.text)):
            return passage
    return None


def records_decision(item: AgendaItem, start: date, end: date) -> bool:
    """Does one of `item`'s sentences record a decision taken at a meeting from `start` to `end`?"""
    return _recording(item, start, end) is not None


def recorded_meetings(ranking: Ranking, parsed: ParsedQuestion) -> Ranking:
    """`ranking` with the meeting asked about not missing when a ranked item records its decision
    (see the module doc); those items are of the time asked. Any other ranking unchanged."""
    start, end = parsed.meeting_from, parsed.meeting_to
    if not ranking.meeting_missing or start is None or end is None or not _asks_outcome(parsed):
        return ranking
    recording = {
        r.docnum for r in ranking.ranked[:READ] if r.coverage >= MIN_COVERAGE and records_decision(r.item, start, end)
    }
    if not recording:
        return ranking
    ranked: tuple[Ranked, ...] = tuple(replace(r, in_time=True) if r.docnum in recording else r for r in ranking.ranked)
    return replace(ranking, ranked=ranked, meeting_missing=False)


def recorded_lines(answer: Answer, parsed: ParsedQuestion) -> Answer:
    """`answer` with the answer line of each hit of a later meeting that records the decision of
    the meeting asked about set to the sentence recording it: the hit's own Beslutning ("Sagen
    udsættes til næste møde.") is its own meeting's, not the one asked about."""
    start, end = parsed.meeting_from, parsed.meeting_to
    if not answer.answered or start is None or end is None or not _asks_outcome(parsed):
        return answer
    hits = []
    for hit in answer.hits:
        held = _held_by(hit.item)
        passage = _recording(hit.item, start, end) if held is not None and held > end else None
        line = AnswerLine("decision", (passage.text,), passage.section, passage.page) if passage else hit.answer
        hits.append(replace(hit, answer=line))
    return replace(answer, hits=tuple(hits))
