"""A place asked: the passage naming where shown (round 23, TWOFACTS23).

Why: "Hvornår og hvor holdt KKR Midtjylland sit klimatopmøde i 2021?", "when and where …", "which
town hosted it" ask for a place beside a date (or a person), and no answer type reads a place: the
passage holding most of the question's words and the date wins ("– Klimatopmødet 19. august 2021",
a line of the item's opening list), and the sentence saying where ("KKR afholdt den 19. august 2021
klimakonference i Skive …", which says "klimakonference" where the question says "klimatopmøde")
was not shown. The date was answered, the place was not.

Now a question whose asking sentence asks "hvor" as a place (opening it or after "og"/"and", not
"hvor mange/meget/stor/længe …" nor "hvor landede …", a figure's end), "where", "i hvilken by",
"which town/city/venue", shows, beside its best passage, the best-ranked passage holding question
words that names a place, unless a shown passage already names one: a capitalised name after "i",
"på" or "hos" ("i Skive", "hos Rebild Kommune"), or "digitalt"/"virtuelt" (a meeting held online
is where it was held). A place the question names itself (its council's "i Midtjylland") is no
answer: it is not counted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from index.lazy_patterns import lazy
from index.question.sentences import question_sentences
from index.search.units import Window

__all__ = ["PLACE_SHARE", "asks_place", "names_place", "place_shown"]

PLACE_SHARE = 0.3  # a passage naming a place is shown beside the best at this share of its score

# "hvor" asking a place: a sentence's first word, after a colon or a dash, or after "og"/"and"/"samt"; not a degree ("hvor mange",
# "hvor længe") nor where a figure landed ("hvor landede dimensioneringen").
_DEGREE = r"(?:mange|meget|stor\w*|længe|lang\w*|ofte|tit|høj\w*|hurtig\w*|god\w*|sikker\w*|vidt|tæt|tidlig\w*|sent|dyr\w*|lille|små|stærk\w*|bred\w*|land\w*)"
_ASKS = lazy(
    rf"(?:^|[:;–—]\s*|\b(?:og|and|samt)\s+)(?:hvor(?:henne)?\b(?!\s+{_DEGREE}\b)|where\b(?!.*\bland\w*\b))"
    r"|\b(?:i\s+hvilken\s+(?:by|kommune)|hvilken\s+by|hvilket\s+sted|which\s+(?:town|city|venue)|what\s+(?:town|city|venue))\b",
    re.IGNORECASE,
)
# A place in an item's text: a capitalised name after "i", "på" or "hos" ("i Skive", "hos Rebild Kommune"),
# or a meeting held online.
_PLACE = lazy(r"\b(?:i|på|hos)\s+([A-ZÆØÅ][a-zæøå]+(?:[ -][A-ZÆØÅ][a-zæøå]+)*)|\b(digitalt|virtuelt)\b")


def asks_place(question: str) -> bool:
    """Does one of the question's sentences ask where (see the module docstring)?"""
    return any(_ASKS.search(s.strip()) for s in question_sentences(question))


def names_place(text: str, question: str) -> bool:
    """Does the text name a place the question does not name itself?"""
    asked = question.lower()
    return any((m.group(1) or m.group(2)).lower() not in asked for m in _PLACE.finditer(text))


def place_shown(chosen: list[Window], order: Sequence[Window], question: str,
                overlaps: Callable[[Window, Window], bool]) -> list[Window]:  # fmt: skip
    """`chosen` with, second, the best window of `order` naming a place, when a place is asked and no
    chosen window names one (see the module docstring)."""
    if not chosen or not asks_place(question):
        return chosen
    if any(names_place(u.passage.text, question) for c in chosen for u in c.units):
        return chosen
    least = PLACE_SHARE * chosen[0].score
    found = next((w for w in order if w.score > 0 and w.score >= least and not any(overlaps(w, c) for c in chosen)
                  and any(names_place(u.passage.text, question) for u in w.units)), None)  # fmt: skip
    return chosen if found is None else [chosen[0], found, *chosen[1:]]
