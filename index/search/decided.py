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
from collections.abc import Collection, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from index.lazy_patterns import lazy
from index.analysis import analyze

if TYPE_CHECKING:
    from index.search.rank import Concept

__all__ = ["DECIDING_SECTIONS", "decision_share", "decision_stems", "refers_back", "referring_nouns", "states_proposal"]

# The sections that hold what an item proposes and what was decided (the gate reads a decision asked there).
DECIDING_SECTIONS = frozenset(("Indstilling", "Beslutning"))

# The definite noun a decision points back with, after its verb or before "blev <participle>";
# one that a qualifier follows says what it is ("fordelingen af lærepladser …", "indstillingen om at …").
_NOUN = r"[^\W\d_]{2,}(?:en|et|ne)\b(?!\s+(?:af|om|vedr|for|med|til(?!\s+efterretning))\b)"
_REFERS_BACK = lazy(
    rf"\b(?:godkend\w*|tiltr[æå]d\w*|vedt[oa]g\w*|drøft\w*|tog|tager|taget|noter\w*|støtte\w*|behandl\w*)"
    rf"\s+(?:(?:den|det|de)\s+)?({_NOUN})"
    rf"|\b({_NOUN})\s+(?:blev|er|bliver)\s+(?:godkendt|tiltrådt|vedtaget|taget|drøftet|udsat|aflyst|behandlet)\b",
    re.IGNORECASE,
)
# … and approved so: a verb of approval, or noting, with the noun ("Sagen blev aflyst" approves nothing).
_APPROVED_BACK = lazy(
    rf"\b(?:godkend\w*|tiltr[æå]d\w*|vedt[oa]g\w*|tog|tager|taget|støtte\w*)\s+(?:(?:den|det|de)\s+)?{_NOUN}"
    rf"|\b{_NOUN}\s+(?:blev|er|bliver)\s+(?:godkendt|tiltrådt|vedtaget|taget)\b",
    re.IGNORECASE,
)

# A sentence that states what is proposed: "Inspirationsforummet foreslås etableret …", "Det
# foreslås derfor, at …", "er det arbejdsgruppens anbefaling, at …", "Det indstilles, at …" …
_PROPOSES = lazy(
    r"\b(?:foreslå(?:s|r|ede?|et)?|anbefaling(?:en)?,?\s+at|anbefales|lægges\s+op\s+til|indstilles)\b", re.IGNORECASE
)
# … unless it only asks to approve a proposal it does not state ("Det indstilles, at KKR
# Nordjylland godkender forslag til initiativer …") or points back itself ("… at KKR
# Nordjylland drøfter evalueringen og tager den til efterretning").
_APPROVES_PROPOSAL = lazy(
    r"\b(?:godkend\w*|tiltr[æå]d\w*|vedt[oa]g\w*)\s+(?:\w+\s+){0,2}?(?:forslag|oplæg|indstilling)\w*", re.IGNORECASE
)


def referring_nouns(decision: str) -> list[str]:
    """The definite nouns by which a decision points back to its item ("forslaget", "indstillingen")."""
    return [m.group(1) or m.group(2) for m in _REFERS_BACK.finditer(decision)]


def refers_back(decision: str, council: str, asked: Collection[str]) -> bool:
    """Does a decision approve what its item proposed by pointing back to it ("KKR Nordjylland
    godkendte forslaget", "Indstillingen blev tiltrådt", "tog orienteringen til efterretning")
    without a word of its own of the question (`asked`: its index terms)?"""
    return bool(_APPROVED_BACK.search(decision)) and not (decision_stems(decision) - frozenset(analyze(council))) & set(asked)


def states_proposal(text: str) -> bool:
    """Does a passage state what was proposed (what a decision pointing back approved)?"""
    return bool(_PROPOSES.search(text)) and not _APPROVES_PROPOSAL.search(text) and not _REFERS_BACK.search(text)


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
