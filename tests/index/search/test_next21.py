"""A named meeting's plan asked in the words of a meeting's work alone (issue 10, round 21, NEXT21).
Real sample index, no mocks. The wordings here are none of tests/data/next21-facts.jsonl's nor of
any committed set's: written for the step before it was run on them (each missed before it)."""

from __future__ import annotations

from datetime import date

import pytest

from index.question.election_bound import election_before, election_day
from index.question.meeting_work import asks_meeting_work, meeting_work_word_spans
from index.question.parse import parse_question
from tests.support.sample import TODAY, source_items

UNSEEN = [
    ("Hvilke emner venter borgmestrene i KKR Midtjylland i april 2024?", ("004", "6.1")),
    ("What are the councillors going to look at when KKR Nordjylland meets in October 2021?", ("002", "6.1")),
    ("kkr midt sep 26: emner?", ("003", "6.1")),
    ("Covering the Central Jutland council. What will its members be handling in October 2025?", ("001", "6.1")),
    ("Hvad skal politikerne i KKR Midtjylland forholde sig til på mødet i oktober 2021?", ("000", "6.1")),
]


@pytest.mark.parametrize(
    "text, asked",
    [
        *((q, True) for q, _ in UNSEEN),
        ("hvad skal kkr midtjylland drøfte om klima i september 2026?", False),  # a topic named: it decides the item
        ("hvem skal kkr midtjylland møde i november 2026?", False),  # who, not what
        ("hvad besluttede kkr midtjylland på mødet i juni 2026?", False),  # a decision
        ("hvornår mødes kkr nordjylland igen?", False),  # when
        ("hvad er planerne for sosu-pladserne i 2027?", False),  # a topic's plans
        ("how many items will kkr midt take up in october 2025?", False),  # a count
        ("sag-2026-00837", False),  # a case number: that case
    ],
)
def test_a_plan_asked_in_the_words_of_a_meetings_work_alone(text: str, asked: bool) -> None:
    assert asks_meeting_work(text.lower()) is asked


def test_the_words_of_the_work_are_no_search_words_and_the_time_stays_the_meetings() -> None:
    text = "hvad skal medlemmerne af kkr midtjylland se på, når rådet samles igen i april 2024?"
    words = {text[a:b] for a, b in meeting_work_word_spans(text)}
    assert {"medlemmerne", "se", "samles", "igen"} <= words and not words & {"kkr", "midtjylland", "2024"}
    parsed = parse_question(text, today=TODAY)
    assert parsed.answer_type == "plan" and parsed.terms == () and parsed.councils == ("KKR Midtjylland",)
    assert (parsed.meeting_from, parsed.meeting_to) == (TODAY.replace(2024, 4, 1), TODAY.replace(2024, 4, 30))


@pytest.mark.parametrize("question, first", UNSEEN)
def test_the_engine_answers_with_the_plan_of_the_meeting_named(sample_engine, question: str, first: tuple[str, str]) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and source_items(answer)[0] == first


# Step 2: the municipal election as the time of the meeting before it (election_bound.py).
BEFORE_ELECTION = [
    ("Hvad skal KKR Midtjylland have på til det sidste møde op til kommunalvalget 2025?", ("001", "6.1")),
    ("Which items are lined up for KKR Midtjylland ahead of the 2025 municipal election?", ("001", "6.1")),
    ("kkr midt før kv25 – punkter?", ("001", "6.1")),
    ("Hvilke emner skal KKR Midtjylland behandle på oktobermødet frem mod valget?", ("001", "6.1")),  # no year: the latest election
    ("hvad ventede KKR Midtjylland på mødet inden kommunalvalget i 2025?", ("001", "6.1")),
]


@pytest.mark.parametrize("year, day", [(2017, 21), (2021, 16), (2025, 18), (2029, 20)])
def test_the_election_is_the_third_tuesday_of_november(year: int, day: int) -> None:
    assert election_day(year) == date(year, 11, day)


@pytest.mark.parametrize(
    "text, read",
    [
        ("what's on the table at kkr midt's last meeting before the 2025 local elections?", (2025, date(2025, 11, 18))),
        ("hvilke sager skal kkr nord tage op inden kommunalvalget i 2021?", (2021, date(2021, 11, 16))),
        ("hvad skal kkr midt have på op til kv21?", (2021, date(2021, 11, 16))),
        ("hvad skal kkr midt have på op til valget?", (2025, date(2025, 11, 18))),  # no year: the latest up to today
        ("hvad skal kkr midt drøfte inden valget af ny formand?", None),  # an election held at a meeting
        ("which academic was brought in ahead of the municipal elections?", None),  # more than a meeting's work asked
        ("før kommunalvalget i 2025 skulle kkr give råd videre. hvad blev man enige om på mødet?", None),
    ],
)
def test_the_election_named_before_a_meeting(text: str, read: tuple[int, date] | None) -> None:
    found = election_before(text, date(2026, 11, 29))
    assert (found[0], found[2]) == read if read else found is None


def test_with_no_meeting_time_of_its_own_the_meeting_is_in_the_three_months_before_the_election() -> None:
    parsed = parse_question("Which items are lined up for KKR Midtjylland ahead of the 2025 municipal election?", today=TODAY)
    assert (parsed.meeting_from, parsed.meeting_to) == (date(2025, 8, 18), date(2025, 11, 17)) and parsed.years == ()
    assert parsed.answer_type == "plan" and not {"election", "kommunalvalg", "valg"} & set(parsed.terms)


@pytest.mark.parametrize("question, first", BEFORE_ELECTION)
def test_the_engine_answers_with_the_plan_of_the_meeting_before_the_election(sample_engine, question: str, first: tuple[str, str]) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and source_items(answer)[0] == first
