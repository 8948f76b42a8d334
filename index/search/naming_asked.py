"""A name asked: the sentence giving the name shown (round 20, SHOWN20).

Why: "Hvad foreslår man, at målgruppen skal kaldes fremover?", "why rename 'borgere på kanten',
and to what?", "… and what should it be called?" ask for a name, and the item gives it in a short
sentence of its own ("Målgruppen foreslås fremadrettet omdøbt til ”Flere skal med”."). That
sentence holds few of the question's words (none when the question says "rename" and the item
"omdøbt"), and no answer type reads a name that is not a person's, so the item's longer passages
on the same matter (the forum's list of themes, the reason the old name was dropped) were shown
and the new name was not.

Now a question asking a name (kaldes, hedde, navn, omdøbe, betegnelse; called, rename, new name;
not a person's: "who was named chair" is a person question) shows, beside its best passage, the
item's sentence that gives one (omdøbt, kaldes, benævnes, hedder, navnet, betegnelsen; renamed,
called), the one holding most of the question's words, else the one nearest the best passage,
unless a shown passage already gives one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from index.lazy_patterns import lazy
from index.model import BESLUTNING
from index.search.units import Unit, Window, window_of

__all__ = ["asks_name", "gives_name", "naming_shown"]

_ASKS = lazy(
    r"\b(?:kaldes|kaldt|kalde|hedde|hedder|navn(?:et|e)?|omdøb\w*|betegnelse\w*|renam\w*|called|new\s+name|(?:what|which)\s+name)\b",
    re.IGNORECASE,
)
_GIVES = lazy(
    r"\b(?:omdøb\w*|kaldes|kaldet|benævn\w*|hedder|navnet|betegnelsen|renamed|(?:is|be|been)\s+called)\b", re.IGNORECASE
)


def asks_name(question: str, answer_type: str) -> bool:
    """Does the question ask what something is (to be) called, not who?"""
    return answer_type != "person" and bool(_ASKS.search(question))


def gives_name(text: str) -> bool:
    """Does a passage give a name ("… omdøbt til ”Flere skal med”")?"""
    return bool(_GIVES.search(text))


def naming_shown(units: Sequence[Unit], chosen: list[Window], question: str, answer_type: str,
                 overlaps: Callable[[Window, Window], bool], most: int) -> list[Window]:  # fmt: skip
    """`chosen` with the sentence giving the name asked beside the best passage (module docstring)."""
    if not chosen or not asks_name(question, answer_type):
        return chosen
    if any(gives_name(u.passage.text) for c in chosen for u in c.units):
        return chosen
    at = chosen[0].first.index
    naming = [u for u in units if u.passage.kind != "row" and u.passage.section != BESLUTNING and gives_name(u.passage.text)]
    if not naming:
        return chosen
    w = window_of([max(naming, key=lambda u: (u.score, -abs(u.index - at)))])
    return [chosen[0], w, *[c for c in chosen[1:] if not overlaps(c, w)]][:most]
