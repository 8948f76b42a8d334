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

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date

from rapidfuzz import fuzz, process, utils

from index.analysis import analyze
from index.model import AgendaItem, Answer, Hit, Note, ShownPassage
from index.question.answer_type import asks_if_on_it
from index.question.lexicon import points_back
from index.question.parse import BACKGROUND_WEIGHT, ParsedQuestion
from index.question.places import place_of
from index.search.excerpt import densest_window
from index.search.figure import counted_stems, listed_stems, stems_of_text
from index.search.absent import as_written, missing_named, nothing_for, unseen_names
from index.search.asked import missing_asked
from index.search.year_row import shows_year
from index.search.asked_kind import without_kind
from index.search.best_passage import title_terms
from index.search.cells import has_row_of
from index.search.council_title import names_council_asked
from index.search.decided import DECIDING_SECTIONS
from index.search.meeting_asked import month_stem
from index.search.held_plan import speaks_for_meeting
from index.search.meeting_plans import plans_a_meeting
from index.search.meeting_year import of_meeting_year
from index.question.change_words import asks_from_to
from index.search.nearest import NEAREST_ITEMS, ROUTINE_TITLE, nearest_hit, nearest_items
from index.search.news_asked import news_item
from index.search.plan_unknown import plan_unknown
from index.search.membership import membership_renderings
from index.search.rank import ALTERNATIVE_CREDIT, MIN_COVERAGE, Concept, Ranked, Ranking
from index.search.reader import IndexReader
from index.search.renderings import rare_by_rendering
from index.search.shown import Asked, show
from index.search.table_gap import table_lacks_counted, table_lacks_year
from index.search.timeline import timeline
from index.search.unknown_words import held_but_unreadable

MIN_RELATIVE_SCORE = 0.25  # further hits must score at least this share of the best
MIN_COHESION = 0.4  # an answer's item must hold this share of the question's words close together
# Uncertain ("Måske"): an item holding this many of the question's rare words (Concept.rare),
# this many of them within a few sentences, and this share of the question is about its topic.
TOPIC_RARE_WORDS = 3
TOPIC_RARE_TOGETHER = 2
TOPIC_MIN_COVERAGE = 0.35
TOPIC_PAIR_COVERAGE = 0.55  # ... or two rare words together and this share
SCATTERED_SHARE = 0.6  # ... or three rare words apart, and this share of the question's weight
# ... or, reading only what the index could match: the item holds this share of the question's
# topic words the index has (a word the index never saw cannot tell items apart: a paraphrase,
# an English filler word), and this share when such unknown words weigh UNKNOWN_EVIDENCE.
KNOWN_SHARE = 0.4
UNKNOWN_EVIDENCE = 0.3
ANCHORED_SHARE = 0.4
TITLE_WORDS = 3  # ... and the title names this many of the question's words,
TITLE_SUPPORT = 2  # ... or one rare word of it, and this many others meet in one passage (a common one: one more)
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


def _month_asked(parsed: ParsedQuestion) -> frozenset[str]:
    """The month of a meeting asked about by its month or day, as index terms."""
    start, end = parsed.meeting_from, parsed.meeting_to
    if start and end and (end - start).days <= 31:
        return frozenset((month_stem(start.month),))
    return frozenset()


def _cohesive(r: Ranked, concepts: Sequence[Concept], background: Collection[str] = ()) -> bool:
    """Do the question's words that the item has occur together somewhere: enough of the
    question's weight (MIN_COHESION) in one passage of a few sentences, the title's words
    counting in every passage? Coverage alone lets two rare words meet in an item about
    something else ("hvad koster en plads i dagtilbud i Viborg": "Viborg" in a table of
    study places, "dagtilbud" in another sentence, "koster" in a third)."""
    own = [c for c in concepts if not c.expansion]
    # one word is cohesive by itself, unless it is a compound read as parts that must meet
    if r.planned or not own or (len(own) < 2 and not any(c.split and len(c.parts) > 1 for c in own)):
        return True
    relevant = _stems_of(own)
    title = title_terms(r.item.title) & relevant

    def together(weight: dict[str, float]) -> bool:
        def score(stems: frozenset[str]) -> float:
            return sum(weight[c.word] * c.credit(stems) for c in own)

        total = sum(weight.values())
        return not total or densest_window(r.item, score, relevant, title) >= MIN_COHESION * total

    # A background sentence's words weigh half: they set the scene, the question follows. Read
    # both ways, as what sets the scene need not be elsewhere than what is asked ("KL's survey:
    # what share …?" names the survey, the topic, before the colon).
    weights = {c.word: c.weight for c in own}
    if together(weights):
        return True
    halved = {c.word: c.weight_given(background) for c in own}
    return halved != weights and together(halved)


