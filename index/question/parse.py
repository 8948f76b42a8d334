"""A question in Danish or English → what to search for: Danish terms, councils, dates, intent.

`parse_question` is pure: the index's vocabulary (for typo fixing) and today's date (for
"this year" and "the meeting in June") come in as arguments. The steps, each in its own
module: dates and years (question_dates), council names (councils), the English → Danish
glossary (glossary, data in glossary.toml) and typo correction (question_typos).
"""

from __future__ import annotations

import re

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from index.lazy_patterns import lazy
from index.councils import match_council
from index.question.abbreviations import expand_abbreviations
from index.question.acronyms_asked import acronyms_asked
from index.question.clipped_english import unclip_english
from index.question.cognates import read_cognates
from index.question.english_words import cognate, inflection, is_english_word
from index.question.real_words import DANISH_ENDINGS
from index.question.glossary import Glossary, load_glossary
from index.model import Intent, Language
from index.question.answer_type import AnswerType, answer_type, asks_ahead
from index.question.change_words import compare_spans, compared_years, without_change
from index.question.dates import MIDT_OF_MONTH, MONTHS, DateFacts, dates_asked
from index.question.meaning_classes import bridged
from index.question.lexicon import ENGLISH_ONLY_STOP, GENERIC, STOP_WORDS, as_planned_spans, asks_meeting_work, asking_idiom_spans, decision_spans, next_meeting_spans, framing_spans, meeting_work_spans, purpose_spans
from index.question.plan_time import framing_names_meeting, meeting_of_plan
from index.question.framing_year import framed, year_carried
from index.question.places import is_place_word, region_council, region_name
from index.question.text import DANISH_LETTERS, detect_language, is_acronym, normalise, split_english
from index.question.text import Token, fix_intent_typos, fix_month_typos, fold_danish_letters, regions_ending_names, tokens as tokenize
from index.question.typos import Vocabulary

__all__ = ["ParsedQuestion", "detect_language", "load_glossary", "parse_question"]


# A word only of the question's background weighs this share of its weight wherever the engine
# weighs what an item holds of the question (the gate, the best passage, what is asked for).
BACKGROUND_WEIGHT = 0.5


@dataclass(frozen=True)
class ParsedQuestion:
    """What a question asks, ready for the search.

    `terms` are the Danish words to search (glossary translations, typo fixes, the user's
    own Danish words), `expansions` related Danish words to weigh lower. A council mention
    is in `councils`, never in `terms`; so are the words of dates and intent. `years` are
    what the question is about ("places in 2027"); `meeting_from`/`meeting_to` bound the
    date of the meeting it asks about ("the meeting in June 2026").
    """

    text: str
    language: Language
    terms: tuple[str, ...]
    expansions: tuple[str, ...] = ()
    councils: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    meeting_from: date | None = None
    meeting_to: date | None = None
    meeting_slack: tuple[int, int] = (0, 0)  # days a meeting named loosely may lie before / after it (meeting_times)
    intent: Intent = "general"
    corrections: tuple[tuple[str, str], ...] = ()
    # English words neither the glossary nor the index knows ("weather"): part of what was
    # asked that nothing in the index can answer, so a search may weigh them in refusing.
    unknown: tuple[str, ...] = ()
    # term → the other Danish words the glossary gives for the same word ("place" →
    # "lærepladser", else "pladser", "studiepladser"): an item with one of them has, in
    # part, what was asked, though not in the glossary's first wording.
    alternatives: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # The meeting range rests on a month named without a year ("mødet i februar"), placed
    # before today: a guess, so finding nothing in it is no reason to refuse.
    date_guessed: bool = False
    # Terms and unknown words only in the sentences before the last ("Socialtilsyn Nord sent its
    # budget in 2021. By how much did it fall?"): the question's background, not what it asks.
    background: tuple[str, ...] = ()
    # What span answers it: a number, a date, a person, a list, a decision, a meeting's plan
    # (index.question.answer_type); the reply shows that span of the item above its passages.
    answer_type: AnswerType = "none"
    # A month or a day named with no meeting word beside it ("taget i brug i august 2021", "paid
    # from December 2025"): the time of the fact asked about, which a later meeting may report.
    # A ranking signal, never a filter; its year is one of `years`.
    fact_from: date | None = None
    fact_to: date | None = None
    # Terms that name a thing: capitalised inside a sentence ("Socialtilsyn Midt", "Aarhus
    # Kommune"), an acronym ("PAU"), a place or region word even in lower case ("midts").
    # An item that lacks one does not answer for it, however well it matches the rest.
    named: tuple[str, ...] = ()


