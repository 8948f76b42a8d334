"""Typo correction against the index's own vocabulary ("lærepladsr" → "lærepladser").

Only words the index has ever seen can be suggested, so a correction always leads somewhere.
Short words are left alone (too many real words lie one letter apart), the score cutoff grows
stricter as words get shorter, and among near-equal suggestions the more frequent one wins.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from rapidfuzz import fuzz, process, utils

__all__ = ["Vocabulary", "score_cutoff"]


def score_cutoff(length: int) -> float | None:
    """The least fuzz.ratio a suggestion for a word of `length` letters needs; None: no fixing.

    fuzz.ratio counts a missing or extra letter as one edit and a wrong letter as two, so a
    5-6 letter word may only lose or gain a letter, a 7-9 letter word may have one wrong
    letter, and long compounds may have two slips.
    """
    if length <= 4:
        return None
    if length <= 6:
        return 90.0
    if length <= 9:
        return 85.0
    if length <= 11:
        return 84.0
    return 80.0


class Vocabulary:
    """The index's lowercase surface words, optionally with how often each occurs."""

    def __init__(self, words: Collection[str] | Mapping[str, int] = ()) -> None:
        self._counts: Mapping[str, int] | None = words if isinstance(words, Mapping) else None
        if isinstance(words, (set, frozenset, Mapping)):
            self._words: Collection[str] = words
        else:
            self._words = frozenset(words)
        self._by_length: dict[int, list[str]] | None = None

    def __contains__(self, word: object) -> bool:
        return word in self._words

    def __bool__(self) -> bool:
        return bool(self._words)

    def count(self, word: str) -> int:
        return self._counts.get(word, 0) if self._counts is not None else 0

    def _pool(self, length: int) -> list[str]:
        if self._by_length is None:
            buckets: dict[int, list[str]] = {}
            for w in self._words:
                if len(w) >= 4 and w.replace("-", "").isalpha():
                    buckets.setdefault(len(w), []).append(w)
            self._by_length = buckets
        return [w for n in range(length - 2, length + 3) for w in self._by_length.get(n, ())]

    def correct(self, word: str) -> str | None:
        """The vocabulary word `word` is most likely a typo of, or None.

        None also when `word` is in the vocabulary, is too short, or is just another
        inflection of a vocabulary word ("lærepladserne" of "lærepladser": the index
        stems both alike, so it is no typo).
        """
        cutoff = score_cutoff(len(word))
        if cutoff is None or word in self._words or not word.replace("-", "").isalpha():
            return None
        found = process.extract(
            word,
            self._pool(len(word)),
            scorer=fuzz.ratio,
            processor=utils.default_process,
            score_cutoff=cutoff,
            limit=5,
        )
        if not found:
            return None
        best = found[0][1]
        near = [(self.count(w), score, w) for w, score, _ in found if score >= best - 1.5]
        choice = max(near)[2]
        if choice.startswith(word) or word.startswith(choice):
            return None
        return choice
