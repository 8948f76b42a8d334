"""The right item among its neighbours, and meetings named by an event (issue 10, round 20, NEARBY20).
Real sample index, no mocks. Questions here are none of tests/data/nearby20-facts.jsonl's."""

from __future__ import annotations

from datetime import date

import pytest

from index.question.election_year import election_year, latest_election_year
from index.question.parse import parse_question
from tests.support.sample import TODAY, source_items


@pytest.mark.parametrize(
    "today, year",
    [(date(2026, 11, 29), 2025), (date(2025, 1, 2), 2025), (date(2024, 12, 31), 2021), (date(2021, 6, 1), 2021)],
)
def test_the_latest_election_year(today: date, year: int) -> None:
    assert latest_election_year(today) == year


@pytest.mark.parametrize(
    "text, year",
    [
        ("hvad skete der i valgåret?", 2025),
        ("hvad skete der i valgåret 2021?", 2021),
        ("i 2021-valgåret", 2021),
        ("i kommunalvalgsåret", 2025),
        ("in the 2021 election year, what …", 2021),
        ("in the local election year, what …", 2025),
        ("during the year of the 2021 local elections", 2021),
        ("in an election year", None),  # indefinite: no year named
        ("valgperioden 2022-2025", None),
    ],
)
def test_the_election_year_named(text: str, year: int | None) -> None:
    found = election_year(text, date(2026, 11, 29))
    assert (found[0] if found else None) == year


@pytest.mark.parametrize(
    "text, start, end, years",
    [
        # a month without its year is of the election year; the words are no search term
        ("hvad skulle KKR Midtjylland drøfte på septembermødet i valgåret?", date(2025, 9, 1), date(2025, 9, 30), ()),
        ("What did KKR Midtjylland plan for its October meeting in the 2021 election year?", date(2021, 10, 1), date(2021, 10, 31), ()),
        # no other time named: the election year is the year asked
        ("Hvad besluttede KKR Nordjylland om lærepladser i valgåret 2021?", None, None, (2021,)),
    ],
)
def test_a_time_named_by_the_election_year(text: str, start: date | None, end: date | None, years: tuple[int, ...]) -> None:
    parsed = parse_question(text, today=date(2026, 11, 29))
    assert (parsed.meeting_from, parsed.meeting_to, parsed.years) == (start, end, years)
    assert not {"valgåret", "valgår", "election", "valg"} & set(parsed.terms)


@pytest.mark.parametrize(
    "question, first",
    [
        # "valgåret" was a rare search word no item holds (refused); the month was placed in 2026
        ("Hvad var sat på til KKR Midtjyllands oktobermøde i valgåret?", ("001", "6.1")),
        # the year said beside "election year" was a fact's year; the month was moved to 2025
        ("Which items were planned for KKR Midtjylland's October meeting in the 2021 election year?", ("000", "6.1")),
        # "stod på den foreløbige liste til": the past tense and the definite adjective ask a plan too
        ("Hvilke sager stod på den foreløbige liste til KKR Midtjyllands møde i oktober 2025?", ("001", "6.1")),
    ],
)
def test_a_meeting_of_the_election_year_is_answered_by_its_plan(sample_engine, question: str, first: tuple[str, str]) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and source_items(answer)[0] == first
