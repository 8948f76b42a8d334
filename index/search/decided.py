"""What an item's decision (Beslutning) says of a question that asks what was decided.

Minutes record a decision under each item, and the decision names what it is about in one
or two sentences ("KKR Midtjylland anmodede KD-Net om … hvordan samarbejdet … på det
specialiserede socialområde kan styrkes"); an item's background may list the same area among
many others (a list of "fagområder"). For "hvad besluttede KKR om X" the item whose decision
holds X is the one asked about (`decision_share`, read by the rerank). A decision that points
back to its item ("KKR Nordjylland godkendte forslaget", "Indstillingen blev tiltrådt") says
which of the item's things was decided on, not what it is about: its noun does not count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from index.analysis import analyze

if TYPE_CHECKING:
    from index.search.rank import Concept

__all__ = ["decision_share", "decision_stems", "referring_nouns"]

# The definite noun a decision points back with, after its verb or before "blev <participle>".
_NOUN = r"[^\W\d_]{2,}(?:en|et|ne)"
_REFERS_BACK = re.compile(
    rf"\b(?:godkend\w*|tiltr[æå]d\w*|vedt[oa]g\w*|drøft\w*|tog|tager|taget|noter\w*|støtte\w*|behandl\w*)"
    rf"\s+(?:(?:den|det|de)\s+)?({_NOUN})\b"
    rf"|\b({_NOUN})\s+(?:blev|er|bliver)\s+(?:godkendt|tiltrådt|vedtaget|taget|drøftet|udsat|aflyst|behandlet)\b",
    re.IGNORECASE,
)


def referring_nouns(decision: str) -> list[str]:
    """The definite nouns by which a decision points back to its item ("forslaget", "indstillingen")."""
    return [m.group(1) or m.group(2) for m in _REFERS_BACK.finditer(decision)]


@lru_cache(maxsize=4096)
def decision_stems(decision: str) -> frozenset[str]:
    """A decision's index terms but the nouns it points back with (the same for every
    question: cached by its text)."""
    back = frozenset(analyze(" ".join(referring_nouns(decision))))
    return frozenset(analyze(decision)) - back


def decision_share(concepts: Sequence[Concept], decision: str | None, council: str = "") -> float:
    """The IDF-weighted share of the question's own words (not related words) that the
    decision's text holds, its council's name aside (every decision names the council); 0
    for an item with no decision."""
    if not decision:
        return 0.0
    own = [c for c in concepts if not c.expansion]
    total = sum(c.weight for c in own)
    if not total:
        return 0.0
    stems = decision_stems(decision) - frozenset(analyze(council))
    return sum(c.weight * c.credit(stems) for c in own) / total
