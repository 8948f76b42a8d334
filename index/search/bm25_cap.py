"""No item outranks the one that holds most of the question on its BM25F alone.

The rerank multiplies BM25F by the square of the question's share an item holds (rank.py). A long
item that repeats one or two of the question's words, in its title and all through its body ("the
future …": "Temarække i KKR - fremtidens kollektive mobilitet", "fremtidens" a dozen times), can
have three or four times the BM25F of the item that has every word of the question once or twice
(a status item, a short news item), and that outweighs any difference in coverage. So an item's
BM25F counts at most CAP times that of the candidate covering most of the question: past that, how
often an item repeats some of the question's words says no more about which item is meant.
"""

from __future__ import annotations

from collections.abc import Sequence

CAP = 3.0  # 2.0 put a plan of another council's meeting first (round2-a r2a26); 2.5 to 3 lost nothing


def capped(bm25: Sequence[float], coverage: Sequence[float]) -> list[float]:
    """Each candidate's BM25F, at most CAP times that of the candidate with the largest coverage
    (of those, the one with the largest BM25F)."""
    if not bm25:
        return []
    _, reference = max(zip(coverage, bm25))
    return [min(b, CAP * reference) for b in bm25]
