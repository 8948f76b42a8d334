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

from collections.abc import Callable, Sequence

from index.lazy_patterns import lazy
from index.analysis import WORD, analyze, word_stems
from index.question.glossary import load_glossary
from index.search.totals import asks_total
from index.search.sentence_links import CARRIES_ON
from index.search.units import WINDOW_CHARS, Unit, Window, WordCredits, window_of
from index.search.values import values_in

__all__ = ["answers_both", "asked_parts", "asks_two_values", "each_part_shown", "grown_beside", "summed", "value_parts"]

# The asking words of a value; a question asking two values names two ("how much …, and how much …").
_ASKS = lazy(r"\b(?:how\s+(?:much|many|large|big)|hvor\s+(?:meget|mange|stor)|hvad|what|when|hvornår|who|hvem)\b",
                   re.IGNORECASE)
_LAST_SENTENCE = lazy(r"(?<=[.?!:])\s+(?=[A-ZÆØÅ])")

# Where a clause ends: a comma, a semicolon, a stop, a line break, "og"/"samt"/"mens".
_CLAUSE = lazy(r",\s|;|\.\s|\.$|\n|\s(?:og|samt|mens|men|and|while|but)\s")


def asks_two_values(question: str) -> bool:
    """Does the question's asking sentence (the last; what comes before sets the scene) ask for two
    values, each with its own asking word?"""
    return len(_ASKS.findall(_LAST_SENTENCE.split(question.strip())[-1])) >= 2


_ASKING_WORD = r"(?:hvad|hvor|hvem|hvornår|what|how|who|when)\b"
# Where a second asked value begins: ", and how many", " og hvor stor", ", hvad …", "; what …".
_SECOND = lazy(rf"(?:[,;]\s*(?:(?:and|og|samt)\s+)?|\s(?:and|og|samt)\s+)(?={_ASKING_WORD})", re.IGNORECASE)


def value_parts(question: str) -> list[str]:
    """The parts of the question's asking sentence (its last) that each ask a value: two or more
    when it asks two values with two asking words, else the question whole."""
    return asked_parts(question) if asks_two_values(question) else [question]


def asked_parts(question: str) -> list[str]:
    """The asking sentence's parts, split before each asking word that opens a second one (", og
    hvor mange …", ", and what …"), whatever the first opens with ("Godkendte KKR …, og hvor
    mange … i alt?"); the question whole when it has one part."""
    parts = [p.strip() for p in _SECOND.split(_LAST_SENTENCE.split(question.strip())[-1]) if p.strip()]
    return parts if len(parts) > 1 else [question]


def answers_both(w: Window, memo: WordCredits) -> bool:
    """Does the window hold values of the asked kind beside two different question words, each
    in a clause of its own (each clause naming a question word the other does not)?"""
    claims = list(dict.fromkeys(c for u in w.units for c in _valued_clauses(u, memo)))
    return any(a - b and b - a for i, a in enumerate(claims) for b in claims[i + 1 :])


# Things named in a row: "CDEU, kultur og klima", "cdeu + klima + kultur", "A & B" (not "A og B" alone: "aftaler
# med hjælpere og assistenter" names one count's two columns as often).
_ENUMERATES = lazy(r"\w[\w'’-]*\s*(?:[+&]\s*\w|,\s*(?:the\s+)?\w[\w'’ -]*?\s*(?:,|\bog\b|\band\b|[+&])\s*\w)")


def summed(typed: Sequence[Window], best: Window, question: str, memo: WordCredits,
           near: Callable[[Window], bool]) -> Window | None:  # fmt: skip
    """A total asked of things the question names in a row ("hvor meget betaler kommunerne i alt til
    CDEU, kultur og klima?", "samlet … cdeu + klima + kultur"): the window (`near` the best) whose figures stand beside more of the question's words,
    each in a clause of its own, than the best's do, and beside two at least: the list giving each
    ("… samlet kommunal finansiering på 8,1 mio. kr. fordelt således: - CDEU: 5,8 mio. kr. - Kultur
    …: 1,3 mio. kr. - Klimasekretariat: 1,0 mio. kr."), not another list naming them in one line
    ("- Reduktion af bidraget til CDEU's arbejde med klima og kultur på i alt 2,6 mio. kr."). Every
    value shown is the item's own: no sum is computed. None when no total is asked, or the best is
    a table row (a total row answers it, index.search.totals)."""
    if not asks_total(question) or not _ENUMERATES.search(question) or best.first.passage.kind == "row":
        return None
    held = _named_beside(best, memo)
    found = [(n, -i, w) for i, w in enumerate(typed) if (n := _named_beside(w, memo)) > max(held, 1) and near(w)]
    return max(found, key=lambda f: f[:2])[2] if found else None


