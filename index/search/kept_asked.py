"""A yes/no asking whether something is kept or changed, answered by the sentence that says it is
kept or changed (round 21, YESNO21).

"Lægger KKR op til at ændre fordelingen …?", "Will they keep the same number of places?", "samme
fordeling som sidste år?": the answer is the sentence stating that the thing is kept ("Ligeledes
foreslås det, at fordelingen på studieretninger fastholdes", "… forudsættes at fortsætte uændret",
"… videreføres til Resultatkontrakt 2022") or changed ("… omdøbt til …", "… justeres …"). It shares
few of the question's words (often only the thing's name), so the passage holding most of them (the
figures of the split, the background) is shown first and the statement never reaches a share of
it: for a yes/no asking to keep or change whose best window states neither, the sentence of the
same sub-section, holding question words, that states a keeping or a change is shown beside it
(index.search.shown, where denials.denial_after shows a negative statement). Read by the verbs of
keeping and changing, Danish and English (grammar of the question, not topic words).
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy
from index.search.units import WINDOW_CHARS, Asked, Unit, Window, window_of

__all__ = ["asks_kept", "keeping_beside", "states_kept"]

# The question asks whether a thing stays as it is or is changed.
_ASKS = lazy(
    r"\b(?:ændre[rst]?|ændret|ændring(?:er|en)?|uændret|fastholde[rs]?|fastholdt|beholde[rs]?|bevare[rs]?|videreføre[rs]?"
    r"|samme|som\s+hidtil|som\s+før|stadig(?:væk)?|fortsat|omlægge[rs]?|holde[r]?\s+(?:\w+\s+){0,2}?fast"
    r"|chang(?:e|es|ed|ing)|alter(?:s|ed)?|keep(?:s|ing)?|kept|stay(?:s|ing)?|remain(?:s|ing)?|same|unchanged|retain(?:s|ed)?"
    r"|still|continu(?:e|es|ed)|as\s+before)\b",
    re.IGNORECASE,
)
# A sentence saying a thing is kept or changed, as the documents write it.
_STATES = lazy(
    r"\b(?:fastholde[sr]?|fastholdt|uændret|uændrede|bevare[ts]?|videreføre[st]|videreført|videreførelse(?:n)?"
    r"|fortsætte\s+uændret|som\s+hidtil|ændre[st]|ændret|ændring(?:er|en)?|justere[st]|justeret|justering(?:er)?"
    r"|omdøb(?:es|t)|erstattes|nedlægges|forlænge[st]?)\b",
    re.IGNORECASE,
)


def asks_kept(asked: Asked) -> bool:
    """Is the question a yes/no asking whether something is kept or changed?"""
    return asked.yes_no and bool(_ASKS.search(asked.text))


def states_kept(text: str) -> bool:
    """Does a sentence say that a thing is kept, or how it is changed?"""
    return bool(_STATES.search(text))


def keeping_beside(best: Window, units: list[Unit], asked: Asked) -> Window | None:
    """The sentence of the best window's sub-section, holding question words, that says the thing
    is kept or changed, when the best window says neither or says it holding fewer question words (the best-scoring one, the nearest on a tie),
    with the sentences right after it that say so too (what else is kept)."""
    if not asks_kept(asked) or best.first.passage.kind != "sentence":
        return None
    section, at = best.first.passage.section_index, best.first.index
    found = [u for u in units if u.passage.section_index == section and u.passage.kind == "sentence" and u.score > 0
             and states_kept(u.passage.text) and u not in best.units]  # fmt: skip
    own = max((u.score for u in best.units if states_kept(u.passage.text)), default=None)
    if not found or own is not None and own >= max(u.score for u in found):
        return None  # the best window says it already (or says it of more of what was asked)
    run = [max(found, key=lambda u: (u.score, -abs(u.index - at)))]
    for u in units[run[-1].index + 1:]:  # "… foreslås derfor fastholdt." + "… foreslås det at fastholde dimensioneringen." + …
        p = u.passage
        if p.kind != "sentence" or p.section_index != section or not states_kept(p.text) or p.end - run[0].passage.start > WINDOW_CHARS:
            break
        run.append(u)
    return window_of(run)
