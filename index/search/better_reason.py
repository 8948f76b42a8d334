"""A why of some bodies doing better or worse than others: the reason given for that standing.

"VIVE singled out two regions as doing best with the special psychiatric places. What explains why
they did better than the rest?" had its item first and showed a reason of another matter ("Den lave
belægning … gjorde, at Folketinget muliggjorde …", the first passage giving a reason near the question's
words), not the one the item gives for the two regions' standing: "DAS hæftede sig ved, at Nordjylland
og Midtjylland fremhæves, som de to regioner som langt hen ad vejen lykkes bedst med de særlige
pladser. Dette tilskrives blandt andet, at …" (round 16's end, a clean held-back set's miss kind; round
17, TOPIC17). A question asking why some did better, best, worse or worst is about a comparison of
standing, and the reason it wants is the one given where the item compares them: among the windows
giving a reason (units.states_reason) within TYPED_SHARE of the best window, the first whose own text
names a standing ("bedst", "bedre", "dårligere", "værst", "best", "worse") is shown first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from index.lazy_patterns import lazy
from index.search.units import Window, states_reason

__all__ = ["asks_standing", "better_reason", "states_reason_in"]

SHARE = 0.4  # of the best window's rank (shown.TYPED_SHARE: the asked kind of passage near the question's words)

_ASKS = lazy(
    r"\b(?:better|best|worse|worst|outperform\w*|bedre|bedst|dårligere|dårligst|værre|værst|ringere|ringest)\b", re.IGNORECASE
)
_STANDING = lazy(
    r"\b(?:bedre|bedst|bedste|dårligere|dårligst|dårligste|værre|værst|værste|ringere|ringest|better|best|worse|worst)\b", re.IGNORECASE
)


def asks_standing(question: str) -> bool:
    """Does a question ask of some doing better or worse than others ("why did they do better …")?"""
    return bool(_ASKS.search(question))


def better_reason(order: Sequence[Window], best: Window, question: str, answer_type: str,
                  rank: Callable[[Window], float]) -> Window | None:  # fmt: skip
    """The window giving the reason for a standing a why question asks about, when `best` does not
    (see the module docstring); None otherwise."""
    if answer_type != "reason" or not asks_standing(question):
        return None
    if _holds(best):
        return None
    floor = SHARE * rank(best)
    return next((w for w in order if w.score > 0 and rank(w) >= floor and _holds(w)), None)


def states_reason_in(w: Window) -> bool:
    """Does a passage of the window give a reason (units.states_reason)? (shown.py reads it too.)"""
    return any(states_reason(u.passage) for u in w.units)


def _holds(w: Window) -> bool:
    """Does a window give a reason and name a standing in its own words?"""
    return states_reason_in(w) and any(_STANDING.search(u.passage.text) for u in w.units)
