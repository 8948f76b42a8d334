"""Between items the rerank read whole, the one holding a list of the thing a list question asks
for comes first (round 16, LISTS16).

Why: between two items of one reform or council, the one whose list is of the kind asked is the
one that answers. "Hvilke grupper af borgere vil de midtjyske kommuner især lave flere
botilbudspladser til?" found the February 2024 mobility item (buses, citizens, municipalities)
before the housing item whose list is led in by "… med tilbud til følgende målgrupper:"; "what
policy areas should the new KKR concentrate on" found another item before "KKR Midtjyllands
fagområder i kommende valgperiode:". The words of the asked thing ("målgrupper", "områder":
index.search.figure.listed_stems) are in the list's lead-in or its lines, where the other item's
words are not. `weigh_lists` multiplies the score of such an item by LIST_NAMED and orders the
ranking again (a meeting's planned items stay first, as index.search.rank orders them): a list
block whose lead-in ends by naming the asked thing, or whose every line opens with it
(index.search.lead_ins.members_named), or a sentence naming it right before enumerating them
(lead_ins.names_enumerated) — lead_ins.passage_names_listed, the reading index.search.shown uses to choose a list inside an item.
It runs after index.search.rank (index.engine), since the asked thing is read from the ranking's
concepts by index.search.figure, which reads rank's types."""

from __future__ import annotations

from functools import lru_cache

from index.model import AgendaItem, Passage
from index.question.parse import ParsedQuestion
from index.read.passages import item_parts
from index.search.figure import listed_stems
from index.search.lead_ins import passage_names_listed
from index.search.rank import Ranking
from index.search.reweigh import reweigh

__all__ = ["LIST_NAMED", "names_a_list", "weigh_lists"]

LIST_NAMED = 2.0  # the score of an item holding a list of the asked thing is multiplied by this


def weigh_lists(ranking: Ranking, parsed: ParsedQuestion) -> Ranking:
    """The ranking with the items holding a list of what a list question names weighed by
    LIST_NAMED and ordered again (planned items first, then by score); unchanged when the question
    names nothing to list, or no item or every item holds such a list."""
    listed = listed_stems(ranking.concepts, parsed)
    if not listed or len(ranking.ranked) < 2:
        return ranking
    named = [names_a_list(r.item, listed) for r in ranking.ranked]
    return reweigh(ranking, named, LIST_NAMED)


def names_a_list(item: AgendaItem, listed: tuple[str, ...]) -> bool:
    """Does one of the item's lists (or enumerating sentences) name the thing asked to be listed?"""
    return bool(listed) and _names(item.passages or item_parts(item.sections)[1], listed)


@lru_cache(maxsize=4096)
def _names(passages: tuple[Passage, ...], listed: tuple[str, ...]) -> bool:
    return any(passage_names_listed(p, listed) for p in passages)
