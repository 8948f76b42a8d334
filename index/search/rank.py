"""A parsed question → ranked agenda items: BM25F retrieval, then a rerank on what matched.

Whoosh's BM25F (field weights in `FIELD_WEIGHTS`, see docs/search.md) fetches candidates
with an OR over the question's concepts. Each candidate is then scored again with signals
BM25 alone does not see: how much of the question it covers (IDF-weighted, so a rare word
counts more than "kommune"), the council and years asked about, and the intent (a decision,
or the next meeting). Coverage is also what the answer's refusal rule reads.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from collections.abc import Collection, Sequence
from typing import NamedTuple

from index.analysis import analyze, term_groups
from index.model import AgendaItem
from index.question.lexicon import points_back
from index.question.parse import BACKGROUND_WEIGHT, ParsedQuestion
from index.search.best_passage import best_passage_share
from index.search.bm25_cap import capped
from index.search.compounds import compounds_ending, compounds_of, short_head_compounds, split_unknown
from index.search.decided import decision_share
from index.search.joined import joined
from index.search.kind_near import kind_asked, kind_factor
from index.search.meeting_dated import title_names_day_in, titled_after
from index.search.meeting_asked import MONTHS_WINDOW, MeetingAsked, meeting_items, names_date, names_month
from index.search.meeting_plans import plans_a_meeting
from index.search.news_asked import news_items, news_of_dated
from index.search.table_years import gives_years, table_factor
from index.search.time_kept import holds_any
from index.search.undated_meeting import undated_items
from index.search.reader import Clause, IndexReader, ItemMeta

FIELD_WEIGHTS: dict[str, float] = {"title": 3.0, "recommendation": 1.5, "decision": 1.2, "body": 1.0}
EXPANSION_WEIGHT = 0.3  # glossary synonyms and related words: found, but weighed low
EXPANSION_MAX_SHARE = 0.05  # ... and only searched for when at most this share of items has them
COMMON_SHARE = 0.2  # a question word in more than this share of items is left to the rerank (speed)
UNKNOWN_WEIGHT = 0.6  # an English word neither glossary nor index knows, in the coverage (× the rarest IDF)
UNKNOWN_FORM_SHARE = 0.25  # ... of it for a verb form or an adverb ("presented", "eventually"): how, not what
UNKNOWN_FORM_ENDINGS = ("ed", "ly")
COMPOUND_PARTS_WEIGHT = 0.7  # "SOSU-lærepladser" found only as "SOSU" ... "lærepladser"
SPLIT_WEIGHT = 0.8  # a compound the index never saw, read as its known parts: × its parts' IDF
CANDIDATES = 60
COVERAGE_POWER = 2.0  # how hard a partial match is punished in the rerank
COUNCIL_MISMATCH = 0.3
YEAR_IN_TITLE = 3.0  # the item's title names a year the question is about
YEAR_IN_TEXT = 2.0  # ... or only its text does
YEAR_OF_MEETING = 1.15
DECISION_PREFERRED = 1.3  # intent "decision": minutes with a Beslutning
DECISION_SHARE = 1.0  # ... × (1 + this × the share of the question its Beslutning holds)
DATE_NAMED = 2.0  # the meeting asked about is not stored: an item naming its date speaks of it
FACT_MONTH_NAMED = 1.5  # the time of the fact asked about ("i august 2021"): an item naming that month
FACT_REPORTED = 1.3  # ... or of a meeting in that time or the next months, which would report it
REPORTED_WITHIN = 92  # days after the time of a fact that a meeting may report it
MIN_COVERAGE = 0.6  # an answer's items must hold this share of the question (see answer.py)
ALTERNATIVE_CREDIT = 0.7  # a translated word found only in another of its Danish renderings
TITLE_SHARE = 1.0  # score × (1 + this × the share of the item's title the question names)
COMPOUND_HEAD_MIN = 6  # a question stem this long also counts in part in compounds it begins
UNSEEN_SEARCHED = 10  # a word the index never saw: this many of its other renderings searched instead
COMPOUND_TAIL_MIN = 5  # a question stem this long is evidence in compounds it ends ("reform": "sundhedsreform")
UNKNOWN_HEAD_MIN = 7  # letters of the known end of a compound the index never saw ("evaluering" of "selvevaluering")
UNKNOWN_FIRST_MIN = 3  # ... after a first part this long ("selv", "fag")
RARE_SHARE = 0.1  # a word in at most this share of the documents names a topic (answer's uncertain outcome)
CONTEXT_WEIGHT = 1.0  # the council or a year asked about, matched: like a word in a third of the items


@dataclass(frozen=True)
class Concept:
    """One question word as index terms: matched by `whole`, or by all of `parts` together."""

    word: str
    whole: str
    parts: tuple[str, ...]
    weight: float  # IDF in the index; the rarest possible when the index never saw it
    expansion: bool = False
    df: int = 0  # items that have it
    alternatives: tuple[tuple[str, tuple[str, ...]], ...] = ()  # other renderings, (whole, parts)
    rare: bool = False  # in at most RARE_SHARE of the documents: a word that names a topic
    split: bool = False  # a compound the index never saw, `parts` its known parts (compounds.py)
    # Index terms of compounds that end with the word ("reform": "sundhedsreform"): a Danish
    # compound is a kind of its last word, so an item with one speaks of it (the gate's evidence).
    # For a compound the index never saw, read as its parts (`split`): the index's compounds
    # ending with its last part ("lokalpolitiker": "kommunalpolitiker").
    tails: tuple[str, ...] = ()

    def matched_by(self, stems: frozenset[str]) -> bool:
        return bool(self.whole and self.whole in stems) or bool(self.parts and all(p in stems for p in self.parts))

    def credit(self, stems: frozenset[str]) -> float:
        """1 when the item has the word, ALTERNATIVE_CREDIT when only another rendering of
        the same English word, else 0."""
        if self.matched_by(stems):
            return 1.0
        for whole, parts in self.alternatives:
            if (whole and whole in stems) or (parts and all(p in stems for p in parts)):
                return ALTERNATIVE_CREDIT
        return 0.0

    def weight_given(self, background: Collection[str]) -> float:
        """Its weight, BACKGROUND_WEIGHT of it when the word is only of the question's background."""
        return self.weight * (BACKGROUND_WEIGHT if self.word in background else 1.0)

    def evidence(self, stems: frozenset[str]) -> float:
        """`credit`, or ALTERNATIVE_CREDIT when the item has the word only as the end of a compound."""
        found = self.credit(stems)
        if found or not self.tails:
            return found
        return ALTERNATIVE_CREDIT if any(t in stems for t in self.tails) else 0.0

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
    planned: bool = False  # on (or planned for) the next meeting, for a next-meeting question
    docnum: int = -1  # in the index snapshot that ranked it
    stems: frozenset[str] = frozenset()  # the item's distinct index terms
    in_time: bool = True  # of the meeting time asked about, or naming it (True when none was)
    title_stems: tuple[str, ...] = ()  # the title's index terms (for the timeline)


