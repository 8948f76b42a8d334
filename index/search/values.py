"""Typed values in a passage's text: numbers with their units, Danish dates, people's names.

Each value is a span of the text given (start, end), so what the answer line shows is
verbatim. Pure and small: the answer line (index.search.shown) picks among these the value
nearest the question's words.

- number: Danish formats ("1.304", "2,6 mio. kr.", "45 pct.", "0,6 og 0,7 mia. kr.", "4-5",
  "3.080 kr.", "4 medlemmer"); a year alone, a date, a section sign or a case number is none;
- date: "4. september 2026", "d. 10. september", "1.9.2023", "17-06-2026", "juni 2024";
- person: two to four capitalised words that are not an organisation ("Jesper Greth",
  "Anders Christian Dyhr"), a name's strength rising with a role beside it ("oplæg ved",
  "udpeges", "afløser", "(V)", ", kontorchef").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from index.lazy_patterns import lazy
from index.dates import DAY_MONTH, MONTHS, NUMERIC_DAY

__all__ = ["Value", "dates_in", "names_in", "numbers_in", "values_in", "worded_counts"]

ValueKind = Literal["number", "date", "person"]


@dataclass(frozen=True)
class Value:
    kind: ValueKind
    start: int
    end: int
    text: str
    strength: float = 1.0  # how sure the span is of its kind (names: a role beside it)


_MONTH_NAMES = [m for m in MONTHS if len(m) > 3 or m == "maj"]  # a month named with its year: "maj 2024", not "jan"
_DATE = lazy(
    rf"(?<![\d.])(?:{DAY_MONTH}(?:\s+\d{{4}})?"  # "10. september", "10. september 2026"
    rf"|{NUMERIC_DAY}\d{{4}}"
    rf"|(?:(?:primo|medio|ultimo|udgangen\s+af|slutningen\s+af|starten\s+af)\s+)?(?:{'|'.join(_MONTH_NAMES)})\s+\d{{4}})(?!\w)",
    re.IGNORECASE,
)
_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_SCALE = r"(?:mio\.|mia\.|mill?\.|millioner|million|milliarder|milliard|tusinde?|t\.)"
_UNIT = r"(?:kr\.?(?![\w])|kroner|pct\.?|procent(?:point)?|%|timer|dage|døgn|uger|måneder|år(?![\w]))"
_NUMBER = lazy(
    rf"(?<![\w.,/§-])(?:ca\.\s+|cirka\s+|knap\s+|godt\s+|op\s+til\s+|over\s+|under\s+)?"
    rf"(?:kr\.\s+)?({_NUM})(?:\s*(?:-|–|og|eller|til)\s*(?:{_NUM}))?"
    rf"(?:\s+{_SCALE})?(?:\s+{_UNIT})?(?![\w/]|[.,]\d)"
)
# A count of two to twenty written in words, counting the words after it ("godt gang i fire
# politiske klynger", "tre nordjyske klynger", "to opmænd"); "en"/"et" are articles, not counts.
_NUMBER_WORD = lazy(
    r"(?<![\w-])(?:to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|tyve)"
    r"(?![\w-])",
    re.IGNORECASE,
)
WORDED = 0.5  # too weak to stand for a figure on its own; it answers only as the count of what was asked
_YEAR = lazy(r"^(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?$")
_COUNTED = lazy(r" +((?:[A-ZÆØÅ]{2,}-)?[a-zæøå][a-zæøå\-]{1,})")  # "4 medlemmer", "6.500 SOSU-assistentelever"
MAX_COUNTED_WORDS = 3  # "4-5 kommunale it-serviceorganisationer", "150 nye psykiatriske pladser"
_NOT_COUNTED = frozenset(
    "og eller til i på af for med om at er var som der den det de en et fra mod ved ud over under efter "
    "inden senest samt blev bliver har havde skal kan vil så end hvor heraf heriblandt herunder pr "
    "årligt samlet alene kun ca om året".split()
)

_CAP = r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?"
_NAME = lazy(rf"(?<![\w.])({_CAP})((?:\s+{_CAP}){{1,3}})(?![\w])")
# Capitalised words of a KKR document that are not people's names.
_NOT_NAMES = frozenset(
    "kkr kl region regionen regionsrådet kommune kommunen kommuner kommunerne danske danmark regioner "
    "midtjylland nordjylland syddanmark sjælland hovedstaden midtjyllands nordjyllands det der den de "
    "dette disse denne i og på til af for med som et en ved fra om er har kan skal vil blev efter "
    "indstilling beslutning baggrund sagsfremstilling bemærkninger bilag punkt sag januar februar marts "
    "april maj juni juli august september oktober november december mandag tirsdag onsdag torsdag fredag "
    "central denmark office eu rar vive via ucn sosu fgu lovpakke folketinget regeringen ministeriet "
    "styrelsen udlændingestyrelsen erhvervshus erhvervshuset uddannelses forskningsministeriet "
    "børne undervisningsministeriet social sundhed sundhedsrådet university college".split()
)
_ROLE_BEFORE = lazy(
    r"\b(?:oplæg|ved|udpeget|udpeges|udpeger|udpege|afløser|afløses|erstatter|"
    r"borgmester|rådmand|formand|bestyrelsesformand|næstformand|direktør|kontorchef|chef|professor|konsulent|leder|"
    r"medlem)\b[^.;:!?]*$",
    re.IGNORECASE,
)
_ROLE_AFTER = lazy(
    r"^\s*(?:\([A-ZÆØÅ]{1,3}\)|,\s*(?:borgmester|rådmand|formand|næstformand|direktør|kontorchef|chef|"
    r"professor|konsulent|leder|medlem|sekretariatschef|kommunaldirektør)|\s+holdt|\s+udpeges|\s+fortsætter|\s+indtræder"
    # a speaker: "Arne Boelt giver en kort orientering", "… holder oplæg", "… præsenterede"
    r"|\s+(?:giver|gav|holder|orienterer|orienterede|præsenterer|præsenterede|fortæller|fortalte|deltager|deltog)\b"
    # a role in apposition: "Per Okkels, ambassadør og opmand for …", "Jesper Kaas Schmidt, fmd. for …"
    r"|,\s*(?!(?:der|som|hvor|hvis|og|men|at|da|når)\b)[a-zæøå][\w.-]*(?:\s+og\s+[a-zæøå][\w-]*)?\s+(?:for|i|ved|hos)\b)",
    re.IGNORECASE,
)


def dates_in(text: str) -> list[Value]:
    return [Value("date", m.start(), m.end(), m.group()) for m in _DATE.finditer(text)]


def numbers_in(text: str, dates: list[Value] | None = None) -> list[Value]:
    """Amounts, counts and shares; years alone and the parts of dates are none."""
    taken = [(d.start, d.end) for d in (dates if dates is not None else dates_in(text))]
    out: list[Value] = []
    for m in _NUMBER.finditer(text):
        a, b = m.span()
        if any(x < b and a < y for x, y in taken):
            continue
        span = m.group()
        line_start = text.rfind("\n", 0, a) + 1
        if not text[line_start:a].strip() and text[b : b + 1] in (")", "."):
            continue  # "1) Udvalg ...", "2. Principper": a numbered point
        bare = not re.search(rf"{_SCALE}|{_UNIT}", span[len(m.group(1)) :]) and not span.startswith(("kr.", "ca.", "cirka"))
        if bare and all(_YEAR.match(n) for n in re.findall(r"\d[\d.,]*", span)):
            continue  # "2026", "2021-25", "2025 og 2026": a time, not an amount
        if bare:
            b = _counted_end(text, b)  # "4 medlemmer", "572 sundheds-og omsorgspladser"
        out.append(Value("number", a, b, text[a:b], 1.0 if not bare or b > m.end() else 0.7))
    return out


def worded_counts(text: str) -> list[Value]:
    """Counts written in words with what they count ("fire politiske klynger", "to opmænd"),
    weak (WORDED): they answer only as the count of what a question asks for."""
    out: list[Value] = []
    for m in _NUMBER_WORD.finditer(text):
        a, b = m.span()
        end = _counted_end(text, b)
        if end > b:
            out.append(Value("number", a, end, text[a:end], WORDED))
    return out


def _counted_end(text: str, at: int) -> int:
    """The end of the words a bare number counts: up to MAX_COUNTED_WORDS lower-case words,
    stopping at punctuation or a small word ("4 medlemmer, heraf" → "4 medlemmer")."""
    end = at
    for _ in range(MAX_COUNTED_WORDS):
        c = _COUNTED.match(text, end)
        if not c or c.group(1) in _NOT_COUNTED or (end == at and len(c.group(1)) < 3):
            break
        end = c.end()
        if not c.group(1).endswith("-"):
            nxt = text[end : end + 1]
            if nxt != " ":
                break
    return end


def names_in(text: str) -> list[Value]:
    """People's names: capitalised words, not an organisation's; stronger beside a role."""
    out: list[Value] = []
    for m in _NAME.finditer(text):
        words = m.group().split()
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]
        while words and words[-1].lower() in _NOT_NAMES:
            words = words[:-1]
        if len(words) < 2 or any(w.lower() in _NOT_NAMES for w in words):
            continue
        a = m.start() + m.group().index(words[0])
        b = a + len(" ".join(words)) if " ".join(words) in text[a:m.end()] else m.end()
        b = text.index(words[-1], a) + len(words[-1])
        role = bool(_ROLE_BEFORE.search(text[max(0, a - 40) : a])) or bool(_ROLE_AFTER.match(text[b : b + 40]))
        out.append(Value("person", a, b, text[a:b], 1.0 if role else 0.5))
    return out


@lru_cache(maxsize=50_000)
def values_in(text: str, kind: str) -> tuple[Value, ...]:
    """The values of `kind` ("number", "date", "person") in `text`, in order."""
    return tuple(_values_in(text, kind))


def _values_in(text: str, kind: str) -> list[Value]:
    if kind == "date":
        return dates_in(text)
    if kind == "number":
        return sorted(numbers_in(text) + worded_counts(text), key=lambda v: v.start)
    if kind == "person":
        return names_in(text)
    return []
