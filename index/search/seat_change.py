"""Between items the rerank read whole, the one recording a named person's seat changing hands
comes first for a question asking who left, joined or replaced someone in a body (round 17,
WHOLIST17).

Why: such a question names the body and the change in the asker's words ("wanted to give up his
place on KKR Nordjylland", "hvem ønskede at gå ud af KKR Nordjylland før tid, og hvem skal tage
over"), and a neighbouring item about the same body (its evaluation, its appointments in general,
its fields of work) holds the body's name and the asker's other words as often. The item that
answers is the short one in which a person is named beside the change itself: "Jeppe Ugilt
Hansen (V) … har ønsket at trække sig fra sin plads i KKR Nordjylland", "følgende medlemmer har
meddelt, at de ikke længere har mulighed for at repræsentere kommunerne i RAR Østjylland: –
Medlem af RAR Østjylland, …, Lisbeth Torfing, …". `weigh_seats` multiplies the score of an item
with such a passage by SEAT_CHANGE and orders the ranking again (planned items first, as
index.search.rank orders them), as index.search.list_named does for a list of the asked thing.
Nothing changes when the question asks no seat change, or when every item (or none) records one.
index.search.membership reads the asker's words of a change for the gate; this module reads the
documents' passages for the ranking.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.lazy_patterns import lazy
from index.model import AgendaItem, Passage
from index.question.parse import ParsedQuestion
from index.read.passages import item_parts
from index.search.rank import Ranking
from index.search.reweigh import reweigh

__all__ = ["SEAT_CHANGE", "asks_seat_change", "names_person", "records_seat_change", "weigh_seats"]

SEAT_CHANGE = 2.0  # the score of an item recording a named person's seat change is multiplied by this

# The asker's words for a member leaving, joining or being replaced, Danish and English.
_ASKED = lazy(
    r"\b(?:udtr(?:æde|æder|ådt|ådte|æden)|tr(?:æde|æder|ådte|ådt)\s+ud|tr(?:ække|ækker|ak|ukket)\s+sig"
    r"|g(?:å|år|ik|ået)\s+ud\s+af|forl(?:ade|ader|od|adt)|fratr(?:æde|æder|ådte|ådt|æden)|stoppe[dr]?\s+i"
    r"|afløs\w*|erstat\w*|efterfølger(?:en|e)?\b|overt(?:age|ager|og|aget)|tage[rt]?\s+over|tog\s+over"
    r"|indtr(?:æde|æder|ådte|ådt)|tr(?:æde|æder|ådte|ådt)\s+ind|nyt?e?\s+medlem\w*|sin\s+plads|sit\s+sæde"
    r"|withdr[ae]w\w*|left|leaves?|leaving|quit\w*|resign\w*|step(?:s|ped|ping)?\s+down|g[ai]ve\s+up"
    r"|replac\w*|successors?|took\s+over|tak(?:e|es|ing)\s+over|join(?:s|ed|ing)?|new\s+members?"
    r"|no\s+longer|seat|vacan\w*)\b",
    re.IGNORECASE,
)
# A question asking for people: who / hvem, or which members / hvilke medlemmer.
_PEOPLE = lazy(r"\b(?:hvem|who|whom|hvilke\s+(?:[\w-]+\s+){0,3}?medlem\w*|which\s+(?:[\w-]+\s+){0,3}?(?:members?|councillors?|"
                     r"politicians?|mayors?))\b", re.IGNORECASE)

# The documents' words for a seat changing hands.
_RECORDED = lazy(
    r"\b(?:tr(?:ække|ækker|ak|ukket)\s+sig|ikke\s+længere|udtr(?:æde|æder|ådt|ådte|æden)|tr(?:æde|æder|ådte|ådt)\s+ud"
    r"|afløs\w*|indtr(?:æde|æder|ådte|ådt)|nyt?e?\s+medlem\w*|udpeges\s+til\s+posten|fratr(?:æde|æder|ådte|ådt|æden)"
    r")\b",
    re.IGNORECASE,
)
# A person's name: two or more capitalised words in a row ("Jeppe Ugilt Hansen", "Hüseyin Arac"),
# the first not a sentence's opening word.
_NAME = lazy(r"(?<![.:!?]\s)(?<!^)\b[A-ZÆØÅÜ][a-zæøåäöüé]+(?:\s+[A-ZÆØÅÜ][a-zæøåäöüé]+)+\b")


def asks_seat_change(question: str) -> bool:
    """Does the question ask for the people who left, joined or replaced someone in a body?"""
    return bool(_PEOPLE.search(question)) and bool(_ASKED.search(question))


def names_person(text: str) -> bool:
    """Does a passage name a person (two capitalised words in a row, not a sentence's opening)?"""
    return bool(_NAME.search(text))


def records_seat_change(item: AgendaItem) -> bool:
    """Does one of the item's passages name a person beside a seat changing hands?"""
    return _records(item.passages or item_parts(item.sections)[1])


@lru_cache(maxsize=4096)
def _records(passages: tuple[Passage, ...]) -> bool:
    return any(_RECORDED.search(p.text) and _NAME.search(p.text) for p in passages)


def weigh_seats(ranking: Ranking, parsed: ParsedQuestion) -> Ranking:
    """The ranking with the items recording a named seat change weighed by SEAT_CHANGE and ordered
    again (planned items first, then by score); unchanged when the question asks no seat change,
    or no item or every item records one."""
    if len(ranking.ranked) < 2 or not asks_seat_change(parsed.text):
        return ranking
    recorded = [records_seat_change(r.item) for r in ranking.ranked]
    return reweigh(ranking, recorded, SEAT_CHANGE)
