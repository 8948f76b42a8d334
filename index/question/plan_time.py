"""Which meeting a framed question about a plan asks for, when its framing names another time.

A journalist frames a plan question with the time of the story: "Jeg skriver om kommunalvalget i
november 2021. Hvad skulle KKR Midtjylland ha på til oktobermødet i 2021?", "For a piece on the
final months before the 2025 local elections: what was the council going to take up at its
October meeting?". Read as one text, the framing's time and the asked meeting's mix (November's
start with October's end), or the asked month, named without its year, is placed near today.

A plan is always of one meeting, and the asking sentence names it. So, for a plan question:
- the asking sentence's own meeting time, when it names one with its year, is the meeting asked;
- a month it names without a year ("its October meeting", "efter septembermødet") is of the one
  year the framing names ("the 2025 local elections", "valgåret 2021"), when it names exactly one.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from index.question.framing_meeting import names_meeting_time
from index.question.framing_year import framed
from index.question.meeting_work import asks_meeting_work
from index.question.named_agenda import next_of_document

if TYPE_CHECKING:
    from index.question.parse import ParsedQuestion

__all__ = ["framing_names_meeting", "meeting_of_plan"]


def _in_year(day: date | None, year: int) -> date | None:
    if day is None:
        return None
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


def meeting_of_plan(parsed: ParsedQuestion, asked: ParsedQuestion) -> ParsedQuestion:
    """`parsed` (the whole question) with the meeting of its asking sentence `asked` when both ask
    for a plan (see the module doc); otherwise `parsed` as it is."""
    if parsed.answer_type != "plan" or asked.answer_type != "plan" or not (asked.meeting_from or asked.meeting_to):
        return parsed
    start, end = asked.meeting_from, asked.meeting_to
    if asked.date_guessed:
        framing_years = set(parsed.years) - set(asked.years)
        if len(framing_years) != 1 or start is None:
            return parsed
        year = framing_years.pop()
        start, end = _in_year(start, year), _in_year(end, year + (end.year - start.year) if end else year)
    return replace(parsed, meeting_from=start, meeting_to=end, date_guessed=False)


def framing_names_meeting(parsed: ParsedQuestion, asked: ParsedQuestion, text: str) -> bool:
    """Does the framing's time name the meeting asked, not the story's time? For a plan asked of a
    meeting the framing names (above), and for the next meeting asked of an agenda or minutes the
    framing names by its date ("I dagsordenen til mødet 30. august 2021: hvornår er næste møde?",
    index/question/named_agenda.py), and for anything asked of a meeting the framing names by its time
    ("At the meeting in September 2025 someone …. Who was it?", framing_meeting.py); `text` is the whole
    question as parse normalised it, its case kept."""
    # the asking sentence's own words may ask only a meeting's work without naming one ("Hvilke punkter var
    # der foreløbig lagt op til?"): its type is then a list, the whole question's a plan (meeting_work.py)
    asks_plan = asked.answer_type == "plan" or asks_meeting_work(asked.text.lower())
    framing, _ = framed(text)
    return (asks_plan and parsed.answer_type == "plan") or next_of_document(text) or names_meeting_time(" ".join(framing))
