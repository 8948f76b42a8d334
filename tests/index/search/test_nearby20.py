"""The right item among its neighbours, and meetings named by an event (issue 10, round 20, NEARBY20).
Real sample index, no mocks. Questions here are none of tests/data/nearby20-facts.jsonl's."""

from __future__ import annotations

from datetime import date

import pytest

from index.question.election_year import election_year, latest_election_year
from index.question.new_term import new_term
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
    "text, read",
    [
        ("Hvornår mødes det nyvalgte KKR Midtjylland første gang?", "Hvornår holder KKR Midtjylland i den nye valgperiode konstituerende møde?"),
        ("Hvad skal det nye KKR Nordjylland tage op på sit første møde?", "Hvad skal KKR Nordjylland i den nye valgperiode tage op på konstituerende møde?"),
        ("hvilke emner skal næste periodes kkr midt arbejde med?", "hvilke emner skal kkr midt i den nye valgperiode arbejde med?"),
        ("When does the newly elected council meet for the first time?", "When does KKR of the new term holds its constituent meeting?"),
        ("the first meeting after the 2025 local elections", "constituent meeting after the 2025 local elections"),
        # left as they are: the next meeting, a meeting word after the council, a body's members, no election named
        ("What is on the agenda of the next KKR Midtjylland meeting?", None),
        ("What is on the agenda for the next council's meeting?", None),
        ("hvad står på det kommende KKR-møde?", None),
        ("de nye KKR-formænd", None),
        ("hvad skal drøftes på første møde efter sommerferien?", None),
        ("how outgoing councils pass on advice to their successors", None),
    ],
)
def test_the_council_of_the_new_term_in_the_documents_words(text: str, read: str | None) -> None:
    assert new_term(text) == (read or text)


@pytest.mark.parametrize(
    "text, start, guessed",
    [
        # the summer break without its year bounds a meeting asked: placed by today, guessed
        ("Hvad skal KKR Midtjylland drøfte efter sommerferien?", date(2026, 8, 1), True),
        ("What will KKR Midtjylland take up after the summer?", date(2026, 8, 1), True),
        ("kommer lånepuljen på dagsordenen efter sommerpausen?", date(2027, 8, 1), True),  # the next meeting asked: the coming summer
        # ... not when no meeting is asked: the words stay search words
        ("ved nogen hvornår kantinen åbner igen efter sommerferien?", None, False),
        ("how many students lacked a place after the summer?", None, False),
    ],
)
def test_the_summer_break_without_its_year(text: str, start: date | None, guessed: bool) -> None:
    parsed = parse_question(text, today=date(2026, 11, 29))
    assert (parsed.meeting_from, parsed.date_guessed) == (start, guessed)


@pytest.mark.parametrize(
    "question, first",
    [
        # a meeting of the election year is answered by its plan (step 2)
        # "valgåret" was a rare search word no item holds (refused); the month was placed in 2026
        ("Hvad var sat på til KKR Midtjyllands oktobermøde i valgåret?", ("001", "6.1")),
        # the year said beside "election year" was a fact's year; the month was moved to 2025
        ("Which items were planned for KKR Midtjylland's October meeting in the 2021 election year?", ("000", "6.1")),
        # "stod på den foreløbige liste til": the past tense and the definite adjective ask a plan too
        ("Hvilke sager stod på den foreløbige liste til KKR Midtjyllands møde i oktober 2025?", ("001", "6.1")),
        # the new council is answered by the item on the new term (step 3)
        # "nyvalgte" was the question's rarest word, and "mødes" asked the next meeting: the June 2026 plan came first
        ("Hvornår mødes det nyvalgte KKR Midtjylland for første gang?", ("001", "5.2")),
        ("When will the newly elected KKR Midtjylland hold its first meeting?", ("001", "5.2")),
        # the recommendations to the new council, asked by the new council's name (another document's item, or refused)
        ("Which policy areas should the incoming KKR Midtjylland work on?", ("001", "5.2")),
        ("Hvad anbefalede man, at det nyvalgte KKR Midtjylland skulle arbejde med?", ("001", "5.2")),
        # a coming meeting after the summer is answered by its plan (step 4)
        # "sommerferien" was a search word (the IT units' and the SOSU items' "før sommerferien"): the EU office's
        # climate secretariat first, or refused
        ("Kommer klima op i KKR Midtjylland efter sommerferien?", ("003", "6.1")),
        ("Will climate priorities come up at KKR Midtjylland after the summer break?", ("003", "6.1")),
        # a speaker asked by a researcher's role (step 5: "forsker", "researcher", "scholar", "academic": the documents'
        # "professor") and the talk's theme as "lokaldemokratiet" / "local self-government" ("kommunestyret"):
        # refused, or another item of the August 2021 agenda first
        ("Which researcher spoke to KKR Midtjylland about local self-government before the 2021 election?", ("000", "5.1")),
        ("Hvilken forsker holdt oplæg om lokaldemokratiet for KKR Midtjylland i august 2021?", ("000", "5.1")),
        ("Which scholar gave KKR Midtjylland a talk in August 2021?", ("000", "5.1")),
    ],
)
def test_the_engine_answers_with_the_item(sample_engine, question: str, first: tuple[str, str]) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and source_items(answer)[0] == first
