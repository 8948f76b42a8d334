"""A named meeting's plan asked in the words of a meeting's work, whatever those words are (round 21, NEXT21).

Why: people ask what a coming meeting will take up in every way they speak of meetings: "hvad er på
vej til mødet i oktober", "which matters are in the pipeline for …", "hvad skal medlemmerne forberede
sig på til aprilmødet", "what should they be ready to discuss", "hvad ligger klar til behandling",
"what will the councillors debate", "midt oct '21 mtg - provisional items?". The plan readings before
this one (answer_type._PLAN, plan_words.PLAN_ASKED) list phrases, and a fresh wording missed them
all: its asking words ("vej", "forberede", "klar", "debate", "samles") were then search words no plan
item holds, so the item planning the meeting was dropped and a neighbour came first, or nothing.

The reading here is by what the question does NOT name: its asking sentence holds nothing but a
what-word (or a thing asked for: "punkter", "items"), the council, the meeting's time, and words of a
meeting's work, from closed classes: the things a meeting takes up (sager, emner, matters, topics),
who sits at it (medlemmerne, borgmestrene, councillors, mayors, they), what they do there (drøfte,
behandle, se på, forberede, debate, handle, hear), how a matter comes to it (på vej, venter, ligger
klar, in the pipeline, queued, pencilled in, on the table) and the gathering itself (mødes, samles,
reconvenes, meets again, session). A question that names any other word (a topic: "klima",
"herbergerne", "VIA") is left to the readings it had: its topic decides the item. A question that
asks what was decided, or who, when or how many, is not read here.

Such a question, with a meeting's time named (parse.py), asks that meeting's plan (answer type
"plan"), and the words of the meeting's work are no search words (lexicon.meeting_work_spans).
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.lazy_patterns import lazy

__all__ = ["asks_meeting_work", "meeting_work_word_spans"]

# The asking word: what / which, or the things asked for (a shorthand "provisional items?", "punkter til …").
_WHAT = r"hvad|hvilke[nt]?|what|whats|which"
_THINGS = (
    r"sager(?:ne)?|sag|punkt(?:er|erne)?|pkt|emner(?:ne)?|temaer(?:ne)?|items?|points?|matters?|topics?|issues?|things?"
    r"|business|cases?|subjects?|agendas?|dagsorden(?:en)?|program(?:met)?|programme|liste[n]?|lists?|sagsliste[n]?"
    r"|sagsoversigt(?:en)?|oversigt(?:en)?|plan(?:en)?|udkast(?:et)?|draft|foreløbig[e]?|forel|provisional|preliminary|prelim"
)
# Who sits at a meeting, and the council named in its usual forms.
_WHO = (
    r"medlemmer(?:ne)?|members?|councillors?|councilors?|politikerne|politicians|borgmestre(?:ne)?|borgmesteren|mayors?"
    r"|de|they|them|we|vi|man|you|i|rådet|rådets|council(?:'s|s)?|kontaktrådet|its|their|sit|sin|deres"
    r"|kkr\w*|midt\w*|nord\w*|syd\w*|sjælland\w*|hovedstad\w*|region(?:en|al)?|central|north(?:ern)?|south(?:ern)?|jutland(?:'s|s)?"
    r"|zealand|capital|denmark|mj|nj"
)
# What a meeting does with a matter, and how a matter comes to it (never a topic an item is about).
_ACTS = (
    r"drøft\w*|diskuter\w*|discuss\w*|debat\w*|behandl\w*|handle[ds]?|handling|deal[st]?|dealing|address\w*|consider\w*"
    r"|overvej\w*|tage[rs]?|take[ns]?|taking|op|up|look(?:s|ing)?|se[rs]?|ses|kigge[rs]?|cover(?:s|ed)?|review\w*"
    r"|forbered\w*|prepar\w*|ready|klar[et]?|expect\w*|forvent\w*|hear|høre[rs]?|get|få[rs]?|work\s+on|beskæftige\w*"
    r"|vej|way|pipeline|vent\w*|await\w*|waiting|lined|queued|queue|pencil\w*|slated|scheduled|planned|planlagt[e]?"
    r"|sat|set|lagt|ligger|står|stand|komme[rs]?|come[s]?|coming|upcoming|arrive\w*|bordet|table|tapetet|menu|store"
    r"|horizon|horisonten|cards|docket|aftalt|forholde[rs]?|forholdt"
)
# The meeting and its time: the words, the months, numbers, seasons, holidays, the election, its order.
_TIME = (
    r"møde\w*|meetings?|mtgs?|sessions?|sitting|gathering|mødes|samles|meets?|meeting|reconvene[sd]?|convene[sd]?|gather\w*"
    r"|januar|february|februar|marts|march|april|maj|may|juni|june|juli|july|august|september|oktober|october"
    r"|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec|\w*månedsmøde\w*|\w*mødet"
    r"|efterår\w*|forår\w*|sommer\w*|vinter\w*|autumn|spring|summer|winter|fall|holidays?|ferie\w*|break|pause\w*"
    r"|jul\w*|christmas|valg\w*|elections?|kommunalvalg\w*|local|municipal|igen|again|next|næste|kommende|first|første"
    r"|last|sidste|before|after|efter|før|inden|ahead|run|lead|following|month|måned\w*|start\w*|begyndelse\w*|år|års|årets|fjor|years?"
    r"|early|late|mid|midten|slut\w*|end|one|q\d|\d\w*|frem|mod|forud|prior|kv\d\d"
)
_FUNCTION = (
    r"er|var|være|blive[rt]?|blev|har|ha|have|havde|has|had|is|are|was|were|be|been|being|will|would|should|shall"
    r"|skal|skulle|vil|ville|kan|can|could|going|to|til|på|i|in|on|at|for|of|af|om|about|the|a|an|den|det|en|et"
    r"|der|there|so|far|indtil|videre|s|og|and|or|eller|med|with|ved|by|from|fra|når|when|this|that|these|those|do|does|did"
    r"|sig|selv|it|noget|anything|what|hvad|which|hvilke[nt]?|whats|else|ellers|mon|egentlig|just|lige|nu|now|then|så"
    r"|igennem|gennem|through"
)
_TOKEN = lazy(r"[a-zæøå0-9]+")
_ASKED = lazy(r"(?:" + _WHAT + r"|" + _THINGS + r")")
_ALLOWED = lazy(r"(?:" + "|".join((_THINGS, _WHO, _ACTS, _TIME, _FUNCTION)) + r")")
_WORK = lazy(r"(?:" + "|".join((_THINGS, _ACTS)) + r")")
_TIME_WORD = lazy(r"(?:" + _TIME + r")")
_WHO_PEOPLE = lazy(r"medlemmer(?:ne)?|members?|councillors?|councilors?|politikerne|politicians|borgmestre(?:ne)?|borgmesteren|mayors?")
# Not a plan: what was decided or approved, who, when, how many, why.
_OTHER_ASKING = lazy(
    r"^\W*(?:hvem|who|hvornår|when|hvor\s+mange|how\s+many|how\s+much|hvor\s+meget|hvorfor|why)\b"
    r"|\b(?:decided|besluttet|besluttede|beslutning\w*|decision\w*|godkendt\w*|approved|vedtaget|vedtog)\b"
)
_CASE_NUMBER = lazy(r"\bsag-\d{4}-\d+")  # "SAG-2026-00837": that case is asked
_SENTENCE_END = lazy(r"(?<=[.?!;])\s+")


def _asking_sentence(text: str) -> str:
    parts = [p for p in _SENTENCE_END.split(text.strip()) if p.strip()]
    return parts[-1] if parts else ""


@lru_cache(maxsize=4096)  # of the question's text; parse reads it for the type and for the spans
def asks_meeting_work(text: str) -> bool:
    """Does the asking sentence of `text` (lowercase) ask nothing but what a meeting will take up
    (see the module doc)? The meeting's time is the parser's to find: this says only that no other
    thing is asked."""
    last = _asking_sentence(text.lower().replace("’", "'").replace("'s", "").replace("'", " "))
    if not last or _OTHER_ASKING.search(last) or _CASE_NUMBER.search(last):
        return False
    tokens = _TOKEN.findall(last)
    if not any(_ASKED.fullmatch(t) for t in tokens):
        return False
    return all(_ALLOWED.fullmatch(t) for t in tokens) and any(_WORK.fullmatch(t) or _WHO_PEOPLE.fullmatch(t) for t in tokens)


def meeting_work_word_spans(text: str) -> list[tuple[int, int]]:
    """The spans in `text` (lowercase) of the words of a meeting's work, its people and its time
    (the time itself is read by dates.py from the whole text), when the question asks nothing but a
    meeting's plan (`asks_meeting_work`): no search words. The council's words stay (parse finds it)."""
    if not asks_meeting_work(text):
        return []
    start = len(text) - len(text.lstrip())
    last = _asking_sentence(text)
    offset = text.rfind(last) if last else start
    return [
        (offset + m.start(), offset + m.end())
        for m in _TOKEN.finditer(last)
        if _WORK.fullmatch(m.group()) or _WHO_PEOPLE.fullmatch(m.group()) or (_TIME_WORD.fullmatch(m.group()) and not m.group()[0].isdigit())
    ]