@dataclass(frozen=True)
class Ranking:
    """The search stage's result: items best first (each once), and the question's concepts
    they were ranked by (what the answer's refusal, cohesion and passages read)."""

    ranked: tuple[Ranked, ...]
    concepts: tuple[Concept, ...]
    # The question names a meeting time (`meeting_from/to`) and no stored meeting is in it: the
    # meeting is only planned (an item 6.1 announces it), or its documents are not in the index.
    meeting_missing: bool = False


def doc_frequency(reader: IndexReader, stem: str) -> int:
    """The number of items holding `stem` in any searched field."""
    return max((reader.doc_frequency(f, stem) for f in FIELD_WEIGHTS), default=0)


def _kin_of_unknown(reader: IndexReader, word: str) -> tuple[str, ...]:
    """A Danish compound the index never saw and cannot split into two known words (its first
    part too short to name a topic: "selvevaluering", "nyuddannede"): its longest end that is an
    index word of UNKNOWN_HEAD_MIN letters or more, and the index's compounds ending with that word.
    A compound is a kind of its last part, so an item with it speaks of the same thing (the gate's
    evidence, as `Concept.tails`)."""
    for cut in range(UNKNOWN_FIRST_MIN, len(word) - UNKNOWN_HEAD_MIN + 1):
        terms = analyze(word[cut:])
        if len(terms) == 1 and len(terms[0]) >= UNKNOWN_HEAD_MIN - 2 and doc_frequency(reader, terms[0]) > 0:
            first = word[:cut]
            return (terms[0],) + tuple(t for t in compounds_ending(reader, terms[0]) if not t.startswith(first))
    return ()


