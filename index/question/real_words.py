"""Real words the index lacks, told from typos of the words it has.

The typo reader (typos.Vocabulary.correct) suggests the nearest word of the index for any word the
index lacks, and a paraphrase is full of real Danish words the documents do not use: "indvendinger"
(objections) was read as "nødvendige", "opkræver" as "kræver", "lægerne" as "længere". Two signs
that a word is real, each from the index itself (no word list to keep):

- it is another inflection of a word the index has, and the nearest word is another word (of
  another stem): the word less a Danish ending, with another ending, is an index word ("lægerne":
  "læger", "lægen"), or its stem (the analyzer's) is an index word's ("undersøgelser": "undersøge").
  The search finds it by that stem as it is written; a "fix" to another stem could only lead
  elsewhere ("lægerne" was read as "længere");
- the nearest word begins otherwise: a slip of the keys seldom hits a word's first letter (the
  swap reader leaves it alone for that reason), while a real word near another one often differs
  there or carries a prefix the other lacks ("opkræver" / "kræver", "indvendinger" / "nødvendige",
  "endte" / "sendte"). Letters that stand for one another count as the same start: a vowel typed
  without æ, ø, å, and an English c for a Danish k ("coordnation" is "koordination");
- it differs from the nearest word by one letter inside the stem that no slip of the keys types: not
  a neighbouring key, not another vowel, not a letter typed for another ("formelt" / "fordelt": m and d
  lie apart on the keyboard; "printer" / "pointer");
- it is a compound of two index words, and the nearest word only shares its head
  ("rekrutteringskrisen" / "rekrutteringsanalysen", "opgaveflytning" / "opgaveløsning");
- it is the nearest word with a syllable more before their shared ending: two letters together
  that no slip types ("kantinen" / "kanten": kant|in|en). A slip drops, adds or doubles one
  letter; an everyday word the documents never use is read as one of theirs that way, and the
  question then matches an item by a word it never asked for (round 22, OFFTOPIC22).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection

from index.analysis import stem
from index.question.per_vocabulary import sorted_words

__all__ = ["DANISH_ENDINGS", "begins_alike", "compound_of_words", "inflected", "keyed_apart", "syllable_more"]

# Danish inflection endings (verbs and nouns): "-erne" plural definite, "-ede" past tense …
DANISH_ENDINGS = ("", "e", "er", "es", "et", "t", "te", "ede", "ende", "en", "ene", "erne", "s")

# First letters that stand for one another: æøå typed as a, o (or e), and English c for Danish k.
_SAME_START = {"a": "æå", "æ": "ae", "å": "a", "o": "ø", "ø": "o", "e": "æ", "c": "k", "k": "c"}
MIN_BASE = 3  # "læg|erne": a Danish word's base less its ending
MIN_STEM = 5  # a shorter stem ("godk" of "godkende") begins too many unrelated words to tell anything
MAX_FORMS = 60  # index words beginning with the stem looked at (a stem's forms are a handful)


def begins_alike(word: str, fix: str) -> bool:
    """Whether `fix` begins as `word` does, or with a letter typed for it ("ostjylland": "østjylland")."""
    return word[:1] == fix[:1] or fix[:1] in _SAME_START.get(word[:1], "")


_ROWS = ("qwertyuiopå", "asdfghjklæø", "zxcvbnm")  # a Danish keyboard
_VOWELS = frozenset("aeiouyæøå")


def _neighbours() -> dict[str, frozenset[str]]:
    near: dict[str, set[str]] = {}
    for r, row in enumerate(_ROWS):
        for c, key in enumerate(row):
            keys = near.setdefault(key, set())
            keys.update(row[max(c - 1, 0) : c + 2])
            for other, cols in ((r - 1, (c, c + 1)), (r + 1, (c - 1, c))):  # the rows are staggered
                if 0 <= other < len(_ROWS):
                    keys.update(_ROWS[other][k] for k in cols if 0 <= k < len(_ROWS[other]))
    return {k: frozenset(v) for k, v in near.items()}


_NEAR_KEYS = _neighbours()
ENDING_LETTERS = 3  # a letter this close to the word's end may be its inflection ("enheden" / "enheder")


def keyed_apart(word: str, fix: str) -> bool:
    """Whether `word` differs from `fix` by one letter inside its stem that no slip of the keys
    types: neither a key beside the right one, nor another vowel (a sound misspelt), nor a letter
    typed for another (æøå, c/k). "formelt" is no slip for "fordelt" (m and d lie apart), nor
    "printer" for "pointer"; "institutioned" is one for "institutioner"."""
    if len(word) != len(fix):
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, fix)) if a != b]
    if len(diff) != 1 or diff[0] >= len(word) - ENDING_LETTERS:
        return False
    a, b = word[diff[0]], fix[diff[0]]
    same = b in _NEAR_KEYS.get(a, ()) or (a in _VOWELS and b in _VOWELS) or b in _SAME_START.get(a, "")
    return not same


MIN_HEAD = 3  # "ung|dom": a compound's first word
MIN_TAIL = 4  # ... and its last ("krisen", "flytning"): shorter tails ("ne", "ret") are endings


def compound_of_words(word: str, fix: str, vocabulary: Collection[str]) -> bool:
    """Whether `word` is a compound of two index words (perhaps joined by an "s"), and `fix` does
    not end with its last one: a compound the index never saw whole, not a slip of another compound
    that shares its head ("rekrutteringskrisen" is no "rekrutteringsanalysen", "opgaveflytning" no
    "opgaveløsning"; "beredskabloven" is one for "beredskabsloven"). The ranking finds such a word
    by its parts (index/search/compounds.py)."""
    for i in range(MIN_HEAD, len(word) - MIN_TAIL + 1):
        head, tail = word[:i], word[i:]
        if tail in vocabulary and not fix.endswith(tail) and (
            head in vocabulary or (head.endswith("s") and head[:-1] in vocabulary)
        ):
            return True
    return False


def inflected(word: str, fix: str, vocabulary: Collection[str]) -> bool:
    """Whether `word` is another inflection of an index word and `fix` a word of another stem."""
    root = stem(word)
    if not word.isalpha() or stem(fix) == root:
        return False
    for end in DANISH_ENDINGS:
        base = word[: len(word) - len(end)]
        if word.endswith(end) and len(base) >= MIN_BASE and any(
            base + other in vocabulary for other in DANISH_ENDINGS if other != end
        ):
            return True
    if len(root) < MIN_STEM:
        return False
    words = sorted_words(vocabulary)
    start = bisect_left(words, root)
    for w in words[start : start + MAX_FORMS]:
        if not w.startswith(root):
            break
        if w != word and stem(w) == root:
            return True
    return False


def syllable_more(word: str, fix: str) -> bool:
    """Whether `word` is `fix` with two letters more, together, between its base and the ending
    both share: a syllable of another word, not a slip ("kantinen" is no "kanten": kant|in|en). Two
    letters that double a neighbour are two slips ("middtjylland"); two that are an ending themselves
    are an inflection ("beredskab|et|s" of "beredskabs")."""
    if len(word) != len(fix) + 2:
        return False
    for end in DANISH_ENDINGS:
        base = fix[: len(fix) - len(end)]
        if not end or not fix.endswith(end) or len(base) < MIN_BASE:
            continue
        block = word[len(base) : len(base) + 2]
        doubled = block[0] in (block[1], base[-1]) or block[1] == end[0]
        if word == base + block + end and not doubled and block not in DANISH_ENDINGS:
            return True
    return False
