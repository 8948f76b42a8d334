"""Question text → tokens, and which language the tokens are in.

Helpers of index.question: Slack markup and URLs removed, hyphenated compounds kept whole
(unless a part is an English glossary word), possessives trimmed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz, process
from collections.abc import Callable, Collection
from dataclasses import dataclass

from index.lazy_patterns import lazy
from index.councils import SHORT_FORMS
from index.question import meeting_times
from index.question.framing_year import year_carried
from index.question.folds import pairs_unfolded, vowels_unfolded
from index.question.glossary import Glossary, load_glossary
from index.model import Language
from index.question.lexicon import DA_SIGNALS, EN_SIGNALS, STOP_WORDS
from index.question.typos import Vocabulary, score_cutoff
from index.question.per_person import per_inhabitant
from index.question.new_term import new_term

__all__ = [
    "DANISH_LETTERS",
    "Token",
    "detect_language",
    "fix_intent_typos",
    "fix_month_typos",
    "fold_danish_letters",
    "is_acronym",
    "normalise",
    "regions_ending_names",
    "split_english",
    "tokens",
]

DANISH_LETTERS = lazy("[æøå]")

_TOKEN = lazy(r"\d+(?:[.,]\d+)*|[^\W_]+(?:['\-][^\W_]+)*")


@dataclass(frozen=True)
class Token:
    word: str  # lowercase, possessive "'s" removed
    raw: str  # as written
    start: int
    end: int


_SLACK_MARKUP = lazy(r"<(?:[@#!][^>]*|[a-z]+://[^>|]*)(?:\|([^>]*))?>")
_URL = lazy(r"\bhttps?://\S+")


@lru_cache(maxsize=4096)  # the parse and the gate's checks normalise the same question again
def normalise(text: str) -> str:
    """NFC, plain hyphens and apostrophes; Slack mentions and links reduced to their label."""
    text = unicodedata.normalize("NFC", text)
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.7 * len(letters):
        text = text.lower()  # SHOUTING: no word in it is an acronym
    text = _URL.sub(" ", _SLACK_MARKUP.sub(lambda m: f" {m.group(1) or ''} ", text))
    text = text.replace("\u00ad", "").replace("’", "'").replace("\u2011", "-").replace("\u2010", "-")
    text = new_term(per_inhabitant(text))  # "pr. borger": "pr. indbygger" (per_person.py); "det nyvalgte KKR": "KKR i den nye valgperiode" (new_term.py)
    text = _ELECTION.sub(lambda m: f"kommunalvalget 20{m['yy']}", text)
    text = _REGION_MEETING.sub(r"\1 ", text)  # "midt-mødet", "the Nord-meeting": the region's council, then its meeting
    text = _IN_REGION.sub(_region, text)
    text = _MONTH_MEETING.sub(_month_meeting, text)
    text = meeting_times.written_out(year_carried(text))  # a framing's one year after the asked season (framing_year.py); "vintermødet 24" → "vinter 2024 mødet", "sommerferien 26"
    text = _SHARED_TAIL.sub(lambda m: f"{m['head']}{m['tail']} {m['conj']} {m['second']}{m['tail']}", text)
    text = _SHARED_TAIL_EN.sub(lambda m: f"{m['head']} {m['tail']} {m['conj']} {m['second']} {m['tail']}", text)
    text = _SHORT_COUNCIL.sub(r"\1 ", text)  # "MJ-mødet", "NJ-kommunerne": the council, then the word
    return re.sub(r"(?i)\bkkr-(?=[^\W\d_])", "KKR ", text)  # "KKR-Midtjylland" → council words


# A region's short name glued to a meeting word is that council's meeting ("midt-mødet i oktober 21")
# ... and glued to its municipalities ("midt-kommunerne", "nord-kommunernes"): the council's municipalities (round 19)
_REGION_MEETING = lazy(r"(?i)\b(midt|nord|syd)-(?=(?:møde[tr]?|mødets|møderne|meetings?|mtgs?|kommuner|kommunerne|kommunernes)\b)")
_SHORT_COUNCIL = lazy(r"(?i)\b(" + "|".join(SHORT_FORMS) + r")-(?=[^\W\d_]{3})")


# "KV25", "kv21": municipal staff's name for the local elections of that year.
_ELECTION = lazy(r"\bkv-?(?P<yy>[0-3]\d)\b", re.IGNORECASE)
# A region's short name is its council, as staff write it: "vi i midt", "hvad skal midt have",
# "how many for Nord?", "Nord's budget". Not after "KKR" or "Region" (read already), nor as a compass
# word or a part of a time ("midt i oktober", "midt på året", "nord for Aarhus", "Midt-Nord", "Nord- og
# Midtjylland"); nor at the end of a body's name ("Socialtilsyn Nord", "Erhvervshus Midt", "RAR Øst": a
# word of the name, found in the documents' full name, `index.question.parse`). "øst" and "vest" name
# parts of a region, never a council.
_IN_REGION = lazy(
    r"(?<![\w-])(?P<before>[^\W\d_]+\s+)?(?P<region>midt|nord|syd|øst|vest)(?P<gen>s|'s)?\b(?!-)(?P<after>\s+(?:i|på|under|mellem|for|of)\b)?",
    re.IGNORECASE,
)


def _ends_a_name(m: re.Match[str]) -> bool:
    """After a content word; before a compass or time word only as a capitalised name ("Socialtilsyn Midt i 2022").
    Not after an acronym ("SSA midt 2027?", "skf midt"): a staff group's or a body's short name with the
    region's is the council's figure or body, which its own items hold under the region's full name."""
    before = (m["before"] or "").strip()
    if not before or before.lower() in STOP_WORDS or before.lower() in ("kkr", "region"):
        return False
    if _acronym_like(before) and m["region"].lower() not in ("øst", "vest"):  # a part of a region stays a name's ("RAR Øst")
        return False
    return not m["after"] or (before[:1].isupper() and m["region"][:1].isupper())


