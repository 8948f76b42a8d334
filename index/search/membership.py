"""The gate's reading of a change of a body's membership, asked in other words than the item's.

"Hvem afløste …", "who replaced …", "a member stepped down, who must be put forward", "to
afgange", "udtræder", "udnævnelse": people ask about a seat changing hands in many words; the
documents write it in a few ("udpeges til posten", "indstille medlemmer", "udpegning",
"erstattes", "suppleant"). A question word of that change is, to the gate, another rendering of
the item's words for it (credited ALTERNATIVE_CREDIT where the item has one of them), as a
translation's other Danish renderings are: the item about the appointment is on the question's
topic though it never writes the asker's verb. A role ("suppleant", "formand") is no such word: it
names who is asked for, which the item must give itself. Only the gate reads this (answer.py); the search
and its coverage are unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from index.analysis import word_stems
from index.search.rank import Concept

# The documents' words for a seat filled or left: naming, replacing, leaving (index stems).
_ITEM_WORDS = (
    "udpege udpeger udpeges udpeget udpegede udpegning udpegningen udpegninger udpegelse udpegelser "
    "afløse afløser afløses afløste afløst erstatte erstatter erstattes erstattet erstattede "
    "udtræde udtræder udtræden udtrædelse udtrådt "
    "fratræde fratræder fratræden fratrædelse fratrådt"
)
# The asker's words for it besides those: leaving a seat, taking it over, a successor, in Danish
# and in the English words the glossary does not put into Danish.
_ASKED_WORDS = (
    "udnævne udnævner udnævnes udnævnt udnævnelse udnævnelser "
    "udskifte udskifter udskiftes udskiftet udskiftning udskiftningen afgang afgange afgangen "
    "trak forlod efterfølger efterfølgeren peget "
    "stepped resigned quit quits successor successors vacancy vacant replaced replacing replacement "
    "nominee appointee"
)


def _stems(words: str) -> frozenset[str]:
    return frozenset(s for w in words.split() for s in word_stems(w))


ITEM_STEMS = _stems(_ITEM_WORDS)
ASKED_STEMS = ITEM_STEMS | _stems(_ASKED_WORDS)


def asks_membership(c: Concept) -> bool:
    """Is `c` a word for a seat changing hands (its whole stem one of them)?"""
    return not c.expansion and bool(c.whole) and c.whole in ASKED_STEMS


def membership_renderings(concepts: Sequence[Concept]) -> list[Concept]:
    """`concepts`, the question's weightiest word for a seat changing hands carrying the documents'
    words for it as other renderings (the ones it is not itself). One word only: "hvem afløste …, der
    forlod …" asks one change, and an item's "udpeges" is one piece of evidence, not two."""
    asked = [c for c in concepts if asks_membership(c)]
    if not asked:
        return list(concepts)
    chosen = max(asked, key=lambda c: c.weight)
    own = {whole for whole, _ in chosen.alternatives} | {chosen.whole}
    extra = tuple((s, ()) for s in sorted(ITEM_STEMS - own))
    return [replace(c, alternatives=c.alternatives + extra) if c is chosen else c for c in concepts]