@dataclass(frozen=True)
class _Showing:
    """What every hit of one question is shown for, read once per question."""

    weights: dict[str, tuple[str, float]]  # stem -> (its concept, weight); a background word weighs less
    bonus_terms: frozenset[str]
    asked: Asked
    month: frozenset[str] = frozenset()  # the month of a meeting asked by its month (_month_asked)
    span: tuple[date | None, date | None] = (None, None)  # and its time


def _showing(concepts: Sequence[Concept], parsed: ParsedQuestion) -> _Showing:
    # The passages answer what is asked: a word only of the question's background weighs less.
    background = {s for c in concepts if c.word in parsed.background for s in c.stems}
    weights = {s: (key, w * (BACKGROUND_WEIGHT if s in background else 1.0)) for s, (key, w) in _weights(concepts).items()}
    asked = replace(Asked.of(parsed), counted=counted_stems(concepts, parsed), listed=listed_stems(concepts, parsed))
    return _Showing(weights, _bonus_terms(parsed), asked, _month_asked(parsed), (parsed.meeting_from, parsed.meeting_to))


def _hits(reader: IndexReader, rs: Sequence[Ranked], concepts: Sequence[Concept], parsed: ParsedQuestion) -> tuple[Hit, ...]:
    """The hits of `rs`: the first with all the passages it shows, the others with their best
    one (a reply stays short enough to read without scrolling)."""
    showing = _showing(concepts, parsed)
    return tuple(_hit(reader, r, showing, keep=None if i == 0 else 1) for i, r in enumerate(rs))


def _hit(reader: IndexReader, r: Ranked, showing: _Showing, *, keep: int | None = None, above: bool = True) -> Hit:
    weights = {s: weighed for s, weighed in showing.weights.items() if s in r.matched}
    day, (start, end) = r.item.meeting_date or r.item.date_window[0], showing.span
    # an item of an earlier meeting speaking ahead of the one asked: the sentence naming its month
    ahead = showing.month if showing.month and start and end and day is not None and day < start else frozenset()
    line, shown = show(r.item, weights, bonus_terms=showing.bonus_terms | ahead, asked=showing.asked, brief=keep is not None,
                       names_meeting=ahead, above=above)  # fmt: skip
    passages = shown[:keep]
    first = passages[0] if passages else ShownPassage("", "", r.item.page_start, "sentence")
    return Hit(
        item=r.item,
        score=round(r.score, 4),
        excerpt=first.text,
        excerpt_heading=first.section,
        page=first.page,
        highlights=first.highlights,
        timeline=timeline(reader, r.item, r.title_stems),
        answer=line,
        passages=passages,
    )


def shown_hit(reader: IndexReader, docnum: int, concepts: Sequence[Concept], parsed: ParsedQuestion) -> Hit:
    """What the item at `docnum` shows as the first hit for the question, whatever the
    ranking: its answer line and passages (the evaluation's gold-item mode, which scores the
    showing apart from the finding)."""
    stems = reader.stems(docnum)
    matched = frozenset(s for c in concepts if c.matched_by(stems) for s in c.stems if s in stems)
    meta = reader.meta(docnum)
    r = Ranked(reader.item(docnum), 0.0, 0.0, 0.0, matched, docnum=docnum, stems=stems, title_stems=meta.title_stems)
    return _hit(reader, r, _showing(concepts, parsed))


