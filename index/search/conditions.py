"""A yes/no question answered by a condition: "Må kommunerne oprette flere lærepladser?" is
answered by "… kommunerne kan oprette yderligere lærepladser, hvis de vurderer, at der er behov",
"Skal kommunerne betale mere til CDEU?" by "Såfremt kommunerne ønsker, at CDEU skal levere samme
ydelser som hidtil, er der behov for at øge bidraget …". Neither a yes nor a no: the answer is the
condition, so a sentence that sets one is of the kind a yes/no question asks for, as one that
denies is (index.search.units).

A journalist's yes/no question comes after its background ("Under the 2025 agreement the
municipalities must provide 11,000 places a year. Are they allowed to create more?"): it is read
by its last sentence as well as whole.
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy
from index.question.answer_type import asks_yes_no
from index.question.sentences import last_sentence

__all__ = ["asks_if", "sets_condition"]

# A clause that makes something depend on another: Danish "hvis", "såfremt", "forudsat (at)",
# "under forudsætning af", "på betingelse af", "medmindre", "i fald", "i det omfang"; English alike.
# "hvis" is also "whose", but a KKR document writes that as "hvis …" rarely, and it conditions
# there too often to leave out.
_CONDITION = lazy(
    r"\b(?:hvis|såfremt|forudsat|forudsætningen\s+er|under\s+forudsætning\s+af|på\s+betingelse\s+af|"
    r"betinget\s+af|medmindre|i\s+fald|i\s+det\s+omfang|if|unless|provided\s+that|on\s+condition\s+that)\b",
    re.IGNORECASE,
)


def sets_condition(text: str) -> bool:
    """Does a sentence make something depend on a condition ("…, hvis de vurderer, at der er behov")?"""
    return bool(_CONDITION.search(text))


# What may, must or can be done: "Må kommunerne …", "Skal de betale mere …", "Are they allowed
# to …", "Do they have to …". Whether something was approved or happened ("Blev fordelingen
# godkendt?", "Did they reach the target?") is answered by the decision or the fact, not a condition.
_MAY_OR_MUST = lazy(
    r"\b(?:må|måtte|kan|kunne|skal|skulle|behøver|forpligte[ts]?|tilladt|lov\s+til|"
    r"may|might|can|could|must|allowed|able|permitted|need|needs|have\s+to|has\s+to|required|obliged)\b",
    re.IGNORECASE,
)


MODAL_REACH = 5  # "Are they allowed to …", "Do the municipalities have to …": the first words


def asks_if(text: str, answer_type: str) -> bool:
    """Does the question ask yes or no (whole or in its last sentence, after a background) of what
    may, must or can be done? Not between two things ("flere eller færre …?" is a comparison)."""
    if answer_type != "decision":
        return False
    asking = last_sentence(text)
    opening = " ".join(asking.split()[:MODAL_REACH])  # the verb asked about, not one of a clause after it
    return (asks_yes_no(text) or asks_yes_no(asking)) and bool(_MAY_OR_MUST.search(opening))