def concepts_of(reader: IndexReader, parsed: ParsedQuestion) -> list[Concept]:
    """The question's terms and expansions as concepts weighted by their IDF."""
    n = max(reader.doc_count(), 1)
    out: list[Concept] = []
    seen: set[str] = set()
    alternatives = dict(parsed.alternatives)
    for words, expansion in ((parsed.terms, False), (parsed.expansions, True)):
        for word in words:
            whole, parts = term_groups(word)
            key = whole or " ".join(parts)
            if not key or key in seen:
                continue
            seen.add(key)
            df = doc_frequency(reader, whole) if whole else 0
            if parts:
                df = max(df, min(doc_frequency(reader, p) for p in parts))
            scale = 1.0
            if not df and not parts and not expansion:  # "beredskabspunktet": "beredskab" (+ "punkt")
                parts = split_unknown(word, lambda t: doc_frequency(reader, t))
                if parts:
                    df, scale = min(doc_frequency(reader, p) for p in parts), SPLIT_WEIGHT
            idf = scale * math.log(1 + (n - df + 0.5) / (df + 0.5))
            alts = tuple(g for g in map(term_groups, alternatives.get(word, ())) if g[0] or g[1])
            if not expansion and whole and not parts:  # a short word the index never saw alone: compounds_of's own reading
                alts += tuple((t, ()) for t in (compounds_of(reader, whole) if len(whole) >= COMPOUND_HEAD_MIN else short_head_compounds(reader, whole, df, word, parsed.text)))
            tails = ()
            if not expansion and whole and not parts and len(whole) >= COMPOUND_TAIL_MIN and whole.isalpha():
                tails = compounds_ending(reader, whole)
            elif scale != 1.0 and len(parts) == 2 and len(parts[-1]) >= COMPOUND_TAIL_MIN:
                # A compound the index never saw ("lokalpolitiker"): the index's compounds with the same
                # last part ("kommunalpolitiker") are its kin, another kind of the same thing.
                tails = tuple(t for t in compounds_ending(reader, parts[-1]) if not t.startswith(parts[0]))
            rare = 0 < df <= RARE_SHARE * n
            if not expansion and not df and not parts and not tails and word.isalpha():
                tails = _kin_of_unknown(reader, word)  # "selvevaluering": an "evaluering"
                rare = bool(tails) and 0 < doc_frequency(reader, tails[0]) <= RARE_SHARE * n  # named as rarely as its kind
            out.append(Concept(word, whole, parts, idf, expansion, df, alts, rare, scale != 1.0, tails))
    # English words nobody could translate ("stadium") were asked about too: they weigh in
    # the coverage (so the refusal) as unmatched, at less than a word we understood.
    rarest = math.log(1 + (n + 0.5) / 0.5)
    # A word only of the sentence framing the question ("Writing about training for the care professions:
    # on what date …?") sets the scene in the asker's words and would weigh against every item alike;
    # unless the question points back to it ("… take on jointly there?"), which is then what it asks about.
    framing = () if points_back(parsed.text) else parsed.background
    for word in parsed.unknown:
        if word in framing:
            continue
        whole, parts = term_groups(word)
        if (whole or parts) and (whole or " ".join(parts)) not in seen:
            out.append(Concept(word, whole, parts, rarest * UNKNOWN_WEIGHT * _unknown_share(word, parsed.text)))
    return joined(out)  # "ungekonference" for "a conference on young people"


def _unknown_share(word: str, text: str) -> float:
    """An unknown English verb form or adverb ("presented", "eventually", "presenting virtually") says how
    or when a thing was done, not what it is: it weighs UNKNOWN_FORM_SHARE of an unknown noun ("stadium").
    A word in "-ing" is a verb form when it goes on to what it governs ("joining KKR Midt online"); at the
    end of its clause it names a thing ("a story on hospital parking.")."""
    if len(word) <= 5:
        return 1.0
    if word.endswith(UNKNOWN_FORM_ENDINGS):
        return UNKNOWN_FORM_SHARE
    if word.endswith("ing") and re.search(rf"\b{re.escape(word)}\s+\w", text, re.IGNORECASE):
        return UNKNOWN_FORM_SHARE
    return 1.0