def _join_compounds(
    tokens: list[Token], norm: str, vocab: Vocabulary, glossary: Glossary
) -> tuple[list[Token], list[tuple[str, str]]]:
    """Danish compounds written apart ("udviklings bidrag") joined when the index has the
    whole word ("udviklingsbidrag", or "it-driftsenheder" with a hyphen)."""
    out: list[Token] = []
    fixes: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if vocab and i + 1 < len(tokens) and norm[t.end : tokens[i + 1].start] == " ":
            a, b = t.word, tokens[i + 1].word
            plain = a.isalpha() and b.isalpha() and len(b) >= 3
            if plain and not {a, b} & STOP_WORDS and not glossary.match([a, b], 0):
                joined = next((j for j in (a + b, f"{a}-{b}") if j in vocab), None)
                if joined:
                    out.append(Token(joined, f"{t.raw} {tokens[i + 1].raw}", t.start, tokens[i + 1].end))
                    fixes.append((f"{a} {b}", joined))
                    i += 2
                    continue
        out.append(t)
        i += 1
    return out, fixes


def _fix_english(
    tokens: list[Token], glossary: Glossary, vocab: Vocabulary, known: Callable[[str], bool], danish: bool
) -> tuple[list[Token], list[tuple[str, str]]]:
    """Misspelt English glossary words ("refugess", "helth") put right before the glossary
    reads the question; a word the index vocabulary can explain is left for that instead. In a
    question read as Danish, a word with a Danish inflection ending is Danish, no English slip
    ("mangler" is no "manager", "passede" no "passed", "institutionerne" no "institutioned")."""
    out: list[Token] = []
    fixes: list[tuple[str, str]] = []
    for i, t in enumerate(tokens):
        w = t.word
        if (
            len(w) >= 5
            and w.isalpha()
            and w not in STOP_WORDS
            and not known(w)
            and not DANISH_LETTERS.search(w)
            and not is_acronym(t.raw)
            and not (danish and w.endswith(_DANISH_INFLECTIONS))
        ):
            fix = glossary.correct(w)
            if fix and is_english_word(w) and not inflection(w, fix):
                fix = None  # an English word of its own ("settlement", "within"), no slip for another key
            if _danish_fix(w, vocab, english=True) and not (fix and _in_phrase(tokens, i, fix, glossary)):
                fix = None  # the index's own word, unless the English fix completes a phrase
            if fix is not None and fix != w:
                fixes.append((w, fix))
                t = replace(t, word=fix)
        out.append(t)
    return out, fixes


_DANISH_INFLECTIONS = tuple(e for e in DANISH_ENDINGS if len(e) >= 2)  # "-er", "-erne", "-ede", "-et" …


def _danish_fix(word: str, vocab: Vocabulary, *, english: bool) -> str | None:
    """The index word `word` is a typo of (typos.Vocabulary.correct); in an English question not
    for a real English word, unless the fix is its Danish cognate ("implementing": "implementering";
    "leverage" is no "levere": index/question/english_words.py)."""
    fix = vocab.correct(word) if vocab else None
    if fix and english and is_english_word(word) and not cognate(word, fix):
        return None
    return fix


def _in_phrase(tokens: list[Token], i: int, fix: str, glossary: Glossary) -> bool:
    """Does `fix` in place of token i form a glossary phrase with its neighbour ("annual
    repport": "annual report", not the Danish "rapport" the index has)?"""
    words = [t.word for t in tokens]
    words[i] = fix
    pairs = ([words[i - 1], fix],) if i else ()
    pairs += ([fix, words[i + 1]],) if i + 1 < len(words) else ()
    return any((m := glossary.match(p, 0)) is not None and m[1] == 2 for p in pairs)


