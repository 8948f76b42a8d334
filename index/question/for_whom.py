"""Questions asking whom a plan, a housing or an effort is for (round 17, WHOLIST17): "who are the
extra places meant for?", "for whom …", "hvem er pladserne til?", "til hvem …", "hvem er indsatsen
målrettet?".

Why: "who" reads as one person's name, and the item's answer may be a list of groups ("… med
tilbud til følgende målgrupper: – Borgere med udviklingshæmning … – Borgere med komorbiditet …"):
the reply showed another list of the same item (its "pejlemærker") with no group in it. Such a
question names what it lists, the target groups (`TARGET_WORDS`, read by
index.search.figure.listed_stems whatever the question's answer type): a list led in by "følgende
målgrupper:" names them, as "which target groups" would have said, and is shown first
(index.search.shown's NAMED_SHARE) and weighs its item (index.search.list_named). The answer type
is left as it is read: where no list names the groups, the sentence that does ("150 nye
psykiatriske pladser til borgere med et særligt behov for rehabilitering …") is still the one shown
(typed a list, a list of recommendations in the same item won over it).
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy

__all__ = ["FOR_WHOM", "TARGET_WORDS", "asks_for_whom"]

FOR_WHOM = lazy(
    r"\bfor\s+whom\b|\bwho\b[^?.]{0,80}?\b(?:meant|intended|aimed|targeted|designed|earmarked)\s+(?:for|at)\b"
    r"|\bwho\s+(?:is|are|was|were|will)\b[^?.]{0,80}?\bfor\s*\?"
    r"|\bfor\s+hvem\b|\btil\s+hvem\b|\bhvem\b[^?.]{0,80}?\b(?:målrettet|tiltænkt|rettet\s+mod|beregnet\s+til)\b"
    r"|\bhvem\s+(?:er|var|skal|bliver)\b[^?.]{0,80}?\b(?:til|for)\s*\?",
    re.IGNORECASE,
)

# The documents' words for the groups a thing is for ("følgende målgrupper:", "målgruppen for …").
TARGET_WORDS = "målgrupper målgruppe målgruppen grupper"


def asks_for_whom(question: str) -> bool:
    """Does the question ask whom a thing is for (a list of groups, not one person's name)?"""
    return bool(FOR_WHOM.search(question))
