"""Seats on a body asked, members counted: "how many seats did KKR Midtjylland fill on the board of
Erhvervshuset Midtjylland", "hvor mange pladser havde KKR i bestyrelsen for Erhvervshuset".

figure.missing_figure reads "pladser" (the glossary's Danish for "seats") as the thing counted and
looks for a number beside it. The documents count a body's seats as its members: a table of the
bodies a council appoints to, under "Antal medlemmer 2018-2022 (der udpeges af KKR)", with rows
"Bestyrelsen for Erhvervshuset Midtjylland 4 medlemmer, heraf 1 formand", "Rar Vest 5, heraf 1 til
formandskabet plus 5 suppleanter"; a sentence "Hvert SKF består af 2 kommunalbestyrelsesmedlemmer".
A seat is held by a member, so a number beside "medlem" (or a compound ending in it), where the
body asked is named too (another of the question's words, not a place, in the same passage or its
neighbours: the table's row names "Bestyrelsen for Erhvervshuset"), is a count of its seats: the figure is given, and the gate's other checks (the
council, the period) decide. Members of another body ("2 – 3 regionsrådsmedlemmer" of a health
cluster, in an item that names "Erhvervshus Nordjyllands bestyrelse" elsewhere) count no seats on
the board asked.

Only the word for a seat or place ("plads", "pladser"): "places" of a programme or a housing are
counted beside "pladser" itself, and no such passage names members.
"""

from __future__ import annotations

from collections.abc import Sequence

from index.analysis import analyze
from index.question.places import place_of
from index.search.rank import Concept

__all__ = ["seats_as_members"]

_SEAT = analyze("pladser")[0]  # "plad": "plads", "pladser", "pladserne"
_MEMBER = analyze("medlemmer")[0]  # "medlem": "medlem", "medlemmer", "kommunalbestyrelsesmedlemmer"


def seats_as_members(head: Concept, stems: frozenset[str], concepts: Sequence[Concept]) -> bool:
    """Is the thing counted a seat (`head` "pladser") and do these words count members, beside
    another of the question's words that is no place (the body asked: "bestyrelse", "Midttrafik")?"""
    if head.whole != _SEAT or not any(s.endswith(_MEMBER) for s in stems):
        return False
    return any(not c.expansion and c.whole != head.whole and place_of(c.word) is None and c.credit(stems) for c in concepts)