def _find_councils(
    words: list[str], run: list[int], glossary: Glossary, known: Callable[[str], bool]
) -> tuple[list[str], list[tuple[str, str]], set[int]]:
    """Council mentions, left to right; a longer glossary phrase ("Central Denmark EU
    Office") wins over the council name inside it ("Central Denmark")."""
    councils: list[str] = []
    corrections: list[tuple[str, str]] = []
    used: set[int] = set()
    i = 0
    while i < len(words):
        same_run = [w for k, w in enumerate(words[i:], i) if run[k] == run[i]]
        found = match_council(same_run, 0, is_known_word=known)
        phrase = glossary.match(same_run, 0)
        if phrase and (not found or phrase[1] > found[1]):
            i += phrase[1]
        elif found:
            councils.append(found[0])
            corrections.extend(found[2])
            used.update(range(i, i + found[1]))
            i += found[1]
        else:
            i += 1
    return councils, corrections, used


def _words_of(phrases: tuple[str, ...]) -> list[str]:
    """The search words of Danish glossary phrases ("social- og sundhedsuddannelserne")."""
    words = (w.strip("-") for p in phrases for w in p.split())
    return [w for w in words if w and w not in STOP_WORDS]


def _dedupe(words: list[str], exclude: Collection[str] = ()) -> tuple[str, ...]:
    return tuple(w for w in dict.fromkeys(words) if w and w not in exclude)


def _intent_and_dates(lower: str, today: date | None) -> tuple[Intent, DateFacts, list[tuple[int, int]]]:
    """What the question wants, its dates, and the character spans those words took."""
    next_spans = next_meeting_spans(lower)
    decision = decision_spans(lower)
    # "next meeting in June" places a month without a year after today.
    dates = dates_asked(lower, today=today, future=bool(next_spans))
    strong = any(kind == "strong" for _, _, kind in next_spans)
    weak = any(kind != "strong" for _, _, kind in next_spans)
    dated = dates.years or dates.meeting_from or dates.meeting_to
    ahead = today is not None and dates.meeting_from is not None and dates.meeting_from >= today
    intent: Intent = "general"
    if strong or (not decision and ((weak and not dated) or ahead)):
        intent = "next_meeting"
    elif decision:
        intent = "decision"
    # Words asking for a decision or the next meeting are never search terms; "agenda for"
    # is, unless it asked for the next meeting.
    asked = [(a, b) for a, b, kind in next_spans if intent == "next_meeting" or kind != "weak"]
    work = meeting_work_spans(lower)
    return intent, dates, list(dates.spans) + decision + asked + purpose_spans(lower) + framing_spans(lower) + work + as_planned_spans(lower) + compare_spans(lower) + asking_idiom_spans(lower)


# A question of a few words with no asking word ("SSA midt 2027?", "udv.bidrag NJ 2026"): staff look
# up a council's figure of a year so, as in the five-KKR tables.
TERSE_WORDS = 4
_TERSE = lazy(r"(?i)^(?!.*\b(?:hv\w*|wh\w*|how|who|when|which|what|did|does|is|er|blev|har|skal)\b)[^?]*\??\s*$")

_COUNCIL_WORD = lazy(r"\b(?:kkr\w*|rådet|kontaktrådet|council)\b")


def _meeting_or_fact(dates: DateFacts, intent: Intent, kind: AnswerType, ahead: bool = False) -> DateFacts:
    """A month or a day bounds the meeting asked about when a meeting word stands beside it, or
    when the question asks for a decision, a plan or the next meeting (those happen at meetings),
    or what or who a council has ahead then (`ahead`, not a figure); otherwise it is the time of
    the fact asked about, and its year one the question is about."""
    council_meeting = ahead and kind in ("plan", "person", "list", "none")
    if dates.tied or intent != "general" or kind == "plan" or council_meeting or not (dates.meeting_from or dates.meeting_to):
        return dates
    start, end = dates.meeting_from, dates.meeting_to
    years = dates.years
    if start and end and not dates.guessed and end.year - start.year <= 1:
        years = tuple(dict.fromkeys((*years, *range(start.year, end.year + 1))))
    return replace(dates, years=years, meeting_from=None, meeting_to=None, guessed=False, fact_from=start, fact_to=end)


@dataclass
class _Words:
    terms: list[str] = field(default_factory=list)
    expansions: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    corrections: list[tuple[str, str]] = field(default_factory=list)
    alternatives: dict[str, list[str]] = field(default_factory=dict)

    def translated(self, terms: list[str], related: list[str]) -> None:
        """One word put into Danish: its terms searched, its related words below them; a
        single term may be matched by any of the related words instead."""
        self.terms.extend(terms)
        self.expansions.extend(related)
        if len(terms) == 1 and related:
            self.alternatives.setdefault(terms[0], []).extend(related)


