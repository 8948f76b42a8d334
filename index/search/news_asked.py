"""A meeting's news asked for: the meeting's news item speaks for it.

Every meeting of KL's template has a news item in section 2, "Siden sidst" or "Orientering":
what the chairmanship reports, the meetings it held, the letters it answered. People ask for it
by that heading or in their own words, and name the meeting by its month or season: "what
updates were given at the June 2026 meeting", "hvad orienterede formandskabet om under siden
sidst i aug 2021", "hvilke orienteringer fik KKR Midtjylland på februarmødet i 2024", "what did
the council ask KD-Net for under the briefing item". Such a question names no topic item of its
own: the words around the news word frame it, or name one of the news. The ordinary ranking
finds the news item by its title word at best (in Danish), puts an item that shares a framing
word first, and the gate takes a routine title ("Orientering") for no evidence.

So, when the question asks for news (a news word that is not followed by a topic of its own:
"an update on the health reform", "orientering om sundhedsreformen" ask for that topic's
item), the news item of each meeting in the time asked about speaks for that meeting, as the
plan item speaks for a meeting not stored (index/search/meeting_asked.py): the ranking puts it
first and the gate takes it. The time asked is the meeting's ("at the June 2026 meeting"),
else the time the question names at all ("i aug 2021", "februarmødet i 2024": read as a
fact's time), else its year; a question that names no time asks no meeting's news.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from index.lazy_patterns import lazy
from index.question.parse import ParsedQuestion
from index.search.reader import IndexReader, ItemMeta

__all__ = ["asks_news", "news_item", "news_items", "news_of_dated", "time_asked"]

SHORT_TIME = 92  # days: a month or a season asked, whose dated meetings' items are looked up whole

# The words that ask for a meeting's news: its heading ("siden sidst", "orientering"), the English
# words for it ("news", "updates", "briefing"). Not the verbs: "the mayor who briefed KKR on the
# forum", "the reform KKR was briefed on" name a person or a topic by what they did.
_NEWS = lazy(
    r"\b(?:siden\s+sidst|orienteringspunkt\w*|orientering(?:er(?:ne)?|en)?|news|updates?|briefings?)\b",
    re.IGNORECASE,
)
# ... unless a topic of its own follows: "update on X", "orientering om X" (not "orienteret om
# på mødet", "the news at the meeting").
_TOPIC_AFTER = lazy(
    r"\s+(?:on|about|regarding|concerning|of|om|vedr\w*\.?|vedrørende)\s+"
    r"(?!(?:at|på|under|i|in|during|ved|til|from|fra|the\s+meeting|mødet)\b)\w",
    re.IGNORECASE,
)
# The news item's own title: the heading alone, or with whom it is from ("Orientering fra formandskabet").
_NEWS_TITLE = lazy(
    r"^\s*(?:siden\s+sidst|orientering(?:er)?|meddelelser|gensidig\s+orientering)\s*(?:fra\s+\S+(?:\s+\S+)?)?\s*$",
    re.IGNORECASE,
)


def asks_news(text: str) -> bool:
    """Does the question ask for a meeting's news (see the module docstring)?"""
    return any(not _TOPIC_AFTER.match(text, m.end()) for m in _NEWS.finditer(text))


def news_item(title: str) -> bool:
    """Is an item titled `title` a meeting's news item ("Siden sidst", "Orientering")?"""
    return bool(_NEWS_TITLE.match(title))


def time_asked(parsed: ParsedQuestion) -> tuple[date, date] | None:
    """The time of the meeting asked about: the meeting's, else the time named, else the year.
    An open time ("after the late-summer 2025 briefing", "since 2024") names no one meeting: None."""
    for start, end in ((parsed.meeting_from, parsed.meeting_to), (parsed.fact_from, parsed.fact_to)):
        if start or end:
            return (start, end) if start and end else None
    if parsed.years:
        return date(min(parsed.years), 1, 1), date(max(parsed.years), 12, 31)
    return None


def _meets_in(meta: ItemMeta, window: str, start: date, end: date) -> bool:
    """Is the item's meeting in [start, end]? An undated one: its window (the meetings around it,
    both excluded) overlaps."""
    if meta.meeting_date is not None:
        return start <= meta.meeting_date <= end
    after, _, before = window.partition("/")
    if not after and not before:
        return False
    low = date.fromisoformat(after) if after else date.min
    high = date.fromisoformat(before) if before else date.max
    return high > start and low < end


def news_of_dated(reader: IndexReader, parsed: ParsedQuestion) -> set[int]:
    """The news items of the dated meetings in a short time asked about (a month, a season), to be
    candidates though no question word is in them ("siden sidst" asked, "Orientering" the heading;
    "news" asked in English): their meeting days and councils are arrays (columns.DocTable)."""
    time = time_asked(parsed)
    if time is None or (time[1] - time[0]).days > SHORT_TIME or parsed.intent == "next_meeting" or not asks_news(parsed.text):
        return set()
    table = reader.table()
    return {
        docnum for docnum in table.items_between(*time).tolist()
        if (not parsed.councils or table.council_of(docnum) in parsed.councils) and news_item(reader.meta(docnum).title)
    }  # fmt: skip


def news_items(parsed: ParsedQuestion, candidates: Iterable[tuple[int, ItemMeta, str]]) -> set[int]:
    """Docnums of the candidates (docnum, meta, window) that are the news item of a meeting the
    question asks the news of, of the council asked about; empty when it asks no meeting's news."""
    time = time_asked(parsed)
    if time is None or parsed.intent == "next_meeting" or not asks_news(parsed.text):
        return set()
    return {
        docnum for docnum, meta, window in candidates
        if news_item(meta.title) and (not parsed.councils or meta.council in parsed.councils)
        and _meets_in(meta, window, *time)
    }  # fmt: skip