def _closest(ranked: Sequence[Ranked], kept: Sequence[Hit], question: str, reader: IndexReader) -> tuple[str, ...]:
    """The closest topics: the kept nearest items' titles; with none kept, up to three titles
    alike by rapidfuzz ("Godkendelse af referat", "Eventuelt" help nobody)."""
    out = list(dict.fromkeys(h.item.title for h in kept))
    if not out:
        out = [r.item.title for r in nearest_items(ranked)]
    if len(out) < CLOSEST_TOPICS and not kept:
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


def _stems_of(concepts: Sequence[Concept]) -> frozenset[str]:
    """Every index term that matches one of `concepts`: its own stems and its alternatives'."""
    own = (s for c in concepts for s in c.stems)
    alternative = (s for c in concepts for whole, parts in c.alternatives for s in ((whole,) if whole else ()) + parts)
    return frozenset(own) | frozenset(alternative) | frozenset(t for c in concepts for t in c.tails)


def _rare_evidence(r: Ranked, concepts: Sequence[Concept]) -> tuple[int, int]:
    """How many of the question's rare words (each naming a topic: in few items) the item
    has, and how many of them meet in one window of a few sentences (the title counting in
    every window)."""
    rare = [c for c in concepts if not c.expansion and c.rare]
    held = [c for c in rare if c.evidence(r.stems) >= ALTERNATIVE_CREDIT]
    if len(held) < TOPIC_RARE_TOGETHER:
        return len(held), len(held)
    return len(held), _met_together(r.item, held, title_terms(r.item.title))


def _met_together(item: AgendaItem, concepts: Sequence[Concept], title: frozenset[str] = frozenset()) -> int:
    """How many of `concepts` the item holds in one window of a few sentences (a compound ending
    with one counting as it), the title's terms counting in every window."""
    relevant = _stems_of(concepts)
    held = densest_window(item, lambda stems: sum(c.evidence(stems) >= ALTERNATIVE_CREDIT for c in concepts), relevant,
                          title & relevant)  # fmt: skip
    return int(held)


def _asked_coverage(r: Ranked, concepts: Sequence[Concept], background: Collection[str], unknown: Collection[str] = ()) -> float:
    """The item's share of the question's weight, a background word it lacks counting
    BACKGROUND_WEIGHT (the sentences before a question set the scene; what they name need
    not be in the item that answers), and a word of `unknown` UNKNOWN_EVIDENCE."""
    own = [c for c in concepts if not c.expansion]
    held = sum(c.weight * c.evidence(r.stems) for c in own)
    lacking = sum(c.weight_given(background) * (UNKNOWN_EVIDENCE if c.df == 0 and c.word in unknown else 1.0)
                  for c in own if not c.evidence(r.stems))
    return held / (held + lacking) if held + lacking else 0.0


def _topical(r: Ranked, concepts: Sequence[Concept], background: Collection[str], unknown: Collection[str] = ()) -> bool:
    """Is the item about the question's topic though it lacks part of what was asked (a long
    question's background, words the documents put otherwise)? It holds several of the
    question's rare words, some of them together, and a fair share of the question: three
    rare words and TOPIC_MIN_COVERAGE, or two and TOPIC_PAIR_COVERAGE."""
    share = max(r.coverage, _asked_coverage(r, concepts, background))
    if share < TOPIC_MIN_COVERAGE:
        return False
    held, together = _rare_evidence(r, concepts)
    if together < TOPIC_RARE_TOGETHER:
        # many rare words of the question, each somewhere in the item (a table row, the title, the decision);
        # an English word the index never saw ("eventually paid out") weighs UNKNOWN_EVIDENCE, as in _anchored
        return held >= TOPIC_RARE_WORDS and _asked_coverage(r, concepts, background, unknown) >= SCATTERED_SHARE
    return held >= TOPIC_RARE_WORDS or share >= TOPIC_PAIR_COVERAGE


def _topic_words(concepts: Sequence[Concept]) -> list[Concept]:
    """The question's own words that name its topic: not a place (a place narrows a topic,
    index.question.places), not a related word."""
    return [c for c in concepts if not c.expansion and place_of(c.word) is None]


