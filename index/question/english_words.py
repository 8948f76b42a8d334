"""English words, told from typos, in a question read as English.

The typo reader suggests the nearest index word for any word the index lacks, and the index is
Danish: an English question's ordinary words were "fixed" into Danish words ("leverage" into
"levere", "facilities" into "faciliteres") or into other English glossary keys ("settlement" into
"statement", "within" into "withing"), and an English word ending a sentence was read as a cut
Danish word ("… closer to work. Which …": "workshop"). A real English word is the asker's word, not
a slip: it is left as written, unless the index word is its Danish cognate, the same word in Danish
spelling ("implementing": "implementering", "constituting": "konstituering", "horizontal":
"horisontale"), which the typo reader is there to find.

The word list is pyspellchecker's English frequency list (a pure-Python, MIT-licensed package;
160,572 words with their inflections, from subtitles and other corpora). It is read only when an
English question has a word to judge, kept as its decompressed text (2.8 MB) and searched by
bisection: no parse of the whole list, which costs 0.3 s. Words at the list's floor count (50) are
left out: that tail holds names, foreign and rare words ("pedagog", "mangler", "taler"). The list
spells American English; British spellings are looked up in American ("prioritise", "centre").
"""

from __future__ import annotations

import gzip
from functools import cache, lru_cache
from importlib.resources import files

from whoosh.lang.porter import stem as porter_stem

from index.lazy_patterns import lazy

__all__ = ["cognate", "inflection", "is_english_word"]

MIN_COUNT = 51  # the list's floor is 50: names, foreign and rare words
MIN_STEM = 4  # a cognate shares at least this much of the English word

# British spellings in American ("prioritise": "prioritize", "centre": "center", "labour": "labor").
_BRITISH = (
    (lazy(r"is(e|es|ed|ing|er|ers|ation|ations)$"), r"iz\1"),
    (lazy(r"yse(s|d)?$"), r"yze\1"),
    (lazy(r"tre(s)?$"), r"ter\1"),
    (lazy(r"our"), "or"),
    (lazy(r"ll(ed|ing|er|ers)$"), r"l\1"),
    (lazy(r"ogue(s)?$"), r"og\1"),
    (lazy(r"ence(s)?$"), r"ense\1"),
)

# English spellings of the letters Danish writes otherwise ("coordination": "koordination",
# "horizontal": "horisontal", "philosophy": "filosofi").
_TO_DANISH = (("ph", "f"), ("th", "t"), ("qu", "kv"), ("c", "k"), ("z", "s"), ("x", "ks"), ("y", "i"), ("w", "v"))

_PLAIN = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})


@cache
def _text() -> str:
    data = files("spellchecker").joinpath("resources/en.json.gz").read_bytes()
    return gzip.decompress(data).decode("utf-8")


def _count(word: str) -> int:
    """How often `word` occurs in the list (0: not in it). The list is one `"word": count,` a line,
    sorted by word."""
    text = _text()
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi) // 2
        start = text.rfind("\n", 0, mid) + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        key, _, value = line.partition('": ')
        if not line.startswith('"'):
            key = "" if line.startswith("{") else "\uffff"  # the opening and closing braces
        else:
            key = key[1:]
        if key == word:
            return int(value.rstrip(","))
        if key < word:
            lo = end + 1
        else:
            hi = start
    return 0


def _american(word: str) -> str | None:
    """`word` as the list spells it ("prioritise": "prioritize", "centre": "center"), or None."""
    if _count(word) >= MIN_COUNT:
        return word
    for pattern, american in _BRITISH:
        other = pattern.sub(american, word)
        if other != word and _count(other) >= MIN_COUNT:
            return other
    return None


@lru_cache(maxsize=4096)
def is_english_word(word: str) -> bool:
    """Whether `word` (lower case) is an English word of some currency, in British or American spelling."""
    return word.isalpha() and word.isascii() and _american(word) is not None


def _danish_spelling(word: str) -> str:
    for english, danish in _TO_DANISH:
        word = word.replace(english, danish)
    return word


def _stem(word: str) -> str:
    return porter_stem(_american(word) or word)


def english_stem(word: str) -> str:
    """Porter's stem of an English word, in American spelling ("renovating": "renov")."""
    return _stem(word)


def in_danish_letters(word: str) -> str:
    """An English spelling in Danish letters ("exist": "eksist", "qualif": "kvalif")."""
    return _danish_spelling(word)


def cognate(word: str, fix: str) -> bool:
    """Whether the index word `fix` is the English `word` in Danish: the English word's stem
    (Porter's, perhaps less its last letter: "constitut|ing", "konstitu|ering") begins the fix, in
    Danish letters ("implement|ing": "implement|ering", "horizont|al": "horisont|ale"). "leverage"
    (stem "leverag") is no "levere", "state" no "satte"."""
    stem = _stem(word)
    starts = {stem, stem[:-1], _danish_spelling(stem), _danish_spelling(stem)[:-1]}  # Danish keeps c in "center", "facilitet"
    plain = fix.translate(_PLAIN)  # "ambassadør": "ambassador"
    return any(len(start) >= MIN_STEM and (fix.startswith(start) or plain.startswith(start)) for start in starts)


def inflection(word: str, fix: str) -> bool:
    """Whether the English `fix` is another form of the English `word` (the same Porter stem):
    "discussing" of "discussion", "nationally" of "national", "centre" of "center"; not
    "settlement" of "statement", "within" of "withing"."""
    return _stem(word) == _stem(fix)
