"""A parsed question → ranked agenda items: BM25F retrieval, then a rerank on what matched.

Whoosh's BM25F (field weights in `FIELD_WEIGHTS`, see docs/search.md) fetches candidates
with an OR over the question's concepts. Each candidate is then scored again with signals
BM25 alone does not see: how much of the question it covers (IDF-weighted, so a rare word
counts more than "kommune"), the council and years asked about, and the intent (a decision,
or the next meeting). Coverage is also what the answer's refusal rule reads.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date

from whoosh import query as Q
from whoosh.searching import Searcher

from index.analysis import term_groups
from index.codec import item_from_dict
from index.model import AgendaItem
from index.question import ParsedQuestion

FIELD_WEIGHTS: dict[str, float] = {"title": 3.0, "recommendation": 1.5, "decision": 1.2, "body": 1.0}
EXPANSION_WEIGHT = 0.3  # glossary synonyms and English words the glossary lacks
COMPOUND_PARTS_WEIGHT = 0.7  # "SOSU-lærepladser" found only as "SOSU" ... "lærepladser"
CANDIDATES = 60
COVERAGE_POWER = 2.0  # how hard a partial match is punished in the rerank
COUNCIL_MISMATCH = 0.5
YEAR_IN_TEXT = 1.5  # the item's text or title names a year the question is about
YEAR_OF_MEETING = 1.15
DECISION_PREFERRED = 1.3  # intent "decision": minutes with a Beslutning
NEXT_MEETING_ITEM = 3.0  # intent "next_meeting": item 6.1 of the latest meeting, future agendas


@dataclass(frozen=True)
class Concept:
    """One question word as index terms: matched by `whole`, or by all of `parts` together."""

    word: str
    whole: str
    parts: tuple[str, ...]
    weight: float  # IDF in the index; the rarest possible when the index never saw it
    expansion: bool = False

    def matched_by(self, stems: frozenset[str]) -> bool:
        return bool(self.whole and self.whole in stems) or bool(self.parts and all(p in stems for p in self.parts))

    @property
    def stems(self) -> tuple[str, ...]:
        return ((self.whole,) if self.whole else ()) + self.parts


@dataclass(frozen=True)
class Ranked:
    item: AgendaItem
    score: float
    bm25: float
    coverage: float  # IDF-weighted share of the question's own terms the item contains
    matched: frozenset[str]  # index terms of the question found in the item


def _df(searcher: Searcher, stem: str) -> int:
    return max((searcher.doc_frequency(f, stem) for f in FIELD_WEIGHTS), default=0)


def concepts_of(searcher: Searcher, parsed: ParsedQuestion) -> list[Concept]:
    """The question's terms and expansions as concepts weighted by their IDF."""
    n = max(searcher.doc_count(), 1)
    out: list[Concept] = []
    seen: set[str] = set()
    for words, expansion in ((parsed.terms, False), (parsed.expansions, True)):
        for word in words:
            whole, parts = term_groups(word)
            key = whole or " ".join(parts)
            if not key or key in seen:
                continue
            seen.add(key)
            df = _df(searcher, whole) if whole else 0
            if parts:
                df = max(df, min(_df(searcher, p) for p in parts))
            idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
            out.append(Concept(word, whole, parts, idf, expansion))
    return out


def _concept_query(c: Concept) -> Q.Query:
    subs: list[Q.Query] = []
    for field, w in FIELD_WEIGHTS.items():
        if c.whole:
            subs.append(Q.Term(field, c.whole, boost=w))
        if c.parts:
            subs.append(Q.And([Q.Term(field, p) for p in c.parts], boost=w * COMPOUND_PARTS_WEIGHT))
    return Q.Or(subs, boost=EXPANSION_WEIGHT if c.expansion else 1.0)


def coverage(concepts: list[Concept], stems: frozenset[str]) -> float:
    """IDF-weighted share of the question's own concepts (not the expansions) in `stems`."""
    own = [c for c in concepts if not c.expansion] or concepts
    total = sum(c.weight for c in own)
    return sum(c.weight for c in own if c.matched_by(stems)) / total if total else 0.0


