"""The gate's reading of a question word the index never saw but has in another rendering.

"stitch superficial wounds": "wounds" is "sår" to the glossary, a word no item writes, and
"hudsår" to the index, in one item. A word the index never saw has no document frequency, so
the gate (answer.py's rare words: the words that name a topic) did not count it, though the
rendering the search found it by is as rare as a topic word. Here such a word is as rare as
its renderings: rare when every one of them is in at most RARE_SHARE of the items.

Not when its only renderings are its meaning class's other members (meaning_classes.toml): those
are the asker's paraphrase of what an item says ("forsvinder" for "erstattes", "bortfalder"), a
way of asking, not a topic's name; counted rare, "Hvilke uddannelser forsvinder med
folkeskolereformen?" was answered by an item where a regional task "bortfalder" (round 20, REFUSED20).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from index.analysis import stem
from index.question.meaning_classes import members_of
from index.search.rank import RARE_SHARE, Concept, doc_frequency
from index.search.reader import IndexReader


def rare_by_rendering(concepts: Sequence[Concept], reader: IndexReader) -> list[Concept]:
    """`concepts`, a question word the index never saw marked rare when each of its other
    renderings (whole index terms) is in few items."""
    limit = RARE_SHARE * max(reader.doc_count(), 1)
    out: list[Concept] = []
    for c in concepts:
        wholes = [whole for whole, _ in c.alternatives if whole]
        if c.expansion or c.rare or c.df or c.parts or not wholes or set(wholes) <= {stem(m) for m in members_of(c.word)}:
            out.append(c)
            continue
        frequencies = [doc_frequency(reader, w) for w in wholes]
        out.append(replace(c, rare=True) if all(0 < f <= limit for f in frequencies) else c)
    return out
