"""Does a stored meeting in the time a question names hold anything the question asks about?

A time named in a question filters the candidates to the meetings stored in it (index/search/rank.py),
as the meeting asked about. But a month may be the time of what is asked, not of a KKR meeting: "which
questions about the new IT units were raised at the information meetings in June?" names June for the
information meetings; the June meeting stored holds nothing about IT units, and the filter left only its
items, none sharing a word with the question, so the refusal kept nothing (issue 10 point 6: a question
sharing content words with an item keeps it as nearest). When no item of the stored meetings in the time
holds one of the question's own words, the ranking treats the time as one with no meeting stored: the
other items stay, judged "in time" by the months and years they name, so a refusal keeps them as the
nearest and an item naming the time asked may still answer.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

__all__ = ["holds_any"]


class _Concept(Protocol):
    expansion: bool

    def matched_by(self, stems: frozenset[str]) -> bool: ...


def holds_any(items_stems: Iterable[frozenset[str]], concepts: Sequence[_Concept]) -> bool:
    """Does one of the items (their index terms) hold one of the question's own words? With no own
    word (a question of the meeting alone: "what was decided in June 2026?") every item holds it."""
    own = [k for k in concepts if not k.expansion]
    return not own or any(k.matched_by(stems) for stems in items_stems for k in own)
