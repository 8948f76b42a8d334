"""Does a plan item (6.1) speak for the meeting a question names by its day or month?

Why: a plan item names the day of the meeting it plans, but the plan item of a meeting held in the
time asked is itself one of that meeting's items: it lists the next meeting's items, and its own
notes and decision name the held meeting's month ("Notat om temaer og årshjul, juni 2026"). Asked
"which solutions for preparedness did the June 2026 meeting mention", June's 6.1 (planning
September) was taken for June's plan and shown first, over June's item on preparedness. It speaks
for its own meeting only as one of its items: when its decision, what that meeting did with it,
holds a word of the asking sentence (the framing's aside): "what extra talk was proposed for a
later meeting, in June 2026" (June's 6.1 decision: "Der var forslag om et oplæg om …").
"""

from __future__ import annotations

from collections.abc import Sequence

from index.question.parse import ParsedQuestion
from index.search.decided import decision_share
from index.search.meeting_asked import names_date
from index.search.rank import Concept, Ranked

__all__ = ["speaks_for_meeting"]


def speaks_for_meeting(r: Ranked, concepts: Sequence[Concept], parsed: ParsedQuestion) -> bool:
    """Does plan item `r` name the day or month asked (`names_date`), and, when it is of a meeting
    held in that time, does its decision hold a word of the asking sentence?"""
    start, end = parsed.meeting_from, parsed.meeting_to
    if not names_date(r.stems, start, end):
        return False
    held = r.item.meeting_date
    if not (held and start and end and start <= held <= end):
        return True
    own = [c for c in concepts if not c.expansion and c.word not in parsed.background]
    return decision_share(own, r.item.decision, r.item.council) > 0