def _acronym_like(word: str) -> bool:
    """An acronym, also typed in lower case: 2-5 letters, upper case or with at most one vowel ("ssa", "skf")."""
    return word.isalpha() and 2 <= len(word) <= 5 and (word.isupper() or sum(c in "aeiouyæøå" for c in word.lower()) <= 1)


def _region(m: re.Match[str]) -> str:
    if m["after"] or _ends_a_name(m) or (m["before"] or "").strip().lower() in ("kkr", "region"):
        return m.group()
    if m["region"].lower() in ("øst", "vest"):  # a part of a region, no council
        return m.group()
    return f"{m['before'] or ''}Region {m['region']}{m['gen'] or ''}"


def regions_ending_names(text: str) -> set[str]:
    """The region short names (lowercase, as written: "nords") that end a body's name in `text`:
    "Socialtilsyn Nord", "erhvervshus midt", "RAR Øst" (not "nord for Aarhus")."""
    return {(m["region"] + (m["gen"] or "")).lower().removesuffix("'s") for m in _IN_REGION.finditer(text) if _ends_a_name(m)}


# "augustmødet 2021", "på junimødet", "okt.-mødet": a month glued to a meeting word is that month's meeting
# ("august 2021 mødet", as "the August 2021 meeting"; "efter augustmødet" is after it).
_MONTH_MEETING = lazy(
    r"\b(?P<month>januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
    r"|jan|feb|mar|apr|aug|sep|sept|okt|nov|dec)\.?-?(?P<meeting>møde(?:t|rne)?)\b(?P<year>\s+(?:19|20)?\d\d\b(?![.,/-]\d))?",
    re.IGNORECASE,
)