def _of_meeting_asked(r: Ranked, parsed: ParsedQuestion) -> bool:
    """Is the item of the meeting the question names ("… at the June 2026 meeting")? Then a rare
    word of the question in its title is that meeting's item on the topic. (A year the title
    names is no such sign: "lærepladser til tømrere i 2027" is not the SOSU places for 2027.)"""
    when, start, end = r.item.meeting_date, parsed.meeting_from, parsed.meeting_to
    return when is not None and bool(start or end) and (start or when) <= when <= (end or when)


def _title_supported(r: Ranked, topic: Sequence[Concept], title: frozenset[str], need: int) -> bool:
    """Do `need` of the question's topic words that the item's title lacks meet in one passage of
    it? (With a word of the question in the title: the item is on that topic, and more of what was
    asked is said together in it.)"""
    held = [c for c in topic if c.evidence(r.stems) >= ALTERNATIVE_CREDIT and not c.evidence(title)]
    if len(held) < need:
        return False
    return _met_together(r.item, held) >= need


def _anchored(r: Ranked, concepts: Sequence[Concept], parsed: ParsedQuestion, first: bool = False) -> bool:
    """Is the item the one about the question's topic, judged by the words the index could
    match? It holds most of the question's topic words the index has (KNOWN_SHARE; a word of
    the background weighing half), and the question's rare words meet in it: two of them in one
    passage, or two of its topic words, one rare, in the item's title, or TITLE_WORDS of them there,
    or one rare there and TITLE_SUPPORT more together in one passage (one common there: one more
    together). A word the index never
    saw ("kv25", "rollout", a paraphrase) weighs UNKNOWN_EVIDENCE: it cannot tell items apart; so
    does a typo fix the item lacks (a guess at a word the asker wrote, often a real one the index lacks)."""
    topic = _topic_words(concepts)
    guessed = {read for _, read in parsed.corrections}  # a typo fix is a guess at the asker's word
    held = lacking = unknown = 0.0
    for c in topic:
        credit = c.evidence(r.stems)
        weight = c.weight_given(parsed.background)
        if credit:
            held += c.weight * credit
        elif c.df == 0 or c.word in parsed.unknown or c.word in guessed:
            unknown += weight
        else:
            lacking += weight
    if not held or held / (held + lacking) < KNOWN_SHARE:
        return False
    if held / (held + lacking + UNKNOWN_EVIDENCE * unknown) < ANCHORED_SHARE:
        return False
    rare = [c for c in topic if c.rare and c.evidence(r.stems) >= ALTERNATIVE_CREDIT]
    # A routine item's title ("Siden sidst", "Eventuelt") names no topic: it is no evidence.
    title = frozenset() if ROUTINE_TITLE.match(r.item.title) else title_terms(r.item.title)
    # In the title, a place counts too: it names the body ("RAR Østjylland").
    in_title = [c for c in concepts if not c.expansion and c.evidence(title) >= ALTERNATIVE_CREDIT]
    # The council asked about, named in the first item's title, counts as a rare word there (council_title.py).
    council = first and bool(title) and names_council_asked(r.item.title, parsed)
    if (council or any(c.rare for c in in_title)) and len(in_title) + council + _of_meeting_asked(r, parsed) >= 2:
        return True
    # A title naming TITLE_WORDS of the question's words, however common each is, is its topic
    # ("Drøftelse af anbefalinger for … den kommende valgperiode" for "discussion of recommendations
    # for the next term"); so is one rare word there with TITLE_SUPPORT more of them together inside
    # (a common word there: one more).
    if len(in_title) >= TITLE_WORDS:
        return True
    if (in_title or council) and _title_supported(r, topic, title, TITLE_SUPPORT + (not council and not any(c.rare for c in in_title))):
        return True
    if len(rare) < TOPIC_RARE_TOGETHER:
        return False
    item = r.item
    if parsed.intent == "decision":  # what was decided on X: X in the item's proposal or decision, not its background
        item = replace(item, sections=tuple(s for s in item.sections if s.heading in DECIDING_SECTIONS))
    return _met_together(item, rare, title) >= TOPIC_RARE_TOGETHER


