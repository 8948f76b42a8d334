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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from index.search.date_kinds import KIND_SHARE, asked_date_kinds, holds_kind, of_kind
from index.search.units import Unit, Window
from index.search.values import Value

__all__ = ["both_dates", "dated_first", "kinds_asked"]

# A span asked as such: "fra og til", "fra hvornår til hvornår", "from when to when", "start … end".
_SPAN = re.compile(
    r"\b(?:fra\s+og\s+til|fra\s+hvornår\s+(?:og\s+)?til\s+hvornår|from\s+when\s+(?:and\s+)?(?:to|until|till)\s+when"
    r"|(?:start|starts|started|begin|begins|began|starter|startede|begynder|begyndte)\b.{1,80}?\b"
    r"(?:end|ends|ended|finish|finishes|slutter|sluttede|ophører|ophørte))\b",
    re.IGNORECASE,
)


def kinds_asked(question: str) -> tuple[str, ...]:
    """The kinds of date a "when" question names: one, two (start and end), or none."""
    kinds = asked_date_kinds(question)
    if _SPAN.search(question):
        kinds = tuple(dict.fromkeys(("start", "end", *kinds)))
    return kinds


def dated_first(typed: Sequence[Window], best: Window, question: str,
                rank: Callable[[Window], float]) -> tuple[Window, Window | None]:  # fmt: skip
    """The window shown first for a date question, and one shown beside it (or None): see the
    module docstring. `typed`: the windows holding a date and question words, best first."""
    kinds = kinds_asked(question)
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