def _named_beside(w: Window, memo: WordCredits) -> int:
    """How many of the question's words the window's clauses holding a figure name, each counted once."""
    return len(frozenset().union(*(c for u in w.units for c in _valued_clauses(u, memo))))


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


Overlap = Callable[[Window, Window], bool]
PART_SHARE = 0.4  # a part is answered by a passage holding a figure and this share of its own words' weight


def each_part_shown(chosen: list[Window], order: Sequence[Window], question: str, memo: WordCredits,
                    overlap: Overlap) -> list[Window]:  # fmt: skip
    """`chosen` with, second, the best window of `order` giving a value beside a part's own words,
    for each asked part no chosen window gives one beside (see the module docstring)."""
    parts = [_part_keys(p, memo) for p in asked_parts(question)]
    if len(parts) < 2:
        return chosen
    weight = {key: w for key, w in memo.weights.values()}
    for i, keys in enumerate(parts):
        own = keys.difference(*(k for j, k in enumerate(parts) if j != i)) or keys  # a total beside a decision shares its words
        least = PART_SHARE * sum(weight.get(k, 0.0) for k in own)
        if not least or any(_beside(w, own) >= least for w in chosen):
            continue
        found = [(held, -at, w) for at, w in enumerate(order)
                 if w.score > 0 and not any(overlap(w, c) for c in chosen) and (held := _beside(w, own)) >= least]
        if found:
            chosen = [chosen[0], max(found, key=lambda f: f[:2])[2], *chosen[1:]]
    return chosen


def _beside(w: Window, own: frozenset[str]) -> float:
    """The most weight of `own` that one passage (a sentence, a list, a row) of the window holding a
    figure has. A passage, not a clause: "50 pct. af kommunerne" is cut apart by a clause's stop."""
    return max((sum(x for k, x in u.concepts.items() if k in own) for u in w.units
                if u.values or values_in(u.passage.text, "number")), default=0.0)


def _part_keys(part: str, memo: WordCredits) -> frozenset[str]:
    """The question's concepts a part's words are: Danish words as themselves, an English word (or
    phrase) as the glossary's Danish terms for it."""
    words = [m.group().lower() for m in WORD.finditer(part)]
    glossary = load_glossary()
    keys: set[str] = set()
    i = 0
    while i < len(words):
        direct = memo.credits(word_stems(words[i]))[0]
        found = None if direct else glossary.match(words, i)
        if found is None:
            keys.update(key for key, _ in direct)
            i += 1
            continue
        entry, n = found
        keys.update(key for t in entry.terms for st in analyze(t) for key, _ in memo.credits(frozenset((st,)))[0])
        i += n
    return frozenset(keys)


def grown_beside(chosen: list[Window], units: list[Unit], overlap: Overlap) -> list[Window]:
    """Two values asked: a shown sentence after the first is grown with the next sentence when that
    carries on from it ("Det giver …", sentence_links.CARRIES_ON) with a figure, within WINDOW_CHARS
    and overlapping no other shown passage: the second value often follows the first so ("82
    kommuner har svaret." + "Det giver en svarprocent på knap 84."), in words the question need not use."""
    out = chosen[:1]
    for w in chosen[1:]:
        at = w.units[-1].index + 1
        nxt = units[at] if at < len(units) else None
        if (nxt is not None and w.first.passage.kind == nxt.passage.kind == "sentence"
                and nxt.passage.section_index == w.first.passage.section_index and CARRIES_ON.match(nxt.passage.text)
                and values_in(nxt.passage.text, "number") and nxt.passage.end - w.first.passage.start <= WINDOW_CHARS):  # fmt: skip
            grown = window_of(w.units + [nxt])
            if not any(overlap(grown, c) for c in chosen if c is not w):
                w = grown
        out.append(w)
    return out
