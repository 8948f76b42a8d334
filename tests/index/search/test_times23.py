"""Which time a question names: the meeting after one it names by its time (issue 10, round 23,
TIMES23). Real sample index, no mocks; asked on the sets' day (2026-11-22). The wordings here are
none of tests/data/times23-facts.jsonl's."""

from __future__ import annotations

from datetime import date

import pytest

from index.question.dates import dates_asked
from index.question.next_of_named import named_next
from index.search.meeting_year import act_years, held_in
from tests.support.sample import TODAY, ask_checked, sample_meetings


@pytest.mark.parametrize(
    "text, window",
    [
        # the named meeting is the bound: the one after it, in the three months after
        ("kkr nordjyllands møde i september 2021: hvad stod på listen til det næste?", None),  # "det næste": no meeting word of its own
        ("kkr nordjyllands møde i september 2021: hvad var lagt op til på det kommende møde?", (date(2021, 10, 1), date(2021, 12, 31))),
        ("the june 2026 meeting: what was pencilled in for the next one?", (date(2026, 7, 1), date(2026, 9, 30))),
        ("da rådet mødtes i februar 2024, hvad skulle så på næste møde?", (date(2024, 3, 1), date(2024, 5, 31))),
        # a month without its year is of a meeting already held: June 2026, not June 2027
        ("på junimødet: hvilke sager skulle på første møde efter sommerferien?", (date(2026, 8, 1), date(2026, 10, 31))),
        # the next meeting named by its own time stays that time
        ("hvad skal på det næste møde i oktober 2025?", (date(2025, 10, 1), date(2025, 10, 31))),
        ("what is planned for the next meeting on 20 october 2025?", (date(2025, 10, 20), date(2025, 10, 20))),
    ],
)
def test_a_meeting_named_by_its_time_bounds_the_next_one_asked(text: str, window: tuple[date, date] | None) -> None:
    found = dates_asked(text, today=TODAY, future=True)
    if window is None:
        assert not named_next(text)
        return
    start, end = window
    assert found.meeting_from == start
    assert found.meeting_to is not None and abs((found.meeting_to - end).days) <= 2  # three months after: REACH's days


def test_a_next_meeting_with_no_other_meeting_word_is_no_named_bound() -> None:
    assert not named_next("hvad skal på næste møde efter sommerferien?")
    assert not named_next("what is on the agenda of the next meeting?")
    # many meetings named by their time are no one meeting to count from
    assert not named_next("previewing the spring 2024 meetings: what is lined up for the first meeting after easter?")
    assert named_next("the june meeting: what was lined up for the next one?")


def test_the_date_of_a_named_minutes_stays_named_agenda_s() -> None:
    found = dates_asked("hvad skete der med referatet fra mødet den 13. april 2026 på det næste møde?", today=TODAY)
    assert (found.meeting_from, found.meeting_to) == (date(2026, 4, 13), date(2026, 4, 13))


@pytest.mark.parametrize(
    "question, first",
    [
        ("Hvad lagde junimødet i KKR Midtjylland op til på det første møde efter sommerferien?", ("003", "6.1")),
        ("At its meeting in September 2021, what did KKR Nordjylland line up for the coming meeting?", ("002", "6.1")),
        ("KKR Midtjylland mødtes i august 2021. Hvilke punkter skulle med på det næste møde?", ("000", "6.1")),
    ],
)
def test_the_plan_of_the_meeting_after_the_one_named(sample_engine, question: str, first: tuple[str, str]) -> None:
    ask_checked(sample_engine, question, True, first)


def _item(prefix: str, number: str):
    meeting = next(m for m in sample_meetings() if m.source.startswith(prefix))
    return next(i for i in meeting.items if i.item_number == number)


@pytest.mark.parametrize("prefix, number, year", [("003", "3.5", 2026), ("001", "2.1", 2025), ("004", "3.7", None), ("000", "2.1", 2021)])
def test_the_year_a_meeting_was_held_in_dated_or_undated(prefix: str, number: str, year: int | None) -> None:
    assert held_in(_item(prefix, number)) == year  # 001 and 004 are undated: 001's window lies in 2025, 004's spans two years


@pytest.mark.parametrize(
    "text, years",
    [
        ("da rådet i 2021 endeligt besluttede udviklingsbidraget", {2021}),
        ("the quota kkr midt agreed to in 2026", {2026}),
        ("hvad blev der i 2024 godkendt om pædagogpladserne", {2024}),
        ("hvad var landstallet for flygtninge i 2026", set()),  # the figure's year
        ("how many contracts were signed in 2024", set()),  # the contracts' act, not the council's
        ("årsregnskabet for 2021", set()),
    ],
)
def test_the_years_of_the_councils_act(text: str, years: set[int]) -> None:
    assert act_years(text) == years


@pytest.mark.parametrize(
    "question, answered, first",
    [
        # the council set the 2027 quota at its June 2026 meeting: 2026 is the meeting's year
        ("Hvor mange flygtninge skulle Region Midtjylland modtage ifølge KKR's beslutning i 2026?", True, ("003", "3.5")),
        ("Which refugee quota for Region Midtjylland did the municipalities approve in 2026?", True, ("003", "3.5")),
        # ... a year of the figure itself, no act of the council: the figure's, refused (the quota set in 2026 is 2027's)
        ("Hvor stort var landstallet for flygtninge i 2026?", False, None),
        # ... a year whose figure another item states is the figure's
        ("Hvor mange SOSU-assistentelever fik KKR Midtjylland i 2026?", True, ("001", "3.2")),
    ],
)
def test_a_year_asked_that_is_only_the_meetings(sample_engine, question: str, answered: bool, first: tuple[str, str]) -> None:
    ask_checked(sample_engine, question, answered, first)