def _read_words(
    tokens: list[Token],
    run: list[int],
    skip: set[int],
    language: Language,
    glossary: Glossary,
    vocab: Vocabulary,
    known: Callable[[str], bool],
) -> _Words:
    """Tokens → Danish search words: glossary phrases, typo fixes, the user's own words."""
    out = _Words()
    words = [t.word for t in tokens]
    i = 0
    while i < len(tokens):
        if i in skip:
            i += 1
            continue
        tok, w = tokens[i], words[i]
        same_run = []
        for k in range(i, len(tokens)):
            if run[k] != run[i] or k in skip:
                break
            same_run.append(words[k])
        danish_word = known(w) or bool(DANISH_LETTERS.search(w))
        phrase = glossary.match(same_run, 0) if language == "en" or not danish_word else None
        if phrase is None and danish_word:
            # An English phrase starting with a word Danish shares ("administrative burdens"):
            # English when one of its other words is no Danish word at all.
            found = glossary.match(same_run, 0)
            if found and found[1] > 1 and any(not known(x) and not DANISH_LETTERS.search(x) for x in same_run[1 : found[1]]):
                phrase = found
        stop = (w in STOP_WORDS or (language == "en" and w in ENGLISH_ONLY_STOP)) and not is_acronym(tok.raw)
        if phrase and not (stop and phrase[1] == 1):
            entry, n = phrase
            out.translated(_words_of(entry.terms), _words_of(entry.related))
            i += n
            continue
        i += 1
        if stop or w in GENERIC or (len(w) < 2 and not w.isdigit()):
            continue
        if w[0].isdigit():
            out.terms.append(w)
            continue
        parts = w.split("-")
        if len(parts) == 2 and vocab and w not in vocab and parts[0] not in vocab and (head := _words_of(glossary.related_danish(parts[0]))):
            out.translated(head[:1], head[1:])  # "KU-mødet", "KB-medlemmer": a standing acronym heads the compound
            w, parts = parts[1], parts[1:]
        fixable = bool(vocab) and (language == "da" or danish_word or len(w) >= 7)
        danish = language == "da" or danish_word
        english = language == "en" and not danish_word
        fixed = [
            p if not fixable or known(p) or glossary.is_english(p)
            else (_danish_fix(p, vocab, english=english) or (vocab.inflection(p) if danish else None) or p)
            for p in parts
        ]
        if fixed != parts:
            out.corrections.append((w, "-".join(fixed)))
            w = "-".join(fixed)
            danish = danish or w in vocab  # an English word read as the documents' ("constituting": "konstituering")
        elif language == "en" and not danish_word and not is_acronym(tok.raw) and vocab and w not in vocab:
            out.unknown.append(w)
            continue
        related = _words_of(glossary.related_danish(w))
        if related and vocab and w not in vocab and "-" not in w:
            # A word the documents never use ("elevpladser"): search their word instead.
            # (A hyphenated compound stays: the index finds its parts.)
            out.translated(related[:1], related[1:])
            continue
        if related and vocab and w not in vocab:
            # ... its parts, or in part the documents' words for it ("it-sikkerhed": "cybersikkerhed").
            out.translated([w], related)
            continue
        # The documents' own words for it count in part too ("byrder" in an item that says
        # "administration"), as a translation's other renderings do; so do the other forms of a
        # Danish verb the stemmer keeps apart ("ønskede" in an item that says "ønsket").
        if danish and vocab:
            related += [f for f in vocab.inflections(w) if f not in related]
        out.translated([w], related)
    return out


_MID_MONTH = lazy(MIDT_OF_MONTH + r"\s+i\s+(?:" + "|".join(MONTHS) + r")\b", re.IGNORECASE)


def named_words(norm: str) -> set[str]:
    """The words of `norm` that name a thing (see ParsedQuestion.named): a capital letter not
    at a sentence's start, an acronym, a place; "midt" not in "midt i oktober"."""
    out = set()
    for i, t in enumerate(tokenize(norm)):
        initial = i == 0 or norm[: t.start].rstrip()[-1:] in ".?!:;\"'(–-"
        if t.raw == "midt" and _MID_MONTH.match(norm, t.start):
            continue
        if is_acronym(t.raw) or (t.raw[:1].isupper() and not initial) or is_place_word(t.word):
            out.add(t.word)
    return out



