"""Other items on the same topic as a hit, in date order (SOSU places 2022 → 2026 → 2027).

Two items share a topic when their titles are alike (rapidfuzz) or share most of their
rare title terms. Items of the template's routine sections ("Siden sidst", "Eventuelt")
get no timeline. Candidates come from a title query, so this scales with the index.
"""

from __future__ import annotations

import math
import re
from datetime import date

from rapidfuzz import fuzz

from index.model import AgendaItem, TimelineEntry
from index.search.reader import Clause, IndexReader

MAX_ENTRIES = 6
CANDIDATES = 30
TITLE_SIMILARITY = 75  # rapidfuzz token_set_ratio of titles without years and numbers
RARE_SHARE = 0.6  # share of the hit's rare title terms another title must carry
RARE_IDF = 1.0
# KL's template: 1. Godkendelse af referat, 2. Siden sidst, 6. Punkter til næste møde,
# 7. Eventuelt. Their items recur at every meeting; a timeline of them says nothing.
ROUTINE_SECTIONS = frozenset({"1", "2", "6", "7"})  # a title term rarer than this (IDF over titles) names a topic


def _bare(title: str) -> str:
    return re.sub(r"\d+", " ", title.lower())


def _rare_title_terms(reader: IndexReader, stems: tuple[str, ...]) -> list[str]:
    n = max(reader.doc_count(), 1)
    out = []
    for s in stems:
        if s[:1].isdigit():
            continue
        df = reader.doc_frequency("title", s)
        if df and math.log(n / df) >= RARE_IDF:
            out.append(s)
    return out


def timeline(reader: IndexReader, item: AgendaItem, title_stems: tuple[str, ...]) -> tuple[TimelineEntry, ...]:
    """Items on `item`'s topic (itself excluded), oldest first; () when the title is routine."""
    if item.item_number.split(".")[0] in ROUTINE_SECTIONS:
        return ()
    rare = _rare_title_terms(reader, title_stems)
    if not rare:
        return ()
    # Only items have titles. The two rarest terms must both be there: cheap, and a topic
    # that shares less than that is not the same topic.
    rarest = sorted(rare, key=lambda s: reader.doc_frequency("title", s))[:2]
    entries = []
    for docnum, _ in reader.top([Clause("title", tuple(rarest))], CANDIDATES):
        f = reader.meta(docnum)  # a small column, not the stored item
        if f.id == item.id:
            continue
        shared = sum(1 for s in rare if s in f.title_stems) / len(rare)
        alike = fuzz.token_set_ratio(_bare(item.title), _bare(f.title), score_cutoff=TITLE_SIMILARITY)
        if shared < RARE_SHARE and not alike:
            continue
        entry = TimelineEntry(f.id, f.council, f.meeting_date, f.document_kind, f.item_number, f.title, f.decision,
                              _window(f.window))  # fmt: skip
        entries.append((_when(f.meeting_date, f.window), entry))
    entries.sort(key=lambda e: (e[0], e[1].item_id))
    return tuple(e for _, e in entries[:MAX_ENTRIES])


def _when(day: date | None, window: str) -> str:
    """A sort key in date order; an undated meeting sits where its window's start puts it."""
    if day:
        return day.isoformat()
    after, _, before = window.partition("/")
    return after or before or "9999"


def _window(window: str) -> tuple[date | None, date | None]:
    after, _, before = window.partition("/")
    return (date.fromisoformat(after) if after else None, date.fromisoformat(before) if before else None)
