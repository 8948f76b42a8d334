"""How much of the question an item's best passage holds: the rerank's passage signal.

An item is scored as a whole (BM25F, coverage), so a long item of many points — an
"Orientering" reporting on several meetings, a Sagsfremstilling of many sub-headed parts —
matches a question about one point no better than a shorter item that has the question's
words scattered. The densest window of a few sentences (index.search.excerpt, the one the
cohesion test reads) tells them apart: the item whose one passage holds the question wins.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from index.analysis import analyze
from index.model import AgendaItem
from index.search.excerpt import densest_window

if TYPE_CHECKING:
    from index.search.rank import Concept


@lru_cache(maxsize=4096)
def title_terms(title: str) -> frozenset[str]:
    """The index terms of an item's title: the same for every question about it."""
    return frozenset(analyze(title))


def relevant_stems(own: Sequence[Concept]) -> frozenset[str]:
    """The index terms that count for the question's words: their stems, and another rendering's
    whole word and parts (credited in part by `Concept.credit`)."""
    return frozenset(s for c in own for s in c.stems) | frozenset(
        s for c in own for whole, parts in c.alternatives for s in ((whole,) if whole else ()) + parts
    )


def best_passage_share(item: AgendaItem, concepts: Sequence[Concept], background: Collection[str] = ()) -> float:
    """The share of the question's weight (IDF; another rendering of a translated word counting
    in part) that the item's best window holds, the title counting in every window. Only words
    the index has count (one it never saw tells no passage apart); with fewer than two, 1.0.
    Read also with the background's words at half weight, as the cohesion test reads them:
    what sets the scene need not be in the passage that answers."""
    own = [c for c in concepts if not c.expansion and c.df]
    if len(own) < 2:
        return 1.0
    relevant = relevant_stems(own)
    title = title_terms(item.title) & relevant
    readings = (False, True) if any(c.word in background for c in own) else (False,)
    best = 0.0
    for halved in readings:
        weight = {c.word: c.weight_given(background if halved else ()) for c in own}
        total = sum(weight.values())
        held = densest_window(item, lambda stems: sum(weight[c.word] * c.credit(stems) for c in own), relevant, title)
        best = max(best, held / total if total else 1.0)
    return best
