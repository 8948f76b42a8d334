"""A year said only in a framing sentence is the year of the meeting time the asking sentence names.

A journalist gives the year of the story first and asks after it: "I'm writing about KKR
Midtjylland's work in 2024. What was planned for the spring meeting?", "Jeg skriver om KKR Midtjylland
i 2026. Hvad skal mødet efter sommerferien handle om?", "For a piece on North Jutland in 2021: when
was the autumn meeting …?". The asking sentence names a meeting's time by a season or a holiday with
no year, which the time modules (dates.py, meeting_times.py) read only with its year ("the spring
meeting 2024", "efter sommerferien 2026"); without it the season is a search word and the year a
fact's year, so the plan of some other meeting, or nothing, came first.

Here, when the asking sentence (the last sentence, or what follows a colon) names such a time and no
year of its own, and the sentences before it name exactly one year, that year is written after the
time's name, so every time module reads the time the plain form gives. index/question/plan_time.py
does the same for a month of a plan question (after parsing); a season or holiday has no month to
place, so it is done here, in the text. Two years in the framing, or a year in the asking sentence,
leave the text as it is.
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy
from index.question.sentences import SENTENCE_END
from index.question.year_first import SUMMER_BREAK

__all__ = ["MIN_QUESTION_WORDS", "framed", "year_carried"]

_SEASON = r"(?:vinter|forårs?|sommer|sensommer|efterårs?|winter|spring|summer|autumn|fall)"
# the time names year_first.py moves a year after, and the English "the summer"/"the autumn" after a bound
_TIME_NAME = lazy(
    r"\b(?:" + _SEASON + r"[-\s]?(?:møde[t]?|meeting|mtg)"  # "efterårsmødet", "the spring meeting"
    r"|jule-?møde[t]?|christmas\s+meeting"
    r"|" + SUMMER_BREAK +
    r"|efteråret|foråret|vinteren|sensommeren)(?![\w-])",
    re.IGNORECASE,
)
_YEAR = lazy(r"(?<![\d.,/])(?:19|20)\d\d(?!\d|[.,/-]\d)")  # a year, not a part of a figure or date
# a clipped year the time modules read ("sommerferien 26", "autumn '25", "okt. 25", "Q2 24", "'24")
_CLIPPED_AFTER = lazy(r"\s+(?:i\s+|in\s+|of\s+)?['’]?[12]\d\b")
MIN_QUESTION_WORDS = 3  # after a colon: a question of its own, not a list ("punkterne: a, b")


def framed(text: str) -> tuple[list[str], str]:
    """(framing sentences, asking sentence) of a question: the asking sentence is the last one, or
    what follows its last ": " ("For a feature on X: what did …?": a clause before a colon frames the
    question as a sentence does). index/question/parse.py reads the two apart."""
    *before, last = SENTENCE_END.split(text)
    framing, colon, question = last.rpartition(": ")
    if colon and framing and len(question.split()) >= MIN_QUESTION_WORDS:
        return [*before, framing], question
    return before, last


def year_carried(text: str) -> str:
    """`text` with the framing's one year written after the asking sentence's season or holiday
    ("… in 2024. What was planned for the spring meeting?" → "… the spring meeting 2024?");
    otherwise `text` as it is."""
    before, asking = framed(text.strip())
    if not before or _YEAR.search(asking):
        return text
    years = set(_YEAR.findall(" ".join(before)))
    if len(years) != 1:
        return text
    m = _TIME_NAME.search(asking)
    if m is None or _CLIPPED_AFTER.match(asking, m.end()):
        return text
    start = text.rindex(asking)
    at = start + m.end()
    return f"{text[:at]} {years.pop()}{text[at:]}"
