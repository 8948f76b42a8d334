"""Ranked items → an Answer: the decision or recommendation, a verbatim passage, a timeline,
or an honest "not found" with the closest topics the index does have.

The refusal rule reads coverage, not raw BM25: the best item must contain most of the
question's own content (IDF-weighted, and a word the index has never seen weighs as much
as the rarest word), so "a new swimming pool" is refused even though "new" matches
everywhere, while a two-word question with both words present is answered. The words
must also meet: a hit needs MIN_COHESION of the question's weight within a few sentences
(its title counting everywhere), so rare words scattered over an unrelated item do not answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz, process, utils

from index.analysis import analyze
from index.model import Answer, Hit
from index.question.parse import ParsedQuestion
from index.search.excerpt import best_passage, densest_window
from index.search.rank import MIN_COVERAGE, Concept, Ranked, Ranking
from index.search.reader import IndexReader
from index.search.timeline import ROUTINE_SECTIONS, timeline

MIN_RELATIVE_SCORE = 0.25  # further hits must score at least this share of the best
MIN_COHESION = 0.4  # an answer's item must hold this share of the question's words close together
CLOSEST_TOPICS = 3


def _weights(concepts: Sequence[Concept]) -> dict[str, tuple[str, float]]:
    out: dict[str, tuple[str, float]] = {}
    for c in concepts:
        w = c.weight * (0.3 if c.expansion else 1.0)
        for s in c.stems:
            out.setdefault(s, (c.whole or c.word, w))
    return out


NEXT_MEETING_WORDS = "møde punkter dagsorden"


def _bonus_terms(parsed: ParsedQuestion) -> frozenset[str]:
    """Words that make a passage more to the point without being search terms: the years
    and councils asked about, and for "next meeting" the words that name the meeting."""
    words = [str(y) for y in parsed.years] + [w for c in parsed.councils for w in analyze(c.removeprefix("KKR "))]
    if parsed.intent == "next_meeting":
        words += analyze(NEXT_MEETING_WORDS)
    return frozenset(words)


# A question asking for a figure: how many, how much, the numbers, the quota, the price.
_QUANTITY = re.compile(
    r"\b(?:how\s+(?:many|much)|numbers?|figures?|quotas?|amounts?|price|cost|rates?|"
    r"hvor\s+(?:mange|meget|stor)|antal(?:let)?|tal(?:lene|let)?|kvote\w*|beløb\w*|pris\w*|koste\w*|takst\w*)\b",
    re.IGNORECASE,
)


def _figures_of(parsed: ParsedQuestion, council: str) -> frozenset[str]:
    """For a question asking for a council's figure ("hvor mange flygtninge skal Region
    Midtjylland modtage"): the words of that council, when the item is its, so the
    council's own sentence or table row is quoted rather than the national figure."""
    if council not in parsed.councils or not _QUANTITY.search(parsed.text):
        return frozenset()
    return frozenset(analyze(council.removeprefix("KKR ")))


def _cohesive(r: Ranked, concepts: Sequence[Concept]) -> bool:
    """Do the question's words that the item has occur together somewhere: enough of the
    question's weight (MIN_COHESION) in one passage of a few sentences, the title's words
    counting in every passage? Coverage alone lets two rare words meet in an item about
    something else ("hvad koster en plads i dagtilbud i Viborg": "Viborg" in a table of
    study places, "dagtilbud" in another sentence, "koster" in a third)."""
    own = [c for c in concepts if not c.expansion]
    total = sum(c.weight for c in own)
    if r.planned or len(own) < 2 or not total:
        return True
    relevant = frozenset(s for c in own for s in c.stems) | frozenset(
        s for c in own for whole, parts in c.alternatives for s in ((whole,) if whole else ()) + parts
    )

    def score(stems: frozenset[str]) -> float:
        return sum(c.weight * c.credit(stems) for c in own)

    title = frozenset(analyze(r.item.title)) & relevant
    return densest_window(r.item, score, relevant, title) >= MIN_COHESION * total


def _hit(reader: IndexReader, r: Ranked, concepts: Sequence[Concept], parsed: ParsedQuestion) -> Hit:
    weights = {s: cw for s, cw in _weights(concepts).items() if s in r.matched}
    passage = best_passage(
        r.item, weights, bonus_terms=_bonus_terms(parsed), prefer_decision=parsed.intent == "decision",
        figures_of=_figures_of(parsed, r.item.council),
    )  # fmt: skip
    return Hit(
        item=r.item,
        score=round(r.score, 4),
        excerpt=passage.text,
        excerpt_heading=passage.heading,
        page=passage.page,
        highlights=passage.highlights,
        timeline=timeline(reader, r.item, r.title_stems),
    )


