"""An item's sub-headings, and the list that names them: the table of contents of an item of
many points.

An "Orientering" / "Siden sidst" item reports on several things, each under a sub-heading of
its own ("Ungekonference den 4. marts 2024", "Klimasekretariatet"), and often opens with a
list naming them ("Under punktet orienteres om blandt andet: – Ungekonference den 4. marts
2024 – …"). That list names the points, not what they say: it answers no question asking which
things one point lists (index.search.units).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from index.lazy_patterns import lazy
from index.model import AgendaItem, Passage

# A sub-heading: a short line of its own, no stop at its end, after a blank line (or a
# sentence, or the section's start) and before a line of prose (not a list's member).
HEADING_MAX_CHARS = 90
HEADING_MAX_WORDS = 12
BULLETS = "–-•"  # a line before a list's members leads into the list: no heading
CONTENTS_MATCH = 75  # rapidfuzz ratio of a list member to the sub-heading it names
_MEMBER = lazy(r"^\s*[-–•]\s*(.+?)\s*[.;]?\s*$", re.MULTILINE)


def heading_like(line: str) -> bool:
    """A short line of its own that names a part: capitalised, no stop at its end."""
    s = line.strip()
    return (3 <= len(s) <= HEADING_MAX_CHARS and s[0].isupper() and s[-1] not in ".:;,!?"
            and len(s.split()) <= HEADING_MAX_WORDS)  # fmt: skip


@lru_cache(maxsize=8192)
def subheadings(text: str) -> tuple[str, ...]:
    """The sub-heading lines of a sub-section's text, stripped."""
    lines = [line.strip() for line in text.split("\n")]
    out = []
    for k, line in enumerate(lines):
        if not heading_like(line):
            continue
        before = lines[k - 1] if k else ""
        after = next((x for x in lines[k + 1 :] if x), "")
        if (not before or before[-1] in ".!?") and after and not heading_like(after) and after[0] not in BULLETS:
            out.append(line)
    return tuple(out)


def is_contents(item: AgendaItem, p: Passage) -> bool:
    """Is a list the item's table of contents: two or more of its members, and at least half,
    the sub-headings of the parts below (alike by rapidfuzz: the documents word them a little
    differently, "Ungetopmødet 8. juni 2021" / "Ungetopmøde 8. juni 2021")?"""
    if p.kind != "list":
        return False
    members = [m.group(1).lower() for m in _MEMBER.finditer(p.text)]
    if len(members) < 2:
        return False
    heads = [h.lower() for s in item.sections for h in subheadings(s.text)]
    openings = _openings(tuple(s.text for s in item.sections))
    named = sum(any(fuzz.ratio(m, h) >= CONTENTS_MATCH for h in heads)
                or any(fuzz.ratio(m, o[: len(m)]) >= CONTENTS_MATCH for o in openings) for m in members)  # fmt: skip
    return named >= 2 and 2 * named >= len(members)


@lru_cache(maxsize=8192)
def _openings(texts: tuple[str, ...]) -> tuple[str, ...]:
    """The first line of each paragraph of an item's sub-sections, lower-cased: a sub-heading the
    extraction joined to the paragraph under it ("Fastsættelse af det kommunale udviklingsbidrag
    for 2026 Regionsrådsformanden har skrevet …") still opens its part (round 21, LISTS21)."""
    return tuple(para.strip().split("\n", 1)[0].lower() for text in texts for para in text.split("\n\n") if para.strip())
