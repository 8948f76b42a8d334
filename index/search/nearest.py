"""The nearest items a refusal keeps (issue 10 point 6: "refusal with the nearest items when
nothing matches the topic").

Why: a refusal used to keep no hits, only the closest topics' bare titles, so a KKR secretary
told "nothing found" got no council, date, link or item to open, although in about half of the
refused answerable questions the first closest topic was the right item. Now every refusal keeps
its nearest items as hits (`answered` false, `uncertain` false): the ranked items sharing a word
with the question (some coverage), never the template's routine items, best first, at most
NEAREST_ITEMS. When nothing in the index shares a word with the question, none.

What a nearest item shows is its item line (council · meeting date or window · punkt N.M title,
linked to its source and page, with "Vis hele punktet"); the first also the passages nearest the
question (the one to three an answer's first item would show), quoted under its line, so the
secretary can tell at a glance whether it is what she meant without opening it. No answer line, no
decision, no timeline: under a plain "not found", a refusal never looks like an answer. The Hit
says so (`answer` None; `passages` those quoted, or none; `excerpt` the first or ""), and
`index/answer_json.py` gives no decision or recommendation for a hit of an answer that is not
answered: Slack, the terminal and `ask --json` show the same. docs/search.md ("Issue 10, round 13:
every refusal keeps its nearest items") has the figures of the alternatives (item lines only; the
first with its one best passage).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from index.lazy_patterns import lazy
from index.model import Hit, ShownPassage
from index.search.rank import Concept, Ranked
from index.search.standing_asked import speaks_of
from index.search.timeline import ROUTINE_SECTIONS

NEAREST_ITEMS = 3  # a refusal shows at most this many items (and as many closest topics)

# Titles of the template's routine items: no topic to offer someone whose question failed.
ROUTINE_TITLE = lazy(
    r"^\s*(?:godkendelse\s+af\s+(?:referat|dagsorden)|eventuelt|siden\s+sidst|orientering\b"
    r"|(?:foreløbig\s+oversigt\s+over\s+)?punkter\s+til\b)",
    re.IGNORECASE,
)


def routine(item_number: str, title: str) -> bool:
    """Is this one of the template's routine items (sections 1, 2, 6, 7, or such a title)?"""
    return item_number.split(".")[0] in ROUTINE_SECTIONS or bool(ROUTINE_TITLE.match(title))


def nearest_items(ranked: Sequence[Ranked], concepts: Sequence[Concept] = (), background: Collection[str] = ()) -> list[Ranked]:
    """The ranked items a plain refusal keeps: some coverage, not routine (unless it reports on a
    rare word the question asks: standing_asked.py), no item twice, best first."""
    out: list[Ranked] = []
    for r in ranked:
        kept = not routine(r.item.item_number, r.item.title) or speaks_of(r, concepts, background)
        if r.coverage > 0 and kept and all(o.item.id != r.item.id for o in out):
            out.append(r)
        if len(out) == NEAREST_ITEMS:
            break
    return out


def nearest_hit(r: Ranked, passages: Sequence[ShownPassage] = ()) -> Hit:
    """A kept item as a refusal shows it: its item line and, for the first, `passages` (no answer
    line, decision or timeline)."""
    first = passages[0] if passages else None
    return Hit(item=r.item, score=round(r.score, 4), excerpt=first.text if first else "",
               excerpt_heading=first.section if first else "", page=first.page if first else r.item.page_start,
               highlights=first.highlights if first else (), passages=tuple(passages))  # fmt: skip