def _query(reader: IndexReader, concepts: list[Concept]) -> list[Clause]:
    """One flat OR of (field, term) clauses, weighted by field and by concept kind. A
    compound's parts are asked for together only where the index lacks it whole."""
    subs: list[Clause] = []
    for c in concepts:
        scale = EXPANSION_WEIGHT if c.expansion else 1.0
        whole_known = bool(c.whole) and doc_frequency(reader, c.whole) > 0
        # A word the index never saw, whole or in parts, is searched as its other renderings (the
        # compounds it begins: "herbergerne" → "herbergsområdet"), else no item could be found by it.
        others = () if whole_known or c.parts else tuple(a for a, _ in c.alternatives if a)[:UNSEEN_SEARCHED]
        for field, w in FIELD_WEIGHTS.items():
            if whole_known:
                subs.append(Clause(field, (c.whole,), w * scale))
            elif c.parts:
                subs.append(Clause(field, c.parts, w * scale * COMPOUND_PARTS_WEIGHT))
            subs.extend(Clause(field, (a,), w * scale * ALTERNATIVE_CREDIT) for a in others)
    return subs


def coverage(concepts: list[Concept], stems: frozenset[str], context: float = 0.0) -> float:
    """IDF-weighted share of the question's own concepts (not the expansions) in `stems`.

    `context`: the weight of the council and years asked about that the item matches; what
    the item matches of the question counts, what it lacks of them is the boosts' business.
    """
    own = [c for c in concepts if not c.expansion] or concepts
    total = sum(c.weight for c in own)
    if not total:
        return 0.0
    return (sum(c.weight * c.credit(stems) for c in own) + context) / (total + context)


def names_year(stems: frozenset[str], years: tuple[int, ...]) -> bool:
    """Does an item's text name one of `years`, alone or inside a span ("2027-2031")? (For
    the refusal only: a span is too loose a match to rank by.)"""
    if any(str(y) in stems for y in years):
        return True
    spans = (s.split("-") for s in stems if len(s) == 9 and s[4] == "-" and s[:4].isdigit() and s[5:].isdigit())
    return any(int(a) <= y <= int(b) for a, b in spans for y in years)


def _figure_years(parsed: ParsedQuestion) -> tuple[int, ...]:
    """The years a figure is asked for: "kvoten for 2026", "budget for 2022", "for 2026/2027", and
    a figure for a thing in a year: "dimensioning for KKR Midtjylland in 2028", "landstallet for nye
    flygtninge i 2026" (not "i 2026" alone, which may be when it was decided)."""
    text = parsed.text.lower()
    thing_in = r"(?:\S+\s+){1,2}(?:in|i)\s+"
    return tuple(
        y for y in parsed.years
        if re.search(rf"\bfor\s+(?:the\s+(?:year\s+)?|året\s+|{thing_in})?(?:\d{{4}}\s*[/-]\s*)?{y}\b", text)
    )  # fmt: skip


def _title_years(title: frozenset[str]) -> bool:
    """Does a title name a year ("2027", "2027-2031")?"""
    return any(s[:4].isdigit() and len(s) in (4, 9) and s[:2] in ("19", "20") for s in title)


def _window_start(window: str) -> date:
    after = window.partition("/")[0]
    return date.fromisoformat(after) if after else date.min


def _of_years(item: ItemMeta, window: str, years: tuple[int, ...]) -> bool:
    """Is the item's meeting in one of `years` (an undated one: its window allows it)?"""
    if item.meeting_date is not None:
        return item.meeting_date.year in years
    after, _, before = window.partition("/")
    low = int(after[:4]) if after else 0
    high = int(before[:4]) if before else 9999
    return any(low <= y <= high for y in years)


def _context(item: ItemMeta, stems: frozenset[str], parsed: ParsedQuestion, years: tuple[int, ...]) -> float:
    """CONTEXT_WEIGHT for the council asked about, and for a year asked about, that the item matches."""
    weight = 0.0
    if parsed.councils and item.council in parsed.councils:
        weight += CONTEXT_WEIGHT
    if years and (any(str(y) in stems for y in years) or (item.meeting_date and item.meeting_date.year in years)):
        weight += CONTEXT_WEIGHT
    return weight


