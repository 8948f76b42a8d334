"""A yes/no asking whether a capacity is filled or a target met, answered by the sentence setting a
count against it (round 22, STATES22).

"Er alle de særlige psykiatriske pladser i Nordjylland i brug?", "Blev alle studiepladser besat?",
"Did the municipalities live up to the 9,000 dimensioning?", "Blev målet om 3.000 hjælperelever
nået?": the answer is the sentence that sets a count against the places, the dimensioning or the
target ("… så 10 ud af de 12 pladser pr. 10. august er taget i brug", "… 64 pladser, der ikke har
kunnet besættes", "… et samlet antal under dimensioneringen på 9.000", "… har oversteget måltallet
på 3.000", "… svarende til 10 pct. over den samlede dimensionering", "X ansøgere til Y pladser",
"flere end …"). It holds few of the question's words (the places, "i brug"), so the sentences
naming the places and their purpose are shown instead. For a yes/no asking whether all, enough or
the target was reached, filled, used or met, whose best window sets no count against a capacity,
the sentence holding question words that does is shown beside it (stances.statement_beside, read as
a stance is: the first within denials.NEAR passages after the best window in its sub-section, else
the item's best-scoring one). Read by the grammar of a whole and a part, not topic words.
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy
from index.search.units import Asked

__all__ = ["asks_capacity", "states_capacity"]

# The question asks whether a whole (all places, the target, enough) is filled, used or reached.
_ASKS = lazy(
    r"\b(?:alle|samtlige|fyldt|fyldte|fylde|besat|besatte|besætte|nok|tilstrækkeligt?|nået|nåede|nå|opfyldt|levet\s+op|lever\s+op"
    r"|i\s+brug|taget\s+i\s+brug|tom(?:me)?|ledige?|ubesatte?|målet|måltallet|dimensioneringen|kapaciteten"
    r"|all|every|full|filled|fill|enough|reach(?:ed)?|met|meet|hit|live\s+up|lived\s+up|in\s+use|used|occupied|empty|vacant|unfilled|target|capacity)\b",
    re.IGNORECASE,
)
_COUNT = r"\d[\d.,]*"
_WHOLE = r"(?:den\s+)?(?:samlede\s+)?(?:dimensionering(?:en)?|måltal(?:let)?|målet|kapacitet(?:en)?|forpligtelse(?:n)?)"
# A sentence setting a count against a capacity, a dimensioning or a target.
_STATES = lazy(
    rf"\b{_COUNT}\s+ud\s+af\s+(?:de\s+|i\s+alt\s+)?{_COUNT}"
    rf"|\b(?:under|over)\s+{_WHOLE}"
    rf"|\b(?:oversteget|overstiger|overstige|nået|nåede|nå|indfriet|opfyldt)\s+{_WHOLE}"
    rf"|\bikke\s+(?:har\s+)?(?:kunnet\s+)?(?:besættes|besat|blive\s+besat)"
    rf"|\b(?:ledige|ubesatte)\s+pladser"
    rf"|\b(?:flere|færre|mere|mindre)\s+end\s+{_COUNT}"
    rf"|\b{_COUNT}\s+ansøgere\s+til\s+{_COUNT}"
    rf"|\b{_COUNT}\s+(?:pct\.|procent)\s+(?:over|under)\b",
    re.IGNORECASE,
)


def asks_capacity(asked: Asked) -> bool:
    """Does a yes/no ask whether all of a capacity, enough or a target was filled, used or reached?"""
    return asked.yes_no and bool(_ASKS.search(asked.text))


def states_capacity(text: str) -> bool:
    """Does a sentence set a count against a capacity, a dimensioning or a target ("10 ud af de 12 pladser")?"""
    return bool(_STATES.search(text))
