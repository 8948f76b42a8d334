"""A reason given as an assessment: "why rename 'borgere på kanten'?" is answered by "Desuden er
det vurderingen, at udtrykket "Borgere på kanten" ikke er positivt ladet …", "why must more be
done on recruitment?" by "Samlet set vurderer skolerne, at … tilgangen [til] SSA-uddannelsen er for
lav …". KKR documents give many reasons as someone's judgement ("KL vurderer, at", "det vurderes,
at") rather than with "fordi" or "derfor", so a sentence stating one is of the kind a "why" question
asks for (index.search.units), as one with a reason word is. Not an expectation ("Det er
forventningen, at der via den nationale styregruppe kan følges op …"): it says what will come, not
why; a first version took it and showed it first for "why must the municipalities build shared IT
units?" in place of the economy agreement that says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from index.lazy_patterns import lazy
from index.question.sentences import last_sentence

if TYPE_CHECKING:
    from index.search.units import Window

__all__ = ["asks_opinion", "assesses", "judging"]

JUDGED_SHARE = 0.4  # the window stating a judgement wins at this share of the best

# Who judges what, and that it does: "er det vurderingen, at", "vurderer skolerne, at", "KL
# vurderer, at", "det vurderes, at"; English "it is assessed that", "the assessment is". A bare
# "vurdering" ("en vurdering af behovet") names a task, not a judgement.
_ASSESSMENT = lazy(
    r"\b(?:vurderingen,?\s+at|vurderer(?:\s+[\w-]+){0,3},?\s+at|vurderes,?\s+at|"
    r"(?:is|are|was|were)\s+assessed|(?:the|our)\s+assessment\s+is)\b",
    re.IGNORECASE,
)


# "…, hvis de vurderer, at der er behov": a judgement someone may make is a condition, not a reason.
_IF = frozenset(("hvis", "såfremt", "når", "om", "medmindre", "if", "whether", "unless", "when"))


def assesses(text: str) -> bool:
    """Does a sentence state a judgement ("… er det vurderingen, at …", "KL vurderer, at …"),
    not one made on a condition ("hvis de vurderer, at …")?"""
    for m in _ASSESSMENT.finditer(text):
        before = text[: m.start()].lower().split()[-2:]
        if not _IF.intersection(w.strip(",.;:()") for w in before):
            return True
    return False


# A "why" asked of what someone thinks: "Why do the SOSU schools think more must be done …?",
# "Hvorfor mente skolerne, at …?". Their judgement is the answer, over another reason of the item.
_OPINION = lazy(
    r"\b(?:mener|mente|synes|syntes|vurderer|vurderede|think|thinks|thought|believe[sd]?|feel|feels|felt|"
    r"consider|considers|considered)\b",
    re.IGNORECASE,
)


def asks_opinion(text: str) -> bool:
    """Does the asking sentence of a question ask what someone thinks ("… think", "mente …")?"""
    asking = last_sentence(text)
    return bool(_OPINION.search(asking))


def judging(order: Sequence[Window], best: Window, rank: Callable[[Window], float]) -> Window | None:
    """The best window stating a judgement, when the best does not and it scores JUDGED_SHARE of it."""
    if any(u.passage.kind == "sentence" and assesses(u.passage.text) for u in best.units):
        return None
    found = next((w for w in order if w.score > 0 and any(u.passage.kind == "sentence" and assesses(u.passage.text) for u in w.units)), None)
    return found if found is not None and rank(found) >= JUDGED_SHARE * rank(best) else None