def _asked_stems(parsed: ParsedQuestion, concepts: list[Concept], years: tuple[int, ...]) -> frozenset[str]:
    """Every index term the question names: its words as written, their translations and
    fixes, the years and council names asked about (for the title share)."""
    words = [parsed.text, *(c.removeprefix("KKR ") for c in parsed.councils)]
    stems = set(analyze(" ".join(words))) | {s for c in concepts if not c.expansion for s in c.stems}
    return frozenset(stems | {str(y) for y in years})


def _in_range(item: ItemMeta, window: str, start: date | None, end: date | None) -> bool:
    """Is the item's meeting in [start, end]? An undated one is when its window (the
    meetings before and after it, both excluded) overlaps."""
    if item.meeting_date is not None:
        low = high = item.meeting_date
        return (start is None or high >= start) and (end is None or low <= end)
    after, _, before = window.partition("/")
    if not after and not before:
        return False
    low = date.fromisoformat(after) if after else date.min
    high = date.fromisoformat(before) if before else date.max
    return (start is None or high > start) and (end is None or low < end)


def _boost(
    item: ItemMeta,
    stems: frozenset[str],
    title: frozenset[str],
    parsed: ParsedQuestion,
    years: tuple[int, ...],
    window: str = "",
    concepts: Sequence[Concept] = (),
) -> float:
    factor = 1.0
    if parsed.councils and item.council not in parsed.councils:
        factor *= COUNCIL_MISMATCH
    if years:
        if any(str(y) in title for y in years):
            factor *= YEAR_IN_TITLE
        elif any(str(y) in stems for y in years):
            factor *= YEAR_IN_TEXT
        if item.meeting_date and item.meeting_date.year in years:
            factor *= YEAR_OF_MEETING
    if parsed.intent == "decision" and item.decision:
        factor *= DECISION_PREFERRED
        if concepts:  # what was decided on X: the item whose decision says X, not one listing X in its background
            factor *= 1 + DECISION_SHARE * decision_share(concepts, item.decision, item.council)
    if parsed.fact_from and parsed.fact_to:
        # The time of a fact is no filter: a meeting then or soon after reports it, an item names it.
        if _in_range(item, window, parsed.fact_from, parsed.fact_to + timedelta(days=REPORTED_WITHIN)):
            factor *= FACT_REPORTED
        if (parsed.fact_to - parsed.fact_from).days <= 31 and names_month(stems, parsed.fact_from):
            factor *= FACT_MONTH_NAMED
    return factor


def _meeting_asked(parsed: ParsedQuestion, today: date | None) -> MeetingAsked | None:
    """The meeting a question is about, for `meeting_items`: the next one (from the date
    asked about, else today), or a dated one."""
    councils = tuple(parsed.councils)
    if parsed.intent == "next_meeting":
        ref = parsed.meeting_from or today
        return MeetingAsked(ref, parsed.meeting_to, councils, dated=parsed.meeting_from is not None) if ref else None
    if parsed.meeting_from:
        return MeetingAsked(parsed.meeting_from, parsed.meeting_to, councils)
    return None


@dataclass(frozen=True)
class _Candidate:
    docnum: int
    bm25: float
    item: ItemMeta  # a small column; the whole item is read only for the items returned
    stems: frozenset[str]
    title: frozenset[str]
    window: str


class _Scored(NamedTuple):
    candidate: _Candidate
    score: float
    coverage: float
    matched: frozenset[str]
    in_time: bool


def _candidates(reader: IndexReader, concepts: list[Concept], plans: set[int]) -> list[_Candidate]:
    """One BM25F pass over the question's concepts, plus the items that speak for the
    meeting asked about."""
    bm25: dict[int, float] = {}
    n = max(reader.doc_count(), 1)
    # A related word found in many items adds little to the ranking but most of the query's
    # cost; it still counts for the passage.
    own = [c for c in concepts if not c.expansion]
    # (a word the index has neither whole, in parts nor in another rendering is searched for in vain:
    # it must not crowd out the held words, or a question with such a word beside common ones finds
    # nothing and its refusal keeps nothing)
    held = [c for c in own if c.df > 0 or c.parts or any(a for a, _ in c.alternatives)]
    rare_own = [c for c in held if c.df <= COMMON_SHARE * n] or held
    wanted = rare_own + [c for c in concepts if c.expansion and (not own or c.df <= max(EXPANSION_MAX_SHARE * n, 5))]
    if wanted:
        # Whoosh's BM25F, scored with numpy (index/search/bm25.py); text fields: only items have them.
        bm25.update(reader.top(_query(reader, wanted), CANDIDATES))
    floor = max(bm25.values(), default=1.0) * 0.1
    for n in plans:
        bm25.setdefault(n, floor)
    out = []
    for docnum, score in bm25.items():
        meta = reader.meta(docnum)
        out.append(_Candidate(docnum, score, meta, reader.stems(docnum), frozenset(meta.title_stems), meta.window))
    return out


