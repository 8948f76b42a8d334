"""A value derived from the index's vocabulary, kept for the last few vocabularies.

The engine passes the same vocabulary object with every question of one commit: what a
question reader derives from all of it (words by length for typo correction, the sorted words
for cut words) is built once per commit, not per question. A changed size means a changed
vocabulary. Questions are read on many threads at once (the bot's workers), so the kept values
change under a lock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection
from typing import Generic, TypeVar

__all__ = ["PerVocabulary", "sorted_words"]

T = TypeVar("T")


class PerVocabulary(Generic[T]):
    """`build(vocabulary)`, kept for the last `keep` vocabulary objects."""

    def __init__(self, build: Callable[[Collection[str]], T], *, keep: int = 4) -> None:
        self._build = build
        self._keep = keep
        self._values: dict[int, tuple[Collection[str], int, T]] = {}
        self._lock = threading.Lock()

    def __call__(self, vocabulary: Collection[str]) -> T:
        kept = self._values.get(id(vocabulary))
        if kept is not None and kept[0] is vocabulary and kept[1] == len(vocabulary):
            return kept[2]
        value = self._build(vocabulary)
        with self._lock:
            if len(self._values) >= self._keep:
                self._values.pop(next(iter(self._values)))
            self._values[id(vocabulary)] = (vocabulary, len(vocabulary), value)
        return value


# The index's words of letters (and hyphens), sorted: the words beginning with a prefix are a bisection away
# (cut words' completions, the inflections of a stem).
sorted_words = PerVocabulary(lambda vocabulary: sorted(w for w in vocabulary if w.replace("-", "").isalpha()))
