"""A list asked for without naming what is listed (round 15, LISTS15): "what does the contract ask
the business hub to keep concentrating on", "who is hit hardest when services are cut", "what
does the reform involve". No lead-in can name the asked thing (index.search.lead_ins), so the
item's best window by the question's words is often a sentence that only names the topic ("KKR
Midtjylland skal indgå en årlig resultatkontrakt med Erhvervshus Midtjylland for 2024."), while
the answer is the item's list or enumerating sentence a little further on ("Der er således
fortsat stor fokus på følgende områder – Digitalisering – …"). Here the best window holding a
list (a list block, or a sentence enumerating "X, Y og Z") wins at UNNAMED_SHARE of the best, as
a list whose lead-in names the asked thing does (index.search.shown.NAMED_SHARE)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from index.search.units import Asked, Window

__all__ = ["UNNAMED_SHARE", "unnamed_list"]

UNNAMED_SHARE = 0.25  # × the best window's rank: the list that answers a list question naming nothing to list


def unnamed_list(order: Sequence[Window], best: Window, asked: Asked, rank: Callable[[Window], float]) -> Window | None:
    """The window to show first for a list question that names nothing to list (or names what no
    window of the item names), when the best window holds no list and leads into none (the caller
    asks only then: a list the best sentences lead into is shown beside them, index.search.lead_ins):
    the best-ranked window that holds one, at UNNAMED_SHARE of the best; else None."""
    if asked.answer_type != "list" or best.typed or rank(best) <= 0:
        return None
    return next((w for w in order if w.typed and w.score > 0 and rank(w) >= UNNAMED_SHARE * rank(best)), None)
