"""What a decision approving "forslaget" approved: every sentence stating the proposal (round 20, SHOWN20).

Why: minutes often record a decision that only points back to its item ("KKR Nordjylland godkendte
forslaget", "godkender forslaget"); asked what was decided, the answer is what the item proposed.
shown.show marks such a question (Asked.proposal) and a passage stating a proposal ("Det foreslås
derfor, at …", "Målgruppen foreslås … omdøbt til …", "er det arbejdsgruppens anbefaling, at …") is
then of the kind asked, but only the best one was shown: an item proposing two or three things
(keep last year's goals *and* make few adjustments; set up a forum, rename the target group and
share its running) showed one of them beside a background sentence holding more question words.
Now every sentence of the case stating a proposal is shown after the best passage, best scored
first, in the room of three (the recommendation and the decision are shown above: not quoted).
A question asking when ("hvornår forventes resultatkontrakten … endeligt godkendt?") asks the
date of the approval, not what it approved: its passages stay as they are.

The same call keeps round 15's rule (index.search.proposal_reason): a why of what an agenda
proposes shows the sentence proposing with its reason beside the best passage.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from index.lazy_patterns import lazy

from index.model import BESLUTNING, INDSTILLING
from index.search.decided import states_proposal
from index.search.proposal_reason import proposal_reason
from index.search.units import Asked, Unit, Window, window_of

__all__ = ["proposals_shown"]

_RULING = frozenset({INDSTILLING, BESLUTNING})  # shown above the passages
_WHEN = lazy(r"\b(?:hvornår|when|dato(?:en)?|date)\b", re.IGNORECASE)


def proposals_shown(units: Sequence[Unit], chosen: list[Window], asked: Asked, proposes: bool,
                    overlaps: Callable[[Window, Window], bool], most: int) -> list[Window]:  # fmt: skip
    """`chosen` with the proposal's reason asked (proposal_reason) and, when the decision approves
    the proposal by pointing back to it (`asked.proposal`), each sentence stating it beside the
    best passage, at most `most` passages in all."""
    proposed = proposal_reason(units, chosen, asked, proposes, overlaps)
    if proposed is not None:
        chosen = [chosen[0], proposed, *chosen[1:]][:most]
    if not asked.proposal or not chosen or _WHEN.search(asked.text):
        return chosen
    added: list[Window] = []
    for u in sorted(units, key=lambda u: (-u.score, u.index)):
        p = u.passage
        if p.kind == "sentence" and p.section not in _RULING and states_proposal(p.text):
            w = window_of([u])
            if not any(overlaps(w, c) for c in (*chosen, *added)):
                added.append(w)
    return [chosen[0], *added, *chosen[1:]][:most]
