"""The gate's reading of a change of a body's membership, asked in other words than the item's.

"Hvem afløste …", "who replaced …", "a member stepped down, who must be put forward", "to
afgange", "udtræder", "udnævnelse": people ask about a seat changing hands in many words; the
documents write every such change as an appointment ("udpeges til posten", "den endelige
udpegning", "KKR … godkender udpegningen"). The question's word for that change is, to the gate,
another rendering of the documents' word (credited ALTERNATIVE_CREDIT where the item has it), as a
translation's other Danish renderings are: the item about the appointment is on the question's
topic though it never writes the asker's verb. A role ("suppleant", "formand") is no such word: it
names who is asked for, which the item must give itself. Only the gate reads this (answer.py); the
search and its coverage are unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from index.search.figure import stems_of_text
from index.search.rank import Concept

# The documents' words for a seat filled: every change of a body's members is an appointment there
# ("udpeges til posten", "den endelige udpegning", "udpegningen").
_ITEM_WORDS = "udpege udpeger udpeges udpeget udpegede udpegning udpegningen udpegninger udpegelse udpegelser"
# The asker's words for it: naming, replacing, leaving, a successor, in Danish and in the English words
# the glossary does not put into Danish. Not "efterfølger" nor "peget (på)": their stems are those of
# "efterfølgende" (afterwards) and "peger på" (points to), words of any question.
_ASKED_WORDS = (
    "afløse afløser afløses afløste afløst erstatte erstatter erstattes erstattet erstattede "
    "udtræde udtræder udtræden udtrædelse udtrådt fratræde fratræder fratræden fratrædelse fratrådt "
    "udnævne udnævner udnævnes udnævnt udnævnelse udnævnelser "
    "udskifte udskifter udskiftes udskiftet udskiftning udskiftningen afgang afgange afgangen "
    "trak forlod "
    "stepped resigned quit quits successor successors vacancy vacant replaced replacing replacement "
    "withdrew withdraw withdraws withdrawn withdrawing withdrawal "
    "nominee appointee"
)


ITEM_STEMS = stems_of_text(_ITEM_WORDS)
ASKED_STEMS = stems_of_text(_ASKED_WORDS) - ITEM_STEMS


def asks_membership(c: Concept) -> bool:
    """Is `c` a word for a seat changing hands other than the documents' own (its whole stem one of them)?"""
    return not c.expansion and bool(c.whole) and c.whole in ASKED_STEMS


def membership_renderings(concepts: Sequence[Concept]) -> list[Concept]:
    """`concepts`, the question's weightiest word for a seat changing hands carrying the documents'
    words for it as other renderings (the ones it is not itself). One word only: "hvem afløste …, der
    forlod …" asks one change, and an item's "udpeges" is one piece of evidence, not two. A question
    writing the documents' word ("udpeget") has nothing to add."""
    asked = [c for c in concepts if asks_membership(c)]
    if not asked:
        return list(concepts)
    chosen = max(asked, key=lambda c: c.weight)
    own = {whole for whole, _ in chosen.alternatives} | {chosen.whole}
    extra = tuple((s, ()) for s in sorted(ITEM_STEMS - own))
    return [replace(c, alternatives=c.alternatives + extra) if c is chosen else c for c in concepts]
