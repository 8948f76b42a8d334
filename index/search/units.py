"""The item's passages scored for a question: the units and windows that index.search.shown
chooses among and index.search.answer_line takes its value from.

A unit is one stored passage (index.read.passages) with the question's concepts it holds
(IDF-weighted, a concept once by its best rendering; a part of a compound counts in part),
the years and councils asked about, its matched words, and the values of the type asked
(index.search.values) of the unit asked for ("how much": kroner; "hvor stor en andel": per
cent). A table row is scored by its label and its table's header. A window is one to
MAX_WINDOW neighbouring sentences of one sub-section (or one list, or one row).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from index.lazy_patterns import lazy
from index.analysis import WORD, word_stems
from index.model import BESLUTNING, AgendaItem, Passage
from index.question.answer_type import asks_comparison, asks_two_things, asks_yes_no, number_unit, yes_no_verb
from index.question.parse import ParsedQuestion
from index.search.amounts_asked import asks_amount, holds_amount
from index.search.reason_words import REASON as _REASON
from index.search.assessments import assesses
from index.search.causes import causes_in
from index.search.reason_phrases import phrase_reasons
from index.search.conditions import asks_if, sets_condition
from index.search.contents import is_contents
from index.search.decided import states_proposal
from index.search.figure import counts
from index.search.values import Value, values_in

__all__ = ["ANSWER_TYPES_WITH_VALUES", "Asked", "Unit", "Window", "WordCredits", "compares", "enumerates", "is_row", "reasons_in", "score_unit", "states_reason", "window_of", "windows_of"]

MAX_CHARS = 400  # a shown passage; a longer one is cut around what matched
WINDOW_CHARS = MAX_CHARS  # neighbouring sentences shown together up to this length
WINDOW_COST = 0.05  # one sentence is better than three for the same words
MAX_WINDOW = 4  # sentences in one window
COMPOUND_CREDIT = 0.5  # a question word met as part of a compound
PART_CREDIT = 0.6  # one part of the question's hyphenated word ("SOSU" of "SOSU-assistentelever")
COMPOUND_MIN = 4  # letters of a compound's part that count
ANSWER_TYPES_WITH_VALUES = ("number", "date", "person")


@dataclass(frozen=True)
class Asked:
    """What the choice needs of the question (from its ParsedQuestion)."""

    text: str
    answer_type: str = "none"
    terms: tuple[str, ...] = ()
    councils: tuple[str, ...] = ()
    prefer_decision: bool = False
    meeting: bool = False  # it asks about a meeting: the next one, or one named by its time
    yes_no: bool = False  # it asks yes or no: a sentence that denies may be the answer
    two: bool = False  # it asks two things: a second passage may answer the second
    verb: frozenset[str] = frozenset()  # the stems of the verb a yes/no question opens with
    against: bool = False  # it sets its figure against another ("i 2025 i forhold til gennemsnittet")
    counted: tuple[str, ...] = ()  # the index terms of what a count question counts (figure.counted_stems)
    listed: tuple[str, ...] = ()  # ... and of what a list question asks to be listed (figure.listed_stems)
    conditional: bool = False  # a yes/no question, whole or after a background: a condition may answer it
    amount: bool = False  # a yes/no question of an amount or a frequency: a figure or a range may answer it
    # Set per hit (shown.show): what was decided is asked, and the hit's decision only points back
    # to what was proposed ("godkendte forslaget"): a passage stating the proposal is the kind asked.
    proposal: bool = False

    @classmethod
    def of(cls, parsed: ParsedQuestion) -> Asked:
        meeting = parsed.intent == "next_meeting" or parsed.meeting_from is not None or parsed.meeting_to is not None
        return cls(parsed.text, parsed.answer_type, parsed.terms, parsed.councils, parsed.intent == "decision",
                   meeting or parsed.answer_type == "plan", asks_yes_no(parsed.text),
                   asks_two_things(parsed.text), word_stems(yes_no_verb(parsed.text) or ""),
                   asks_comparison(parsed.text), conditional=asks_if(parsed.text, parsed.answer_type),
                   amount=asks_amount(parsed.text, parsed.answer_type))  # fmt: skip

    @property
    def unit(self) -> str | None:
        return number_unit(self.text) if self.answer_type == "number" else None


@dataclass
class Unit:
    """One passage scored for the question."""

    index: int
    passage: Passage
    score: float  # question words, years and councils
    concepts: dict[str, float]  # concept → weight, of the question's words it holds
    bonus: frozenset[str]
    matched: list[tuple[int, int]]  # spans of matched words in the passage text
    values: list[Value]
    typed: bool
    weighed: list[float]  # the weight of each matched word
    line: tuple[int, int] | None = None  # one line of a list passage, read on its own (answer_line)
    denied: bool = False  # it denies the verb a yes/no question opens with ("Der følger … ikke midler")
    counts: bool = False  # it holds a number counting what a count question counts ("12 borgere")

    @property
    def text(self) -> str:
        """The unit's text: its passage's, or its line's."""
        return self.passage.text[self.line[0] : self.line[1]] if self.line else self.passage.text