def _month_meeting(m: re.Match[str]) -> str:
    """A month glued to a meeting word: "augustmødet 2021" → "august 2021 mødet"; a two-digit year written out ("aprilmødet 24" → "april 2024
    mødet"): after the month it is no day, as Danish writes a day before its month ("24. april")."""
    year = (m["year"] or "").strip()
    year = f" 20{year}" if len(year) == 2 else (f" {year}" if year else "")
    return f"{m['month']}{year} {m['meeting']}"


# "Nord- og Midtjylland" is "Nordjylland og Midtjylland" (a Danish compound sharing its tail).
_SHARED_TAIL = lazy(
    r"\b(?P<head>[^\W\d_]+)-\s+(?P<conj>og|eller|samt)\s+(?P<second>[^\W\d_]+?)(?P<tail>jylland|danmark)\b",
    re.IGNORECASE,
)

# ... and in English: "North and Central Jutland" is "North Jutland and Central Jutland" (two councils,
# as "Nord- og Midtjylland" is; the first read "North" as a word and Central Jutland alone as the council)
_REGION_HEAD = r"(?:north(?:ern)?|south(?:ern)?|central|mid|middle)"
_SHARED_TAIL_EN = lazy(
    rf"\b(?P<head>{_REGION_HEAD})\s+(?P<conj>and|or|&)\s+(?P<second>{_REGION_HEAD})\s+(?P<tail>jutland|denmark)\b",
    re.IGNORECASE,
)


def tokens(text: str) -> list[Token]:
    """The words and numbers of `text`, with their character spans."""
    out = []
    for m in _TOKEN.finditer(text):
        raw = m.group()
        word = raw.lower()
        if word.endswith("'s") and len(word) > 3:
            word = word[:-2]
        out.append(Token(word, raw, m.start(), m.end()))
    return out


def split_english(tokens: list[Token], glossary: Glossary, vocab: Vocabulary) -> list[Token]:
    """Split "SOSU-places" into words when a part is English, so the glossary can see it;
    Danish compounds ("SOSU-lærepladser") stay whole for the index's analyzer."""
    out = []
    for t in tokens:
        parts = t.word.split("-")
        english = [
            p for p in parts if glossary.is_english(p) and p not in vocab and p not in glossary.danish_words
        ]
        if len(parts) < 2 or t.word in vocab or glossary.is_english(t.word) or not english:
            out.append(t)
            continue
        at = t.start
        for part, raw in zip(parts, t.raw.split("-")):
            out.append(Token(part, raw, at, at + len(raw)))
            at += len(raw) + 1
    return out


def is_acronym(raw: str) -> bool:
    return len(raw) >= 2 and raw.isupper() and raw.isalpha()


def detect_language(
    words: list[str], vocabulary: Collection[str] = (), glossary: Glossary | None = None
) -> Language:
    """"da" or "en" by weighing function words, æøå and known domain words; ties are Danish."""
    glossary = glossary or load_glossary()
    da = en = 0.0
    for w in words:
        if w in EN_SIGNALS:
            en += 2
        elif w in DA_SIGNALS or DANISH_LETTERS.search(w):
            da += 2
        elif w not in STOP_WORDS:  # the stop words left ("for", "i", "at") are in both
            danish = w in vocabulary or w in glossary.danish_words
            english = glossary.is_english(w)
            if english and not danish:
                en += 1
            elif danish and not english:
                da += 1
    return "en" if en > da else "da"


# Words that carry the intent of a question; a typo in one of them would lose the intent.
_INTENT_WORDS = (
    "decide", "decides", "decided", "deciding", "decision", "decisions", "approve", "approves",
    "approved", "agreed", "adopted", "upcoming", "meeting", "meetings", "beslutte", "besluttes",
    "besluttet", "besluttede", "beslutning", "beslutningen", "vedtage", "vedtaget", "godkendt",
    "godkendte", "godkender", "tiltrådte", "kommende", "hvornår",
)


