"""Two question words that an item writes as one Danish compound.

A question in English, or in other words, names apart what Danish writes as one word: "a
conference on young people" is the item's "ungekonference", "welfare-trained staff" its
"velfærdsuddannede". To the index the compound is one term, so an item that has it matched
neither word, and a short news item that names its point once, in a compound, lost to a long
item with both words scattered through it. An index compound that ends with one question word
(a `Concept.tails` term) and begins with another is another rendering of both, found in part
(`ALTERNATIVE_CREDIT`, as any other rendering), in the coverage, the best passage and the gate.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from index.search.rank import Concept

HEAD_MIN = 3  # letters of the first word's index term ("ung" of "unge")
STEM_LINK_MAX = 3  # letters between that term and the last word: what the stemmer cut off, and a link
WORD_LINK_MAX = 1  # ... between the first word as written and the last: a linking -s- or -e- ("uddannelse|s|institution")


def joined(concepts: list[Concept]) -> list[Concept]:
    """`concepts` with each compound of two of the question's own words added to both words'
    other renderings."""
    own = [i for i, c in enumerate(concepts) if not c.expansion and c.whole]
    found: dict[int, dict[str, None]] = {}
    for last in own:
        for term in concepts[last].tails:
            start = len(term) - len(concepts[last].whole)
            for first in own:
                head, word = concepts[first].whole, concepts[first].word.lower()
                if first != last and len(head) >= HEAD_MIN and (
                    (term.startswith(word) and start - len(word) in range(WORD_LINK_MAX + 1))
                    or (term.startswith(head) and start - len(head) <= STEM_LINK_MAX)
                ):
                    found.setdefault(first, {})[term] = None
                    found.setdefault(last, {})[term] = None
    return [
        replace(c, alternatives=c.alternatives + tuple((t, ()) for t in found[i])) if i in found else c
        for i, c in enumerate(concepts)
    ]
