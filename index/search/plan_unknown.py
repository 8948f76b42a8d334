"""A coming meeting's plan asked about a meeting the index knows nothing of: refused, said so.

"Hvad skal midt have på til decembermødet 2026?", "For a piece on the 2022 budget season: what will
KKR Nordjylland take up at its first meeting after summer 2022?": the question asks nothing but a
meeting's plan (its own words name no topic; the framing's words are only its background), and the
index holds neither that meeting nor an item planning it. What the ranking still finds is another
question's answer: an item of an earlier meeting that mentions the month ("… i december"), or one
holding the framing's words ("budget 2022"). The engine then says that no plan of that meeting is
in the index (note `note_no_plan`, bot/render/labels.toml), with those items only as the nearest.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from index.dates import MONTHS

from index.question.parse import ParsedQuestion
from index.search.meeting_plans import plans_a_meeting
from index.search.rank import Concept, Ranked

__all__ = ["plan_unknown"]


def plan_unknown(
    parsed: ParsedQuestion,
    ranked: Sequence[Ranked],
    concepts: Sequence[Concept],
    *,
    meeting_missing: bool,
    plans_meeting: Callable[[Ranked], bool],
) -> bool:
    """Does the question ask only the plan of a dated meeting that no stored meeting and no ranked
    plan item (`plans_meeting`: a plan naming the date asked; or one chosen to speak for it) speaks for?"""
    if parsed.answer_type != "plan" or parsed.meeting_from is None or not meeting_missing:
        return False
    background = set(parsed.background)
    if any(not c.expansion and c.word not in background for c in concepts):
        return False  # the asking names a topic too ("… is climate on it?"): the ordinary answer weighs it
    # a plan naming the date asked, the plan item meeting_items chose for that meeting, or an earlier
    # meeting's item announcing that meeting by its month ("… deltager på KKR Midtjyllands møde i november"),
    # not one that only mentions the month ("trepartsaftale fra december 2025": meeting_asked._announcing)
    month = _meeting_in_month(parsed.meeting_from.month)
    return not any(
        plans_meeting(r) or (r.planned and (plans_a_meeting(r.item.title, r.item.section) or month.search(r.item.full_text)))
        for r in ranked
    )


@lru_cache(maxsize=12)
def _meeting_in_month(month: int) -> re.Pattern[str]:
    """A meeting named by its month: "møde i november", "mødet den 4. november", "the meeting in November"."""
    names = "|".join(re.escape(k) for k, v in MONTHS.items() if v == month and len(k) > 3)
    return re.compile(
        r"\b(?:møde[tr]?|meeting)\s+(?:[^\W\d]+\s+){0,2}?(?:i|den|d\.|in|on)\s+(?:\d{1,2}\.?\s*)?(?:" + names + r")\b",
        re.IGNORECASE,
    )
