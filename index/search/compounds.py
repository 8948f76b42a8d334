"""Danish compounds the index never saw whole, read as the known words they are made of.

Danish writes a compound as one word ("beredskabspunktet", "lokalpolitiker",
"bostedspladser"); a question may use one the documents never wrote, while they hold its parts
("beredskab", "lokal" … "politik"). `split_unknown` finds the longest known head and a known
remainder, with the linking letters -s-/-e- between; a remainder that is an asking word
("punktet", "sagen", "mødet") leaves the head alone as the topic.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.analysis import analyze
from index.lazy_patterns import lazy
from index.question.lexicon import GENERIC, STOP_WORDS
from index.search.reader import IndexReader

MIN_PART = 4  # letters of each part
MIN_HEAD = 5  # letters of the head's term: a shorter head ("stat", "land") names no topic
LINKS = ("", "s", "e")  # Danish linking letters between the parts
COMPOUND_HEAD_MAX = 40  # index compounds read per question word, at most
COMPOUND_FIRST_MIN = 4  # letters of the first part of a compound that ends with a question word, at least


def _stem(part: str, known: Callable[[str], int], *, head: bool = False) -> str | None:
    """`part`'s one index term, when the index has it. A head is uninflected: its term is
    itself or lacks a letter or two ("folkeskole", not "folkeskolere" of "folkeskolereformen")."""
    terms = analyze(part)
    if len(terms) != 1 or known(terms[0]) <= 0:
        return None
    if head and not (len(terms[0]) >= MIN_HEAD and part.startswith(terms[0]) and len(part) - len(terms[0]) <= 2):
        return None
    return terms[0]


def split_unknown(word: str, known: Callable[[str], int]) -> tuple[str, ...]:
    """The index terms of `word`'s parts (head first), or () when it splits into no known
    parts; `known` gives an index term's document frequency. Of the possible splits, the one
    whose head is least inflected, then the longest head."""
    if not word.isalpha() or len(word) < 2 * MIN_PART:
        return ()
    best: tuple[int, tuple[str, ...]] | None = None
    for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):  # the longest head first
        head = _stem(word[:cut], known, head=True)
        if head is None:
            continue
        inflected = cut - len(head)  # letters the stemmer took off the head ("folkeskoler": 2)
        if best is not None and inflected >= best[0]:
            continue
        rest = word[cut:]
        for link in LINKS:
            if not rest.startswith(link) or len(rest) - len(link) < MIN_PART:
                continue
            tail = rest[len(link):]
            if tail in STOP_WORDS or tail in GENERIC:
                best = (inflected, (head,))
                break
            tail_stem = _stem(tail, known)
            if tail_stem is not None and tail_stem != head:
                best = (inflected, (head, tail_stem))
                break
    return best[1] if best else ()


def compounds_of(reader: IndexReader, stem: str) -> list[str]:
    """Index terms that are Danish compounds beginning with `stem` ("rekruttering" →
    "rekrutteringssituation", "rekrutteringsproblem"): an item with one of them speaks of it
    in part. The index does not split compounds written as one word."""
    found: list[str] = []
    for field in ("title", "body"):
        for t in reader.terms_with_prefix(field, stem):
            if t != stem and len(t) > len(stem) + 2 and "-" not in t and t not in found:
                found.append(t)
                if len(found) >= COMPOUND_HEAD_MAX:
                    return found
    return found


def compounds_ending(reader: IndexReader, stem: str) -> tuple[str, ...]:
    """Index terms that are Danish compounds ending with `stem` ("reform" → "sundhedsreform",
    "uddannelsesreform"), their first part at least COMPOUND_FIRST_MIN letters."""
    found: dict[str, None] = {}
    for field in ("title", "body"):
        for t in reader.terms_with_suffix(field, stem):
            if len(t) >= len(stem) + COMPOUND_FIRST_MIN and t.isalpha():
                found[t] = None
                if len(found) >= COMPOUND_HEAD_MAX:
                    return tuple(found)
    return tuple(found)


SHORT_HEAD_MIN = 3  # letters of a short question word read as the compounds it begins ("lån")
SHORT_HEAD_RARE = 0.1  # ... a compound in at most this share of the items (rank.RARE_SHARE)
_UNIT = lazy(r"\b(?:pr\.?|per)\s+([^\W\d_]+)", re.IGNORECASE)  # "pr. døgn": the unit of a rate asked


def short_head_compounds(reader: IndexReader, stem: str, df: int, word: str = "", text: str = "") -> tuple[str, ...]:
    """A short word the index never saw alone ("lån": the documents write "lånepuljen"), read as the
    index compounds it begins whose rest, after a linking letter, is itself an index word of
    MIN_PART letters or more ("lån" + "e" + "pulj"): the compound is a kind of that word with the
    short word before it, not a longer word that merely begins with the same letters ("bil":
    "bilag"). A question word of rank.COMPOUND_HEAD_MIN letters or more is read in its compounds
    already; a shorter one was not, as a short stem begins many unrelated words (round 20, REFUSED20).
    Not a unit after "pr."/"per" in `text` ("pr. døgn"): the unit of a rate asked of any kind of place,
    not the thing asked (read as "døgntaksten", a shelter's daily rate was answered by the psychiatric
    places' rate)."""
    if df or not stem.isalpha() or len(stem) < SHORT_HEAD_MIN or word.lower() in {m.lower() for m in _UNIT.findall(text)}:
        return ()
    found: list[str] = []
    rare = SHORT_HEAD_RARE * max(reader.doc_count(), 1)
    for t in compounds_of(reader, stem):
        if max(reader.doc_frequency(f, t) for f in ("title", "body")) > rare:
            continue  # a compound in many items names no topic ("bag": "baggrund", every item's heading)
        rest = t[len(stem):]
        for link in LINKS[1:] + LINKS[:1]:  # a linking letter first: "lån|e|pulj", not "lån|epulj"
            tail = rest[len(link):]
            if rest.startswith(link) and len(tail) >= MIN_PART and tail.isalpha() and max(
                reader.doc_frequency(f, tail) for f in ("title", "body")
            ) > 0:
                found.append(t)
                break
    return tuple(found)