@dataclass
class Window:
    """One to three neighbouring sentences of one sub-section (or one list, or one row)."""

    units: list[Unit]
    score: float
    typed: bool

    @property
    def first(self) -> Unit:
        return self.units[0]

    @property
    def span(self) -> tuple[int, int, int]:
        return self.first.passage.section_index, self.first.passage.start, self.units[-1].passage.end


@lru_cache(maxsize=50_000)
def _words(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """(start, end, index terms) of each word of a passage: the same for every question."""
    return tuple((m.start(), m.end(), word_stems(m.group().lower())) for m in WORD.finditer(text))


@lru_cache(maxsize=50_000)
def _word_sets(text: str) -> tuple[frozenset[str], ...]:
    """The distinct index-term sets of a passage's words, in order of first use (`_words`'s own sets)."""
    return tuple(dict.fromkeys(stems for _, _, stems in _words(text)))


def _row_text(item: AgendaItem, p: Passage) -> str:
    """A row's words for scoring: its label whole, its table's header and caption."""
    table = item.tables[p.table]  # type: ignore[index]
    labels = " ".join(table.column_label(c) for c in range(len(table.header)))
    return " ".join((table.rows[p.row][0], labels, table.caption))  # type: ignore[index]


def is_row(item: AgendaItem, p: Passage) -> bool:
    return p.kind == "row" and p.table is not None and p.table < len(item.tables) and p.row is not None


def score_unit(item: AgendaItem, i: int, p: Passage, weights: Mapping[str, tuple[str, float]], bonus: frozenset[str],
               asked: Asked, memo: WordCredits | None = None) -> Unit:  # fmt: skip
    """One passage scored for the question; `memo` keeps each word's credits for the next passages."""
    memo = WordCredits(weights) if memo is None else memo
    known, credits = memo.known, memo.credits

    # Each distinct word once (a word met again adds nothing to the concepts' best or the bonus).
    concepts: dict[str, float] = {}
    found: set[str] = set()
    for stems in _word_sets(_row_text(item, p) if is_row(item, p) else p.text):
        for key, w in (known.get(stems) or credits(stems))[0]:
            concepts[key] = max(concepts.get(key, 0.0), w)
        if not stems.isdisjoint(bonus):
            found |= stems & bonus
    counted: dict[frozenset[str], float] = {}  # the passage's words that count → their best credit
    for stems in _word_sets(p.text):
        w = (known.get(stems) or credits(stems))[1]
        if w or not stems.isdisjoint(bonus):
            counted[stems] = w
    own = _words(p.text)
    matched: list[tuple[int, int]] = []
    weighed: list[float] = []
    if counted:
        for a, b, stems in own:
            w = counted.get(stems)
            if w is not None:
                matched.append((a, b))
                weighed.append(w)
    kind = asked.answer_type
    values = []
    if kind in ANSWER_TYPES_WITH_VALUES:
        values = [v for v in values_in(p.text, kind) if v.strength >= MIN_STRENGTH[kind] and not _in_question(v.text, asked.text)]
        if kind == "number":
            values = [v for v in values if _of_unit(v.text, asked.unit) and (asked.unit != "rate" or _PER_TIME.match(p.text, v.end))]
    typed = bool(values) or (kind in ("number", "compare") and p.kind == "row")
    typed = typed or (kind in ("list", "plan") and p.kind == "list" and not (kind == "list" and is_contents(item, p)))
    typed = typed or (kind == "decision" and p.section == BESLUTNING) or (kind == "reason" and bool(reasons_in(p.text)))
    typed = typed or (kind == "reason" and p.kind == "sentence" and assesses(p.text))  # "… er det vurderingen, at …"
    typed = typed or (asked.proposal and p.kind != "row" and p.section != BESLUTNING and states_proposal(p.text))
    typed = typed or (kind == "compare" and _figures(p.text) >= 2)
    typed = typed or (kind == "compare" and p.kind == "sentence" and bool(_CONTRAST.search(p.text)))
    typed = typed or (kind == "list" and p.kind == "sentence" and enumerates(p.text))
    score = sum(concepts.values()) + 0.5 * len(found)
    typed = typed or (asked.yes_no and p.kind == "sentence" and score >= DENIAL_SHARE * memo.total and bool(_DENIES.search(p.text)))
    typed = typed or (asked.conditional and p.kind == "sentence" and sets_condition(p.text))
    typed = typed or (asked.amount and p.kind == "sentence" and holds_amount(p.text))
    typed = typed or (kind == "person" and p.kind != "row" and bool(_MEMBERS.search(p.text)))
    denied = bool(asked.verb) and p.kind != "row" and _denies_verb(p.text, own, asked.verb)
    counting = bool(asked.counted) and p.kind != "row" and any(counts(v.text, asked.counted) for v in values_in(p.text, "number"))
    return Unit(i, p, score, concepts, frozenset(found), matched, values, typed,
                weighed, denied=denied, counts=counting)  # fmt: skip


DENIED_VERB_REACH = 3  # words between the verb and its "ikke"


def _denies_verb(text: str, words: tuple[tuple[int, int, frozenset[str]], ...], verb: frozenset[str]) -> bool:
    """Does a sentence put a denial within DENIED_VERB_REACH words of the question's verb?
    (`words`: the sentence's words as `_words` reads them, so no word is analysed again.)"""
    at = [k for k, (_, _, stems) in enumerate(words) if stems & verb]
    no = [k for k, (a, b, _) in enumerate(words) if text[a:b].lower() in _DENIAL_WORDS] if at else []
    return any(abs(a - b) <= DENIED_VERB_REACH for a in at for b in no)


MIN_STRENGTH = {"number": 0.7, "date": 1.0, "person": 1.0}
# A sentence that gives a reason (what a "why" question wants to see): index/search/reason_words.py


def states_reason(p: Passage) -> bool:
    """Does a passage give a reason in words that say so ("fordi", "derfor", "skyldes", a judgement),
    not only by a purpose or a consequence (index.search.causes)?"""
    return bool(_REASON.search(p.text) or phrase_reasons(p.text)) or (p.kind == "sentence" and assesses(p.text))


def reasons_in(text: str) -> list[tuple[int, int]]:
    """The spans of the words that give a reason in a passage ("fordi", "idet", ", da", "skyldes"; a
    purpose, a consequence or a cause: index.search.causes)."""
    return sorted([m.span() for m in _REASON.finditer(text)] + phrase_reasons(text) + causes_in(text))


# A sentence that says who a body is made of, or who appoints to it: "who sits in …" is answered by
# "Hvert SKF består af 2 kommunalbestyrelsesmedlemmer …", "who appoints …" by "(udpeges af repræsentantskabet …)".
_MEMBERS = lazy(
    r"\b(?:består\s+af|bestående\s+af|sammensat\s+af|sammensættes\s+af|med\s+deltagelse\s+af|med\s+deltagere\s+(?:fra|af)|"
    r"(?:udpeges|udpeget|vælges|valgt)\s+(?:af|blandt))\b",
    re.IGNORECASE,
)
# A sentence that denies: the answer to a yes/no question may be "Der følger ikke midler med".
_DENIES = lazy(
    r"\b(?:ikke|ingen|intet|hverken|uden|aflyst|udsat|udskudt|afvist|afviste|not|no|none|neither|without|cancelled|"
    r"canceled|postponed|rejected)\b",
    re.IGNORECASE,
)


# A denial answers a yes/no when its own sentence holds this share of the question's weight (round 16):
# "Vi afventer fortsat den nye rammeaftale, … endnu ikke er endeligt aftalt …" beside the sentence that
# states the matter asked ("… i vid udstrækning en videreførelse af resultatkontrakten for 2023") does not.
DENIAL_SHARE = 0.2


def denies(text: str) -> bool:
    """Does a sentence state a negative ("ikke", "ingen", "uden", "aflyst", "not", "without" …)?"""
    return bool(_DENIES.search(text))


_DENIAL_WORDS = frozenset(("ikke", "ingen", "intet", "aldrig", "not", "no", "never"))
# A sentence that sets two things against each other: "A holder ..., men B er for lav".
_CONTRAST = lazy(r"\b(?:men|mens|hvorimod|end|whereas|while|but|than)\b", re.IGNORECASE)
# A comma between two items, not before a clause ("A, der ...", "B, hvor ...").
_ITEM_COMMA = lazy(
    r",\s+(?!(?:der|som|hvor|hvis|at|men|og|samt|eller|når|da|fordi|så|hvilket|hvorfor|herunder|jf|bl|fx|f\.|"
    r"which|that|who|where|when|but|and|or|including|e\.g)\b)\w",
    re.IGNORECASE,
)
_LAST_ITEM = lazy(r"\w\s+(?:og|samt|eller|and|or)\s+\w", re.IGNORECASE)


def enumerates(text: str) -> bool:
    """Does a sentence list things ("roller som kriger, repræsentant og idepromotor",
    "sonder, kanyler og katetre, blodprøvetagning ... samt ...")? An item comma and a last "og"."""
    return bool(_ITEM_COMMA.search(text)) and bool(_LAST_ITEM.search(text[text.find(","):]))


class WordCredits:
    """One question's credits of a word (`credits`), kept for the passages of one item: the
    same words recur in them. `weights`: index term → (its concept, the concept's weight)."""

    def __init__(self, weights: Mapping[str, tuple[str, float]]) -> None:
        self.weights = weights
        self.total = sum(dict(weights.values()).values())  # the question's weight, each concept once
        self.known: dict[frozenset[str], tuple[tuple[tuple[str, float], ...], float]] = {}  # word → credits, best
        self._tails = _compound_index(frozenset(weights))
        # the longest first: "beredskabsområdet" is read as "beredskabsområde" before "beredskab"
        self._heads = tuple(sorted((q for q in weights if len(q) >= COMPOUND_MIN + 1 and "-" not in q), key=lambda q: (-len(q), q)))

    def credits(self, stems: frozenset[str]) -> tuple[tuple[tuple[str, float], ...], float]:
        """(concept, credit) of one word, and the best credit (0.0 for none): its whole weight when
        it is the question's word, less when it is only a part of it ("SOSU" of
        "SOSU-assistentelever") or shares a compound."""
        found = self.known.get(stems)
        if found is not None:
            return found
        each: list[tuple[str, float]] = []
        for st in stems:
            if st in self.weights:
                key, w = self.weights[st]
                each.append((key, w if st == key or "-" not in key else PART_CREDIT * w))
            elif (part := self._compound_part(st)) is not None:
                key, w = self.weights[part]
                each.append((key, COMPOUND_CREDIT * w))
                if (tail := self._joined_tail(st, part)) is not None:  # "implementeringspartnerskab": both words
                    each.append((self.weights[tail][0], COMPOUND_CREDIT * self.weights[tail][1]))
        found = self.known[stems] = (tuple(each), max((w for _, w in each), default=0.0))
        return found

    def _compound_part(self, stem: str) -> str | None:
        """A question word that `stem` shares a compound with: the document's word is the
        question's tail ("puljerne" of "lånepuljerne") or the question's word its head
        ("beredskab" of "beredskabsområdet"). Danish compounds name what they end in."""
        if len(stem) < COMPOUND_MIN or stem.isdigit():
            return None
        found = self._tails.get(stem)
        if found:
            return found
        if stem.startswith(self._heads):
            return next(q for q in self._heads if stem.startswith(q))
        return None

    def _joined_tail(self, stem: str, head: str) -> str | None:
        """Another question word that a compound beginning with the question's word `head` ends in
        ("implementeringspartnerskab" of "implementering" and "partnerskab", a linking "s" or "e"
        between): a compound of two of the question's words holds both."""
        if not stem.startswith(head):
            return None
        rest = stem[len(head):]
        for tail in (rest, rest[1:] if rest[:1] in ("s", "e") else ""):
            if len(tail) > COMPOUND_MIN and tail in self.weights and self.weights[tail][0] != self.weights[head][0]:
                return tail
        return None


_COMPOUND_CACHE: dict[frozenset[str], dict[str, str]] = {}


def _compound_index(stems: frozenset[str]) -> dict[str, str]:
    """Every tail (of COMPOUND_MIN letters or more) of the question's stems → that stem."""
    found = _COMPOUND_CACHE.get(stems)
    if found is None:
        found = {}
        for q in sorted(stems):  # in a fixed order: a tail two stems share goes to the same one every run
            if "-" in q or q.isdigit():
                continue
            for k in range(1, len(q) - COMPOUND_MIN + 1):
                found.setdefault(q[k:], q)
        if len(_COMPOUND_CACHE) > 64:
            _COMPOUND_CACHE.clear()
        _COMPOUND_CACHE[stems] = found
    return found


_MONEY_VALUE = lazy(r"\bkr\b|kroner|mio\.|mia\.|million|milliard")


_SHARE_VALUE = lazy(r"pct|procent|%")
# After a count, the time it is counted per: "how often" is answered by "2-4 møder om året", "to gange årligt".
_PER_TIME = lazy(
    r"(?:\s+(?:gange?|times))?\s+(?:om|pr\.?|per|a|each|every|hver[t]?)\s+(?:året|år|måneden|måned|ugen|uge|dagen|kvartal(?:et)?|year|month|week|day|quarter)\b"
    r"|(?:\s+(?:gange?|times))?\s+(?:årligt|månedligt|ugentligt|kvartalsvis|dagligt|annually|monthly|weekly|quarterly|daily)\b"
)


def _of_unit(value: str, unit: str | None) -> bool:
    """Is a number of the unit asked: money in kroner, a share in per cent, a count neither."""
    money, share = bool(_MONEY_VALUE.search(value)), bool(_SHARE_VALUE.search(value))
    if unit == "money":
        return money
    if unit == "share":
        return share
    if unit in ("count", "rate"):
        return not money and not share
    return True


def _in_question(value: str, question: str) -> bool:
    return " ".join(value.lower().split()) in " ".join(question.lower().split())


def _figures(text: str) -> int:
    """How many figures a passage holds (a comparison wants two in view)."""
    return sum(v.strength >= 0.7 for v in values_in(text, "number"))


def compares(w: Window) -> bool:
    """Does a window answer a comparison: two figures in view (in one sentence or across its
    sentences: "… under dimensioneringen på 1329." + "… 64 pladser, der ikke …"), or a unit
    setting things against each other that holds question words itself?"""
    return sum(_figures(u.passage.text) for u in w.units) >= 2 or any(u.typed and u.score > 0 for u in w.units)


# A sub-heading line inside a section: a few words, capitalised, no stop ("Klimasekretariatet", "Aktuel økonomi").
_HEADING = lazy(r"^\s*[A-ZÆØÅ][^.!?:;\n]{0,60}$")


def windows_of(units: list[Unit], *, parted: bool = False) -> list[Window]:
    """Every run of one to MAX_WINDOW neighbouring sentences of one sub-section within
    WINDOW_CHARS; a list or a table row is a window of its own. `parted` (a list question): no run
    reaches over a sub-heading line into the next part, where the question's words of one part and
    an enumerating sentence of the other made a window of the kind asked ("Det udfordrer kommunerne
    på kapacitet, økonomi og …" + "Risiko for markant opgaveglidning" + "Et forbeholdt
    virksomhedsområde for sygeplejersker kan …"; round 22, LISTS22)."""
    out: list[Window] = []
    for i, u in enumerate(units):
        run = [u]
        concepts = _held({}, u)  # the run's concepts and bonus words, grown with it (each unit read once)
        bonus = u.bonus
        out.append(_window(run, concepts, bonus))
        if u.passage.kind != "sentence":
            continue
        for v in units[i + 1 : i + MAX_WINDOW]:
            p = v.passage
            if p.kind != "sentence" or p.section_index != u.passage.section_index or p.end - u.passage.start > WINDOW_CHARS:
                break
            if parted and _HEADING.match(p.text):  # a sub-heading opens the next part: a list question's window stops before it
                break
            run = run + [v]
            concepts, bonus = _held(concepts, v), bonus | v.bonus
            if not _HEADING.match(p.text):  # a sub-heading line opens the next part: no window ends on it
                out.append(_window(run, concepts, bonus))
    return out


def window_of(units: list[Unit]) -> Window:
    concepts: dict[str, float] = {}
    for u in units:
        _held(concepts, u)
    return _window(units, concepts, frozenset().union(*(u.bonus for u in units)))


def _held(concepts: dict[str, float], u: Unit) -> dict[str, float]:
    """`concepts` (concept → best weight, in order of first use) with unit `u`'s added."""
    for k, w in u.concepts.items():
        concepts[k] = max(concepts.get(k, 0.0), w)
    return concepts


def _window(units: list[Unit], concepts: dict[str, float], bonus: frozenset[str]) -> Window:
    score = sum(concepts.values()) + 0.5 * len(bonus) - WINDOW_COST * (len(units) - 1)
    return Window(units, score, any(u.typed for u in units))

