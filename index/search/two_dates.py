"""The date of the kind a "when" question asks shown first, and two kinds asked at once shown
both: when an agreement took effect and when it lapses (round 18, SHOWN18).

One kind ("when does the reform take effect", "what is the application deadline"): the window
holding a date its words mark as of that kind (index.search.date_kinds) is shown first when it
scores KIND_SHARE of the best (round 17's reading, moved here from index.search.shown).

Two kinds ("hvornår trådte aftalen i kraft, og hvornår udløber den", "when did it take effect, and
when does it expire", "hvornår gælder aftalen fra og til", "when does it start and when does it
end"): before round 18 no kind was read when a question named two, so the best window on the
question's other words was shown ("Men den 10. november 2023 fik … besked om, at der var indgået en
tidsbegrænset aftale …", the day the agreement was announced) and the sentence giving both dates
("Aftalen trådte i kraft den 1. december 2023 og bortfalder den 1. august 2030.") was not. Now the
window holding a date of each kind asked comes first; when no one window holds both, the window of
the first kind comes first and the one of the other is shown beside it.

A period asked, whatever the answer type ("hvor længe gælder aftalen", "how long does the agreement
run", "which years does it run for", "hvilken periode"): the best window stating a period (a start
and an end date, or two years bounding it: "Aftalen indgås for en femårig periode fra 2022 til og
med 2026.", "… for perioden 2021-2023") is shown beside the best, when the best states none and it
scores KIND_SHARE of it. Before round 18 "how long does the new five-year SOSU agreement run" showed
"… garanterer minimum 9.000 lærepladser … i 2022 - 2026" only, and "Hvor længe gælder aftalen …"
the list of what the agreement holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from index.lazy_patterns import lazy
from index.search.date_kinds import KIND_SHARE, asked_date_kinds, holds_kind, of_kind
from index.search.units import Unit, Window
from index.search.values import Value, values_in

__all__ = ["asks_period", "beside_first", "both_dates", "dated_first", "kinds_asked", "states_period"]

# A span asked as such: "fra og til", "fra hvornår til hvornår", "from when to when", "start … end".
_SPAN = lazy(
    r"\b(?:fra\s+og\s+til|fra\s+hvornår\s+(?:og\s+)?til\s+hvornår|from\s+when\s+(?:and\s+)?(?:to|until|till)\s+when"
    r"|(?:start|starts|started|begin|begins|began|starter|startede|begynder|begyndte)\b.{1,80}?\b"
    r"(?:end|ends|ended|finish|finishes|slutter|sluttede|ophører|ophørte))\b",
    re.IGNORECASE,
)


# A period asked: "hvor længe gælder aftalen", "how long does the agreement run", "which years does it
# cover", "for hvilken periode"; answered by the passage stating the period (two dates, or two years).
_PERIOD = lazy(
    r"\b(?:hvor\s+længe|how\s+long|(?:for\s+)?(?:hvilken|hvilke|what|which)\s+(?:periode|period|år|years)"
    r"|(?:hvornår|when)\s+(?:\w+\s+){0,6}?(?:fra|from)\s+(?:og|and)\s+(?:til|to|until)\b)",
    re.IGNORECASE,
)
# Two years (or two dates' years) bounding a period: "fra 2022 til og med 2026", "for perioden 2021-2023".
_YEAR_SPAN = lazy(
    r"\b(?:fra|from|perioden?|period)\s+(?:\d{1,2}\.\s*\w+\.?\s+)?(?:19|20)\d{2}\s*(?:-|–|til(?:\s+og\s+med)?|to|until|through)\s*"
    r"(?:\d{1,2}\.\s*\w+\.?\s+)?(?:19|20)?\d{2}\b",
    re.IGNORECASE,
)


def asks_period(question: str) -> bool:
    """Does the question ask how long something runs, or for which years?"""
    return bool(_PERIOD.search(question))


def states_period(w: Window) -> bool:
    """Does a sentence of the window state a period: a start and an end date, or two years bounding it?"""
    return any(_YEAR_SPAN.search(u.passage.text) or all(of_kind(u.passage.text, values_in(u.passage.text, "date"), k) for k in ("start", "end"))
               for u in w.units)


def kinds_asked(question: str) -> tuple[str, ...]:
    """The kinds of date a "when" question names: one, two (start and end), or none."""
    kinds = asked_date_kinds(question)
    if _SPAN.search(question):
        kinds = tuple(dict.fromkeys(("start", "end", *kinds)))
    return kinds


def dated_first(typed: Sequence[Window], order: Sequence[Window], best: Window, question: str, answer_type: str,
                rank: Callable[[Window], float]) -> tuple[Window, Window | None]:  # fmt: skip
    """The window shown first for a date question, and one shown beside it (or None): see the
    module docstring. `typed`: the windows holding a value of the asked type and question words,
    best first; `order`: every window, best first. A period asked, of any answer type: the best
    window stating one, beside the best when that states none."""
    if asks_period(question) and not states_period(best):
        period = next((w for w in order if w.score > 0 and states_period(w) and rank(w) >= KIND_SHARE * rank(best)), None)
        if period is not None:
            return best, period
    kinds = kinds_asked(question) if answer_type == "date" else ()
    if not kinds:
        return best, None
    near = [w for w in typed if rank(w) >= KIND_SHARE * rank(best)]
    if len(kinds) == 1:
        dated = next((w for w in near if holds_kind(w.units, kinds[0])), None)
        return (dated if dated is not None and not holds_kind(best.units, kinds[0]) else best), None
    if all(holds_kind(best.units, k) for k in kinds):
        return best, None
    both = next((w for w in near if all(holds_kind(w.units, k) for k in kinds)), None)
    if both is not None:
        return both, None
    each = [next((w for w in near if holds_kind(w.units, k)), None) for k in kinds]
    found = [w for w in each if w is not None]
    if not found:
        return best, None
    first = found[0] if not holds_kind(best.units, kinds[0]) else best
    other = next((w for w in found if w is not first), None)
    return first, other


def both_dates(units: Sequence[Unit], question: str) -> tuple[Unit, tuple[Value, ...]] | None:
    """Two kinds of date asked: the passage holding a date of each, most of the question's words
    first, and those dates in the order the passage gives them ("Aftalen trådte i kraft den 1.
    december 2023 og bortfalder den 1. august 2030": both, the answer line); None when one kind
    or none is asked, or no passage holds a date of each."""
    kinds = kinds_asked(question)
    if len(kinds) < 2:
        return None
    found = []
    for u in units:
        marked = [of_kind(u.passage.text, u.values, k) for k in kinds]
        if all(marked):
            found.append((u.score, -u.index, u, tuple(sorted({m[0] for m in marked}, key=lambda v: v.start))))
    if not found:
        return None
    _, _, u, values = max(found, key=lambda f: f[:2])
    return u, values


def beside_first(chosen: list[Window], w: Window | None, overlap: Callable[[Window, Window], bool]) -> list[Window]:
    """`chosen` with `w` second, when there is one and it overlaps no chosen window."""
    return chosen if w is None or any(overlap(w, c) for c in chosen) else [chosen[0], w, *chosen[1:]]
