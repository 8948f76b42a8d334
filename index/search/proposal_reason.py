"""The reason an agenda gives for what it proposes (issue 10, round 15, REASONS).

Why: KKR agendas give the reason for a proposal in the sentence that proposes it, as a clause:
"Set i lyset af rekrutteringssituationen foreslås det at fastholde dimensioneringen.", "Det
foreslås derfor, at de lokale mål … videreføres", "Det indstilles derfor, at …". A "why" question
asks about what was proposed in its own words ("why keep the number of places unchanged", "hvorfor
vil vi hverken skrue op eller ned for antallet af pladser"), which seldom share a word with that
sentence: it names the proposal by its verb and its object only ("foreslås", "dimensioneringen").
The item's other sentences on the same topic hold more of the question's words, and one of them
often gives a reason of its own for something else ("…, idet kommunerne er de største aftagere …":
why the ministry asks KKR), so the best passage stated *a* reason and the proposal's reason was
shown nowhere.

Now a why question whose item proposes something (an agenda's recommendation holding the question's
words) shows, beside its best passage, the case text's sentence that both proposes and gives a reason,
when it is the proposing sentence holding most of the question's words and its reason is a clause of its
own ("Set i lyset af …", "fordi", "idet", ", da", "med henblik på"): not one pointing back ("foreslås
derfor"), whose reason stands before it, nor the recommendation itself ("Det indstilles, at KKR drøfter …
med henblik på …"), which says what is proposed, not why.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from index.lazy_patterns import lazy
from index.model import BESLUTNING, INDSTILLING
from index.search.units import Asked, Unit, Window, states_reason, window_of

__all__ = ["proposal_reason"]

# A sentence that puts something forward: "foreslås det at", "Det indstilles derfor, at", "anbefales".
_PROPOSES = lazy(
    r"\b(?:foreslå(?:s|r|et)?|foreslog|indstilles|indstiller|anbefale[sr]|lægges\s+op\s+til|propose[sd]?|recommend(?:s|ed)?)\b",
    re.IGNORECASE,
)
# The recommendation and the decision say what is proposed and decided, not why: the case text does.
_RULING = frozenset({INDSTILLING, BESLUTNING})
# A reason that points back to the sentences before: its cause is not in the sentence itself.
_POINTS_BACK = lazy(r"\b(?:derfor|dermed|således|therefore)\b", re.IGNORECASE)


def _proposes_with_reason(u: Unit) -> int:
    """0: the sentence proposes and gives its reason in a clause of its own; 1: proposes and points
    back for it ("foreslås derfor"); 2: neither."""
    p = u.passage
    if p.kind != "sentence" or not _PROPOSES.search(p.text) or not states_reason(p):
        return 2
    return 1 if _POINTS_BACK.search(p.text) else 0


def proposal_reason(units: Sequence[Unit], chosen: Sequence[Window], asked: Asked, proposes: bool,
                    overlaps: Callable[[Window, Window], bool]) -> Window | None:  # fmt: skip
    """The sentence to show beside `chosen` for a why question whose item proposes something
    (`proposes`: the item's recommendation holds the question's words), or None (module docstring).
    The case's proposing sentence that holds most of the question's words is the proposal asked
    about: shown when it gives its reason in a clause of its own and is not shown yet; one pointing
    back ("foreslås derfor") has its reason before it, where the best passage already looks."""
    if asked.answer_type != "reason" or not proposes:
        return None
    found = sorted((-u.score, grade, u.index) for u in units
                   if u.score > 0 and u.passage.section not in _RULING and (grade := _proposes_with_reason(u)) < 2)  # fmt: skip
    if not found:
        return None
    _, grade, index = found[0]
    w = window_of([units[index]])
    return w if grade == 0 and not any(overlaps(w, c) for c in chosen) else None
