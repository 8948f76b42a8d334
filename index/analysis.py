"""The Danish analyzer of the index: one function that both the writer and the search use.

tokenize → lowercase → hyphenated compounds kept whole *and* split → Danish stop words →
Snowball Danish stemmer applied twice. One pass of Snowball leaves singular and plural
apart ("læreplads" → `læreplad`, "lærepladser" → `læreplads`); a second pass makes them
meet. A compound is indexed whole and in parts, so "SOSU-uddannelserne" is found by
"SOSU", "uddannelse" and "sosu-uddannelse". Letters æøå are kept as they are.

The classes live at module level because Whoosh pickles the schema (analyzer included)
into the index: renaming this module makes existing indexes unreadable.
"""

from __future__ import annotations

from functools import lru_cache

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StopFilter
from whoosh.lang import stopwords_for_language
from whoosh.lang.snowball.danish import DanishStemmer

from index.lazy_patterns import lazy

# Numbers with thousand or decimal separators stay one token ("1.006", "4.107,50");
# words may be joined by hyphens ("SOSU-uddannelserne", "SAG-2026-00837", "2021-2023").
TOKEN_PATTERN = r"\d+(?:[.,]\d+)+|\w+(?:-\w+)*"
# A word-ish token for the surface vocabulary (typo correction) and for highlighting.
WORD = lazy(r"\d+(?:[.,]\d+)+|[^\W_]+(?:-[^\W_]+)*")
STOP_WORDS = frozenset(stopwords_for_language("da"))

_stemmer = DanishStemmer()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball Danish twice, so that singular and plural meet ("læreplads"/"lærepladser")."""
    if word[:1].isdigit():
        return word
    return _stemmer.stem(_stemmer.stem(word))


class CompoundFilter(Filter):
    """Emit a hyphenated token whole, then each part at the following positions."""

    def __call__(self, tokens):
        for t in tokens:
            text = t.text
            if "-" not in text:
                yield t
                continue
            parts = [p for p in text.split("-") if p]
            pos = t.pos if t.positions else 0
            yield t
            for i, part in enumerate(parts):
                t.text = part
                if t.positions:
                    t.pos = pos + i
                yield t


class DoubleStemFilter(Filter):
    """Stem each token with `stem` (Snowball Danish, twice)."""

    def __call__(self, tokens):
        for t in tokens:
            if not t.stopped:
                t.text = stem(t.text)
            yield t


def danish_analyzer():
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | CompoundFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=2)
        | DoubleStemFilter()
    )


def plain_analyzer():
    """Surface words, lowercase, no stemming: the vocabulary for typo correction (a
    compound and its parts, since the index finds both)."""
    return RegexTokenizer(r"[^\W\d_]+(?:-[^\W\d_]+)*") | LowercaseFilter() | CompoundFilter()


_ANALYZER = danish_analyzer()


def analyze(text: str) -> list[str]:
    """The index terms of `text`, in order (compounds: whole first, then parts)."""
    return [t.text for t in _ANALYZER(text, mode="query")]


@lru_cache(maxsize=200_000)
def word_stems(word: str) -> frozenset[str]:
    """The index terms of one surface word (a compound gives its whole and its parts)."""
    return frozenset(analyze(word))


@lru_cache(maxsize=20_000)
def term_groups(word: str) -> tuple[str, tuple[str, ...]]:
    """A question word → (its whole stem, the stems of its parts when it is a compound).

    The whole may be "" when the word is a stop word; parts are () for a simple word.
    """
    terms = analyze(word)
    if "-" not in word.strip("-"):
        return (terms[0] if terms else "", ())
    parts = tuple(t for t in terms if "-" not in t)
    whole = next((t for t in terms if "-" in t), "")
    return whole, parts