def _in_range(item: AgendaItem, start: date | None, end: date | None) -> bool:
    if item.meeting_date is None:
        return False
    return (start is None or item.meeting_date >= start) and (end is None or item.meeting_date <= end)


def _boost(item: AgendaItem, stems: frozenset[str], parsed: ParsedQuestion, latest_61: dict[str, date]) -> float:
    factor = 1.0
    if parsed.councils and item.council not in parsed.councils:
        factor *= COUNCIL_MISMATCH
    if parsed.years:
        if any(str(y) in stems for y in parsed.years):
            factor *= YEAR_IN_TEXT
        if item.meeting_date and item.meeting_date.year in parsed.years:
            factor *= YEAR_OF_MEETING
    if parsed.intent == "decision" and item.decision:
        factor *= DECISION_PREFERRED
    if parsed.intent == "next_meeting" and item.item_number == "6.1":
        if item.meeting_date and latest_61.get(item.council) == item.meeting_date:
            factor *= NEXT_MEETING_ITEM
    return factor


def _latest_61(searcher: Searcher, parsed: ParsedQuestion, today: date | None) -> tuple[dict[str, date], list[int]]:
    """For "next meeting": per council, the date of the latest meeting (before the asked-about
    time, else before today) whose item 6.1 plans the next one; and those items' doc numbers."""
    limit = parsed.meeting_from or today
    found: dict[str, tuple[date, int]] = {}
    for docnum in searcher.docs_for_query(Q.And([Q.Term("kind", "item"), Q.Term("item_number", "6.1")])):
        f = searcher.stored_fields(docnum)
        if not f["meeting_date"] or (parsed.councils and f["council"] not in parsed.councils):
            continue
        d = date.fromisoformat(f["meeting_date"])
        if limit and d >= limit:
            continue
        if f["council"] not in found or found[f["council"]][0] < d:
            found[f["council"]] = (d, docnum)
    return {c: d for c, (d, _) in found.items()}, [n for _, n in found.values()]


def search(
    searcher: Searcher, parsed: ParsedQuestion, *, today: date | None = None, limit: int = 5
) -> tuple[list[Ranked], list[Concept]]:
    """Rank items for `parsed`; every item once, best first."""
    concepts = concepts_of(searcher, parsed)
    bm25: dict[int, float] = {}
    if concepts:
        q = Q.And([Q.Term("kind", "item"), Q.Or([_concept_query(c) for c in concepts])])
        for hit in searcher.search(q, limit=CANDIDATES):
            bm25[hit.docnum] = hit.score
    latest_61: dict[str, date] = {}
    if parsed.intent == "next_meeting":
        latest_61, extra = _latest_61(searcher, parsed, today)
        floor = max(bm25.values(), default=1.0)
        for n in extra:
            bm25.setdefault(n, floor * 0.1)
    if today and parsed.intent == "next_meeting":
        future = Q.And([Q.Term("kind", "item"), Q.TermRange("meeting_date", today.isoformat(), None)])
        for n in searcher.docs_for_query(future):
            bm25.setdefault(n, max(bm25.values(), default=1.0) * 0.1)

    ranked: list[Ranked] = []
    for docnum, score in bm25.items():
        f = searcher.stored_fields(docnum)
        item = item_from_dict(json.loads(f["data"]))
        stems = frozenset(f["stems"].split())
        cov = coverage(concepts, stems)
        if parsed.intent == "next_meeting" and item.item_number == "6.1":
            cov = max(cov, 1.0 if latest_61.get(item.council) == item.meeting_date else cov)
        matched = frozenset(s for c in concepts if c.matched_by(stems) for s in c.stems if s in stems)
        final = score * (0.1 + cov) ** COVERAGE_POWER * _boost(item, stems, parsed, latest_61)
        ranked.append(Ranked(item, final, score, cov, matched))
    if parsed.meeting_from or parsed.meeting_to:
        inside = [r for r in ranked if _in_range(r.item, parsed.meeting_from, parsed.meeting_to)]
        if inside and parsed.intent != "next_meeting":
            ranked = inside
    ranked.sort(key=lambda r: (-r.score, r.item.id))
    return ranked[:limit], concepts
