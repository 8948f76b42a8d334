"""Who took part in a meeting, and who sent apologies: a meeting-level answer from the minutes'
participant list ("hvem deltog i KKR Hovedstadens møde i februar", "who sent apologies").

A path of its own beside the item search: such a question names a meeting, not a topic, and
its answer is the list, not a passage. It is asked when the question asks for people
(hvem / who / hvilke / which, or a participant list) and for taking part or apologies at a
meeting; a question about who took part in something else ("hvem deltog i arbejdsgruppen")
is left to the search, and so is one no stored participant list answers (an agenda has none;
the search may still find, say, the guest who gave a talk). The meeting is the latest one with
a participant list that fits the council and the time the question names (a month named
without its year is a guess: then the latest such month).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Sequence

from index.lazy_patterns import lazy
from index.model import Language, Meeting
from index.question.parse import ParsedQuestion

__all__ = ["Asked", "AttendanceAnswer", "answer_attendance", "attendance_asked"]

Asked = Literal["present", "absent", "all"]

_LIST = lazy(r"\b(?:deltagerliste\w*|deltagerfortegnelse\w*|participant list|list of (?:participants|attendees)"
                   r"|attendance(?: list)?)\b", re.IGNORECASE)
_ABSENT = lazy(r"\b(?:afbud|fravær\w*|ikke (?:med|til stede|deltog|deltaget)|apolog\w*|absent\w*|absence"
                     r"|did(?:n't| not) (?:attend|come|take part)|regrets)\b", re.IGNORECASE)
_PRESENT = lazy(r"\b(?:deltog|deltaget|deltagere|deltagerne|til stede|fremmødt\w*|mødte op|var med"
                      r"|attend(?:ed|ees?|ing)?|participants?|participated|took part|present)\b", re.IGNORECASE)
_PEOPLE = lazy(r"\b(?:hvem|hvilke|hvilken|who|whom|which|nogen|anyone|anybody|borgmestre|mayors)\b", re.IGNORECASE)
_MEETING = lazy(r"\b(?:møde\w*|meeting\w*|kkr)\b", re.IGNORECASE)
_PEOPLE_NOUNS = lazy(r"\b(?:deltagere|deltagerne|participants|attendees)\b", re.IGNORECASE)


@dataclass(frozen=True)
class AttendanceAnswer:
    """The meeting asked about, with its participant list; `meeting` None when no stored
    meeting that fits the question has a list (then the question is left to the search).

    `meeting` is stored without its items; `others` is how many more meetings with a list fit
    the question (the latest is shown).
    """

    question: str
    language: Language
    asked: Asked
    meeting: Meeting | None
    meeting_id: str | None = None  # "kkr-midtjylland/2026-06-17/minutes", for the whole-meeting view
    others: int = 0


def attendance_asked(question: str) -> Asked | None:
    """What a participant question asks for, or None when it is not one."""
    if _LIST.search(question):
        return "all"
    people = bool(_PEOPLE.search(question))
    meeting = bool(_MEETING.search(question))
    if _ABSENT.search(question) and (people or meeting):
        return "absent"
    if _PRESENT.search(question) and meeting and (people or _PEOPLE_NOUNS.search(question)):
        return "present"
    return None


def _fits(m: Meeting, parsed: ParsedQuestion, *, month_only: bool = False) -> bool:
    if parsed.councils and m.council not in parsed.councils:
        return False
    day = m.meeting_date
    if parsed.meeting_from or parsed.meeting_to:
        if day is None:
            return False
        if month_only and parsed.meeting_from is not None:
            return day.month == parsed.meeting_from.month
        return (parsed.meeting_from or day) <= day <= (parsed.meeting_to or day)
    if parsed.years:
        return day is not None and day.year in parsed.years
    return True


def answer_attendance(question: str, parsed: ParsedQuestion, meetings: Sequence[Meeting], asked: Asked) -> AttendanceAnswer:
    """The latest of `meetings` that fits `parsed` and has a participant list."""
    def latest(candidates: list[Meeting]) -> list[Meeting]:
        return sorted(candidates, key=lambda m: m.meeting_date.isoformat() if m.meeting_date else "", reverse=True)

    fitting = [m for m in meetings if _fits(m, parsed)]
    if not any(m.participants for m in fitting) and parsed.date_guessed:
        fitting = [m for m in meetings if _fits(m, parsed, month_only=True)]  # "i februar": the latest February
    listed = latest([m for m in fitting if m.participants])
    shown = listed[0] if listed else None
    from index.read.segment import meeting_key  # here: the reader's imports are not every question's

    key = meeting_key(shown.council, shown.meeting_date, shown.source, shown.document_kind) if shown else None
    return AttendanceAnswer(question, parsed.language, asked, shown, key, max(len(listed) - 1, 0))