# Titles of the template's routine items: no topic to offer someone whose question failed.
ROUTINE_TITLE = re.compile(
    r"^\s*(?:godkendelse\s+af\s+(?:referat|dagsorden)|eventuelt|siden\s+sidst|orientering\b"
    r"|(?:foreløbig\s+oversigt\s+over\s+)?punkter\s+til\b)",
    re.IGNORECASE,
)


def _routine(item_number: str, title: str) -> bool:
    return item_number.split(".")[0] in ROUTINE_SECTIONS or bool(ROUTINE_TITLE.match(title))


def _closest(ranked: Sequence[Ranked], question: str, reader: IndexReader) -> tuple[str, ...]:
    """Up to three substantive titles near the question: the best partial matches, else
    titles alike by rapidfuzz ("Godkendelse af referat", "Eventuelt" help nobody)."""
    out: list[str] = []
    for r in ranked:
        if r.item.title not in out and r.coverage > 0 and not _routine(r.item.item_number, r.item.title):
            out.append(r.item.title)
    if len(out) < CLOSEST_TOPICS:
        found = process.extract(
            question, [t for t in reader.titles() if not ROUTINE_TITLE.match(t)], scorer=fuzz.token_set_ratio,
            processor=utils.default_process, score_cutoff=30, limit=CLOSEST_TOPICS * 2,
        )  # fmt: skip
        out.extend(t for t, _, _ in found if t not in out)
    return tuple(out[:CLOSEST_TOPICS])


def _period(parsed: ParsedQuestion) -> str:
    """The meeting time asked about, for a note: "2015", "2025-03-01–2025-03-31"."""
    start, end = parsed.meeting_from, parsed.meeting_to
    if not (start or end) and parsed.years:
        return ", ".join(str(y) for y in parsed.years)
    if start and end and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if start and end:
        return start.isoformat() if start == end else f"{start.isoformat()}–{end.isoformat()}"
    return (f"≥ {start.isoformat()}" if start else f"≤ {end.isoformat()}") if (start or end) else ""


def answer(question: str, parsed: ParsedQuestion, ranking: Ranking, reader: IndexReader, *, limit: int = 5) -> Answer:
    """The Answer to `question` from its ranked items (see the module docstring); `reader`
    gives the timelines of the hits and the titles a refusal offers."""
    ranked, concepts = ranking.ranked, ranking.concepts
    notes = tuple(f"{a} → {b}" for a, b in parsed.corrections)

    def refused(*note: str) -> Answer:
        return Answer(question, parsed.language, False, (), _closest(ranked, question, reader), notes + note)

    if not ranked or ranked[0].coverage < MIN_COVERAGE:
        return refused()
    if not any(r.in_time for r in ranked if r.coverage >= MIN_COVERAGE):
        # A meeting time or year with nothing stored from it, and nothing naming it
        # ("minutes from 2015", "SOSU i 2015"): items of other years answer another question.
        when = _period(parsed)
        return refused(f"intet fra {when} i indekset" if parsed.language == "da" else f"nothing from {when} in the index")
    if parsed.councils and not any(
        r.item.council in parsed.councils and r.coverage >= MIN_COVERAGE and r.in_time for r in ranked
    ):
        # Only other councils answer: say so rather than pass their items off as the one asked about.
        who = " / ".join(parsed.councils)
        return refused(f"intet fra {who} om det" if parsed.language == "da" else f"nothing from {who} on this")
    top = ranked[0].score
    chosen = [
        r for r in ranked
        if r.coverage >= MIN_COVERAGE and r.in_time and (r.planned or r.score >= MIN_RELATIVE_SCORE * top)
    ]  # fmt: skip
    if any(r.planned for r in chosen):  # the next meeting's own items answer; others were a fallback
        chosen = [r for r in chosen if r.planned]
    chosen = [r for r in chosen if _cohesive(r, concepts)]
    if not chosen:  # the question's words are in the items, but never together
        return refused()
    hits = tuple(_hit(reader, r, concepts, parsed) for r in chosen[:limit])
    return Answer(question, parsed.language, True, hits, (), notes)