def rank(reader: IndexReader, parsed: ParsedQuestion, *, today: date | None = None, limit: int = 5) -> Ranking:
    """Rank items for `parsed`: the concepts, one candidate pass, the rerank; every item once,
    best first, the best `limit` read whole."""
    concepts = concepts_of(reader, parsed)
    asked = _meeting_asked(parsed, today)
    plans = meeting_items(reader, asked) if asked else set()
    if not plans and parsed.answer_type == "date" and parsed.meeting_from and parsed.meeting_to and (parsed.meeting_to - parsed.meeting_from).days <= MONTHS_WINDOW:
        plans = titled_after(reader, parsed.meeting_from, parsed.meeting_to, parsed.councils)  # the date of a meeting not stored
    if parsed.meeting_from and parsed.meeting_to and parsed.intent != "next_meeting" and not any(not k.expansion for k in concepts):
        plans |= undated_items(reader, parsed.meeting_from, parsed.meeting_to, parsed.councils)  # the meeting alone asked
    candidates = _candidates(reader, concepts, plans | news_of_dated(reader, parsed))
    years = parsed.years
    named_date = False
    stored = False  # a stored meeting of the councils asked lies in the time asked
    range_years: tuple[int, ...] = ()
    start, end = parsed.meeting_from, parsed.meeting_to
    whole_years = not (start and end and (end - start).days <= MONTHS_WINDOW)  # else the months of a meeting named loosely
    dated_by_title = parsed.answer_type == "date" and not whole_years
    if parsed.intent != "next_meeting" and plans:
        # A dated meeting that is not stored: the item planning it speaks for it. It answers
        # on its own when the question asks nothing but that meeting (its background aside:
        # "Den nye valgperiode nærmer sig … Hvad står på mødet i oktober 2025?") or nothing the plan
        # does not hold ("kommer klima på dagsordenen efter sommerferien?": a line of its list);
        # else it competes. A last sentence pointing back to its background ("… have på bordet om
        # det i april?") asks about it.
        background = () if points_back(parsed.text) else parsed.background
        own = [k for k in concepts if not k.expansion and k.word not in background]
        # the plan of a meeting not stored (an earlier meeting's), not the plan item of the meeting asked
        lines = [c for c in candidates if c.docnum in plans and plans_a_meeting(c.item.title)
                 and (c.item.meeting_date is None or parsed.meeting_from is None or c.item.meeting_date < parsed.meeting_from)]  # fmt: skip
        if own and not any(all(k.matched_by(c.stems) for k in own) for c in lines):
            plans = set()
    if parsed.meeting_from or parsed.meeting_to:
        # the meeting asked about is the council's asked about: another council's meeting then is none
        inside = [c for c in candidates if _in_range(c.item, c.window, parsed.meeting_from, parsed.meeting_to)
                  and (not parsed.councils or c.item.council in parsed.councils)]  # fmt: skip
        # ... but a stored meeting none of whose items holds a word the question asks about ("the
        # IT units at the information meetings in June": June is the meetings' time, not KKR's) leaves
        # the others as for a time with no meeting stored: judged by the time they name (time_kept.py)
        stored = bool(inside)
        holding = stored and holds_any([c.stems for c in inside], concepts)
        if holding and parsed.intent != "next_meeting":
            candidates = inside + [c for c in candidates if c.docnum in plans and c not in inside]
        elif not holding:
            # No stored meeting in the time asked about: items that name its date, then its year.
            named_date = True
            ends = [d for d in (parsed.meeting_from, parsed.meeting_to) if d]
            range_years = tuple(range(min(ends).year, max(ends).year + 1)) if len(ends) == 2 else (ends[0].year,)
            years = years or range_years
    plans |= news_items(parsed, [(c.docnum, c.item, c.window) for c in candidates])  # a meeting's news asked: its news item
    asked_stems = _asked_stems(parsed, concepts, years)
    figure_years = _figure_years(parsed) if parsed.answer_type == "number" else ()
    scored: list[_Scored] = []
    held: dict[int, int] = {}  # planned item → its meeting's day, for the order
    covs = [coverage(concepts, c.stems, _context(c.item, c.stems, parsed, years)) for c in candidates]
    for c, cov, bm25 in zip(candidates, covs, capped([c.bm25 for c in candidates], covs)):
        if c.docnum in plans:  # the meeting itself answers a question about that meeting
            cov = max(cov, MIN_COVERAGE) if concepts else 1.0
        matched = frozenset(s for k in concepts if k.matched_by(c.stems) for s in k.stems if s in c.stems)
        boost = _boost(c.item, c.stems, c.title, parsed, years, c.window, concepts)
        if dated_by_title and title_names_day_in(c.item.title, start, end):  # the meeting's date asked: meeting_dated.py
            boost *= DATE_NAMED
        in_time = True
        if named_date:
            names = names_date(c.stems, parsed.meeting_from, parsed.meeting_to)
            boost *= DATE_NAMED if names else 1.0
            # A year asked about may be named anywhere; a month or a day needs its own date
            # named ("november 2023" is not "januar 2023").
            in_time = names or c.docnum in plans or (
                any(str(y) in c.stems for y in range_years) if whole_years else names_month(c.stems, start, end)
            ) or parsed.date_guessed  # a month without its year: maybe another year's
        elif parsed.years and parsed.intent != "next_meeting":
            # A year asked about that no covering item names or met in: nothing from it.
            in_time = c.docnum in plans or (
                (names_year(c.stems, parsed.years) or _of_years(c.item, c.window, parsed.years))
                # a figure of a year asked: an item whose title names other years only is about
                # them ("… for 2027" gives no 2026 figure, though its text mentions 2026)
                and (not figure_years or names_year(c.title, figure_years) or not _title_years(c.title))
            )
        if c.title:  # an item whose title the question restates is the one it is about
            boost *= 1 + TITLE_SHARE * len(c.title & asked_stems) / len(c.title)
        score = bm25 * (0.1 + cov) ** COVERAGE_POWER * boost
        scored.append(_Scored(c, score, cov, matched, in_time))
        if c.docnum in plans:
            held[c.docnum] = (c.item.meeting_date or _window_start(c.window)).toordinal()
    # For "next meeting" the next meeting's items come first, the latest council's meeting
    # first when no council was named (another council's plan from years ago is stale);
    # other items are a fallback.
    def order(r: _Scored) -> tuple[bool, int, float, str]:
        return r.candidate.docnum not in plans, -held.get(r.candidate.docnum, 0), -r.score, r.candidate.item.id

    scored.sort(key=order)
    items = {r.candidate.docnum: reader.item(r.candidate.docnum) for r in scored[:limit]}
    # The items read whole are ranked again by their best passage: a long item of many points
    # is found by the one that answers, not by words spread over all of them.
    background = frozenset(parsed.background)
    kind = kind_asked(parsed)  # of the question alone: read once, not per item
    scored[:limit] = sorted(
        (r._replace(score=r.score * best_passage_share(items[r.candidate.docnum], concepts, background)
                    * table_factor(items[r.candidate.docnum], parsed, COUNCIL_MISMATCH, concepts, background)  # a figure's table counting what is asked: table_years.py
                    * kind_factor(items[r.candidate.docnum], concepts, kind, background),  # a name/date/change beside the words: kind_near.py
                    in_time=r.in_time or gives_years(items[r.candidate.docnum], parsed)) for r in scored[:limit]),
        key=order,
    )
    best = tuple(
        Ranked(items[c.docnum], r.score, c.bm25, r.coverage, r.matched, c.docnum in plans, c.docnum, c.stems,
               r.in_time, c.item.title_stems)
        for r in scored[:limit] for c in (r.candidate,)
    )  # fmt: skip
    return Ranking(best, tuple(concepts), meeting_missing=named_date and not stored)
