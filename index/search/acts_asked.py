""""Who praised …", "who backed …", "who takes part in …": a "who" question that names what the
people or bodies did is answered by the sentence saying it was done, and by whom ("De centrale
aktører (staten, parter og skolerne) har i forlængelse heraf rost KKR og kommunernes hurtige
arbejde", "… et implementeringspartnerskab med deltagelse af KL, Danske Regioner, fem kommuner
…"). Those who did it are often bodies, or a list of them, not a person's name: the name a "who"
question otherwise looks for (index.search.values) is not there, and another sentence of the item,
holding more of the question's other words, was shown.

An act is read from the question's asking sentence in Danish or English, in a few kinds that the
documents report of councils, bodies and people: praise, backing, taking part, hosting, inviting,
appointing. A window
holding a Danish word of the same kind is shown first when it scores KIND_SHARE of the best, as a
date of the kind asked is (index.search.date_kinds).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from index.lazy_patterns import lazy
from index.question.sentences import last_sentence

if TYPE_CHECKING:
    from index.search.units import Window

__all__ = ["acting", "asked_act", "does_act"]

KIND_SHARE = 0.25  # a window saying the act asked is shown first at this share of the best

# The kinds of act: how the question asks it, and how a document says it was done.
_ASKED = {
    "praise": r"prais\w*|commend\w*|laud\w*|compliment\w*|ros(?:t|te|er|ende)?|anerkend\w*|takke\w*",
    "backing": r"back(?:ed|s|ing)?|support\w*|endors\w*|stand\s+behind|stood\s+behind|bakke\w*|opbakning\w*|støtte\w*|tilslut\w*",
    "taking part": r"tak(?:e|es|ing)\s+part|took\s+part|participat\w*|attend\w*|deltag\w*|deltog|var\s+med|w(?:as|ere)\s+(?:there|present)",
    "hosting": r"host\w*|organi[sz]\w*|arrang\w*|stod\s+bag|står\s+bag|vært\w*",
    "inviting": r"invit\w*|indbud\w*|indbyd\w*",
    "appointing": r"appoint\w*|udpeg\w*|udnævn\w*",
}
_DONE = {
    "praise": r"ros(?:t|te|er|ende)?|anerkend\w*|takke\w*|kvitter\w*",
    "backing": r"bakke\w*\s+op|bakkede\s+op|bakker\s+op|opbakning\w*|støtte\w*|tilslut\w*",
    "taking part": r"deltag\w*|deltog|repræsentanter\s+(?:for|fra)|var\s+med",
    "hosting": r"afholdt\w*|afholder|arrang\w*|vært\w*|stod\s+bag|står\s+bag|i\s+samarbejde\s+med",
    "inviting": r"inviter\w*|indbudt\w*|indbyd\w*",
    "appointing": r"udpeg\w*|udnævn\w*",
}
_ASKED_RE = {k: lazy(rf"\b(?:{v})\b", re.IGNORECASE) for k, v in _ASKED.items()}
_DONE_RE = {k: lazy(rf"\b(?:{v})\b", re.IGNORECASE) for k, v in _DONE.items()}


def asked_act(text: str) -> str | None:
    """The kind of act a "who" question's asking sentence names ("Who praised …" → "praise")."""
    asking = last_sentence(text)
    return next((k for k, r in _ASKED_RE.items() if r.search(asking)), None)


@lru_cache(maxsize=8192)
def does_act(text: str, act: str) -> bool:
    """Does a passage say an act of that kind was done ("… har … rost KKR …")?"""
    return bool(_DONE_RE[act].search(text))


def acting(order: Sequence[Window], best: Window, act: str | None, rank: Callable[[Window], float]) -> Window | None:
    """The best window saying the act asked about, when the best window does not and it scores
    KIND_SHARE of it; else None."""
    if act is None or any(does_act(u.passage.text, act) for u in best.units if u.passage.kind != "row"):
        return None
    found = next((w for w in order if w.score > 0 and any(u.passage.kind != "row" and does_act(u.passage.text, act) for u in w.units)), None)
    return found if found is not None and rank(found) >= KIND_SHARE * rank(best) else None
