"""Which sentence of a Beslutning states the decision (round 17, DECIDED17 step 4).

A decision section often opens by reporting what was presented ("Anders Christian Dyhr, leder af
enhed for samfundssikkerhed i KL holdt oplæg.", "Formand for Central Denmark EU Office afgav beretning
…") before the decision itself ("KKR Midtjylland drøftede sagen og tiltrådte indstillingen om at
arbejde videre med området …", "Indstillingen blev tiltrådt."). The answer line of a decision question
was the Beslutning sentence holding most of the question's words, so "Hvad lød beslutningen om
samfundssikkerhed?" was answered by the talk, whose sentence names the topic. A sentence in the words
of deciding (a recommendation taken, approved, postponed, cancelled, agreed, asked of another body)
states the decision: it is the answer line before one that only reports.
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy

__all__ = ["states_decision"]

_DECIDES = lazy(
    r"\b(?:tiltr(?:å|aa)dte|tiltræder|tiltrådt|godkend(?:te|er|t|es)|besluttede|besluttet|vedtog|vedtaget|"
    r"til\s+efterretning(?:en)?|udsættes|udsat|aflyst|anmodede|enighed|enige|bemyndige(?:de|t|r)?|afviste|afvist)\b",
    re.IGNORECASE,
)


def states_decision(text: str) -> bool:
    """Is `text` (a sentence of a Beslutning) in the words of deciding?"""
    return bool(_DECIDES.search(text))