def _asked_held(r: Ranked, concepts: Sequence[Concept], parsed: ParsedQuestion) -> bool:
    """Does the item hold everything the asking sentence of a framed question names, one of its
    words rare, and together? ("I'm writing about local climate leadership among the
    municipalities. When and where did the council hold its climate conference in 2021?": the
    background's words are the journalist's, the item need not have them.) Together: all in one
    window, or two there and the item holding MIN_COHESION of the question close (`_cohesive`)."""
    if not parsed.background:
        return False
    asked = [c for c in concepts if not c.expansion and c.word not in parsed.background]
    if not asked or not any(c.rare for c in asked) or any(c.evidence(r.stems) < ALTERNATIVE_CREDIT for c in asked):
        return False
    if len(asked) < 2:
        return True
    together = _met_together(r.item, asked, title_terms(r.item.title))
    return together >= len(asked) or (together >= 2 and _cohesive(r, concepts, parsed.background))


def _year_apart(r: Ranked, concepts: Sequence[Concept], parsed: ParsedQuestion) -> bool:
    """A figure asked for a year ("udviklingsbidraget pr. indbygger i 2024") that the item
    never names within a few sentences of the question's rare words (or in its title): the
    item gives the figure of another year, or none."""
    if parsed.answer_type != "number" or not parsed.years:
        return False
    years = frozenset(str(y) for y in parsed.years)
    low, high = min(parsed.years), max(parsed.years)
    if high - low >= 2 and len(years) == high - low + 1 and {str(low), str(high)} <= r.stems:
        # a period asked ("i valgperioden 2018-2022"): the item naming it (a table's header) gives its
        # figures, though its rows stand apart from the header and name none of its years
        return False
    rare = [c for c in _topic_words(concepts) if c.rare and c.credit(r.stems) >= ALTERNATIVE_CREDIT]
    if not rare:
        return False
    relevant = years | _stems_of(rare)

    def together(stems: frozenset[str]) -> float:
        return float(bool(stems & years) and any(c.credit(stems) >= ALTERNATIVE_CREDIT for c in rare))

    return densest_window(r.item, together, relevant, title_terms(r.item.title) & relevant) < 1.0


def _only_planned(r: Ranked, concepts: Sequence[Concept], parsed: ParsedQuestion) -> bool:
    """Is a question about what was decided on a thing answered by an item that only puts the thing
    on a coming meeting's list? ("Hvad besluttede KKR om kapacitetsfastsættelsen på herbergsområdet"
    of the plan listing "Evt. kapacitetsfastsættelse på herbergsområdet": nothing is decided on it
    yet.) The plan's own decision takes the list to note; it decided on the thing only when its
    Beslutning names the question's words ("… herunder forslaget om midtjysk interessevaretagelse")."""
    if parsed.intent != "decision" or parsed.answer_type != "decision" or not plans_a_meeting(r.item.title, r.item.section):
        # (a date or the plan asked of a thing to be decided, "when was the council due to approve X", is the plan's)
        return False
    decided = stems_of_text(r.item.text_of("Beslutning") or "")
    held = [c for c in concepts if not c.expansion and c.df > 0 and c.credit(r.stems)]
    return bool(held) and any(not c.credit(decided) for c in held)


