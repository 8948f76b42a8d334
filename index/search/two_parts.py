"""Two figures asked at once ("how much do the municipalities put into CDEU, and how much into the
climate secretariat?", "hvad er døgntaksten …, og hvad skal kommunerne betale for en plads der står
tom?"): the passage that answers both holds a value of the kind asked beside each of two of the
question's words, in clauses of their own ("- CDEU: 5,8 mio. kr." and "- Klimasekretariat: 1,0
mio. kr."; "… døgntaksten er 4.107 kr. …" and "Dertil skal kommunerne betale … (3.080 kr.)"). A
window scoring higher on the question's words may hold only one of them; index.search.shown then
prefers the one holding both.
"""

from __future__ import annotations

import re

from index.analysis import WORD, word_stems
from index.search.units import Unit, Window, WordCredits

__all__ = ["answers_both", "asks_two_values"]

# The asking words of a value; a question asking two values names two ("how much …, and how much …").
_ASKS = re.compile(r"\b(?:how\s+(?:much|many|large|big)|hvor\s+(?:meget|mange|stor)|hvad|what|when|hvornår|who|hvem)\b",
                   re.IGNORECASE)
_LAST_SENTENCE = re.compile(r"(?<=[.?!:])\s+(?=[A-ZÆØÅ])")

# Where a clause ends: a comma, a semicolon, a stop, a line break, "og"/"samt"/"mens".
_CLAUSE = re.compile(r",\s|;|\.\s|\.$|\n|\s(?:og|samt|mens|men|and|while|but)\s")


def asks_two_values(question: str) -> bool:
    """Does the question's asking sentence (the last; what comes before sets the scene) ask for two
    values, each with its own asking word?"""
    return len(_ASKS.findall(_LAST_SENTENCE.split(question.strip())[-1])) >= 2


def answers_both(w: Window, memo: WordCredits) -> bool:
    """Does the window hold values of the asked kind beside two different question words, each
    in a clause of its own (each clause naming a question word the other does not)?"""
    claims = list(dict.fromkeys(c for u in w.units for c in _valued_clauses(u, memo)))
    return any(a - b and b - a for i, a in enumerate(claims) for b in claims[i + 1 :])


def _valued_clauses(u: Unit, memo: WordCredits) -> list[frozenset[str]]:
    """The question's concepts of each clause of the unit that holds a value of the kind asked,
    and the years and councils asked about that the clause names ("Landstallet for 2027 er fastsat
    til 600 personer" for "hvor mange … i 2027, og hvor mange skal regionen tage")."""
    if not u.values:
        return []
    text = u.passage.text
    out = []
    start = 0
    for end in [m.start() for m in _CLAUSE.finditer(text)] + [len(text)]:
        if any(start <= v.start < end for v in u.values):
            stems = [word_stems(m.group().lower()) for m in WORD.finditer(text, start, end)]
            concepts = frozenset(key for st in stems for key, _ in memo.credits(st)[0]).union(*(st & u.bonus for st in stems))
            if concepts:
                out.append(concepts)
        start = end
    return out
