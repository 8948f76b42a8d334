"""A why's reason given beside the question's own words, not elsewhere in its window (round 23, WHY23).

Why: a "why" takes the best window that gives a reason (units.states_reason, index.search.causes),
whatever the matter its reason words are of. "Why does the climate secretariat's budget have to go up
by 1 million?" showed the list of three models for a project collaboration (the question's words
"budget", "mio. kr." and "klimasekretariat" in its first two lines, a "med henblik på" of another
matter in its third), not the sentence "For at klimasekretariatet fortsat kan understøtte …, er der,
som følge af regionens udtræden af samarbejdet, behov for at øge finansieringen til klimasekretariatet
med 1,0 mio. kr.", whose reason words sit beside the question's. A long list or a window of three
sentences holds reason words of many matters; the one asked about is where the question's words are.

A window's reason is tied to the question when a span giving a reason (units.reasons_in: "fordi",
"som følge af", "for at", ", så", a cause's verb …) and a word of the question share a sentence, or a
line of a list. When none of the best window's reasons is tied, the first window in rank order, within
SHARE of the best, whose reason is tied is shown first. A window of another matter's reason stays shown
beside it when it scores so (shown.py's second passages).

And where the windows chosen give no reason at all (the statement asked about first, or its purpose or
consequence), the best window giving one is shown beside the first (`reason_beside`, moved here from
shown.py, as before: within REASON_SHARE of the best, with the sentence its reason points back to):
now a tied one before one whose reason is of another matter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from index.search.better_reason import states_reason_in
from index.search.excerpt import section_units
from index.search.sentence_links import with_antecedent
from index.search.units import Unit, Window, reasons_in

__all__ = ["REASON_SHARE", "reason_beside", "tied", "tied_reason"]

SHARE = 0.5  # of the best window's rank (shown.SECOND_SHARE: a passage worth showing beside the best)
REASON_SHARE = 0.25  # a passage giving a reason is shown beside the best one at this share of it


def _unit_tied(u: Unit) -> bool:
    text = u.passage.text
    reasons = reasons_in(text) if u.matched else []
    if not reasons:
        return False
    for a, b in section_units(text)[0]:  # its sentences and list lines (excerpt.py's split)
        if any(a <= x < b for x, _ in reasons) and any(a <= x < b for x, _ in u.matched):
            return True
    return False


def tied(w: Window) -> bool:
    """Does a passage of the window give a reason in a sentence (or list line) holding a question word?"""
    return any(_unit_tied(u) for u in w.units)


def tied_reason(order: Sequence[Window], best: Window, answer_type: str,
                rank: Callable[[Window], float]) -> Window | None:  # fmt: skip
    """The window to show first for a why whose best window gives no reason beside the question's
    words (see the module docstring); None otherwise."""
    if answer_type != "reason" or tied(best):
        return None
    floor = SHARE * rank(best)
    return next((w for w in order if w.score > 0 and rank(w) >= floor and tied(w)), None)


def reason_beside(chosen: list[Window], typed: Sequence[Window], best: Window, units: list[Unit],
                  rank: Callable[[Window], float], overlap: Callable[[Window, Window], bool],
                  most: int) -> list[Window]:  # fmt: skip
    """A why's chosen windows with, second, the best typed window giving a reason (a tied one first),
    when none of them gives one; `chosen` as it is otherwise (see the module docstring)."""
    if not chosen or any(states_reason_in(c) for c in chosen):
        return chosen
    beside = [w for w in typed if rank(w) >= REASON_SHARE * rank(best) and not any(overlap(w, c) for c in chosen)]
    giving = [w for w in beside if states_reason_in(w)]
    cause = next((w for w in giving if tied(w)), None) or next(iter(giving), None)
    if cause is None and not any(c.typed for c in chosen):
        cause = next(iter(beside), None)
    if cause is None:
        return chosen
    grown, extra = with_antecedent(cause, units)
    return [chosen[0], grown, *extra, *chosen[1:]][:most]