def answer(question: str, parsed: ParsedQuestion, ranking: Ranking, reader: IndexReader, *, limit: int = 5) -> Answer:
    """The Answer to `question` from its ranked items (see the module docstring); `reader`
    gives the timelines of the hits and the titles a refusal offers. Three outcomes: answered;
    uncertain (no item holds most of the question, but one is about its topic: shown first,
    marked); refused, with the closest topics (and, when a year, time or council asked about
    is what the items lack, the nearest items kept as hits, `answered` false)."""
    ranked, concepts = ranking.ranked, membership_renderings(rare_by_rendering(ranking.concepts, reader))
    notes = tuple(Note("note_correction", {"typed": a, "read": b}) for a, b in parsed.corrections)

    def refused(*note: Note, nearest: Sequence[Ranked] | None = None) -> Answer:
        # Every refusal keeps its nearest items, as item lines (nearest.py): those the note's rule
        # found (of another year, time or council), else (none found) the ranked items sharing a word with the question.
        near = list(nearest) if nearest else nearest_items(ranked, concepts, parsed.background)
        near.sort(key=lambda r: (not council_ok(r), not r.in_time))  # the council and time asked first, as an answer's items are
        near = near[: min(limit, NEAREST_ITEMS)]
        first = (_hit(reader, near[0], _showing(concepts, parsed), above=False),) if near else ()  # its passages of the kind asked
        kept = tuple(nearest_hit(r, first[0].passages if i == 0 else ()) for i, r in enumerate(near))
        return Answer(question, parsed.language, False, kept, _closest(ranked, kept, question, reader), notes + note)

    def council_ok(r: Ranked) -> bool:
        # A figure of the council asked about in another council's table is that council's (issue 10).
        figure = parsed.answer_type in ("number", "compare") and has_row_of(r.item, parsed.councils, parsed.years)
        return not parsed.councils or r.item.council in parsed.councils or figure

    def of_year(r: Ranked) -> bool:
        """Is the figure the item shows labelled by the year asked (a five-KKR table's "Dimensionering 2026"), or its row the year's?"""
        return shows_year(_hit(reader, r, _showing(concepts, parsed), keep=1), parsed.years)  # or its row (year_row.py)

    def lacks_named(hits: Sequence[Ranked]) -> Answer | None:
        """Refused, the hits kept as the nearest, when the first lacks a thing the question names."""
        if _only_planned(hits[0], concepts, parsed):
            return refused(Note("note_planned_only"), nearest=hits)
        missing = missing_named(hits[0], concepts, parsed)
        unseen = [w for w in unseen_names(concepts, parsed) if w not in missing]  # a body no item names
        if not missing and not unseen and asks_from_to(parsed.text):  # a change from one year to another: both years named
            missing = [str(y) for y in parsed.years if str(y) not in hits[0].stems]
        gap = parsed.answer_type == "number" and table_lacks_year(hits[0].item, parsed.terms, parsed.years)  # its table: other years
        if not missing and not unseen and (gap or _year_apart(hits[0], concepts, parsed) and not of_year(hits[0])):
            missing = [str(y) for y in parsed.years]
        if not missing and not unseen and (other := table_lacks_counted(hits[0], concepts, parsed)):
            missing = [other]  # a category its table does not give ("nurse … places" of the SOSU table)
        if (not missing and not unseen) or of_meeting_year(missing, unseen, hits[0], ranked[:NEAREST_ITEMS], parsed, of_year):
            # A figure, date, deadline or person the item does not give (a year only the meeting's: meeting_year.py) ("hvor mange studiepladser" of an
            # item on lærepladser, "hvornår er fristen" of one that sets no deadline).
            if (asked := missing_asked(hits[0], concepts, parsed)) is not None:
                return refused(asked, nearest=hits)
            return None
        names = [w.capitalize() if len(w) > 4 else w.upper() for w in missing] + as_written(parsed.text, unseen)
        return refused(*nothing_for(names, hits[0], parsed), nearest=hits)  # "intet for 2023", "nærmeste er 2022"

    def plans_meeting(r: Ranked) -> bool:
        """Is `r` the list of items planned for the meeting asked about (the item planning a
        meeting, naming its date)? The question's words are lines of that list; it decided nothing."""
        return (parsed.intent != "decision" and plans_a_meeting(r.item.title, r.item.section)
                and speaks_for_meeting(r, concepts, parsed))  # fmt: skip (held_plan.py)

    if plan_unknown(parsed, ranked, concepts, meeting_missing=ranking.meeting_missing or not ranked, plans_meeting=plans_meeting):
        return refused(Note("note_no_plan", {"when": _period(parsed)}), nearest=[r for r in ranked if r.coverage >= MIN_COVERAGE][:limit])
    if not ranked:
        return refused()
    if ranking.meeting_missing and parsed.intent == "decision":
        # "Hvad besluttede KKR på mødet den 1. september 2026": no minutes of it; an item planning it decided nothing.
        note = Note("note_no_minutes", {"when": _period(parsed)})
        return refused(note, nearest=[r for r in ranked if r.coverage >= MIN_COVERAGE or r.planned][:limit])
    if parsed.answer_type in ("plan", "list") and not (ranked[0].planned and news_item(ranked[0].item.title)):
        # "what is on the list for the October 2021 meeting": the item planning it, of the council asked about
        # (not when the meeting's news were asked: "which updates did KKR get in June 2026", news_asked.py)
        # (unless another item of that time holds more of the question; of a framed question only when it
        # points back to its background, "… på bordet om det i april": "Jeg skriver om …" alone is context)
        # "… and is X on it?": X is a line of the plan or not; its own item answers neither half
        weighs_all = (points_back(parsed.text) or not parsed.background) and not asks_if_on_it(parsed.text)
        most = max((r.coverage for r in ranked if r.in_time and council_ok(r)), default=0.0) if weighs_all else 0.0
        plan = [r for r in ranked if plans_meeting(r) and council_ok(r) and r.in_time and r.matched
                and (r.planned or r.coverage >= most)]  # fmt: skip
        if plan:
            return Answer(question, parsed.language, True, _hits(reader, plan[:limit], concepts, parsed), (), notes)
    top = ranked[0].score
    if ranked[0].coverage >= MIN_COVERAGE:
        covering = [r for r in ranked if r.coverage >= MIN_COVERAGE]
        if not any(r.in_time for r in covering):
            # A meeting time or year with nothing stored from it, and nothing naming it
            # ("minutes from 2015", "SOSU i 2015"): items of other years answer another question.
            note = Note("note_nothing_from", {"when": _period(parsed)})
            return refused(note, nearest=[r for r in covering if _cohesive(r, concepts, parsed.background)])
        # (of the items of the time asked that would be shown: one of the council far down answers nothing)
        best = max(r.score for r in covering if r.in_time)
        if not any(r.in_time and council_ok(r) and (r.planned or r.score >= MIN_RELATIVE_SCORE * best) for r in covering):
            # Only other councils answer: say so rather than pass their items off as the one asked about.
            note = Note("note_other_council", {"council": " / ".join(parsed.councils)})
            return refused(note, nearest=[r for r in covering if r.in_time and _cohesive(r, concepts, parsed.background)])
        chosen = [r for r in covering if r.in_time and (r.planned or r.score >= MIN_RELATIVE_SCORE * top)]
        if any(r.planned for r in chosen):  # the next meeting's own items answer; others were a fallback
            chosen = [r for r in chosen if r.planned]
        chosen = [r for r in chosen if _cohesive(r, concepts, parsed.background) or plans_meeting(r)]
        chosen.sort(key=lambda r: not council_ok(r))  # the council asked about first: its items, or its row of a table
        if chosen:
            if (lacking := lacks_named(chosen)) is not None:
                return lacking
            hits = _hits(reader, chosen[:limit], concepts, parsed)
            return Answer(question, parsed.language, True, hits, (), notes)
    # No item holds most of the question with its words together: one about its topic answers, marked uncertain.
    # (the kind of person asked for, "which politicians", is who is asked, not the topic: asked_kind.py)
    topical = [r for r in ranked if r.in_time and council_ok(r) and (own := without_kind(r.item, concepts, parsed.text))
               and (_topical(r, own, parsed.background, parsed.unknown) or _anchored(r, own, parsed, r is ranked[0])
                    or _asked_held(r, own, parsed) or held_but_unreadable(r, own, parsed)
                    or (plans_meeting(r) and r.matched))]  # fmt: skip
    if topical:
        best = topical[0].score
        chosen = [r for r in topical if r.score >= MIN_RELATIVE_SCORE * best]
        if (lacking := lacks_named(chosen)) is not None:
            return lacking
        hits = _hits(reader, chosen[:limit], concepts, parsed)
        return Answer(question, parsed.language, True, hits, (), notes, uncertain=True)
    return refused()