def parse_question(
    text: str,
    *,
    vocabulary: Collection[str] | Mapping[str, int] = (),
    today: date | None = None,
    acronyms: Mapping[str, tuple[str, ...]] = {},  # noqa: B006 (read only)
) -> ParsedQuestion:
    """Understand one question (see ParsedQuestion). `vocabulary`: the index's lowercase
    surface words, or a mapping word → count to prefer frequent corrections; `acronyms`: the
    acronyms the index's documents define → their names (index/question/acronyms_asked.py)."""
    glossary = load_glossary()
    vocab = Vocabulary(vocabulary)

    def known(w: str) -> bool:
        return (w in vocab if vocab else False) or w in glossary.danish_words

    def real_word(w: str) -> bool:
        return known(w) or w in STOP_WORDS or glossary.is_english(w)

    # A bare o or a for ø, å, æ ("borne", "pa") only in a question read as Danish: English "far" is no "får".
    written_danish = detect_language([t.word for t in tokenize(normalise(text))], vocab, glossary) == "da"
    folded, letter_fixes = fold_danish_letters(
        normalise(text), real_word, lambda w: bool(vocab) and vocab.correct(w) is not None, vocab.count, written_danish
    )
    unclipped, clip_fixes = unclip_english(folded) if not written_danish else (folded, [])  # "munis", "eval", "govt"
    unclipped, cognate_fixes = read_cognates(glossary.close_phrasal_verbs(unclipped), vocabulary, glossary, lambda w: _danish_fix(w, vocab, english=True) is not None) if not written_danish else (unclipped, [])  # "set one up": "set up"; "renovate": "renovere"
    norm, intent_fixes = fix_intent_typos(unclipped, real_word)
    norm, month_fixes = fix_month_typos(norm, real_word)
    # A word cut without its period ("dim", "medl") is read only in a Danish question (in an English
    # one, only a word with æøå: "meritpæd"): an English word the glossary lacks ("sign") is no cut word.
    danish = detect_language([t.word for t in tokenize(norm)], vocab, glossary) == "da"

    def whole_word(w: str) -> bool:
        return real_word(w) or not (danish or DANISH_LETTERS.search(w))

    # "medl.", "udv.bidraget", "dim": the index's words; not an English word ending a sentence ("… to work. Which …")
    cut = expand_abbreviations(norm, vocabulary, whole_word, lambda w: not danish and is_english_word(w))
    norm = cut.text
    intent_fixes = letter_fixes + clip_fixes + cognate_fixes + intent_fixes + month_fixes + cut.fixes
    intent, dates, used = _intent_and_dates(norm.lower(), today)

    tokens = [t for t in tokenize(norm) if not any(a < t.end and t.start < b for a, b in used)]
    tokens = split_english(tokens, glossary, vocab)
    tokens, joined = _join_compounds(tokens, norm, vocab, glossary)
    tokens, english_fixes = _fix_english(tokens, glossary, vocab, known, danish)
    # Runs of adjacent tokens: a phrase must not jump over a removed date or intent word.
    run = [0] * len(tokens)
    for i in range(1, len(tokens)):
        gap = norm[tokens[i - 1].end : tokens[i].start]
        adjacent = not any(a < tokens[i].start and tokens[i - 1].end < b for a, b in used)
        run[i] = run[i - 1] if adjacent and len(gap) <= 3 else run[i - 1] + 1

    councils, council_fixes, in_council = _find_councils([t.word for t in tokens], run, glossary, known)
    # Language from every word but council names and other names (capitalised inside the
    # sentence: "Jeppe Ugilt Hansen" is in the Danish index, yet says nothing of the question).
    council_at = {tokens[k].start for k in in_council}
    fixed_at = {t.start: t.word for t in tokens}
    language = detect_language(
        [
            fixed_at.get(t.start, t.word)
            for i, t in enumerate(tokenize(norm))
            if t.start not in council_at and (i == 0 or not t.raw[:1].isupper())
        ],
        vocab,
        glossary,
    )
    read = _read_words(tokens, run, in_council, language, glossary, vocab, known)
    for completion, others in cut.alternatives.items():  # a cut word's other completions, in part
        if completion in read.terms:
            read.alternatives.setdefault(completion, []).extend(others)
            read.expansions.extend(others)
    weak = {read for _, read in cognate_fixes}  # a cognate counts in part, as a translation's other renderings do
    terms = _dedupe(read.terms, GENERIC | weak)
    for term, others in acronyms_asked(terms, acronyms).items():  # "KD-Net" and its name, each the other's rendering
        read.alternatives.setdefault(term, []).extend(others)
    read.alternatives = bridged(terms, read.alternatives, vocab)  # meaning classes: "papirarbejdet" found as "administration", in part
    for w in regions_ending_names(norm) & set(terms):  # "Socialtilsyn Nord", "RAR Øst": a word of a body's name
        if council := region_council(w):
            councils.append(council)
        if name := region_name(w):
            read.alternatives.setdefault(w, []).append(name)  # the documents' "Erhvervshus Midtjylland", "RAR Østjylland"
    # "hvad skal rådet tage stilling til i april", "who is coming to KKR in November": a council's
    # work ahead in a month named is its meeting then (a council acts at its meetings)
    ahead = bool(dates.meeting_from or dates.meeting_to) and ((asks_ahead(norm) and bool(councils or _COUNCIL_WORD.search(norm))) or asks_meeting_work(norm))  # ... or its work asked alone (meeting_work.py)
    kind = answer_type(norm, next_meeting=intent == "next_meeting", council_ahead=ahead)
    if kind == "none" and councils and dates.years and _TERSE.match(norm) and len(tokenize(norm)) <= TERSE_WORDS:
        kind = "number"  # "SSA midt 2027?": a thing, a council, a year and nothing else asks for the council's figure
    dates = _meeting_or_fact(dates, intent, kind, ahead)
    terms, dates = without_change(terms, kind, norm), replace(dates, years=compared_years(norm, dates.years))  # change_words.py
    corrections = intent_fixes + joined + english_fixes + council_fixes + read.corrections
    parsed = ParsedQuestion(
        text=text,
        language=language,
        terms=terms,
        expansions=_dedupe(read.expansions + sorted(weak), set(terms) | GENERIC),
        councils=_dedupe(councils),
        years=dates.years,
        meeting_from=dates.meeting_from,
        meeting_to=dates.meeting_to,
        meeting_slack=dates.slack,
        date_guessed=dates.guessed,
        named=tuple(w for names in (named_words(norm),) for w in terms if w in names and not w[0].isdigit()),  # read once, not per term
        fact_from=dates.fact_from,
        fact_to=dates.fact_to,
        intent=intent,
        answer_type=kind,
        corrections=tuple(dict.fromkeys(corrections)),
        unknown=_dedupe(read.unknown),
        alternatives=tuple(
            (t, _dedupe(read.alternatives[t], {t})) for t in terms if read.alternatives.get(t)
        ),
    )
    before, last = framed(year_carried(text.strip()))  # framing sentences, asking sentence; a framing's one year is the asked season's (framing_year.py)
    if not before:
        return parsed
    asked = parse_question(last, vocabulary=vocabulary, today=today, acronyms=acronyms)
    parsed = meeting_of_plan(parsed, asked)  # a plan's meeting is the one its asking sentence names
    own = set(asked.terms) | set(asked.unknown)
    parsed = replace(parsed, background=tuple(w for w in (*parsed.terms, *parsed.unknown) if w not in own))
    if asked.councils and set(asked.councils) != set(parsed.councils):
        # A council only of the background sets the scene when the asking sentence names its own ("Jeg skriver
        # om pædagogmanglen uden for Midtjylland. Hvor mange … indstillede KKR Sjælland …?"): that one is asked.
        parsed = replace(parsed, councils=tuple(c for c in parsed.councils if c in asked.councils))
    # ... but a plan asked with no time of its own is of the meeting its background names ("next mtg KKR
    # Midt Oct 2025: what's the prelim list of points?"): a plan is always some meeting's
    if (parsed.meeting_from or parsed.meeting_to) and not (asked.meeting_from or asked.meeting_to) and parsed.intent == asked.intent \
            and not framing_names_meeting(parsed, asked, norm):  # plan_time.py: read only when the framing has a time to keep
        # A time only of the background sets the scene ("Jeg skriver om, hvordan X blev omlagt efter
        # 2021. Hvorfor …?"): the time of a fact, which a meeting may report, not the meeting asked about.
        start, end = parsed.meeting_from, parsed.meeting_to
        fact = (start, end) if start and end else (parsed.fact_from, parsed.fact_to)
        parsed = replace(parsed, meeting_from=None, meeting_to=None, date_guessed=False, fact_from=fact[0], fact_to=fact[1])
    return parsed
