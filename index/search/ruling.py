"""The decision line a refused question's nearest item shows first (issue 10, round 14, SHOWS).

Why: an answer's hit shows its decision (an agenda's recommendation) whole above its passages,
so its passages never quote it; a refusal's nearest item shows no decision (index/search/nearest.py:
under "not found" nothing may read as an answer), so until round 14 the item's decision was shown
nowhere, and a refused "were the minutes approved?" or "what did they end up deciding?" showed the
background sentence nearest its words while the line that answers it ("Referatet blev godkendt.")
stood unseen a few lines below. Now a refusal's item quotes its decision and recommendation as
passages like the others (index/search/shown.py, `above=False`), and when the question asks what was
decided, agreed or approved (a decision or yes/no question) or what was recommended or proposed, the
sub-section that says so (the decision; an agenda's recommendation; for "recommend" the recommendation
first) is shown first, when its best window holds question words and scores RULING_SHARE of the best
passage. It stays a quoted passage under "not found": no answer line, no "Beslutning:" label.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from index.lazy_patterns import lazy
from index.model import BESLUTNING, INDSTILLING, AgendaItem
from index.question.answer_type import asks_decided
from index.search.units import Asked, Unit, Window, window_of

RULING_SHARE = 0.25  # the decision's best window is shown first at this share of the best passage's score
SHORT_SECTION_CHARS = 700  # a decision this short is one an answer shows whole (shown.FULL_SECTION_CHARS): shown whole

# "what did the council recommend", "hvad indstillede man", "the proposal": what was put forward
_RECOMMENDED = lazy(r"\b(?:recommend(?:s|ed|ing)?|propos(?:e|ed|al)|suggest(?:s|ed)?|anbefalede|indstillede|indstilles|foreslog|forslaget)\b",
                          re.IGNORECASE)  # fmt: skip


def ruling_heading(item: AgendaItem, asked: Asked) -> tuple[str | None, bool]:
    """The sub-section that says what the question asks was decided or recommended (None when it
    asks neither, or the item has neither section), and whether the question's own words ask it
    ("approved", "ended up", "recommend": not only a yes/no or decision read from its shape)."""
    recommended = bool(_RECOMMENDED.search(asked.text))
    worded = recommended or asks_decided(asked.text)
    decided = worded or asked.prefer_decision or asked.answer_type == "decision" or asked.yes_no
    if recommended and item.recommendation:
        return INDSTILLING, True
    if decided and (item.decision or item.recommendation):
        return (BESLUTNING if item.decision else INDSTILLING), worded
    return None, False


def ruling(item: AgendaItem, units: Sequence[Unit], order: Sequence[Window], best: Window, asked: Asked,
           rank: Callable[[Window], float]) -> Window | None:  # fmt: skip
    """The window of the decision (or recommendation) to show first instead of `best`, or None:
    when its best window holds question words and scores RULING_SHARE of the best; or, when the
    question's words ask what was decided or recommended, whatever its words ("what did they
    recommend doing with the examples?": "Det indstilles, – at vedlagte oversigt sendes til KL …").
    A section as short as one an answer shows whole is shown whole (its lead-in with its lines)."""
    heading, worded = ruling_heading(item, asked)
    if heading is None or best.first.passage.section == heading:
        return None
    found = next((w for w in order if w.first.passage.section == heading), None)
    if found is None or not (found.score > 0 and rank(found) >= RULING_SHARE * rank(best) or worded):
        return None
    text = item.decision if heading == BESLUTNING else item.recommendation
    own = [u for u in units if u.passage.section == heading and u.passage.section_index == found.first.passage.section_index]
    return window_of(own) if text and len(text) <= SHORT_SECTION_CHARS and own else found
