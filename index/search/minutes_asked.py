"""The approval of a meeting's minutes asked about: the item approving them speaks for it (round 22,
FIRST22).

Why: every meeting of KL's template opens with "Godkendelse af referat" (the last meeting's minutes:
when they were sent out, whether remarks came in, "Godkendt." or "Referatet blev godkendt."). People
ask for it in their own words: "Were there any comments on the minutes from KKR Midtjylland's
meeting of 18 June 2025?", "Blev referatet fra 13. april 2026 godkendt uden bemærkninger?", "Did the
North Jutland council receive comments on its June minutes?". The ranking put the approving item
first (its title holds the minutes and the date), and the gate refused it: the question's other
words ("comments", "uden bemærkninger") are not the item's, and a routine item is no evidence for
the gate; the refusal's nearest items drop routine items (nearest.py), so a topical item of another
meeting was kept.

So, when the question asks about minutes ("referat", "minutes"; not as the source of something else:
"according to the June 2026 minutes", "ifølge referatet") together with their approval, the remarks
on them or their sending ("godkendt", "approved", "bemærkninger", "comments", "objections",
"indsigelser", "udsendt", "sent out"), and the ranking puts no item holding most of the question
(rank.MIN_COVERAGE) above an approving item of the council and the time asked, that item speaks for
the meeting: it comes first and the gate takes it (marked as planned, as a meeting's news item is:
news_asked.py; the minutes' meeting itself need not be stored: "Blev referatet fra 13. april 2026
godkendt …" is not refused as asking a decision of a meeting with no minutes). The time asked is the minutes' meeting, named by its date in the approving item's
title or text ("Godkendelse af referat fra mødet den 18. juni 2025", "referatet fra mødet i KKR
Nordjylland den 11. juni 2021"), or the meeting at which they were approved; a month named without
its year ("its June minutes") is that month in any year. A question about another thing of those
minutes ("referatet fra juni 2026: hvad godkendte KKR om SOSU?") has an item covering it above the
approving one, and nothing moves; so does one naming a topic of its own the approving item lacks
(a rare word, or a word the index never saw: "godkendelse af referat om svømmehallen i Skive").
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.lazy_patterns import lazy
from index.question.parse import ParsedQuestion
from index.search.meeting_asked import month_stem, names_date, names_month
from index.search.news_asked import time_asked
from index.search.promote import put_first
from index.search.rank import MIN_COVERAGE, Ranked, Ranking

__all__ = ["approves_minutes", "asks_minutes", "minutes_first"]

# the minutes ("referatet", "minutes"; not a talk's "15-20 minutes", "how many minutes")
_MINUTES = lazy(r"\breferat(?:et|erne|er)?\b|(?<!many )(?<!\d )(?<!\d)\bminutes\b", re.IGNORECASE)
# ... their approval, the remarks on them, their sending
_ABOUT = lazy(
    r"\b(?:godkend\w*|approv\w*|bemærkning\w*|remarks?|comments?|kommentar\w*|indsigelse\w*|objections?"
    r"|indvending\w*|udsend\w*|sendt\s+ud|sent\s+out|circulated)\b",
    re.IGNORECASE,
)
# ... not as the source of something else ("according to the June 2026 minutes", "ifølge referatet")
_SOURCE = lazy(r"\b(?:according\s+to|per|ifølge|as)\s+(?:\S+\s+){0,4}$", re.IGNORECASE)
_ASIDE = lazy(r"uden|without|ingen|nogen|any", re.IGNORECASE)  # "godkendt uden bemærkninger": of the remarks asked
_APPROVING = lazy(r"^\s*godkendelse\s+af\s+referat", re.IGNORECASE)


def asks_minutes(text: str) -> bool:
    """Does the question ask about minutes' approval, the remarks on them or their sending?"""
    return bool(_ABOUT.search(text)) and any(not _SOURCE.search(text[: m.start()]) for m in _MINUTES.finditer(text))


def approves_minutes(title: str) -> bool:
    """Is an item titled `title` the approval of the last meeting's minutes?"""
    return bool(_APPROVING.match(title))


def _of_time(r: Ranked, parsed: ParsedQuestion) -> bool:
    """Is `r` the approval of the minutes of the time asked (their meeting named in its text), or
    made at a meeting of that time? No time asked: any."""
    time = time_asked(parsed)  # the meeting's, else the time named, else the year (news_asked.py)
    if time is None:
        return True
    start, end = time
    if parsed.date_guessed:  # a month without its year: that month in any year
        return month_stem(start.month) in r.stems
    day = r.item.meeting_date
    return names_date(r.stems, start, end) or names_month(r.stems, start, end) or (day is not None and start <= day <= end)


def minutes_first(ranking: Ranking, parsed: ParsedQuestion) -> Ranking:
    """`ranking` with the approving item of the minutes asked about first, taken by the gate (see the
    module docstring); else unchanged."""
    if parsed.intent == "next_meeting" or not asks_minutes(parsed.text):
        return ranking
    ranked = ranking.ranked
    councils = set(parsed.councils)
    at = next((i for i, r in enumerate(ranked) if approves_minutes(r.item.title)
               and (not councils or r.item.council in councils) and _of_time(r, parsed)), None)  # fmt: skip
    if at is None or any(r.coverage >= MIN_COVERAGE and not approves_minutes(r.item.title) for r in ranked[:at]):
        return ranking
    # a topic of the question's own (a rare word, or one the index never saw) the item lacks: another question
    own = [c for c in ranking.concepts if not c.expansion and c.word not in parsed.background and (c.rare or not c.df)]
    if any(not c.evidence(ranked[at].stems) for c in own if not any(p.fullmatch(c.word) for p in (_ABOUT, _MINUTES, _ASIDE))):
        return ranking
    chosen = replace(ranked[at], planned=True, in_time=True, coverage=max(ranked[at].coverage, MIN_COVERAGE))
    # the minutes' meeting is not stored, but their approval is: that answers (not "no minutes of it")
    return replace(put_first(ranking, at, chosen), meeting_missing=False)
