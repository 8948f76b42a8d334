"""A compound clipped in both its parts and written apart ("komm dir", "sundh koord"), and a word
clipped after a doubled consonant ("komm", "udd"), read as the index's words.

Staff clip a long compound part by part, as they clip one word: "hvor mange komm dir sidder i
styregruppen" means "kommunaldirektører". Neither "komm" nor "dir" is a word; read one by one
they become "kommunerne" and "direktør", two topics where the question names one. Two adjacent
clipped words are one compound when an index word begins with the first and goes on with the
second after a joint (abbreviations._compound, as "udv.bidraget" is read); of those, the words in
which the second part goes on to an index word of its own ("…direktører") come first.

A word that ends in a doubled consonant ("komm", "udd", "tilsk") is no Danish word form: Danish
writes the root with one consonant ("kom", "glem") and doubles it only before an ending
("komme", "glemmer"). So such a word, though it is the stem of index words ("komm" of "kommer"),
is cut, not whole (abbreviations._whole_word). A doubled "s" ("fælles", "adresse") ends words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping

from index.lazy_patterns import lazy

__all__ = ["clipped_at_double", "join_clipped_pairs"]

_DOUBLED_END = lazy(r"([bcdfghjklmnpqrtvwxzæøå])\1$")

# Two bare words of letters side by side or joined by a hyphen ("pæd-udd", "komm-dir"), neither glued to a
# period or another hyphen.
_PAIR = lazy(r"(?<![\w.-])(?P<head>[^\W\d_]{3,})[ -](?P<tail>[^\W\d_]{3,})(?![\w.-])")

Compound = Callable[[str, str, bool, list[str], "Collection[str] | Mapping[str, int]"], list[str]]


def clipped_at_double(word: str) -> bool:
    """Does `word` end in a doubled consonant other than "s" ("komm", "udd"), as no Danish word does?"""
    return bool(_DOUBLED_END.search(word.lower()))


def join_clipped_pairs(
    text: str,
    words: list[str],
    vocabulary: Collection[str] | Mapping[str, int],
    is_cut: Callable[[str], bool],
    compound: Compound,
) -> tuple[str, list[tuple[str, str]], dict[str, list[str]]]:
    """`text` with each pair of adjacent clipped words (`is_cut` of both) that one index word
    joins written as that word; the fixes made and each fix's other likely completions."""
    fixes: list[tuple[str, str]] = []
    others: dict[str, list[str]] = {}

    def join(m: re.Match[str]) -> str:
        head, tail = m["head"].lower(), m["tail"].lower()
        if not (is_cut(head) and is_cut(tail)):
            return m.group()
        found = compound(head, tail, True, words, vocabulary)
        if not found:
            return m.group()
        whole = [w for w in found if any(w[i:] in vocabulary for i in range(len(head) + 1, len(w)) if w[i:].startswith(tail))]
        ranked = whole + [w for w in found if w not in whole]
        fixes.append((m.group().lower(), ranked[0]))
        if ranked[1:]:
            others.setdefault(ranked[0], []).extend(ranked[1:3])
        return ranked[0]

    return _PAIR.sub(join, text), fixes, others
