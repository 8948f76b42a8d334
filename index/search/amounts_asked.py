"""A yes/no question of how much, how many or how often — "Skulle forummet mødes hver måned?",
"Will the steering group have just one director from each KKR?", "Was the quota above 100?" — is
answered by the figure or range the item gives ("Der planlægges med 2-4 møder om året", "… 3-4
kommunaldirektører fra hver KKR-kreds"), neither a yes nor a no. A sentence holding a number is of
the kind such a question asks for (index.search.units), as a denial or a condition is for another
yes/no. A journalist's yes/no comes after a background: its last sentence is read."""

from __future__ import annotations

import re

from index.lazy_patterns import lazy
from index.question.answer_type import asks_yes_no
from index.question.sentences import last_sentence
from index.search.values import values_in

MIN_NUMBER_STRENGTH = 0.7  # as a number question asks (index.search.units.MIN_STRENGTH)

__all__ = ["asks_amount", "holds_amount"]

_COUNT_WORD = r"(?:\d[\d.,]*|en|én|et|ét|to|tre|fire|fem|seks|ti|hundrede|one|two|three|four|five|six|ten|a\s+hundred|a\s+dozen)"
# An amount set against the question's own bound ("mere end en halv time", "over 100", "just one";
# not "more than that", whose bound is the item's own figure and whose answer may be a condition),
# or a frequency ("hver måned", "every year", "om året", "monthly").
_AMOUNT = lazy(
    r"\b(?:(?:mere|flere|færre|mindre|more|fewer|less)\s+(?:end|than)|over|under|above|below|mindst|højst|op\s+til|kun|blot|bare|præcis|at\s+least|at\s+most|up\s+to|only|just|exactly)\s+"
    + _COUNT_WORD + r"\b"
    r"|\b(?:hver|hvert|every|each)\s+(?:dag|uge|måned|kvartal|år|day|week|month|quarter|year)\b"
    r"|\bom\s+(?:dagen|ugen|måneden|året)\b|\b(?:dagligt|ugentligt|månedligt|årligt|daily|weekly|monthly|yearly|annually)\b"
    r"|\ba\s+(?:week|month|year)\b",
    re.IGNORECASE,
)


def asks_amount(text: str, answer_type: str) -> bool:
    """Does the question ask yes or no (whole or in its last sentence) of an amount, a count or a
    frequency it names against a bound of its own?"""
    if answer_type != "decision":
        return False
    asking = last_sentence(text)
    return (asks_yes_no(text) or asks_yes_no(asking)) and bool(_AMOUNT.search(asking))


def holds_amount(text: str) -> bool:
    """Does a sentence give a figure or a range ("2-4 møder", "3-4 kommunaldirektører")?"""
    return any(v.strength >= MIN_NUMBER_STRENGTH for v in values_in(text, "number"))