def fix_intent_typos(text: str, is_known: Callable[[str], bool]) -> tuple[str, list[tuple[str, str]]]:
    """`text` with misspelt intent words put right ("decidded" → "decided"), and the fixes."""
    fixes: list[tuple[str, str]] = []

    def fix(m: re.Match[str]) -> str:
        word = m.group().lower()
        cutoff = score_cutoff(len(word))
        if cutoff is None or word in _INTENT_WORDS or is_known(word):
            return m.group()
        found = process.extractOne(
            word, _INTENT_WORDS, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff
        )
        if found is None:
            return m.group()
        fixes.append((word, found[0]))
        return found[0]

    return re.sub(r"[^\W\d_]{6,}", fix, text), fixes


VOWEL_FOLD_MIN = 5  # letters of a word read with a bare o or a put back, unless it is a stop word


def fold_danish_letters(
    text: str,
    is_known: Callable[[str], bool],
    is_near: Callable[[str], bool] = lambda w: False,
    count: Callable[[str], int] = lambda w: 0,
    vowels: bool = True,
) -> tuple[str, list[tuple[str, str]]]:
    """`text` with Danish letters written as ae/oe/aa put back ("faelles" → "fælles") where the
    word as written is unknown and a folded form is a word the index or the lexicons know
    (`is_known`), else one close to such a word (`is_near`: a typo the vocabulary can fix).
    A word known as written is folded too when the folded form is far more common (`count`):
    "moede" is in the documents' link texts, "møde" in their sentences. An unknown word with no
    such pair form is tried with its bare o and a as ø, å, æ ("borne" → "børne", "pa" → "på"),
    taken only when the form is known as it is (index/question/folds.py); `vowels` False for a
    question in English, whose "far" and "mode" are no "får" and "møde"."""
    fixes: list[tuple[str, str]] = []

    def fold(m: re.Match[str]) -> str:
        raw = m.group()
        word = raw.lower()
        variants = pairs_unfolded(word)
        if is_known(word):
            common = [v for v in variants if count(v) > 5 * count(word)]
            if not common:
                return raw
            fixes.append((word, common[0]))
            return common[0].upper() if raw.isupper() else common[0]
        choice = next((v for v in variants if is_known(v)), None)
        if choice is None and len(word) >= 7:
            choice = next((v for v in variants if is_near(v)), None)
        if choice is None and vowels:
            # a short word only as a stop word ("pa" → "på"): "trak" is Danish too, not "træk"
            choice = next((v for v in vowels_unfolded(word) if is_known(v) and (len(v) >= VOWEL_FOLD_MIN or v in STOP_WORDS)), None)
        if choice is None:
            return raw
        fixes.append((word, choice))
        return choice.upper() if raw.isupper() else choice

    return re.sub(r"[^\W\d_]*[ao][^\W\d_]*" if vowels else r"[^\W\d_]*(?:ae|oe|aa)[^\W\d_]*", fold, text, flags=re.IGNORECASE), fixes


_MONTH_NAMES = (
    "januar february februar march marts april june juni july juli august september "
    "oktober october november december january"
).split()
_MONTH_SLOT = lazy(r"(?i)(?<=\d[. ])\s*([^\W\d_]{5,})|([^\W\d_]{5,})(?=,?\s+(?:19|20)\d\d\b)")


def fix_month_typos(text: str, is_known: Callable[[str], bool]) -> tuple[str, list[tuple[str, str]]]:
    """`text` with a misspelt month put right where a month must be, after a day or before a
    year ("17 Septmeber 2025", "after Februry 2024"), so the date is understood."""
    fixes: list[tuple[str, str]] = []

    def fix(m: re.Match[str]) -> str:
        raw = m.group(1) or m.group(2)
        word = raw.lower()
        if word in _MONTH_NAMES or is_known(word):
            return m.group()
        found = process.extractOne(word, [w for w in _MONTH_NAMES if w[0] == word[0]], scorer=fuzz.ratio,
                                   processor=None, score_cutoff=75)  # fmt: skip
        if found is None:
            return m.group()
        fixes.append((word, found[0]))
        return m.group().replace(raw, found[0])

    return _MONTH_SLOT.sub(fix, text), fixes
